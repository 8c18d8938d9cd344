// npm run mutate [-- [--incremental] [--tests <glob>]… <folder or file>…]   (a file inside a folder is
// run against the folder's tests, or against the test files given with --tests)
// Stryker's mutation run over the pure core (stryker.config.mjs), or over the folders given, then
// one line per folder: how many mutants the unit tests killed, how many survived, and the score.
import { readFileSync } from 'node:fs';
import { Stryker } from '@stryker-mutator/core';
import strykerConfig, { asGlob, MUTATED } from '../stryker.config.mjs';
import { mutationTable, scoreByFolder, type MutationReport } from '../tests/support/mutation-score';

const USAGE = 'usage: npm run mutate [-- [--incremental] [--tests <test file glob>]… <folder or file named in stryker.config.mjs>…]';

async function main(argv: string[]): Promise<number> {
  // --tests narrows a run to some test files (a folder's fast ones, leaving its slow corpus out).
  // --incremental reuses the last run's results for mutants and tests that did not change (a
  // folder's "after" run in about half the time).
  const testGlobs: string[] = [];
  const args: string[] = [];
  let incremental = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--tests' && argv[i + 1]) testGlobs.push(argv[++i]);
    else if (argv[i] === '--incremental') incremental = true;
    else args.push(argv[i]);
  }
  const targets = args.map((a) => a.replace(/\/+$/, ''));
  if (targets.some((t) => !t.startsWith('utils/')) || (testGlobs.length && !targets.length)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const chosen = targets.length ? targets.map((t) => ({ target: t, tests: MUTATED.find((m) => t === m.target || t.startsWith(`${m.target}/`))?.tests ?? [] })) : MUTATED;
  const unknown = chosen.filter((m) => !m.tests.length).map((m) => m.target);
  if (unknown.length) {
    process.stderr.write(`not in stryker.config.mjs: ${unknown.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  await new Stryker({ mutate: chosen.map((m) => asGlob(m.target)), testFiles: testGlobs.length ? testGlobs : chosen.flatMap((m) => m.tests), ...(incremental ? { incremental: true, incrementalFile: '.output/mutation/incremental.json' } : {}) }).runMutationTest();
  const report = JSON.parse(readFileSync(strykerConfig.jsonReporter.fileName, 'utf8')) as MutationReport;
  process.stdout.write(`\n${mutationTable(scoreByFolder(report, chosen.map((m) => m.target)))}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
