// Long imports in real Chromium (issue 22, findings 5 and 7): a backup restore and a Studio import
// stopped mid-way by the browser stopping the service worker leave nothing behind once the
// background starts again, so "Nothing was imported" is true; and "Delete all" works from the popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../utils/history/backup';
import type { StudioFilePart } from '../../utils/import/studio-files';
import { ask, eventually, launchExtension, openExtensionPage, type Extension } from '../support/chromium';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const T0 = Date.now() - 400 * 86_400_000;
const followers = (i: number) => ({
  page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', account: 'maya.bakes', range: { days: 7 },
  metrics: { followers: 1000 + i }, capturedAt: T0 + i * 60_000, lastSeenAt: T0 + i * 60_000,
});
const backup = (count: number, from = 0) => ({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), snapshots: Array.from({ length: count }, (_, i) => followers(from + i)) });

/** Stops the extension's service worker, as the browser does when it judges it idle or stuck. */
async function stopWorker(page: Page) {
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Everything the store holds, counted by the background (which rolls back first if it must). */
async function counts(page: Page) {
  return { ...(await ask(page, 'storeStats')), daily: (await ask(page, 'getDailySeries', { account: 'maya.bakes', metric: 'videoViews' })).length };
}

describe('a long import stopped mid-way', () => {
  it('a backup restore: the dashboard says nothing was imported, and nothing was', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    await ask(page, 'restoreBackup', backup(3));
    const before = await counts(page);
    await page.reload();
    await page.getByTestId('stats').filter({ hasText: '3' }).waitFor();

    await page.getByTestId('import').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup(40_000, 10))) });
    // Stopped once a few chunks are in.
    await page.getByTestId('data-message').filter({ hasText: /Restoring… (1,500|[2-9],\d{3}|\d\d,\d{3}) of 40,000/ }).waitFor({ timeout: 60_000 });
    await stopWorker(page);
    const message = page.getByTestId('data-message').filter({ hasText: 'Nothing was imported' });
    await message.waitFor({ timeout: 30_000 });
    // Said in words, not with the browser's message-port text (issue 36).
    expect(await message.textContent()).not.toMatch(/message port|Receiving end|Could not establish|channel closed/i);
    expect(await message.textContent()).toContain("Creator Lens's background stopped before it answered");

    await eventually(async () => JSON.stringify(await counts(page)) === JSON.stringify(before), { timeout: 60_000 });
    expect(await counts(page)).toEqual(before);
    // And the same file then imports whole.
    expect((await ask(page, 'restoreBackup', backup(2_000, 10))).added).toBe(2_000);
    await page.close();
  });

  it('a Studio import: rolled back on the next start, the videos it overwrote included', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    await ask(page, 'clearAll');
    const exportedAt = Date.now() - 86_400_000;
    const part = (rows: number, at: number): StudioFilePart => ({
      name: 'Content.zip', files: ['Content.csv'], exportedAt: at, days: { '2025-01-01': { videoViews: 5 } },
      videos: Array.from({ length: rows }, (_, i) => ({ videoId: String(7_400_000_000 + i), caption: `video ${i}`, views: at === exportedAt ? i : i + 1 })),
    });
    await ask(page, 'importStudioData', { account: 'maya.bakes', parts: [part(5, exportedAt - 86_400_000)] });
    const before = await counts(page);
    const held = await ask(page, 'listVideos', 'maya.bakes');

    // Progress reaches pages through the extension's messages: listened to as the dashboard does.
    await page.evaluate(() => {
      const w = window as unknown as { saved: number };
      w.saved = 0;
      chrome.runtime.onMessage.addListener((m: { type?: string; data?: { done: number } }) => void (m.type === 'saveProgress' && (w.saved = m.data!.done)));
    });
    const saving = ask(page, 'importStudioData', { account: 'maya.bakes', parts: [part(150_000, exportedAt)] }).then(
      () => 'saved',
      (error: Error) => error.message,
    );
    await page.waitForFunction(() => (window as unknown as { saved: number }).saved > 10_000, undefined, { timeout: 60_000 });
    await stopWorker(page);
    expect(await saving).not.toBe('saved');

    await eventually(async () => JSON.stringify(await counts(page)) === JSON.stringify(before), { timeout: 60_000 });
    expect(await ask(page, 'listVideos', 'maya.bakes')).toEqual(held);
    await page.close();
  });
});

describe('Delete all outside the dashboard', () => {
  it('the popup asks again, then deletes everything', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    await ask(page, 'restoreBackup', backup(3, 100_000));
    await page.reload();
    await page.getByTestId('delete-all').click();
    expect(await page.getByTestId('delete-confirm').textContent()).toContain('cannot be undone');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await ask(page, 'storeStats')).snapshots).toBeGreaterThan(0);
    await page.getByTestId('delete-all').click();
    await page.getByTestId('delete-yes').click();
    await page.getByTestId('empty').waitFor();
    expect(await ask(page, 'storeStats')).toEqual({ snapshots: 0, points: 0, videos: 0 });
    await page.close();
  });
});
