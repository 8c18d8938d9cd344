import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension: one browser at a time on a 2-core machine.
export default defineConfig({
  test: {
    // tests/build: checks of the built files (bundle budgets), which exist only after `npm run build`.
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globals: true,
  },
});
