// `npm run mutate`'s table: the score per folder from Stryker's JSON report, counted by hand here.
import { describe, expect, it } from 'vitest';
import { mutationTable, scoreByFolder, type MutationReport } from '../../support/mutation-score';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe('the mutation score per folder', () => {
  const report: MutationReport = {
    files: {
      'utils/series/series-math.ts': mutants('Killed', 'Killed', 'Survived', 'Timeout'),
      'utils/series/follower-activity.ts': mutants('NoCoverage', 'CompileError', 'Ignored', 'Killed'),
      'utils/platform/safe-csv.ts': mutants('Killed', 'Survived'),
      'utils/platform/days.ts': mutants('Survived'),
    },
  };

  it('counts timeouts as killed, leaves out errors and ignored mutants, and files each under its folder', () => {
    expect(scoreByFolder(report, ['utils/series', 'utils/platform/safe-csv.ts', 'utils/timeline'])).toEqual([
      // 4 caught of 6 valid (2 killed + 1 timeout + 1 killed; 1 survived, 1 uncovered).
      { folder: 'utils/series', killed: 4, survived: 1, noCoverage: 1, score: 66.7 },
      { folder: 'utils/platform/safe-csv.ts', killed: 1, survived: 1, noCoverage: 0, score: 50 },
      { folder: 'utils/timeline', killed: 0, survived: 0, noCoverage: 0, score: null },
    ]);
  });

  it('prints one aligned line per folder', () => {
    const table = mutationTable(scoreByFolder(report, ['utils/series', 'utils/timeline']));
    expect(table.split('\n')).toEqual([
      'folder          killed  survived  no coverage   score',
      'utils/series         4         1            1  66.7 %',
      'utils/timeline       0         0            0       –',
    ]);
  });
});
