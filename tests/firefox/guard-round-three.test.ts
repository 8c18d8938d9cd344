// The guard's findings of issue 36 in real Firefox, where the trailing dot broke (finding 1): a
// listed site written with the DNS root's dot (https://urlebird.com./) loaded on a default install
// and with all sites granted. Finding 2 (a caution's Continue remembering the whole domain) is
// checked here too. The rules' side is in tests/unit/guard/security-round-three.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { guard } from '../support/guard-expectations';
import { clickDeliberately, eventually, launchFirefox, locationOf, navigate, openExtensionPage, type FirefoxExtension } from '../support/firefox';

const SITE_BODY = '<html><body><h1 id="site">A site</h1></body></html>';
const DOTTED = ['https://urlebird.com./', 'https://storyviewer.ai./', 'https://gaming-hub.pro./tiktok.html', 'https://itgift.shop./tiktok-followers'];
let ext: FirefoxExtension | undefined;
let control: Page;

afterAll(() => ext?.close());

const reachedSite = async (page: Page) => (await page.$('#site')) !== null;
const isWarning = (href: string) => href.startsWith(ext!.url('warning.html'));

async function visit(url: string): Promise<Page> {
  const page = await ext!.newPage();
  await navigate(page, url, (href) => href !== 'about:blank');
  return page;
}

describe('finding 1: a trailing dot on a default install in Firefox', () => {
  it.each(DOTTED)('%s is blocked like the address without the dot', async (url) => {
    if (!ext) {
      ext = await launchFirefox();
      ext.serve(/^([^.]+\.)*(urlebird\.com|storyviewer\.ai|gaming-hub\.pro|itgift\.shop|tiktokcooking\.com)\.?$/, () => SITE_BODY);
      control = await openExtensionPage(ext, 'popup.html');
    }
    for (const address of [url, url.replace('./', '/')]) {
      const page = await ext.newPage();
      const error = await page.goto(address).then(() => '', (e: Error) => e.message);
      expect(error, address).toContain('NS_ERROR_ABORT');
      expect(await locationOf(page)).toBe('about:blank');
      expect(await reachedSite(page)).toBe(false);
      await page.close();
    }
  });
});

describe('with lookalike protection on (all sites) in Firefox', () => {
  it('the welcome page button grants all sites', async () => {
    const welcome = await openExtensionPage(ext!, 'welcome.html');
    await clickDeliberately(welcome, guard.grantButton);
    await eventually(() => control.evaluate(() => browser.permissions.contains({ origins: ['<all_urls>'] })));
    await welcome.close();
    await eventually(() => control.evaluate(async () => (await browser.declarativeNetRequest.getDynamicRules()).some((r) => r.action.type === 'redirect')));
  });

  it.each(DOTTED)('finding 1: %s goes to the warning page', async (url) => {
    const page = await visit(url);
    expect(isWarning(await locationOf(page))).toBe(true);
    await page.waitForSelector('[data-testid="blocked-url"]');
    expect(await page.$eval('[data-testid="blocked-url"]', (e) => e.textContent)).toBe(url);
    expect(await reachedSite(page)).toBe(false);
    await page.close();
  });

  it('finding 2: a Continue on tiktokcooking.com leaves its subdomains to the lookalike check', async () => {
    const page = await visit('https://tiktokcooking.com/');
    await page.waitForSelector('[data-testid="caution-text"]');
    await clickDeliberately(page, guard.caution.button);
    await page.waitForSelector('#site');
    for (const url of ['https://login.tiktokcooking.com/', 'https://tiktok-login.tiktokcooking.com/']) {
      const sub = await visit(url);
      expect(isWarning(await locationOf(sub)), url).toBe(true);
      expect(await reachedSite(sub)).toBe(false);
      await sub.close();
    }
    await page.close();
  });
});

declare const browser: import('webextension-polyfill').Browser;
