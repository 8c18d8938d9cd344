// The extension makes no network requests of its own. Every suite's launchExtension records
// requests from extension pages, the service worker and the content scripts; this suite proves
// the recorder sees each of them.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchExtension, openExtensionPage, serveTikTok, type Extension } from '../support/chromium';

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
    // What the popup draws once its opening reads are answered: a fresh profile has nothing yet.
    await page.getByTestId('empty').waitFor();
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

  it('catches a request made by a content script, in the page\'s name (a build with a planted fetch)', async () => {
    // The built content script with one fetch added, as a bug or a dependency could add it.
    const planted = mkdtempSync(join(tmpdir(), 'creator-lens-planted-'));
    cpSync(EXTENSION_DIR, planted, { recursive: true });
    appendFileSync(join(planted, 'content-scripts', 'studio.js'), "\n;fetch('https://collector.invalid/content-script').catch(() => undefined);\n");
    const variant = await launchExtension({ extensionDir: planted });
    try {
      await serveTikTok(variant.context, () => '<!DOCTYPE html><html lang="en"><body><main>Overview</main></body></html>');
      const page = await variant.context.newPage();
      await page.goto('https://www.tiktok.com/tiktokstudio/analytics/overview');
      await expect.poll(() => variant.extensionRequests, { timeout: 10_000 }).toEqual(['https://collector.invalid/content-script']);
      // And closing the suite's browser would fail it.
      await expect(variant.close({ keepProfile: false })).rejects.toThrow(/network requests of its own: https:\/\/collector\.invalid\/content-script/);
    } finally {
      await variant.close({ allowRequests: true }).catch(() => undefined);
      rmSync(planted, { recursive: true, force: true });
    }
  });

  it('does not count the page\'s own requests as the extension\'s', async () => {
    await serveTikTok(ext.context, () => '<!DOCTYPE html><html lang="en"><body><main>Overview</main></body></html>');
    const page = await ext.context.newPage();
    await page.goto('https://www.tiktok.com/tiktokstudio/analytics/overview');
    await page.evaluate(() => fetch('https://page-own.invalid/beacon').catch(() => undefined));
    await page.close();
    expect(ext.extensionRequests.filter((url) => url.includes('page-own'))).toEqual([]);
  });
});
