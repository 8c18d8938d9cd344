// The first look (issue 23): every page is readable (median text ≥ 13 px), passes axe with no
// serious or critical finding in light and dark, says its language in <html lang>, and the
// extension has its icons. In Japanese, the chart's ticks are Japanese.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedDemoHistory } from '../support/demo-history';
import type { ExportModel } from '../fixtures/studio-export/build';
import { extensionWithAllSites, launchExtension, openExtensionPage, type Extension } from '../support/chromium';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type PageName = 'popup' | 'dashboard' | 'welcome' | 'warning';

/** Opens a page as a user sees it, waiting for what it draws last. */
async function open(ext: Extension, name: PageName, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  if (name === 'popup') {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(ext.url('popup.html'));
    await page.getByTestId('milestone').waitFor();
  } else if (name === 'dashboard') {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(ext.url('dashboard.html'));
    await page.getByTestId('video-table').locator('tbody tr').first().waitFor();
    await page.getByTestId('daily').locator('canvas').waitFor();
    await page.getByTestId('heatmap').waitFor();
  } else if (name === 'welcome') {
    await page.goto(ext.url('welcome.html'));
    await page.getByTestId('welcome-steps').waitFor();
  } else {
    // A listed scam site: with all-sites access the guard shows its own warning page.
    await page.goto('https://tiktokviewer.com/see-who-viewed').catch(() => undefined);
    await page.getByTestId('blocked-url').waitFor();
  }
  return page;
}

/** The median font size of the visible text, each character counted once. */
function medianTextSize(page: Page): Promise<number> {
  return page.evaluate(() => {
    const sizes: number[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('.sr-only, option, script, style')) continue;
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(parent).visibility === 'hidden') continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      for (let i = 0; i < text.length; i++) sizes.push(size);
    }
    sizes.sort((a, b) => a - b);
    return sizes[Math.floor(sizes.length / 2)] ?? 0;
  });
}

