// The scam guard in Firefox, as in Chromium (tests/e2e/guard.test.ts): a default install has
// Firefox block listed sites itself with the static ruleset; once the creator turns on lookalike
// protection on the welcome page (a real click; the prompt is auto-accepted by a test pref),
// listed sites and lookalikes go to the warning page, where Back / Proceed once / Always allow work.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { guard } from '../support/guard-expectations';
import { classifyUrl } from '../../utils/guard/classify';
import { GUARD_ACTIONS } from '../../utils/guard/guard-actions';
import { PAGE_CHECK_RECORD, type PageCheckRecord } from '../../utils/guard/page-signals';
import { fixture } from '../support/guard-expectations';
import { generatedGuardUrls } from '../support/generated-guard-urls';
import { ask, clickDeliberately, eventually, launchFirefox, locationOf, navigate, openExtensionPage, type FirefoxExtension } from '../support/firefox';

const TIKTOK_BODY = '<html><body><h1 id="tiktok">TikTok</h1></body></html>';
const interrupts = (url: string) => ['stop', 'caution'].includes(GUARD_ACTIONS[classifyUrl(url).level]);
/** A few generated addresses (tests/unit/guard/rules-agree.test.ts checks 4,000 with a DNR matcher): half stopped, half not. */
const generated = (() => {
  const plain = generatedGuardUrls(300, 7).filter((u) => /^https:\/\/[a-z0-9.-]+\//.test(u) && !/tiktok\.com|tiktokviewer/.test(new URL(u).hostname));
  return [...plain.filter(interrupts).slice(0, 4), ...plain.filter((u) => !interrupts(u)).slice(0, 4)];
})();
const generatedHosts = new RegExp(`^(${generated.map((u) => new URL(u).hostname.replaceAll('.', '\\.')).join('|')})$`);
const ALL_SITES = { origins: ['<all_urls>'] };
const profile = mkdtempSync(join(tmpdir(), 'creator-lens-firefox-guard-'));
let ext: FirefoxExtension | undefined;
let control: Page;

async function start(): Promise<FirefoxExtension> {
  const launched = await launchFirefox({ profileDir: profile });
  launched.serve(guard.siteHosts, () => guard.scamBody);
  launched.serve(/^(www\.)?tiktok\.com$/, () => TIKTOK_BODY);
  launched.serve(generatedHosts, () => '<html><body><h1 id="site">a site</h1></body></html>');
  const pages = [guard.pageCheck.kit, ...guard.pageCheck.legit];
  launched.serve(guard.pageCheck.hosts, (url) => {
    const served = pages.find((p) => p.url === url.href);
    return served && fixture(served.file);
  });
  control = await openExtensionPage(launched, 'popup.html');
  return launched;
}

const isWarning = (href: string) => href.startsWith(ext!.url('warning.html'));
const hasAllSites = () => control.evaluate((all) => browser.permissions.contains(all), ALL_SITES);

/** Opens `url` in a new tab and waits until the tab settles somewhere other than about:blank. */
async function visit(url: string): Promise<Page> {
  const page = await ext!.newPage();
  await navigate(page, url, (href) => href !== 'about:blank');
  return page;
}

/** True once the tab shows the site's own page (the guard let it through). */
const reachedSite = async (page: Page) => (await page.$('#scam')) !== null;

const clickButton = clickDeliberately;

afterAll(async () => {
  await ext?.close({ keepProfile: true });
  rmSync(profile, { recursive: true, force: true });
});

describe('default install in Firefox (no optional permission)', () => {
  it('opens the welcome page once installed', async () => {
    ext = await start();
    const tabs = await eventually(() => control.evaluate(async () => (await browser.tabs.query({})).map((t) => t.url ?? '')).then((urls) => (urls.some((u) => u.endsWith('/welcome.html')) ? urls : undefined)));
    expect(tabs.filter((u) => u.endsWith('/welcome.html'))).toHaveLength(1);
    expect(await hasAllSites()).toBe(false);
  });

  it('Firefox blocks a listed site itself, with no access to it', async () => {
    const page = await ext!.newPage();
    // Chromium shows its "blocked" error page (ERR_BLOCKED_BY_CLIENT); Firefox aborts the
    // navigation and the tab stays where it was, here about:blank. Either way the site never loads.
    const error = await page.goto(guard.listedUrl).then(() => '', (e: Error) => e.message);
    expect(error).toContain('NS_ERROR_ABORT');
    expect(await locationOf(page)).toBe('about:blank');
    expect(await reachedSite(page)).toBe(false);
    await page.close();
  });

  it('leaves TikTok and an unlisted lookalike untouched (lookalikes need the optional permission)', async () => {
    const tiktok = await visit('https://www.tiktok.com/tiktokstudio/analytics');
    await tiktok.waitForSelector('#tiktok');
    const lookalike = await visit(guard.lookalikeUrl);
    await lookalike.waitForSelector('#scam');
    expect(await locationOf(lookalike)).toBe(guard.lookalikeUrl);
    await tiktok.close();
    await lookalike.close();
  });
});

describe('after the creator turns on lookalike protection in Firefox', () => {
  it('the welcome page button grants all sites and the guard switches to its warning page', async () => {
    const welcome = await openExtensionPage(ext!, 'welcome.html');
    await clickButton(welcome, guard.grantButton);
    await eventually(hasAllSites);
    await welcome.close();
    // The background reinstalls its rules when the permission arrives.
    await eventually(() => control.evaluate(async () => (await browser.declarativeNetRequest.getDynamicRules()).some((r) => r.action.type === 'redirect')));
  });

  it('stops a listed site on the warning page, showing the original address and why', async () => {
    const page = await visit(guard.listedUrl);
    expect(await locationOf(page)).toBe(`${ext!.url('warning.html')}#${guard.listedUrl}`);
    await page.waitForSelector('[data-testid="blocked-url"]');
    expect(await page.$eval('[data-testid="blocked-url"]', (e) => e.textContent)).toBe(guard.listedUrl);
    expect(await page.$eval('h1', (e) => e.textContent)).toBe(guard.title);
    expect(await page.$eval('[data-testid="reasons"]', (e) => e.textContent)).toContain(guard.reason);
    expect(await page.$eval('body', (e) => e.textContent)).toContain(guard.advice);
    expect(await reachedSite(page)).toBe(false);
    const badges = await control.evaluate(async () => {
      const tabs = await browser.tabs.query({});
      return Promise.all(tabs.map((t) => browser.action.getBadgeText({ tabId: t.id! })));
    });
    expect(badges).toContain('!');
    await page.close();
  });

  it('stops a lookalike no list has, with the whole address kept for the warning page', async () => {
    const page = await visit(guard.lookalikeUrl);
    expect(await locationOf(page)).toBe(`${ext!.url('warning.html')}#${guard.lookalikeUrl}`);
    await page.waitForSelector('[data-testid="reasons"]');
    expect(await page.$eval('[data-testid="reasons"]', (e) => e.textContent)).toContain(guard.lookalikeReason);
    await page.close();
  });

  it('the page check stops a TikTok login kit on an unrelated domain (issue 31)', async () => {
    const { kit } = guard.pageCheck;
    const page = await ext!.newPage();
    await navigate(page, kit.url, (href) => href.startsWith(`${ext!.url('warning.html')}?page=brand-login#`));
    await page.waitForSelector('[data-testid="reasons"]');
    expect(await page.$eval('[data-testid="blocked-url"]', (e) => e.textContent)).toBe(kit.url);
    expect(await page.$eval('[data-testid="reasons"]', (e) => e.textContent)).toContain(kit.reason);
    await page.close();
  });

  it('the page check leaves a news page about TikTok and a "Log in with TikTok" page alone', async () => {
    for (const { url } of guard.pageCheck.legit) {
      const page = await visit(url);
      // The check has run in that page, and what it concluded: read from its own world.
      const record = await eventually(() =>
        control.evaluate(
          async (url, key) => {
            const { tabs, scripting } = (globalThis as unknown as { browser: typeof chrome }).browser;
            const [tab] = await tabs.query({ url });
            if (tab?.id === undefined) return undefined;
            const [injected] = await scripting.executeScript({ target: { tabId: tab.id }, func: (key: string) => (globalThis as Record<string, unknown>)[key] ?? null, args: [key] });
            return (injected?.result as PageCheckRecord | null) ?? undefined;
          },
          url,
          PAGE_CHECK_RECORD,
        ),
      );
      expect(record).toEqual({ signals: [] });
      expect(await locationOf(page)).toBe(url);
      await page.close();
    }
  });

  it('a sample of generated addresses: Firefox stops exactly what classifyUrl stops or cautions', async () => {
    expect(generated).toHaveLength(8);
    for (const url of generated) {
      const page = await ext!.newPage();
      const stop = interrupts(url);
      await navigate(page, url, (href) => (stop ? isWarning(href) : href === url));
      await page.waitForSelector(stop ? '[data-testid="reasons"]' : '#site');
      await page.close();
    }
  });

  it('forwards a clean site a broad rule sent to the warning page: that host, in that tab only', async () => {
    ext!.serve(/^tiktok\.fandom\.com$/, () => '<html><body><h1 id="wiki">TikTok Wiki</h1></body></html>');
    const url = 'https://tiktok.fandom.com/wiki/TikTok_Wiki';
    const page = await visit(url);
    await page.waitForSelector('#wiki');
    expect(await locationOf(page)).toBe(url);
    const forwards = await control.evaluate(async () => (await browser.declarativeNetRequest.getSessionRules()).filter((r) => r.condition.tabIds).map((r) => r.condition.requestDomains));
    expect(forwards).toContainEqual(['tiktok.fandom.com']);
    await page.close();
  });

  it('cautions once on a site that only uses the name, then remembers it (issue 21)', async () => {
    const page = await visit(guard.caution.url);
    expect(isWarning(await locationOf(page))).toBe(true);
    await page.waitForSelector('[data-testid="caution-text"]');
    expect(await page.$eval('h1', (e) => e.textContent)).toBe(guard.caution.title);
    expect(await page.$eval('[data-testid="caution-text"]', (e) => e.textContent)).toContain(guard.caution.text);
    expect(await reachedSite(page)).toBe(false);
    await clickButton(page, guard.caution.button);
    await page.waitForSelector('#scam');
    expect(await locationOf(page)).toBe(guard.caution.url);
    const again = await visit('https://tiktokcooking.com/other');
    await again.waitForSelector('#scam');
    expect(await locationOf(again)).toBe('https://tiktokcooking.com/other');
    await page.close();
    await again.close();
  });

  it('a listed site in a frame is stopped too (issue 22, finding 4)', async () => {
    ext!.serve(/^framer\.example$/, () => '<html><body><iframe src="https://tiktokviewer.com/"></iframe></body></html>');
    // The same frame around a site no list has loads it: the frame is there to be stopped.
    ext!.serve(/^harmless-frame\.example$/, () => guard.scamBody);
    ext!.serve(/^control-framer\.example$/, () => '<html><body><iframe src="https://harmless-frame.example/"></iframe></body></html>');
    const control = await visit('https://control-framer.example/');
    const loaded = await eventually(async () => control.frames().find((f) => f !== control.mainFrame()));
    await loaded.waitForSelector('#scam');
    await control.close();

    const page = await visit('https://framer.example/');
    const frame = await eventually(async () => page.frames().find((f) => f !== page.mainFrame()));
    await frame.waitForFunction(() => document.readyState === 'complete');
    expect(await frame.$('#scam')).toBeNull();
    await page.close();
  });

  it('the brand in the userinfo part allows nothing (issue 22, finding 1)', async () => {
    const page = await openExtensionPage(ext!, 'warning.html#https://tiktok@net/');
    await page.waitForSelector('[data-testid="reasons"]');
    expect(await page.$('::-p-text(Proceed once)')).toBeNull();
    const refused = await ask(page, 'guardProceedOnce', 'https://tiktok@net/').then(() => 'allowed', (e: Error) => e.message);
    expect(refused).toContain('one site');
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

  it('Always allow survives a browser restart; other listed sites stay stopped', async () => {
    const page = await visit('https://tiktokwhoer.com/');
    await clickButton(page, guard.buttons.allowAlways);
    await clickButton(page, guard.buttons.allowConfirm);
    await page.waitForSelector('#scam');
    expect(await ask(control, 'guardGetLists')).toMatchObject({ allow: ['tiktokwhoer.com'] });
    await ext!.close({ keepProfile: true });

    // A temporary add-on is uninstalled when Firefox quits; installing it again keeps its storage.
    ext = await start();
    await eventually(() => control.evaluate(async () => (await browser.declarativeNetRequest.getDynamicRules()).length > 0));
    const after = await visit('https://tiktokwhoer.com/again');
    await after.waitForSelector('#scam');
    expect(await locationOf(after)).toBe('https://tiktokwhoer.com/again');
    const other = await visit('https://tiktokprofileviewer.com/');
    await eventually(async () => isWarning(await locationOf(other)) || (await other.evaluate(() => document.documentURI)).startsWith('about:neterror'));
    expect(await reachedSite(other)).toBe(false);
  });
});

declare const browser: import('webextension-polyfill').Browser;
