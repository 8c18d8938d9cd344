// Issue 30 in real Chromium: sixty exact days from Studio's own data (sent with saveStudioData, as
// the in-page observer sends them) beside a rounded "last 7 days" a Studio page showed. The popup's
// Video views card is the exact sum of the week's days and says it is Studio's; its chart draws the
// exact days; "Your data" counts Studio's values; a captured week the days do not confirm is said
// on the card with both values, and the card stays exact. On a Studio page showing a rounded
// "last 7 days", the badge keeps the page's own reading and its tooltip gives Studio's exact value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ask, eventually, fixture, launchExtension, openExtensionPage, paintedCanvases, serveTikTok, type Extension } from '../support/chromium';
import { addDays } from '../../utils/platform/days';
import { exactWeek, roundedWeek, sixtyStudioDays, studioViews, today } from '../support/studio-days';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const en = (n: number) => n.toLocaleString('en-US');

async function popupOnVideoViews(): Promise<Page> {
  const popup = await openExtensionPage(ext, 'popup.html');
  await popup.getByTestId('card-videoViews').getByTestId('value').waitFor();
  await popup.getByTestId('chart-metric').selectOption('videoViews');
  await popup.getByRole('button', { name: '90 d' }).click();
  await popup.getByTestId('chart-summary').filter({ hasText: 'Video views: 60 days' }).waitFor();
  return popup;
}

describe("Studio's exact days in the popup and Your data", () => {
  it('the Video views card is the exact sum of the last 7 days, said to be Studio\'s, and the chart draws the 60 exact days', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    expect(await ask(page, 'saveStudioData', sixtyStudioDays())).toEqual({ saved: 60 });
    await ask(page, 'saveSnapshot', roundedWeek());
    await page.close();

    const popup = await popupOnVideoViews();
    const card = popup.getByTestId('card-videoViews');
    expect(await card.getByTestId('value').textContent()).toBe(en(exactWeek));
    expect(await card.getByTestId('exact-from-studio').textContent()).toBe("Exact, from TikTok Studio's own daily numbers.");
    expect(await card.getByTestId('unconfirmed').count()).toBe(0);
    expect(await popup.getByTestId('chart-summary').textContent()).toBe(`Video views: 60 days in this period, from ${en(studioViews[0])} to ${en(studioViews[59])}.`);
    expect(await popup.getByTestId('chart-daily').textContent()).toBe("Day by day, from TikTok Studio's own data, kept as you browsed Studio (exact days).");
    const data = await ask(popup, 'getPopupData', { metric: 'videoViews', days: 90 });
    expect(data.chart.points.map((p) => p.v)).toEqual(studioViews);
    const painted = await paintedCanvases(popup, 'section[aria-labelledby="chart-title"] canvas');
    expect(painted).toHaveLength(1);
    expect(painted[0]).toBeGreaterThan(100);
    await popup.close();
  });

  it('"Your data" counts Studio\'s values', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    expect(await ask(page, 'storeStats')).toMatchObject({ studioValues: 60 });
    await page.getByTestId('stats').filter({ hasText: 'exact values' }).waitFor();
    expect(await page.getByTestId('stats').textContent()).toContain("60 exact values from TikTok Studio's own data.");
    await page.close();
  });

  it('a captured week the exact days do not confirm is said on the card with both values; the card stays exact', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    await ask(page, 'saveSnapshot', roundedWeek(12_300));
    await page.close();
    const popup = await popupOnVideoViews();
    const card = popup.getByTestId('card-videoViews');
    expect(await card.getByTestId('value').textContent()).toBe(en(exactWeek));
    const said = await card.getByTestId('unconfirmed').textContent();
    expect(said).toMatch(/^Could not confirm: Studio's page showed ≈ 12\.3K for the last 7 days through .+, but Studio's exact days add up to 10,645\./);
    await popup.close();
  });

  it("a Studio page's rounded week gets its badge from the page, and Studio's exact value in the tooltip", async () => {
    // overview-en.html shows maya.bakes's video views for the last 7 days as 128.4K (likes 12K, with no Studio days).
    const week = [18_000, 18_000, 18_000, 18_000, 18_000, 18_000, 20_437];
    const page = await openExtensionPage(ext, 'dashboard.html');
    const days = Object.fromEntries(week.map((v, i) => [addDays(today, i - 7), v]));
    await ask(page, 'saveStudioData', { account: 'maya.bakes', receivedAt: Date.now(), read: { account: { videoViews: days }, videos: {}, retention: {}, activity: {}, provisional: [] } });
    await serveTikTok(ext.context, { '/tiktokstudio/analytics': fixture('studio/overview-en.html') });
    const studio = await ext.context.newPage();
    await studio.goto('https://www.tiktok.com/tiktokstudio/analytics');
    const labels = () =>
      studio.evaluate(() => Array.from(document.querySelectorAll('[data-creator-lens="badge"]')).map((host) => host.shadowRoot!.querySelector('[role="note"]')!.getAttribute('aria-label') ?? ''));
    await eventually(async () => (await labels()).length >= 2);
    const all = await labels();
    expect(all.filter((l) => l.startsWith('Video views'))).toEqual([expect.stringMatching(/ exact: 128,437 \(Studio's data\)$/)]);
    expect(all.filter((l) => l.includes('exact:'))).toHaveLength(1);
    await studio.close();
    await page.close();
  });
});
