// Bundle budgets: sizes are deterministic, so they are checked on every test run.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, bundleSize, ENTRYPOINTS } from '../support/bundle-size';

const OUT = join(resolve(__dirname, '../..'), process.env.CL_OUT_DIR ?? '.output', 'chrome-mv3');

describe('bundle budgets (gzip)', () => {
  it.each(Object.entries(BUDGETS))('%s stays under %d bytes', (name, budget) => {
    const size = bundleSize(OUT, ENTRYPOINTS[name]);
    expect(size.files.length).toBeGreaterThan(0);
    expect(size.gzip).toBeLessThan(budget);
  });

  // tldts with its list is about 130 KB minified: either bundle holding it passes 200 KB.
  it('keeps the public-suffix list out of the background and the content script', () => {
    for (const name of ['bundle.background', 'bundle.content']) {
      expect(bundleSize(OUT, ENTRYPOINTS[name]).bytes, name).toBeLessThan(200_000);
    }
  });
});
