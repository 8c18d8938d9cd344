// A new user's first look: after capturing one Studio page, the popup opens on a chart of what
// was captured (never an empty chart), and every headline card has a value or says where to get one.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DB_NAME, DB_VERSION } from '../../utils/history/database';
import { ask, eventually, fixture, launchExtension, openExtensionPage, serveTikTok, type Extension } from '../support/chromium';

const OVERVIEW_URL = 'https://www.tiktok.com/tiktokstudio/analytics?dateRange=%7B%22type%22%3A%22fixed%22%2C%22pastDay%22%3A28%7D';
const FOLLOWERS_URL = 'https://www.tiktok.com/tiktokstudio/analytics/followers?dateRange=%7B%22type%22%3A%22fixed%22%2C%22pastDay%22%3A28%7D';

let ext: Extension | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

async function captureOnly(url: string, html: string): Promise<Extension> {
  const launched = await launchExtension();
  await serveTikTok(launched.context, () => html);
  const studio = await launched.context.newPage();
  await studio.goto(url);
  const probe = await openExtensionPage(launched, 'dashboard.html');
  await eventually(async () => (await ask(probe, 'storeStats')).snapshots === 1);
  await probe.close();
  await studio.close();
  return launched;
}

async function openPopup(e: Extension): Promise<Page> {
  const popup = await e.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(e.url('popup.html'));
  await popup.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0);
  return popup;
}

/** Pixels in the chart's plot area drawn in the series colour (#e11d48), not grid or text. */
function seriesPixels(page: Page) {
  return page.$eval('canvas', (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] > 180 && data[i + 1] < 80 && data[i + 2] > 40 && data[i + 2] < 110 && data[i + 3] > 0) drawn++;
    return drawn;
  });
}

describe('the popup’s first look', () => {
  it('after capturing only an account overview, opens on a drawn chart of a captured series', async () => {
    ext = await captureOnly(OVERVIEW_URL, fixture('studio/overview-en.html'));
    const popup = await openPopup(ext);
    const metric = await popup.getByTestId('chart-metric').inputValue();
    expect(['videoViews', 'profileViews', 'likes', 'comments', 'shares']).toContain(metric);
    expect(await popup.getByTestId('chart-summary').textContent()).toMatch(/: 1 capture in this period/);
    expect(await seriesPixels(popup)).toBeGreaterThan(10);
    // The captured cards have values; followers says where to get one.
    expect(await popup.getByTestId('card-videoViews').getByTestId('value').textContent()).toBe('≈ 128.4K');
    const followers = popup.getByTestId('card-followers');
    expect(await followers.getByTestId('value').count()).toBe(0);
    expect(await followers.getByTestId('how').textContent()).toContain('Followers tab');
    const [request] = await Promise.all([
      ext.context.waitForEvent('request', (r) => r.url().startsWith('https://www.tiktok.com/')),
      followers.getByTestId('how').click(),
    ]);
    expect(request.url()).toBe('https://www.tiktok.com/tiktokstudio/analytics/followers');
  });

  it('after capturing only followers, opens on followers', async () => {
    ext = await captureOnly(FOLLOWERS_URL, fixture('studio/followers-en.html'));
    const popup = await openPopup(ext);
    expect(await popup.getByTestId('chart-metric').inputValue()).toBe('followers');
    expect(await popup.getByTestId('chart-summary').textContent()).toContain('Followers: 1 capture in this period, from 14,796 to 14,796');
    expect(await seriesPixels(popup)).toBeGreaterThan(10);
    for (const metric of ['videoViews', 'profileViews', 'likes']) {
      expect(await popup.getByTestId(`card-${metric}`).getByTestId('how').textContent()).toContain('Overview tab');
    }
  });

  it('a popup opened before the database exists leaves it to the background; captures after it land', async () => {
    ext = await launchExtension();
    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.getByTestId('empty').waitFor();
    await serveTikTok(ext.context, () => fixture('studio/followers-en.html'));
    const studio = await ext.context.newPage();
    await studio.goto(FOLLOWERS_URL);
    await eventually(async () => (await ask(popup, 'storeStats')).snapshots === 1);
    expect(await popup.evaluate(async () => (await indexedDB.databases()).map((d) => [d.name, d.version]))).toEqual([[DB_NAME, DB_VERSION]]);
    const again = await openPopup(ext);
    expect(await again.getByTestId('chart-metric').inputValue()).toBe('followers');
  });

  it('remembers the metric the user chose while it has data', async () => {
    ext = await captureOnly(OVERVIEW_URL, fixture('studio/overview-en.html'));
    let popup = await openPopup(ext);
    await popup.getByTestId('chart-metric').selectOption('comments');
    await popup.getByTestId('chart-summary').filter({ hasText: 'Comments: 1 capture ' }).waitFor();
    await popup.close();
    popup = await openPopup(ext);
    expect(await popup.getByTestId('chart-metric').inputValue()).toBe('comments');
  });
});
