// The scam guard in Chromium: the browser itself sends a listed site to the warning page
// before it loads; the creator can go back, proceed once, or trust the site for good.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { eventually, launchExtension, type Extension } from './harness';

const SCAM_BODY = '<html><body><h1 id="scam">See who viewed your TikTok!</h1></body></html>';
const profile = mkdtempSync(join(tmpdir(), 'creator-lens-guard-'));
let ext: Extension | undefined;

async function start(): Promise<Extension> {
  const launched = await launchExtension({ userDataDir: profile });
  // The "sites" themselves, for when the guard lets a navigation through.
  await launched.context.route(/^https:\/\/(www\.)?(tiktokviewer|tiktokwhoer|tiktokprofileviewer)\.com\//, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: SCAM_BODY }),
  );
  await launched.context.route('https://www.tiktok.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<html><body><h1 id="tiktok">TikTok</h1></body></html>' }),
  );
  // Rules are installed when the extension is installed; wait for them.
  await eventually(() => launched.worker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length > 0));
  return launched;
}

async function visit(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url).catch(() => undefined);
  await page.waitForLoadState('domcontentloaded');
  return page;
}

afterAll(async () => {
  await ext?.close({ keepProfile: true });
  rmSync(profile, { recursive: true, force: true });
});

describe('first run', () => {
  it('opens a welcome page that explains every permission and offers the optional one', async () => {
    ext = await start();
    const welcome = await eventually(async () => ext!.context.pages().find((p) => p.url().endsWith('/welcome.html')));
    await welcome.getByTestId('broad-state').waitFor();
    const text = await welcome.locator('body').textContent();
    for (const phrase of ['Read TikTok Studio analytics pages', 'Storage', 'Block content on known scam sites', 'Optional — all sites'])
      expect(text).toContain(phrase);
    expect(await welcome.getByTestId('broad-state').textContent()).toContain('Known scam sites are stopped either way');
    expect(await welcome.getByRole('button', { name: 'Turn on lookalike protection' }).count()).toBe(1);
    await welcome.close();
  });
});

describe('warning before scam sites', () => {
  it('stops a listed site on the warning page, showing the original address and why', async () => {
    const url = 'https://tiktokviewer.com/check?user=maya.bakes';
    const page = await visit(ext!.context, url);
    await page.getByTestId('blocked-url').waitFor();
    expect(page.url()).toBe(`${ext!.url('warning.html')}#${url}`);
    expect(await page.getByTestId('blocked-url').textContent()).toBe(url);
    expect(await page.locator('h1').textContent()).toBe('Creator Lens stopped a known TikTok scam site');
    expect(await page.getByTestId('reasons').textContent()).toContain('known scam sites (viewer — jarelllama/Scam-Blocklist');
    expect(await page.locator('body').textContent()).toContain('No website or app can show who viewed your TikTok videos');
    expect(await page.locator('#scam').count()).toBe(0);
    const badges = await ext!.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return Promise.all(tabs.map((t) => chrome.action.getBadgeText({ tabId: t.id! })));
    });
    expect(badges).toContain('!');
    await page.close();
  });

  it('Proceed once reaches the site for this session', async () => {
    const page = await visit(ext!.context, 'https://tiktokprofileviewer.com/');
    await page.getByRole('button', { name: 'Proceed once' }).click();
    await page.locator('#scam').waitFor();
    expect(page.url()).toBe('https://tiktokprofileviewer.com/');
    const again = await visit(ext!.context, 'https://tiktokprofileviewer.com/other');
    expect(await again.locator('#scam').count()).toBe(1);
    await page.close();
    await again.close();
  });

  it('Back to safety leaves the scam site unvisited', async () => {
    const page = await visit(ext!.context, 'https://www.tiktok.com/foryou');
    await page.goto('https://tiktokviewer.com/').catch(() => undefined);
    await page.getByRole('button', { name: 'Back to safety' }).click();
    await page.waitForURL('https://www.tiktok.com/foryou');
    await page.close();
  });

  it('leaves TikTok itself untouched', async () => {
    const page = await visit(ext!.context, 'https://www.tiktok.com/tiktokstudio/analytics');
    expect(page.url()).toBe('https://www.tiktok.com/tiktokstudio/analytics');
    expect(await page.locator('#tiktok').count()).toBe(1);
    await page.close();
  });

  it('Always allow survives a browser restart', async () => {
    const page = await visit(ext!.context, 'https://tiktokwhoer.com/');
    await page.getByRole('button', { name: 'Always allow this site' }).click();
    await page.locator('#scam').waitFor();
    await ext!.close({ keepProfile: true });

    ext = await start();
    const after = await visit(ext.context, 'https://tiktokwhoer.com/again');
    expect(after.url()).toBe('https://tiktokwhoer.com/again');
    expect(await after.locator('#scam').count()).toBe(1);
    // Other listed sites are still stopped, and proceed-once did not outlive the session.
    const other = await visit(ext.context, 'https://tiktokprofileviewer.com/');
    await other.getByTestId('blocked-url').waitFor();
    expect(other.url()).toContain('warning.html#');
  });
});
