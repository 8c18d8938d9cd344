// Export and import in Firefox, through the dashboard's own buttons: the JSON file Firefox
// downloads, imported into an emptied store, gives back every capture.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExport } from '../support/demo-data';
import { ask, eventually, launchFirefox, openExtensionPage, type FirefoxExtension } from '../support/firefox';
import { capturedSeriesInPage } from '../support/store-peek';

let ext: FirefoxExtension;
beforeAll(async () => {
  ext = await launchFirefox();
});
afterAll(async () => {
  await ext?.close();
});

describe('your data in Firefox', () => {
  it('exports JSON from the dashboard and imports it back into an emptied store', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    await ask(page, 'restoreBackup', demoExport({ days: 30, videos: 8, now: Date.now() }));
    const before = await ask(page, 'storeStats');
    expect(before.snapshots).toBeGreaterThan(0);
    const series = await page.evaluate(capturedSeriesInPage, { account: 'maya.bakes', metric: 'followers', range: 'lifetime' });

    await (await page.waitForSelector('::-p-text(Export JSON)'))!.click();
    const file = await eventually(async () => readdirSync(ext.downloadDir).find((name) => /^creator-lens-.*\.json$/.test(name)));
    const exported = await eventually(async () => {
      try {
        return JSON.parse(readFileSync(join(ext.downloadDir, file), 'utf8'));
      } catch {
        return undefined; // still being written
      }
    });
    expect(exported.format).toBe('creator-lens-export');

    await ask(page, 'clearAll');
    expect(await ask(page, 'storeStats')).toEqual({ snapshots: 0, points: 0, videos: 0 });
    const input = await page.waitForSelector('[data-testid="import"]');
    await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(join(ext.downloadDir, file));
    const message = await page.waitForSelector('[data-testid="data-message"]');
    expect(await message!.evaluate((e) => e.getAttribute('role'))).toBe('status');
    expect(await ask(page, 'storeStats')).toEqual(before);
    expect(await page.evaluate(capturedSeriesInPage, { account: 'maya.bakes', metric: 'followers', range: 'lifetime' })).toEqual(series);
    await page.close();
  });
});
