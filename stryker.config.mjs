// Mutation testing of the pure core (`npm run mutate`, not part of `npm test`): scripts/mutate.ts
// narrows `mutate` to one folder when asked and prints the score per folder from the JSON report.
/** The folders (and the one file) whose tests must catch bugs: docs/mutation.md keeps their scores. */
export const MUTATED = [
  'utils/platform/safe-csv.ts',
  'utils/series',
  'utils/timeline',
  'utils/guard',
  'utils/import',
  'utils/reader',
  'utils/insights',
  'utils/studio-data',
];

const asGlob = (target) => (target.endsWith('.ts') ? target : `${target}/**/*.ts`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  mutate: MUTATED.map(asGlob),
  reporters: ['json', 'clear-text'],
  jsonReporter: { fileName: '.output/mutation/mutation.json' },
  clearTextReporter: { reportMutants: false, reportTests: false },
  // The machine is shared: two workers at most unless STRYKER_CONCURRENCY says otherwise.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  ignorePatterns: ['stryker-tmp', '.output*', 'web-ext-artifacts', 'tests/e2e', 'tests/firefox', 'docs'],
  tempDirName: 'stryker-tmp',
  // Stryker rewrites tsconfig.json with TypeScript's JS API, which TypeScript 7 no longer has; the
  // sandbox keeps the same relative layout, so the file needs no rewrite: point at none.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  cleanTempDir: 'always',
  timeoutMS: 20000,
};
