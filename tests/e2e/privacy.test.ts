// The extension makes no network requests of its own. Every suite's launchExtension records
// requests from extension pages and the service worker; this suite proves the recorder sees them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openExtensionPage, type Extension } from '../support/chromium';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close({ allowRequests: true });
});

describe('network request recorder', () => {
  it('records nothing while the extension starts and its popup opens', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(ext.extensionRequests).toEqual([]);
  });

  it('catches a request made from an extension page and from the service worker', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    await page.evaluate(() => fetch('https://collector.invalid/page').catch(() => undefined));
    await ext.worker.evaluate(() => fetch('https://collector.invalid/worker').catch(() => undefined));
    await expect.poll(() => ext.extensionRequests, { timeout: 5000 }).toEqual(
      expect.arrayContaining(['https://collector.invalid/page', 'https://collector.invalid/worker']),
    );
  });
});
