// npm run mutate [-- <folder or file>…]
// Stryker's mutation run over the pure core (stryker.config.mjs), or over the folders given, then
// one line per folder: how many mutants the unit tests killed, how many survived, and the score.
import { readFileSync } from 'node:fs';
import { Stryker } from '@stryker-mutator/core';
import strykerConfig, { MUTATED } from '../stryker.config.mjs';
import { mutationTable, scoreByFolder, type MutationReport } from './mutation-score';

const USAGE = 'usage: npm run mutate [-- <folder or file under utils/>…]';

async function main(args: string[]): Promise<number> {
  const targets = args.map((a) => a.replace(/\/+$/, ''));
  if (targets.some((t) => !t.startsWith('utils/'))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const folders = targets.length ? targets : MUTATED;
  const mutate = folders.map((t) => (t.endsWith('.ts') ? t : `${t}/**/*.ts`));
  await new Stryker({ mutate }).runMutationTest();
  const report = JSON.parse(readFileSync(strykerConfig.jsonReporter.fileName, 'utf8')) as MutationReport;
  process.stdout.write(`\n${mutationTable(scoreByFolder(report, folders))}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
