// Studio's own data calls in real Chromium: a Studio page whose own script fetches (and XHRs) its
// data behaves exactly as it does without Creator Lens, and the extension receives the values of
// those responses for the signed-in creator, without a request of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ask, askTab, eventually, launchExtension, launchWithoutExtension, openExtensionPage, type Extension } from '../support/chromium';
import {
  accountVisit, EXPECTED, keptOf, listenForStudioData, noAccountVisit, OTHER_VIDEO, otherVideoVisit, OWN_VIDEO, ownVideoVisit, STUDIO_DATA_ACCOUNT, studioDataSeen, studioDataSite,
  type StudioDataVisit,
} from '../support/studio-data-page';
import type { StudioDataBatch } from '../../utils/studio-data/studio-data-contract';
import { studioDataSettled, type StudioDataReport } from '../../utils/studio-data/page-data-report';

let ext: Extension;
let listener: Page;
/** The account page, left open while its batch is awaited. */
let accountPage: Page;

async function serve(context: BrowserContext): Promise<void> {
  await context.route('https://www.tiktok.com/**', (route) => {
    const answer = studioDataSite(new URL(route.request().url()));
    return answer ? route.fulfill({ status: 200, ...answer }) : route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
  });
}

/** Visits the page in `context` until its script is done: what it wrote, and every request the tab made. */
async function visit(context: BrowserContext, target: StudioDataVisit, prepare?: (page: Page) => Promise<unknown>) {
  const page = await context.newPage();
  await prepare?.(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  await page.goto(target.url);
  await page.waitForSelector('body[data-done="yes"]');
  // Studio's own text: Creator Lens's own UI (a notice, a badge) is not the page's.
  const text = await page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    main.querySelectorAll('[data-creator-lens]').forEach((node) => node.remove());
    return main.innerText;
  });
  return { page, text, requests };
}

/** What the background kept of what the content script sent (it reads the responses). */
const seen = async (): Promise<StudioDataBatch[]> => keptOf(await listener.evaluate(studioDataSeen));

/**
 * The tab's own report of what its Studio-data feature did, once it has dealt with at least `heard`
 * responses and `refused` bridge messages: nothing waiting, every message it sent answered. The
 * event a "nothing was kept" check waits on, instead of a sleep.
 */
const settledReport = (page: Page, { heard, refused = 0 }: { heard: number; refused?: number }): Promise<StudioDataReport> =>
  eventually(async () => {
    const report = await askTab(listener, page, 'pageStudioData').catch(() => undefined);
    return report && report.heard + report.refused >= heard + refused && studioDataSettled(report) ? report : undefined;
  });

beforeAll(async () => {
  ext = await launchExtension();
  await serve(ext.context);
  listener = await openExtensionPage(ext, 'popup.html');
  await listener.evaluate(listenForStudioData);
});
afterAll(async () => {
  await ext?.close();
});

