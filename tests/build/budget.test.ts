// Bundle budgets: sizes are deterministic, so they are checked on every test run.
import { readdirSync, readFileSync } from 'node:fs';
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

  it("counts what a page loads later: its module preloads and its lazily imported view", () => {
    const { files } = bundleSize(OUT, ENTRYPOINTS['bundle.popup']);
    const preloads = [...readFileSync(join(OUT, 'popup.html'), 'utf8').matchAll(/rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map((m) => m[1]);
    const lazy = files.flatMap((file) => [...readFileSync(join(OUT, file), 'utf8').matchAll(/import\(`\.\/([^`]+\.js)`\)/g)].map((m) => `chunks/${m[1]}`));
    expect(preloads.length).toBeGreaterThan(0);
    expect(lazy.length).toBeGreaterThan(0);
    expect(files).toEqual(expect.arrayContaining([...preloads, ...lazy]));
  });

  // chart.js says this when no date adapter is registered: a string only its code carries.
  const holdsChartJs = (page: string) => bundleSize(OUT, page).files.some((file) => readFileSync(join(OUT, file), 'utf8').includes('complete date adapter'));
  it('loads chart.js only on the pages that draw charts', () => {
    expect(holdsChartJs('popup.html')).toBe(true);
    expect(holdsChartJs('dashboard.html')).toBe(true);
    expect(holdsChartJs('warning.html')).toBe(false);
    expect(holdsChartJs('welcome.html')).toBe(false);
  });

  // A label only Studio's label tables carry: the dashboard reads files with them in its worker,
  // never in the chunks it opens with.
  const holdsLabelTables = (file: string) => readFileSync(join(OUT, file), 'utf8').includes('Est. rewards');
  it("loads Studio's label tables on the dashboard only in the worker that reads files", () => {
    expect(bundleSize(OUT, 'dashboard.html').files.filter(holdsLabelTables)).toEqual([]);
    expect(readdirSync(join(OUT, 'assets')).filter((f) => f.startsWith('read-worker-') && holdsLabelTables(join('assets', f)))).toHaveLength(1);
  });

  // tldts with its list is about 130 KB minified. Names only the public-suffix list carries (Norway's
  // municipalities' "kommune", AWS's "amazonaws"): the warning page holds them, the background and
  // the content script never (their size alone no longer tells: the background passed 200 KB
  // without it when the reader of Studio's data moved in, issue 34).
  const holdsSuffixList = (page: string) => bundleSize(OUT, page).files.some((file) => /kommune/.test(readFileSync(join(OUT, file), 'utf8')) && /amazonaws/.test(readFileSync(join(OUT, file), 'utf8')));
  it('keeps the public-suffix list out of the background and the content script', () => {
    expect(holdsSuffixList('warning.html')).toBe(true);
    for (const name of ['bundle.background', 'bundle.content']) expect(holdsSuffixList(ENTRYPOINTS[name]), name).toBe(false);
  });

  // Issue 34: the badges' words are written in the background (Intl's number and date formatting:
  // utils/metrics/format.ts's units), and the sender check guards the background's messages only.
  const content = () => bundleSize(OUT, ENTRYPOINTS['bundle.content']).files.map((file) => readFileSync(join(OUT, file), 'utf8')).join('\n');
  it("keeps the badges' formatting and the background's sender check out of the content script", () => {
    const text = content();
    expect(text).toContain('capturePage');
    expect(text).not.toMatch(/unitDisplay|dateStyle/);
    expect(text).not.toContain('only from its own pages');
    const background = bundleSize(OUT, ENTRYPOINTS['bundle.background']).files.map((file) => readFileSync(join(OUT, file), 'utf8')).join('\n');
    expect(background).toMatch(/unitDisplay/);
    expect(background).toContain('only from its own pages');
  });
});
