// `npm run mutate`'s table: the score per folder from Stryker's JSON report, counted by hand here.
import { describe, expect, it } from 'vitest';
import { mutationTable, scoreByFolder, type MutationReport } from '../../support/mutation-score';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => (status === 'Static' ? { status: 'Survived', static: true } : { status })) });

describe('the mutation score per folder', () => {
  const report: MutationReport = {
    files: {
      'utils/series/series-math.ts': mutants('Killed', 'Killed', 'Survived', 'Timeout'),
      'utils/series/follower-activity.ts': mutants('NoCoverage', 'CompileError', 'Ignored', 'Killed', 'Static', 'Static'),
      'utils/platform/safe-csv.ts': mutants('Killed', 'Survived'),
      'utils/platform/days.ts': mutants('Survived'),
    },
  };

  it('counts timeouts as killed, static survivors apart, leaves out errors and ignored mutants, and files each under its folder', () => {
    expect(scoreByFolder(report, ['utils/series', 'utils/platform/safe-csv.ts', 'utils/timeline'])).toEqual([
      // 4 caught of 6 valid (1 survived, 1 uncovered); with the 2 static ones, 4 of 8.
      { folder: 'utils/series', killed: 4, survived: 1, noCoverage: 1, staticSurvived: 2, score: 66.7, strykerScore: 50 },
      { folder: 'utils/platform/safe-csv.ts', killed: 1, survived: 1, noCoverage: 0, staticSurvived: 0, score: 50, strykerScore: 50 },
      { folder: 'utils/timeline', killed: 0, survived: 0, noCoverage: 0, staticSurvived: 0, score: null, strykerScore: null },
    ]);
  });

  it('counts a static mutant skipped by ignoreStatic (Ignored, flagged static) with the static ones', () => {
    const skipped: MutationReport = { files: { 'utils/guard/classify.ts': { mutants: [{ status: 'Killed' }, { status: 'Ignored', static: true }, { status: 'Ignored' }] } } };
    expect(scoreByFolder(skipped, ['utils/guard'])).toEqual([
      { folder: 'utils/guard', killed: 1, survived: 0, noCoverage: 0, staticSurvived: 1, score: 100, strykerScore: 50 },
    ]);
  });

  it('prints one aligned line per folder', () => {
    const table = mutationTable(scoreByFolder(report, ['utils/series', 'utils/timeline']));
    expect(table.split('\n')).toEqual([
      'folder          killed  survived  no coverage  static   score  Stryker\'s',
      'utils/series         4         1            1       2  66.7 %     50.0 %',
      'utils/timeline       0         0            0       0       –          –',
    ]);
  });
});
