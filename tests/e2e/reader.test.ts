// The Studio reader in a real engine: every fixture, as served, and rewritten by every
// metamorphic transform at once, is read by the built content script in Chromium and stored
// through the background; what is stored must be exactly the expected snapshot (or nothing).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { StudioSnapshot } from '../../utils/reader/snapshot';
import { pageInfo } from '../../utils/reader/page-kinds';
import index from '../fixtures/studio/index.json';
import { ALL_AT_ONCE, type Transform } from '../fixtures/studio/transforms';
import { ask, askTab, eventually, FIXTURES, launchExtension, openExtensionPage, serveTikTok, type Extension } from '../support/chromium';

const DIR = join(FIXTURES, 'studio');

let ext: Extension;
let extPage: Page;
let served = '';

beforeAll(async () => {
  ext = await launchExtension();
  await serveTikTok(ext.context, () => served);
  extPage = await openExtensionPage(ext, 'popup.html');
});
afterAll(async () => {
  await ext?.close();
});

/** The fixture's page, optionally rewritten (in happy-dom) and serialised back to HTML. */
function pageFor(name: string, url: string, transform?: Transform): { html: string; expected: StudioSnapshot | null } {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  const expected: StudioSnapshot | null = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));
  if (!transform) return { html, expected };
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  const adjust = transform.apply(window.document as unknown as Document);
  const out = `<!DOCTYPE html>\n${window.document.documentElement.outerHTML}`;
  void window.happyDOM.close();
  return { html: out, expected: expected && adjust ? adjust(expected) : expected };
}

/** What the extension stored after showing `html` at `url`: the snapshot, or null when nothing was stored. */
async function captureOf(html: string, url: string, expectSomething: boolean): Promise<StudioSnapshot | null> {
  await ask(extPage, 'clearAll');
  served = html;
  const page = await ext.context.newPage();
  try {
    await page.goto(url);
    if (!expectSomething) {
      // The content script reads the page, then sends a capture if it read one: once it says it
      // has read this page (the popup's question), any capture it would store has been sent.
      // A page that is no analytics page runs no feature: once loaded (Chromium injects by then),
      // no content script there has read anything, nor will.
      if (pageInfo(url)) await eventually(async () => (await askTab(extPage, page, 'pageUnread').catch(() => null)) ?? undefined);
      else {
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
        expect(await askTab(extPage, page, 'pageUnread').catch(() => null)).toBeNull();
      }
      const { snapshots } = await ask(extPage, 'makeBackup');
      return snapshots.length ? (snapshots[0] as StudioSnapshot) : null;
    }
    const [stored] = await eventually(async () => {
      const { snapshots } = await ask(extPage, 'makeBackup');
      return snapshots.length ? snapshots : undefined;
    });
    const { capturedAt: _at, lastSeenAt: _seen, ...snapshot } = stored;
    // The store files a capture without a handle under ''.
    if (snapshot.account === '') delete (snapshot as Partial<typeof snapshot>).account;
    return snapshot as StudioSnapshot;
  } finally {
    await page.close();
  }
}

describe.each([
  { variant: 'as served', transform: undefined },
  { variant: ALL_AT_ONCE.name, transform: ALL_AT_ONCE },
])('the built content script reads each fixture $variant', ({ transform }) => {
  it.each(index)('$name', async ({ name, url }) => {
    const { html, expected } = pageFor(name, url, transform);
    expect(await captureOf(html, url, expected !== null)).toEqual(expected);
  });
});
