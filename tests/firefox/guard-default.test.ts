// A default install in Firefox: Firefox blocks a listed site by aborting the navigation, so the
// click seems to do nothing, and Firefox 153 ESR has no getMatchedRules or action count (checked
// here, so a Firefox that gains them fails this test and the popup can say more). The popup says
// in one line what a link that did nothing may mean, and what to do instead.
import { afterAll, describe, expect, it } from 'vitest';
import { guard } from '../support/guard-expectations';
import { launchFirefox, locationOf, openExtensionPage, type FirefoxExtension } from '../support/firefox';

let ext: FirefoxExtension | undefined;
afterAll(() => ext?.close());

describe('default install in Firefox: the popup explains a link that did nothing', () => {
  it('after a blocked click, the popup tells why and where to see profile views instead', async () => {
    ext = await launchFirefox();
    ext.serve(guard.siteHosts, () => guard.scamBody);
    const page = await ext.newPage();
    const error = await page.goto(guard.listedUrl).then(() => '', (e: Error) => e.message);
    expect(error).toContain('NS_ERROR_ABORT');
    expect(await locationOf(page)).toBe('about:blank');

    const popup = await openExtensionPage(ext, 'popup.html');
    expect(await popup.evaluate(() => 'getMatchedRules' in browser.declarativeNetRequest || 'setExtensionActionOptions' in browser.declarativeNetRequest)).toBe(false);
    const note = await popup.waitForSelector('[data-testid="guard-note"]');
    await popup.click('[data-testid="guard-note"] summary');
    const text = await note!.evaluate((e) => e.textContent);
    expect(text).toContain('A link to a TikTok site did nothing?');
    expect(text).toContain('Creator Lens stops known TikTok scam sites');
    expect(text).toContain('Profile view history');
  });
});

declare const browser: import('webextension-polyfill').Browser;
