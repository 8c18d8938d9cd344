// "What works for you" in Chromium on the demo's year of history (as `npm run demo` seeds it):
// the dashboard finds the planted evening effect and says "no clear difference" elsewhere, and
// the popup gives the newest video's early read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExport } from '../support/demo-data';
import { ask, launchExtension, openExtensionPage, type Extension } from '../support/chromium';

let ext: Extension;

beforeAll(async () => {
  ext = await launchExtension();
  const page = await openExtensionPage(ext, 'popup.html');
  expect(await ask(page, 'restoreBackup', demoExport({ days: 365, videos: 200, now: Date.now() - 3_600_000 }))).toMatchObject({ skipped: 0 });
  await page.close();
}, 120_000);
afterAll(async () => {
  await ext?.close();
});

describe('what works for you', () => {
  it('shows found effects with their ranges and "no clear difference" where the range holds 1', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    const section = page.getByTestId('what-works');
    // The statistics are behind "how we know" (closed): there, not visible.
    await section.getByTestId('what-works-found').waitFor({ state: 'attached' });
    const report = await ask(page, 'getWhatWorks', 'maya.bakes');
    const found = report.whatWorks.comparisons.filter((c) => c.verdict === 'found');
    expect(found.some((c) => c.dimension === 'hour' && c.group === 'evening' && c.low! > 1)).toBe(true);

    const items = section.getByTestId('what-works-found').locator('li');
    expect(await items.count()).toBe(found.length);
    expect(await items.allTextContents()).toContainEqual(expect.stringMatching(/^Evening \(18–24 h\) — Lifetime views: [\d.]+× your other videos \([\d.]+–[\d.]+×; \d+ videos against \d+\)$/));
    const hours = section.getByTestId('what-works-hour');
    expect(await hours.locator('td[data-verdict="found"]').count()).toBeGreaterThan(0);
    expect(await section.locator('td[data-verdict="noClearDifference"]').count()).toBeGreaterThan(0);
    expect(await section.locator('td[data-verdict="noClearDifference"]').first().textContent()).toBe('no clear difference');
    expect(await section.textContent()).toContain(`all ${report.whatWorks.spoke} ranges on this page hold together with 95 % confidence`);
    // No video page was captured: those outcomes are named as not measured, not shown as empty columns.
    expect(await section.textContent()).toContain('Not measured on any video yet: Followers gained, Watched full video.');
    // Lengths come from the posts list's thumbnails; the demo planted no effect of them.
    expect(await section.getByTestId('what-works-length').locator('td[data-verdict="noClearDifference"]').count()).toBeGreaterThan(0);
    expect(await section.getByTestId('what-works-length').locator('td[data-verdict="found"]').count()).toBe(0);

    // The youngest videos' early reads, and what is about to leave Studio's export (nothing was imported).
    expect(await section.getByTestId('early-reads').locator('p[data-ready="true"]').count()).toBe(report.early.filter((r) => r.ready).length);
    expect(await page.getByTestId('risk-days').textContent()).toMatch(/^7 days of daily history \([A-Z][a-z]{2} \d{1,2}, \d{4} to [A-Z][a-z]{2} \d{1,2}, \d{4}\) leave TikTok Studio’s export in the next week/);
    // Issue 32: at the top of the page, with the exact Studio range and files to download.
    expect(await page.getByTestId('risk-download').textContent()).toMatch(/^In TikTok Studio’s Analytics choose the range “Last 365 days” .+Overview\.csv/);
    expect(await page.locator('[data-testid="at-risk"] ~ [data-testid="what-works"]').count()).toBe(1);
    await page.getByTestId('risk-days').getByRole('button', { name: 'Import now' }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'studio-files');
    await page.close();
  });

  it('gives the newest video’s early read and the strongest finding in the popup', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    const early = page.locator('[data-testid="early-read"][data-ready="true"]');
    await early.waitFor();
    const report = await ask(page, 'getWhatWorks', 'maya.bakes');
    const newest = report.newest;
    if (!newest.ready) throw new Error('the demo’s newest video should have a read');
    expect(newest).toEqual(report.early[0]);
    // The one line about the newest video's start (the older "First 24 h" line is gone).
    expect(await page.locator('[data-testid="early-read"], [data-testid="early"]').count()).toBe(1);
    expect(await early.locator('bdi').textContent()).toBe(newest.caption);
    expect(await early.textContent()).toMatch(new RegExp(`after posting: [\\d,.K]+ views, more than ${Math.round(newest.percentile)} % of your videos at the same age \\(${newest.compared} compared\\)`));
    expect(await early.textContent()).toMatch(/Day 7: likely [\d,.K]+–[\d,.K]+ views\. Confidence: (high|medium|low)\.$/);
    expect(await page.getByTestId('what-works-line').textContent()).toMatch(/^What works: .+ — .+: [\d.]+× your other videos \([\d.]+–[\d.]+×\)$/);
    await page.close();
  });
});