/** axe's serious and critical findings, as "rule: where" lines. */
async function axeFindings(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact?: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.join(' ')}`);
}

/** Four months of captures, then a month of Studio's Download data for the same account. */
const seed = async (ext: Extension) => (await seedDemoHistory(ext, { days: 120, videos: 40, importDays: 30 })).model;

describe('the first look, in English', () => {
  let ext: Extension;
  let model: ExportModel;
  beforeAll(async () => {
    ext = await launchExtension({ extensionDir: extensionWithAllSites() });
    model = await seed(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(['popup', 'dashboard', 'welcome', 'warning'] as const)('%s: readable text and <html lang="en">', async (name) => {
    const page = await open(ext, name);
    expect(await medianTextSize(page)).toBeGreaterThanOrEqual(13);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });

  it.each([
    ['popup', 'light'], ['popup', 'dark'], ['dashboard', 'light'], ['dashboard', 'dark'],
    ['welcome', 'light'], ['welcome', 'dark'], ['warning', 'light'], ['warning', 'dark'],
  ] as const)('%s in %s passes axe with no serious or critical finding', async (name, scheme) => {
    const page = await open(ext, name, scheme);
    expect(await axeFindings(page)).toEqual([]);
    await page.close();
  });

  it('has its icons in every size the stores ask for, and in the toolbar', async () => {
    const page = await openExtensionPage(ext, 'welcome.html');
    const manifest = await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { icons: Record<string, string>; action: { default_icon: Record<string, string> } } } } }).chrome.runtime.getManifest());
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
    expect(manifest.action.default_icon).toEqual(manifest.icons);
    for (const [size, path] of Object.entries(manifest.icons)) {
      const natural = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, `/${path}`);
      expect(natural, path).toEqual([Number(size), Number(size)]);
    }
    await page.close();
  });

  it('says what each number is: labelled card changes, plurals, the heatmap’s legend and peak, countries by name', async () => {
    const popup = await open(ext, 'popup');
    const followers = popup.getByTestId('card-followers');
    expect(await followers.locator('li').first().textContent()).toMatch(/^[+−±][\d,]+ since last capture$/);
    expect(await followers.locator('li').nth(1).textContent()).toMatch(/^[+−±][\d,]+ in 30 days$/);
    // Video views come from the imported days (one history): exact, written whole.
    expect(await popup.getByTestId('card-videoViews').getByTestId('value').textContent()).toMatch(/^[\d,]+$/);
    // The popup opens on the freshest card: followers (a capture) or video views (the imported days,
    // drawn as captured weekly windows where those reach before the days), by the hour the demo's
    // last capture falls at: between about 01:00 and 05:00 UTC it is video views. Either way the
    // summary says what a point is.
    expect(await popup.getByTestId('chart-summary').textContent()).toMatch(/: \d+ (captures|days) in this period|: \d+ values \(last 7 days each\)/);
    await popup.close();

    const dashboard = await open(ext, 'dashboard');
    // Rounded values (compact, the whole number on hover) are checked in tests/unit/metrics/format.test.ts:
    // here every headline card reads exact imported days.
    expect(await dashboard.getByTestId('heatmap-legend').textContent()).toMatch(/Fewer.*More active followers/);
    // The fixture's followers are busiest 19:00–21:59 UTC, three hours alike: the line names all
    // three (in the browser's zone) and the heatmap marks the same columns.
    // Expected by hand, not by the UI's own peakHours: 19:00 UTC on one of the fixture's days, as
    // the browser's clock shows it, starts the peak; it ends three hours later.
    const start = await dashboard.evaluate((day) => new Date(`${day}T19:00:00Z`).getHours(), model.activity[0].date);
    const end = (start + 3) % 24;
    const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
    expect(await dashboard.getByTestId('peak-hours').textContent()).toContain(`${clock(start)}–${clock(end)}`);
    const marked = (await dashboard.locator('table.heatmap th.peak').allTextContents()).map(Number);
    expect(marked.sort((a, b) => a - b)).toEqual([0, 1, 2].map((i) => (start + i) % 24).sort((a, b) => a - b));
    expect(await dashboard.getByTestId('peak-hours').count()).toBe(1);
    expect(await dashboard.getByText('Based on 28 days').count()).toBe(1);
    const audience = (await dashboard.getByTestId('audience-shift').textContent())!;
    expect(audience).toContain('United States');
    expect(audience).toContain('Vietnam');
    expect(audience).toMatch(/55%/);
    expect(await dashboard.getByTestId('video-count').textContent()).toBe('42 videos');
    expect(await dashboard.getByTestId('stats').textContent()).toMatch(/\d{1,3}(,\d{3})+ values/);
    await dashboard.close();
  });

  it('lets the dashboard jump to each section', async () => {
    const page = await open(ext, 'dashboard');
    const links = page.getByTestId('section-nav').getByRole('link');
    expect(await links.allTextContents()).toEqual(['Compare', 'Day by day', 'Best time to post', 'Audience over time', 'What works for you', 'Import', 'Videos', 'Your data', 'Settings']);
    await links.filter({ hasText: 'Videos' }).click();
    const top = () => page.evaluate(() => document.getElementById('videos')!.getBoundingClientRect().top);
    await expect.poll(top).toBeLessThan(200);
    // The sticky header never covers the heading it jumped to.
    const header = await page.locator('.page-header').boundingBox();
    expect(await top()).toBeGreaterThanOrEqual(header!.height - 1);
    await page.close();
  });

  it('keeps the chart’s grid in the theme when the theme changes with the page open', async () => {
    const page = await open(ext, 'dashboard', 'light');
    const gridColour = () => page.getByTestId('daily').locator('canvas').getAttribute('data-grid');
    const light = await gridColour();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(gridColour).not.toBe(light);
    await page.close();
  });
});

describe('the first look, before anything is stored', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('the dashboard says what to do first and offers nothing to export', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    const empty = page.getByTestId('empty');
    await empty.waitFor();
    expect(await empty.getByRole('link', { name: 'Open TikTok Studio analytics' }).count()).toBe(1);
    await page.getByTestId('stats').filter({ hasText: 'Nothing is stored yet' }).waitFor();
    const exportCsv = page.getByTestId('export-csv');
    expect(await exportCsv.getAttribute('aria-disabled')).toBe('true');
    await exportCsv.click({ force: true }); // looks unavailable, yet a click is answered
    expect(await page.getByTestId('data-message').textContent()).toContain('Nothing is stored yet');
    expect(await page.getByTestId('section-nav').getByRole('link').allTextContents()).toEqual(['Import', 'Your data', 'Settings']);
    expect(await axeFindings(page)).toEqual([]);
    await page.close();
  });
});

describe('the first look, in Japanese', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension({ extensionDir: extensionWithAllSites(), lang: 'ja' });
    await seed(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('says lang="ja" and writes the chart’s ticks in Japanese', async () => {
    for (const name of ['popup', 'dashboard'] as const) {
      const page = await open(ext, name);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
      const ticks = await page.locator('canvas').first().getAttribute('data-x-ticks');
      // Dates in Japanese carry 月 (month) or 日 (day) or 時 (hour); English month names never appear.
      expect(ticks, name).toMatch(/[月日時]/);
      expect(ticks, name).not.toMatch(/Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|AM|PM/);
      await page.close();
    }
  });
});
