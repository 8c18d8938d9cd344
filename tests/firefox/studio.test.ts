// Capture, badges and the popup in Firefox: the same fixture visits and expectations as the
// Chromium suite (tests/e2e/studio.test.ts), through Firefox's content script, background page
// and moz-extension popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { followersVisits } from '../support/guard-expectations';
import { ask, eventually, launchFirefox, openExtensionPage, type FirefoxExtension } from '../support/firefox';
import { scopeHistoryInPage } from '../support/store-peek';

let ext: FirefoxExtension;
let followersHtml: string = followersVisits.first.html();

/** Texts of the badges on the page, read from their shadow roots. */
function badgeTexts(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-creator-lens="badge"]')).map((host) => {
      const badge = host.shadowRoot!.querySelector('[role="note"]')!;
      return { text: badge.textContent, label: badge.getAttribute('aria-label') };
    }),
  );
}

/** Pixels the chart painted (canvas alpha > 0). */
function paintedPixels(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    if (!canvas) return 0;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
    return painted;
  });
}

async function visitFollowers(): Promise<Page> {
  const page = await ext.newPage();
  await page.goto(followersVisits.url);
  return page;
}

beforeAll(async () => {
  // Firefox stops an idle MV3 event page after 30 s; 1 s lets a test see a visit wake it again.
  ext = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': 1000 } });
  ext.serve(/^www\.tiktok\.com$/, (url) => (url.pathname === followersVisits.path ? followersHtml : undefined));
  // A tab that loads while Firefox is still starting the just-installed add-on gets no content
  // script; a creator's first Studio visit comes long after. The background answering means the
  // add-on has started.
  const page = await openExtensionPage(ext, 'welcome.html');
  await eventually(async () => (await ask(page, 'storeStats')) !== undefined);
  await page.close();
});
afterAll(async () => {
  await ext?.close();
});

describe('TikTok Studio in Firefox', () => {
  it('captures a visit and marks every value as a first capture', async () => {
    const page = await visitFollowers();
    await eventually(async () => (await badgeTexts(page)).length === followersVisits.first.badges.length);
    expect((await badgeTexts(page)).map((b) => b.text)).toEqual(followersVisits.first.badges);
    const popup = await openExtensionPage(ext, 'popup.html');
    const history = await popup.evaluate(scopeHistoryInPage, followersVisits.scope);
    expect(history.map((r) => r.metrics)).toEqual([followersVisits.first.metrics]);
    expect(history[0].breakdowns?.gender).toEqual(followersVisits.first.gender);
    await popup.close();
    await page.close();
  });

  it('a second visit with new numbers puts the change badge on the page', async () => {
    followersHtml = followersVisits.second.html();
    const page = await visitFollowers();
    await eventually(async () => (await badgeTexts(page)).some((b) => b.text?.startsWith('▲')));
    const badges = await badgeTexts(page);
    expect(badges.map((b) => b.text?.replace(/since .*/, 'since'))).toEqual(followersVisits.second.badges);
    expect(badges[0].label).toMatch(followersVisits.second.label);
    await page.close();
  });

  it('the popup, opened by its moz-extension address, shows the stored numbers and draws its chart', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    const history = await popup.evaluate(scopeHistoryInPage, followersVisits.scope);
    expect(history.map((r) => r.metrics.followers)).toEqual(followersVisits.second.followersNewestFirst);
    const card = await popup.waitForSelector('[data-testid="card-followers"] [data-testid="value"]');
    expect(await card!.evaluate((e) => e.textContent)).toBe(followersVisits.second.popupValue);
    expect(await popup.$eval('[data-testid="card-followers"] [data-testid="since-previous"]', (e) => e.textContent)).toBe(followersVisits.second.popupSincePrevious);
    await popup.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0);
    expect(await paintedPixels(popup)).toBeGreaterThan(500);
    await popup.close();
  });

  it('the event page may sleep between visits: a capture after Firefox stopped it still lands', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.evaluate(async () => {
      ((await browser.runtime.getBackgroundPage()) as unknown as { awakeSince?: number }).awakeSince = Date.now();
    });
    await popup.close();
    // The point of the test: time with nothing to do, past the event page's idle timeout (1 s here),
    // so that Firefox stops it; it produces no event a test can see without waking it.
    await new Promise((r) => setTimeout(r, 3000));

    followersHtml = followersVisits.second.html().replaceAll('15,000', '15,100');
    const page = await visitFollowers();
    await eventually(async () => (await badgeTexts(page)).some((b) => b.text?.startsWith('▲ 100')));
    const check = await openExtensionPage(ext, 'popup.html');
    // A background that was stopped and started again has lost what was set on its window.
    expect(await check.evaluate(async () => ((await browser.runtime.getBackgroundPage()) as unknown as { awakeSince?: number }).awakeSince)).toBeUndefined();
    const history = await check.evaluate(scopeHistoryInPage, followersVisits.scope);
    expect(history.map((r) => r.metrics.followers)).toEqual([15100, ...followersVisits.second.followersNewestFirst]);
    await check.close();
    await page.close();
  });
});

declare const browser: import('webextension-polyfill').Browser;
