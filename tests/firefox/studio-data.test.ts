// Studio's own data calls in Firefox: the same Studio pages and expectations as the Chromium suite
// (tests/e2e/studio-data.test.ts), through Firefox's MAIN-world content script (Firefox 128+),
// its isolated content script and an extension page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ask, askTab, eventually, launchFirefox, openExtensionPage, type FirefoxExtension } from '../support/firefox';
import {
  accountVisit, EXPECTED, keptOf, listenForStudioData, otherVideoVisit, OWN_VIDEO, ownVideoVisit, STUDIO_DATA_ACCOUNT, studioDataResponse, studioDataSeen, studioDataSite,
  type StudioDataVisit,
} from '../support/studio-data-page';
import type { StudioDataBatch } from '../../utils/studio-data/studio-data-contract';
import { studioDataSettled } from '../../utils/studio-data/page-data-report';

let ext: FirefoxExtension;
let listener: Page;

/** What the background kept of what the content script sent (it reads the responses). */
const seen = async (): Promise<StudioDataBatch[]> => keptOf(await listener.evaluate(studioDataSeen));

async function visit(target: StudioDataVisit) {
  const page = await ext.newPage();
  await page.goto(target.url);
  await page.waitForSelector('body[data-done="yes"]');
  const written = await page.evaluate(() => ({
    fetched: document.getElementById('fetched')!.textContent,
    xhr: document.getElementById('xhr')!.textContent,
    checks: document.getElementById('checks')!.textContent,
  }));
  return { page, written };
}

beforeAll(async () => {
  ext = await launchFirefox();
  ext.serve(/^www\.tiktok\.com$/, studioDataSite);
  listener = await openExtensionPage(ext, 'popup.html');
  // The background answering means the add-on has started (a tab loaded before gets no content script).
  await eventually(async () => (await ask(listener, 'storeStats')) !== undefined);
  await listener.evaluate(listenForStudioData);
});
afterAll(async () => {
  await ext?.close();
});

describe("Studio's own data calls in Firefox", () => {
  it('the page gets exactly the bodies it was served, and its fetch and XHR look native', async () => {
    const { page, written } = await visit(accountVisit);
    const body = (path: string) => studioDataResponse(new URL(path, 'https://www.tiktok.com'))!;
    const [fetchPath, xhrPath] = accountVisit.html.match(/"\/aweme\/v2\/data\/insight\/\?[^"]+"/g)!.map((quoted) => JSON.parse(quoted) as string);
    expect(written).toEqual({
      fetched: `200 ${body(fetchPath)}`,
      xhr: `200 ${body(xhrPath)}`,
      // What Firefox itself answers: fetch and open are native functions, XHR its own class.
      checks: 'true fetch 1 false true true',
    });
    const batch = await eventually(async () => (await seen()).find((b) => b.read.account.followers));
    expect(batch.account).toBe(STUDIO_DATA_ACCOUNT);
    expect(batch.read.account.videoViews).toMatchObject(EXPECTED.videoViews);
    expect(batch.read.account.followers).toMatchObject(EXPECTED.followers);
    await page.close();
  });

  it("sends a video's retention curve from its own page, and nothing from another video's", async () => {
    const own = await visit(ownVideoVisit);
    const batch = await eventually(async () => (await seen()).find((b) => b.read.retention[OWN_VIDEO]));
    expect(batch.read.retention[OWN_VIDEO]).toEqual(EXPECTED.retention);
    await own.page.close();

    const before = (await seen()).length;
    const other = await visit(otherVideoVisit);
    // The tab's own report says its response was heard, sent, and read by the background, which kept nothing.
    const report = await eventually(async () => {
      const read = await askTab(listener, other.page, 'pageStudioData').catch(() => undefined);
      return read && read.heard >= 1 && studioDataSettled(read) ? read : undefined;
    });
    expect(report).toMatchObject({ heard: 1, refused: 0, sent: 1, leftOut: 0, messages: 1, answered: 1, failed: 0, kept: 0 });
    expect(report.notes.join('\n')).toMatch(/video\(s\) the page does not show as the creator's/);
    expect((await seen()).length).toBe(before);
    await other.page.close();
  });
});
