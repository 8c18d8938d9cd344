// A video's page in real Chromium: Studio's own data, sent with the `saveStudioData` message from an
// extension page (as the in-page observer sends it from Studio), reaches the dashboard exactly: a
// row of the video table opens the page with the video's daily views, its 48-hour curve and its
// retention beside the creator's median, and how long it is watched (in the CSV too); a video with
// nothing kept says what to do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../utils/platform/days';
import { ask, launchExtension, openExtensionPage, paintedCanvases, type Extension } from '../support/chromium';
import { ACCOUNT, dailyViews, EMPTY_VIDEO, postsList, studioBatch, today, VIDEO, watch } from '../support/video-page-data';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe("a video's page", () => {
  it('keeps what saveStudioData sent, once, and refuses a forged batch', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    await ask(page, 'saveSnapshot', postsList);
    const sent = studioBatch();
    expect(await ask(page, 'saveStudioData', sent)).toEqual({ saved: 30 + 7 + 48 + 3 + 3 + 2 });
    expect(await ask(page, 'saveStudioData', sent)).toEqual({ saved: 0 });
    const forged = { ...studioBatch(), read: { ...studioBatch().read, videos: { 'x7301': { videoViews: { [today]: 1 } } } } };
    await expect(ask(page, 'saveStudioData', forged)).rejects.toThrow(/Studio data rejected, nothing was changed/);
    const csv = await ask(page, 'exportCsv');
    expect(csv).toContain(`,${ACCOUNT},${VIDEO},videoViews,${addDays(today, -6)}..${addDays(today, -6)},4000,false,studio`);
    expect(csv).toContain(`,${ACCOUNT},${VIDEO},videoViews,${today}..${today},300,false,studio (provisional)`);
    // Watch time in seconds, the finish rate in percent.
    expect(csv).toContain(`,${ACCOUNT},${VIDEO},averageWatchTime,${today}..${today},${watch.averageWatchTime},false,studio (provisional)`);
    expect(csv).toContain(`,${ACCOUNT},${VIDEO},totalPlayTime,${today}..${today},${watch.totalPlayTime},false,studio (provisional)`);
    expect(csv).toContain(`,${ACCOUNT},${VIDEO},watchedFullVideo,${today}..${today},${watch.watchedFullVideo},false,studio (provisional)`);
    await page.close();
  });

  it("opens from a row of the video table with the exact daily views, the 48-hour curve and retention beside the median", async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    const row = page.locator(`[data-testid="video-table"] tr[data-video="${VIDEO}"]`);
    await row.waitFor();
    await row.locator('td').nth(3).click();
    const videoPage = page.getByTestId('video-page');
    await videoPage.waitFor();
    expect(new URL(page.url()).hash).toBe(`#video=${VIDEO}`);
    expect(await videoPage.locator('h2 bdi').textContent()).toBe('Sourdough in 60 seconds');
    const total = dailyViews.reduce((a, b) => a + b, 0);
    await page.getByTestId('video-daily-summary').filter({ hasText: 'views' }).waitFor();
    expect(await page.getByTestId('video-daily-summary').textContent()).toMatch(new RegExp(`^7 days from .+ to .+: ${total.toLocaleString('en-US')} views, exactly as TikTok Studio counted them\\.$`));
    const hourTotal = Array.from({ length: 48 }, (_, h) => 10 + h).reduce((a, b) => a + b, 0);
    expect(await page.getByTestId('video-hours-summary').textContent()).toMatch(new RegExp(`^${hourTotal.toLocaleString('en-US')} views in the first 48 hours kept, from `));
    // Median of the two other curves at the end: (40 + 60) / 2.
    expect(await page.getByTestId('video-retention-summary').textContent()).toBe('45% still watching at the end of this video; your median: 50% (over 2 other videos).');
    expect(await videoPage.textContent()).toContain('The newest values are not final yet');
    expect(await videoPage.getByTestId('video-numbers').textContent()).toContain('9,850');
    // How long it is watched, in the UI's units, with where it came from and the day.
    expect(await videoPage.getByTestId('watch-averageWatchTime').textContent()).toBe('Average watch time12.4 sec');
    expect(await videoPage.getByTestId('watch-totalPlayTime').textContent()).toBe('Total play time3 hr 20 min');
    expect(await videoPage.getByTestId('watch-watchedFullVideo').textContent()).toBe('Watched full video31.5%');
    // All three from the same read of Studio's data: its source and day said once.
    const day = new Date(`${today}T12:00:00`).toLocaleDateString('en-US', { dateStyle: 'medium' });
    expect(await videoPage.getByTestId('video-watch-as-of').textContent()).toBe(`As of ${day}, from TikTok Studio's own data`);
    // Three charts on the page, each drawn.
    const drawn = await paintedCanvases(page, '[data-testid="video-page"] canvas');
    expect(drawn).toHaveLength(3);
    for (const n of drawn) expect(n).toBeGreaterThan(100);
    // Follower days Studio sent reach the day-by-day section too.
    await page.getByTestId('daily-summary').filter({ hasText: '30 days' }).waitFor();
    await page.close();
  });

  it('says what to do for a video with nothing kept, and goes back to the table', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url(`dashboard.html#video=${EMPTY_VIDEO}`));
    await page.getByTestId('video-page-empty').waitFor();
    expect(await page.getByTestId('video-page-empty').textContent()).toContain("open this video's analytics in TikTok Studio to keep its curves");
    expect(await page.locator('[data-testid="video-page"] canvas').count()).toBe(0);
    expect(await page.getByTestId('video-watch-empty').textContent()).toBe("No watch time kept yet: open this video's analytics in TikTok Studio.");
    await page.getByRole('link', { name: 'Back to all videos' }).click();
    await page.getByTestId('video-page').waitFor({ state: 'detached' });
    await page.close();
  });
});
