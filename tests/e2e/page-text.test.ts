// Captions come from TikTok pages, so they are hostile input (issue 13, finding 6): however long,
// they never widen the popup or dashboard, and bidi controls in them never reach the screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoExport } from '../support/demo-data';
import { ask, launchExtension, openExtensionPage, type Extension } from '../support/chromium';

const DAY = 86_400_000;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// One unbroken word and one with spaces, each 4,000 characters (TikTok's caption limit; the store keeps up to 4,096), with a right-to-left override.
const HUGE = ['\u202E' + 'x'.repeat(4000) + '\u202C', ('\u202Egnissim ' + 'word '.repeat(800)).slice(0, 4000)];

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  const file = demoExport({ days: 30, videos: 12, now: Date.now() - DAY / 2 });
  const captions = new Map<string, string>();
  for (const snapshot of file.snapshots)
    for (const row of snapshot.videos ?? []) {
      if (!captions.has(row.videoId)) captions.set(row.videoId, HUGE[captions.size % HUGE.length]);
      row.caption = captions.get(row.videoId);
    }
  const page = await openExtensionPage(ext, 'popup.html');
  await ask(page, 'restoreBackup', file);
  await page.close();
});
afterAll(async () => {
  await ext?.close();
});

/** How far the page can scroll sideways, and any bidi control in its visible text. */
async function layout(page: Page) {
  return page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    text: document.body.innerText,
    options: Array.from(document.querySelectorAll('option')).map((o) => o.textContent ?? ''),
  }));
}

describe('huge captions with bidi controls', () => {
  it('leave the popup its width and show no bidi control', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    await page.getByTestId('movers').waitFor();
    const { overflow, text } = await layout(page);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(text).toContain('xxxxxxxx');
    expect(BIDI.test(text)).toBe(false);
    await page.close();
  });

  it('leave the dashboard its width and show no bidi control', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(ext.url('dashboard.html'));
    // The video table (the statistics' tables wait closed under "How we know").
    await page.getByTestId('video-table').waitFor();
    // The layout's own readiness: every section that loads its data has drawn it (none still says
    // "Loading…"), the fonts are in, and a frame has been laid out since.
    await page.waitForFunction(() => !document.body.innerText.includes('Loading…'));
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const { overflow, text, options } = await layout(page);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(text).toContain('xxxxxxxx');
    expect(BIDI.test(text)).toBe(false);
    expect(options.some((o) => BIDI.test(o))).toBe(false);
    await page.close();
  });
});