describe("Studio's own data calls", () => {
  it('the page behaves as without the extension: same text, same bodies, same requests, fetch and XHR look native', async () => {
    const plain = await launchWithoutExtension();
    try {
      await serve(plain.context);
      const without = await visit(plain.context, accountVisit);
      const withIt = await visit(ext.context, accountVisit);
      expect(withIt.text).toBe(without.text);
      expect(withIt.requests).toEqual(without.requests);
      // The bodies the page's fetch and XHR resolved with, written by the page itself.
      expect(withIt.text).toContain('200 {"extra":{"now":');
      expect(withIt.text).toContain('"follower_num_history":[{"status":0,"value":25590}');
      expect(without.text).toContain('true fetch 1 false true true');
      accountPage = withIt.page;
      await without.page.close();
    } finally {
      await plain.close();
    }
  });

  it("sends the responses' values for the signed-in account: days by fetch, followers by XHR", async () => {
    const batch = await eventually(async () => (await seen()).find((b) => b.read.account.followers));
    expect(batch.account).toBe(STUDIO_DATA_ACCOUNT);
    expect(batch.read.account.videoViews).toMatchObject(EXPECTED.videoViews);
    expect(batch.read.account.followers).toMatchObject(EXPECTED.followers);
    expect(batch.receivedAt).toBeGreaterThan(Date.now() - 60_000);
    // One batch for the page's calls, sent once.
    expect((await seen()).filter((b) => b.read.account.followers)).toHaveLength(1);
    await accountPage.close();
  });

  it("what the page received is kept: the dashboard's day chart reads Studio's exact days, and its video page the retention", async () => {
    const dashboard = await openExtensionPage(ext, 'dashboard.html');
    const days = await eventually(async () => {
      const read = await ask(dashboard, 'getDailySeries', { account: STUDIO_DATA_ACCOUNT, metric: 'followers' });
      const byDate = new Map(read.map((d) => [d.date, d]));
      return Object.keys(EXPECTED.followers).every((date) => byDate.has(date)) ? byDate : undefined;
    });
    for (const [date, v] of Object.entries(EXPECTED.followers)) expect(days.get(date)).toMatchObject({ v, source: 'studio' });
    const { page } = await visit(ext.context, ownVideoVisit);
    const video = await eventually(async () => {
      const read = await ask(dashboard, 'getVideoPage', { account: STUDIO_DATA_ACCOUNT, videoId: OWN_VIDEO });
      return read.retention ? read : undefined;
    });
    expect(video.numbers.retentionEnd).toBe(EXPECTED.retention.at(-1)![1]);
    await page.close();
    await dashboard.close();
  });

  it('sends what a page received when the tab closes before its calls went quiet', async () => {
    const before = (await seen()).length;
    const { page } = await visit(ext.context, accountVisit);
    await page.close({ runBeforeUnload: true });
    const batch = await eventually(async () => (await seen())[before]);
    expect(batch.read.account.followers).toMatchObject(EXPECTED.followers);
  });

  it("on a video's page, sends that video's retention curve", async () => {
    const { page } = await visit(ext.context, ownVideoVisit);
    const batch = await eventually(async () => (await seen()).find((b) => b.read.retention[OWN_VIDEO]));
    expect(batch.read.retention[OWN_VIDEO]).toEqual(EXPECTED.retention);
    await page.close();
  });

  it("sends nothing of another video's data, nor anything from a page that names no account", async () => {
    const before = (await seen()).length;
    const other = await visit(ext.context, otherVideoVisit);
    const anonymous = await visit(ext.context, noAccountVisit);
    // Each page's own report: its response heard, and dropped. The other video's curve went to the
    // background, which read it and kept nothing; the page with no account sent nothing at all.
    const otherReport = await settledReport(other.page, { heard: 1 });
    expect(otherReport).toMatchObject({ heard: 1, refused: 0, sent: 1, leftOut: 0, messages: 1, answered: 1, failed: 0, kept: 0 });
    expect(otherReport.notes.join('\n')).toMatch(/video\(s\) the page does not show as the creator's/);
    const anonymousReport = await settledReport(anonymous.page, { heard: 1 });
    expect(anonymousReport).toMatchObject({ heard: 1, refused: 0, sent: 0, leftOut: 1, messages: 0, kept: 0 });
    expect(anonymousReport.notes).toContain('no signed-in account on the page: nothing sent');
    expect((await seen()).length).toBe(before);
    // The background read what the other video's page received and kept none of it.
    expect((await ask(listener, 'getVideoPage', { account: STUDIO_DATA_ACCOUNT, videoId: OTHER_VIDEO })).retention).toBeUndefined();
    await other.page.close();
    await anonymous.page.close();
  });

  it("a page script that forges messages on the bridge gets nothing sent that it could not have fetched", async () => {
    const before = (await seen()).length;
    // The page hears the content script's hello (it shares the document) and answers on that channel.
    const { page } = await visit(ext.context, otherVideoVisit, (p) =>
      p.addInitScript(() => document.addEventListener('creator-lens:studio-data-hello', (e) => ((window as unknown as { heard: unknown }).heard = (e as CustomEvent).detail))),
    );
    const channel = await eventually(() => page.evaluate(() => (window as unknown as { heard?: string }).heard));
    expect(channel).toMatch(/^creator-lens:studio-data:[0-9a-f-]{36}$/);
    await page.evaluate(([channel, retention]) => {
      const send = (message: unknown) => document.dispatchEvent(new CustomEvent(channel, { detail: JSON.stringify(message) }));
      send(['https://evil.example/aweme/v2/data/insight/', Date.now(), retention.body]);
      send([retention.url, Date.now() + 3_600_000, retention.body]);
      // Well-formed, but about a video this page does not show as the creator's.
      send([retention.url, Date.now(), retention.body]);
    }, [channel, await ownRetention()] as const);
    // The page's own call and the well-formed forgery heard, the other two dropped unread, and what
    // was sent read by the background, which kept nothing.
    const report = await settledReport(page, { heard: 2, refused: 2 });
    expect(report).toMatchObject({ heard: 2, refused: 2, failed: 0, kept: 0, waiting: 0 });
    expect(report.sent + report.leftOut).toBe(2);
    expect(report.messages).toBeGreaterThanOrEqual(1);
    expect((await seen()).length).toBe(before);
    await page.close();
  });
});

/** The retention call and its body, as the video pages fetch them. */
async function ownRetention() {
  const { studioDataFixture } = await import('../fixtures/studio-data/studio-data-fixtures');
  const fixture = studioDataFixture('v2-video-retention.shaped');
  return { url: fixture.url, body: JSON.stringify(fixture.body) };
}
