// Mutation testing of the pure core (`npm run mutate`, not part of `npm test`): scripts/mutate.ts
// narrows `mutate` to one folder when asked and prints the score per folder from the JSON report.
/**
 * The folders (and the one file) whose tests must catch bugs, each with the unit tests that state
 * its behaviour: a run over a folder runs only those (docs/mutation.md keeps the scores).
 */
export const MUTATED = [
  { target: 'utils/platform/safe-csv.ts', tests: ['tests/unit/platform/safe-csv.test.ts'] },
  { target: 'utils/series', tests: ['tests/unit/series/**/*.test.ts'] },
  { target: 'utils/timeline', tests: ['tests/unit/timeline/**/*.test.ts'] },
  { target: 'utils/guard', tests: ['tests/unit/guard/**/*.test.ts'] },
  { target: 'utils/import', tests: ['tests/unit/import/**/*.test.{ts,tsx}'] },
  { target: 'utils/reader', tests: ['tests/unit/reader/**/*.test.ts'] },
  { target: 'utils/insights', tests: ['tests/unit/insights/**/*.test.ts'] },
  { target: 'utils/studio-data', tests: ['tests/unit/studio-data/**/*.test.ts'] },
];

export const asGlob = (target) => (target.endsWith('.ts') ? target : `${target}/**/*.ts`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  mutate: MUTATED.map(({ target }) => asGlob(target)),
  testFiles: MUTATED.flatMap(({ tests }) => tests),
  reporters: ['json', 'clear-text', 'progress-append-only'],
  jsonReporter: { fileName: '.output/mutation/mutation.json' },
  clearTextReporter: { reportMutants: false, reportTests: false },
  // The machine is shared: two workers at most unless STRYKER_CONCURRENCY says otherwise.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  // Static mutants (a module-level value) rerun every test file for each mutant and, with
  // `testFiles`, the 9.6 vitest runner reports them all as survived whatever the tests do
  // (docs/mutation.md): they take most of a run (97 % in utils/insights) and tell nothing. They
  // are skipped ("Ignored", still flagged static in the report and counted apart by the table);
  // STRYKER_RUN_STATIC=1 runs them anyway.
  ignoreStatic: process.env.STRYKER_RUN_STATIC !== '1',
  ignorePatterns: ['stryker-tmp', '.output*', 'web-ext-artifacts', 'tests/e2e', 'tests/firefox', 'docs'],
  tempDirName: 'stryker-tmp',
  // Stryker rewrites tsconfig.json with TypeScript's JS API, which TypeScript 7 no longer has; the
  // sandbox keeps the same relative layout, so the file needs no rewrite: point at none.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  cleanTempDir: 'always',
  timeoutMS: 20000,
};
