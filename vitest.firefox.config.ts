import { defineConfig } from 'vitest/config';

// Real Firefox (firefox-esr) with the built extension: one browser at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
