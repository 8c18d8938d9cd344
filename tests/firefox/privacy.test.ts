// The extension makes no network requests of its own in Firefox either. Every suite's close()
// fails on any request that reached the network or went to a host no test serves; this suite
// proves the recorder sees requests from an extension page and from the background page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchFirefox, openExtensionPage, type FirefoxExtension } from '../support/firefox';

let ext: FirefoxExtension;
beforeAll(async () => {
  ext = await launchFirefox();
});
afterAll(async () => {
  await ext?.close({ allowRequests: true });
});

describe('network request recorder in Firefox', () => {
  it('records nothing while the extension starts and its pages open', async () => {
    for (const path of ['popup.html', 'dashboard.html', 'welcome.html']) {
      const page = await openExtensionPage(ext, path);
      await page.waitForSelector('#app > *');
      await page.close();
    }
    // Left a sleep: a request the pages started has this long to reach the recorder. No event says
    // "no request is on its way" (and requests from different pages are not ordered, so a marker
    // request seen first would prove nothing); every suite's close() checks the recorder again.
    await new Promise((r) => setTimeout(r, 500));
    expect([...ext.wireRequests, ...ext.refusedRequests]).toEqual([]);
  });

  it('catches a request made from an extension page and from the background page', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    await page.evaluate(() => fetch('https://collector.invalid/page').catch(() => undefined));
    await page.evaluate(async () => {
      const background = (await browser.runtime.getBackgroundPage()) as unknown as Window;
      await background.fetch('https://collector.invalid/background').catch(() => undefined);
    });
    await eventually(async () => ext.refusedRequests.includes('https://collector.invalid/page'));
    // The background page's request leaves through the proxy, which sees only host and port.
    await eventually(async () => ext.wireRequests.includes('https://collector.invalid:443'));
  });
});

declare const browser: import('webextension-polyfill').Browser;
