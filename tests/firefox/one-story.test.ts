// Issue 32 in Firefox, a smoke: three years of weekly captures restored; the popup's rolling week is
// compared with the previous 7 days (never "since last capture"), "All" draws every captured week,
// and the dashboard shows the traffic sources and the audience Studio's pages showed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, eventually, launchFirefox, openExtensionPage, type FirefoxExtension } from '../support/firefox';
import { threeYears } from '../support/three-years';

let ext: FirefoxExtension;
beforeAll(async () => {
  ext = await launchFirefox();
});
afterAll(async () => {
  await ext?.close();
});

const text = (page: Awaited<ReturnType<typeof openExtensionPage>>, selector: string) => page.$eval(selector, (e) => e.textContent ?? '').catch(() => '');

describe('one story in Firefox', () => {
  it('compares like with like, draws every captured week, and shows traffic sources and audience', async () => {
    const seeding = await openExtensionPage(ext, 'dashboard.html');
    expect(await ask(seeding, 'restoreBackup', threeYears())).toMatchObject({ skipped: 0 });
    await seeding.close();
    const dashboard = await openExtensionPage(ext, 'dashboard.html');
    await dashboard.waitForSelector('[data-testid="breakdown-trafficSource"]');
    expect(await text(dashboard, '[data-testid="breakdown-trafficSource"]')).toContain('For You');
    expect(await text(dashboard, '[data-testid="breakdown-gender"]')).toContain('Female');
    await dashboard.close();

    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.waitForSelector('[data-testid="card-videoViews"] [data-testid="compared-with"]');
    expect(await text(popup, '[data-testid="card-videoViews"] [data-testid="compared-with"]')).toBe('vs previous 7 days');
    expect(await text(popup, '[data-testid="card-likes"]')).not.toContain('since last capture');
    await popup.select('[data-testid="chart-metric"]', 'videoViews');
    await (await popup.waitForSelector('[role="group"] button:last-child'))!.click();
    // 156 weekly captures, every one drawn.
    await eventually(async () => /^Video views: 156 captures/.test(await text(popup, '[data-testid="chart-summary"]')));
    await popup.close();
  });
});
