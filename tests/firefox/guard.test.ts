// The scam guard in Firefox: declarativeNetRequest sends a listed site to the warning page before
// it loads, and Back / Proceed once / Always allow behave as in Chromium (tests/e2e/guard.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { guard } from '../e2e/expectations';
import { ask, eventually, launchFirefox, locationOf, navigate, openExtensionPage, type FirefoxExtension } from './harness';

const TIKTOK_BODY = '<html><body><h1 id="tiktok">TikTok</h1></body></html>';
const profile = mkdtempSync(join(tmpdir(), 'creator-lens-firefox-guard-'));
let ext: FirefoxExtension | undefined;
let control: Page;

async function start(): Promise<FirefoxExtension> {
  const launched = await launchFirefox({ profileDir: profile });
  launched.serve(guard.scamHosts, () => guard.scamBody);
  launched.serve(/^(www\.)?tiktok\.com$/, () => TIKTOK_BODY);
  launched.serve(/^t1ktok-login\.com$/, () => guard.scamBody);
  control = await openExtensionPage(launched, 'popup.html');
  // The rules are in place once the background has run its install handler.
  await eventually(() => control.evaluate(async () => (await browser.declarativeNetRequest.getDynamicRules()).length > 0));
  return launched;
}

const isWarning = (href: string) => href.startsWith(ext!.url('warning.html'));

/** Opens `url` in a new tab and waits until the tab settles on the warning page or the site. */
async function visit(url: string): Promise<Page> {
  const page = await ext!.newPage();
  await navigate(page, url, (href) => isWarning(href) || href.startsWith(new URL(url).origin));
  return page;
}

async function clickButton(page: Page, name: string): Promise<void> {
  const button = await page.waitForSelector(`::-p-text(${name})`);
  await button!.click();
}

afterAll(async () => {
  await ext?.close({ keepProfile: true });
  rmSync(profile, { recursive: true, force: true });
});

describe('warning before scam sites in Firefox', () => {
  it('stops a listed site on the warning page, showing the original address and why', async () => {
    ext = await start();
    const page = await visit(guard.listedUrl);
    expect(await locationOf(page)).toBe(`${ext.url('warning.html')}#${guard.listedUrl}`);
    await page.waitForSelector('[data-testid="blocked-url"]');
    expect(await page.$eval('[data-testid="blocked-url"]', (e) => e.textContent)).toBe(guard.listedUrl);
    expect(await page.$eval('h1', (e) => e.textContent)).toBe(guard.title);
    expect(await page.$eval('[data-testid="reasons"]', (e) => e.textContent)).toContain(guard.reason);
    expect(await page.$eval('body', (e) => e.textContent)).toContain(guard.advice);
    expect(await page.$('#scam')).toBeNull();
    const badges = await control.evaluate(async () => {
      const tabs = await browser.tabs.query({});
      return Promise.all(tabs.map((t: { id?: number }) => browser.action.getBadgeText({ tabId: t.id! })));
    });
    expect(badges).toContain('!');
    await page.close();
  });

  it('Proceed once reaches the site for this session', async () => {
    const page = await visit('https://tiktokprofileviewer.com/');
    expect(isWarning(await locationOf(page))).toBe(true);
    await clickButton(page, guard.buttons.proceedOnce);
    await page.waitForSelector('#scam');
    expect(await locationOf(page)).toBe('https://tiktokprofileviewer.com/');
    const again = await visit('https://tiktokprofileviewer.com/other');
    await again.waitForSelector('#scam');
    await page.close();
    await again.close();
  });

  it('Back to safety leaves the scam site unvisited', async () => {
    const page = await visit('https://www.tiktok.com/foryou');
    await navigate(page, 'https://tiktokviewer.com/', isWarning);
    await clickButton(page, guard.buttons.back);
    await eventually(async () => (await locationOf(page)) === 'https://www.tiktok.com/foryou');
    await page.close();
  });

  it('leaves TikTok itself untouched', async () => {
    const page = await visit('https://www.tiktok.com/tiktokstudio/analytics');
    expect(await locationOf(page)).toBe('https://www.tiktok.com/tiktokstudio/analytics');
    await page.waitForSelector('#tiktok');
    await page.close();
  });

  it('lets a lookalike no list knows through until the creator grants access to all sites', async () => {
    const before = await visit('https://t1ktok-login.com/');
    await before.waitForSelector('#scam');
    await before.close();

    const welcome = await openExtensionPage(ext!, 'welcome.html');
    await welcome.waitForSelector('[data-testid="broad-state"]');
    await clickButton(welcome, 'Turn on lookalike protection');
    await eventually(() => control.evaluate(() => browser.permissions.contains({ origins: ['<all_urls>'] })));
    await welcome.close();

    const after = await visit('https://t1ktok-login.com/');
    expect(isWarning(await locationOf(after))).toBe(true);
    await after.waitForSelector('[data-testid="blocked-url"]');
    await after.close();
  });

  it('Always allow survives a browser restart; proceed-once does not', async () => {
    const page = await visit('https://tiktokwhoer.com/');
    await clickButton(page, guard.buttons.allowAlways);
    await page.waitForSelector('#scam');
    expect(await ask(control, 'guardGetLists')).toEqual({ allow: ['tiktokwhoer.com'], block: [] });
    await ext!.close({ keepProfile: true });

    // A temporary add-on is uninstalled when Firefox quits; installing it again keeps its storage.
    ext = await start();
    const after = await visit('https://tiktokwhoer.com/again');
    await after.waitForSelector('#scam');
    expect(await locationOf(after)).toBe('https://tiktokwhoer.com/again');
    const other = await visit('https://tiktokprofileviewer.com/');
    expect(isWarning(await locationOf(other))).toBe(true);
  });
});

declare const browser: import('webextension-polyfill').Browser;
