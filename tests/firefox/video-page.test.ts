// A video's page in Firefox (smoke): Studio's data sent with saveStudioData from an extension page
// is kept, and the dashboard opened on the video (#video=<id>) says its days, hours and retention.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, eventually, launchFirefox, navigate, openExtensionPage, type FirefoxExtension } from '../support/firefox';
import { dailyViews, postsList, studioBatch, VIDEO } from '../support/video-page-data';

let ext: FirefoxExtension;
beforeAll(async () => {
  ext = await launchFirefox();
});
afterAll(async () => {
  await ext?.close();
});

describe("a video's page in Firefox", () => {
  it('shows the daily views, the first 48 hours and retention beside the median', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    await ask(page, 'saveSnapshot', postsList);
    expect((await ask(page, 'saveStudioData', studioBatch())).saved).toBeGreaterThan(0);
    await navigate(page, ext.url(`dashboard.html#video=${VIDEO}`));
    const text = (id: string) => page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '', id);
    const total = dailyViews.reduce((a, b) => a + b, 0).toLocaleString('en-US');
    await eventually(async () => (await text('video-daily-summary')).includes(`${total} views`));
    expect(await text('video-hours-summary')).toMatch(/^1,608 views in the first 48 hours kept/);
    expect(await text('video-retention-summary')).toBe('45% still watching at the end of this video; your median: 50% (over 2 other videos).');
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid="video-page"] canvas').length)).toBe(3);
    await page.close();
  });
});
