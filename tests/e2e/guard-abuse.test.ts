// The warning page under attack (issue 13): crafted addresses, web pages that frame or drive it,
// synthetic clicks, parallel "Proceed once", unreadable fragments. In every case the scam site
// must stay stopped; only a real click in the warning page's own tab lets a site through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rmSync } from 'node:fs';
import { ask, eventually, extensionWithAllSites, launchExtension, openExtensionPage, type Extension } from '../support/chromium';

const SCAM_BODY = '<html><body><h1 id="scam">See who viewed your TikTok!</h1></body></html>';
let ext: Extension;
// The warning page is reached once the user granted all sites (a default install has the browser
// block listed sites itself: tests/e2e/guard.test.ts).
const extensionDir = extensionWithAllSites();

beforeAll(async () => {
  ext = await launchExtension({ extensionDir });
  await ext.context.route(/^https:\/\/([^/]*[.@])?(tiktokviewer|tiktokwhoer|tiktokprofileviewer)\.com\//, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: SCAM_BODY }),
  );
  await eventually(() => ext.worker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length > 0));
});
afterAll(async () => {
  await ext?.close();
  rmSync(extensionDir, { recursive: true, force: true });
});

async function visit(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url).catch(() => undefined);
  await page.waitForLoadState('domcontentloaded');
  return page;
}

const sessionHosts = () =>
  ext.worker.evaluate(async () => (await chrome.declarativeNetRequest.getSessionRules()).flatMap((r) => r.condition.requestDomains ?? []));

/** The scam site is still stopped on a fresh visit. */
async function expectStillStopped(url = 'https://tiktokviewer.com/'): Promise<void> {
  const page = await visit(url);
  await page.getByTestId('blocked-url').waitFor();
  expect(await page.locator('#scam').count()).toBe(0);
  await page.close();
}

describe('one parse, one truth', () => {
  it('a doubly escaped "official" userinfo does not get the scam host allowed', async () => {
    const page = await visit('https://www.tiktok.com%252F@tiktokviewer.com/');
    await page.getByTestId('blocked-url').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Creator Lens stopped a known TikTok scam site');
    await page.waitForTimeout(500);
    expect(await page.locator('#scam').count()).toBe(0);
    expect(await sessionHosts()).toEqual([]);
    await page.close();
    await expectStillStopped();
  });

  it('a malformed escape still shows the warning with every button', async () => {
    const page = await visit('https://tiktokviewer.com/%E0%A4%A/%zz?q=%');
    await page.getByTestId('blocked-url').waitFor();
    for (const name of ['Back to safety', 'Proceed once', 'Always allow this site'])
      expect(await page.getByRole('button', { name }).count()).toBe(1);
    // "Always allow" for a known scam is a small link that asks first, never beside "Proceed once".
    expect(await page.locator('.actions').getByRole('button', { name: 'Always allow this site' }).count()).toBe(0);
    await page.close();
  });

  it('an unreadable or non-web address gets "Back to safety" only, and nothing is allowed', async () => {
    for (const hash of ['%E0%A4%A', 'ftp://tiktokviewer.com/', 'javascript:alert(1)', 'not a url']) {
      const page = await openExtensionPage(ext, `warning.html#${hash}`);
      await page.getByRole('button', { name: 'Back to safety' }).waitFor();
      expect(await page.getByRole('button', { name: 'Proceed once' }).count()).toBe(0);
      expect(await page.getByTestId('reasons').textContent()).toContain('could not be read');
      await page.close();
    }
    expect(await sessionHosts()).toEqual([]);
  });
});

describe('no way to drive the warning page', () => {
  it('a web page can neither load nor fingerprint it by the extension id', async () => {
    await ext.context.route('https://attacker.example/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<html><body><iframe id="f" style="opacity:0.01" src="${ext.url('warning.html')}#ftp://tiktokviewer.com/"></iframe></body></html>`,
      }),
    );
    const page = await visit('https://attacker.example/');
    await page.waitForTimeout(1000);
    const loaded = await page.evaluate((url) => fetch(url).then(() => true, () => false), ext.url('warning.html'));
    expect(loaded).toBe(false);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    // The browser refuses the static address outright (its error page stands in the frame).
    expect(frame?.url()).not.toContain('warning.html');
    expect(await sessionHosts()).toEqual([]);
    await page.close();
    await expectStillStopped();
  });

  it('framed by any page, it shows no buttons and allows nothing', async () => {
    const host = await openExtensionPage(ext, 'popup.html');
    await host.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, `${ext.url('warning.html')}#https://tiktokviewer.com/`);
    const frame = await eventually(async () => host.frames().find((f) => f.url().includes('warning.html')));
    await frame.getByTestId('framed').waitFor();
    expect(await frame.locator('button').count()).toBe(0);
    expect(await sessionHosts()).toEqual([]);
    await host.close();
  });

  it('a synthetic click does not proceed; a real one does', async () => {
    const page = await visit('https://tiktokwhoer.com/');
    await page.getByRole('button', { name: 'Always allow this site' }).waitFor();
    await page.evaluate(() => {
      for (const button of document.querySelectorAll('button')) if (!button.classList.contains('primary')) button.click();
    });
    await page.waitForTimeout(500);
    expect(page.url()).toContain('warning.html#');
    expect(await sessionHosts()).toEqual([]);
    expect((await ask(page, 'guardGetLists')).allow).toEqual([]);
    await page.getByRole('button', { name: 'Proceed once' }).click();
    await page.locator('#scam').waitFor();
    expect(await sessionHosts()).toEqual(['tiktokwhoer.com']);
  });
});

describe('Proceed once', () => {
  it('several at once each let their own site through', async () => {
    const page = await visit('https://tiktokprofileviewer.com/');
    await page.getByTestId('blocked-url').waitFor();
    const urls = ['https://a.tiktokprofileviewer.com/', 'https://b.tiktokprofileviewer.com/', 'https://tiktokviewer.com/x'];
    await Promise.all(urls.map((url) => ask(page, 'guardProceedOnce', url)));
    expect(await sessionHosts()).toEqual(expect.arrayContaining(['a.tiktokprofileviewer.com', 'b.tiktokprofileviewer.com', 'tiktokviewer.com']));
    await page.close();
  });
});
