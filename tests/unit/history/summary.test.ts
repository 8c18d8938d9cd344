import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoExport } from '../../support/demo-data';
import { openLensDB, type LensDB } from '@/utils/history/database';
import { changeSince } from '@/utils/series/series-math';
import { addDays, localDate } from '@/utils/platform/days';
import { getSeries, saveSnapshot } from '@/utils/history/snapshots';
import { popupData as popupView } from '@/utils/views/popup-view';
import { popupInsights as insightsView } from '@/utils/views/popup-insights-view';
import { historySource } from '@/utils/history/timeline-reads';
import { restoreBackup } from '@/utils/history/backup';
import { whatWorksInputs } from '@/utils/views/what-works-inputs';
import { whatWorksReport } from '@/utils/insights/what-works-report';

const NOW = Date.UTC(2026, 10, 24, 12);
const DAY = 86_400_000;
let db: LensDB;
// The popup's views over this store, as the popup and the background compose them.
const popupData = (store: LensDB, query: Parameters<typeof popupView>[1], now: number) => popupView(historySource(store), query, now);
const popupInsights = (store: LensDB, account: string, now: number) => insightsView(historySource(store), account, now);

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLensDB();
});

/**
 * Issue 32, like with like: a running total against the capture before it; a rolling week against
 * the week captured ending seven days earlier, when there is one (a capture covers the days before its own).
 */
function likeWithLike(metric: string, whole: Array<{ t: number; v: number }>): number | undefined {
  if (metric === 'followers') return whole.at(-1)!.v - whole.at(-2)!.v;
  const through = (t: number) => addDays(localDate(t), -1);
  const before = whole.filter((p) => through(p.t) === addDays(through(whole.at(-1)!.t), -7)).pop();
  return before && whole.at(-1)!.v - before.v;
}

describe('popupData', () => {
  it('is empty, with no account, before any capture', async () => {
    const data = await popupData(db, {}, NOW);
    expect(data).toMatchObject({ accounts: [], cards: [] });
    expect(data.account).toBeUndefined();
  });

  it('answers with headline cards and the chart series in one go, top movers after', async () => {
    await restoreBackup(db, demoExport({ days: 40, videos: 12, now: NOW - DAY }), NOW);
    const data = await popupData(db, { days: 30, metric: 'followers' }, NOW);
    const followers = await getSeries(db, { account: 'maya.bakes', metric: 'followers', range: 'lifetime' });
    expect(data.account).toBe('maya.bakes');
    const card = data.cards.find((c) => c.metric === 'followers')!;
    expect(card.latest).toEqual(followers[followers.length - 1]);
    expect(card.sincePrevious).toBe(followers[followers.length - 1].v - followers[followers.length - 2].v);
    const inWindow = followers.filter((p) => p.t >= NOW - 30 * DAY);
    expect(card.overWindow).toBe(inWindow[inWindow.length - 1].v - inWindow[0].v);
    expect(data.cards.find((c) => c.metric === 'videoViews')?.range).toBe('7d');
    expect(data.chart.points).toEqual(inWindow);
    const { movers } = await popupInsights(db, 'maya.bakes', NOW);
    expect(movers).toHaveLength(5);
    expect(movers[0].gainedViews).toBeGreaterThanOrEqual(movers[4].gainedViews);
  });

  it('reads only the window, yet every card and the chart equal the whole series cut to it', async () => {
    await restoreBackup(db, demoExport({ days: 120, videos: 4, now: NOW - DAY }), NOW);
    for (const days of [0, 1, 2, 7, 30, 90, 365]) {
      const data = await popupData(db, { days, metric: 'followers' }, NOW);
      const from = days ? NOW - days * DAY : -Infinity;
      for (const card of data.cards) {
        const whole = await getSeries(db, { account: 'maya.bakes', metric: card.metric, range: card.range! });
        const inWindow = whole.filter((p) => p.t >= from);
        expect({ days, metric: card.metric, latest: card.latest, sincePrevious: card.sincePrevious, overWindow: card.overWindow, spark: card.spark }).toEqual({
          days,
          metric: card.metric,
          latest: whole.at(-1),
          sincePrevious: likeWithLike(card.metric, whole),
          overWindow: changeSince(whole, from),
          spark: inWindow.slice(-60),
        });
        if (card.metric === 'followers') expect(data.chart.points).toEqual(inWindow);
      }
    }
  });

  it('shows the period captured most often in the window, the one captured last when the window has none', async () => {
    const views = (days: number, at: number) => saveSnapshot(db, { page: 'account-overview', url: 'https://www.tiktok.com/tiktokstudio/analytics', account: 'maya.bakes', range: { days }, metrics: { videoViews: at } }, at);
    for (const at of [NOW - 60 * DAY, NOW - 59 * DAY, NOW - 58 * DAY]) await views(7, at);
    for (const at of [NOW - 2 * DAY, NOW - DAY]) await views(28, at);
    const rangeOver = async (days: number) => (await popupData(db, { days }, NOW)).cards.find((c) => c.metric === 'videoViews')!.range;
    expect(await rangeOver(30)).toBe('28d');
    expect(await rangeOver(0)).toBe('7d');
    // Nothing in the last half day: the period captured last, with its latest values.
    const card = async () => (await popupData(db, { days: 0.5 }, NOW)).cards.find((c) => c.metric === 'videoViews')!;
    // Issue 32, like with like: 28-day totals a day apart overlap, and two captures of one week are the same week: no change to say.
    expect(await card()).toMatchObject({ range: '28d', latest: { v: NOW - DAY }, overWindow: undefined, spark: [] });
    expect((await card()).sincePrevious).toBeUndefined();
    for (const at of [NOW - 0.7 * DAY, NOW - 0.6 * DAY]) await views(7, at);
    expect(await card()).toMatchObject({ range: '7d', latest: { v: NOW - 0.6 * DAY }, spark: [] });
    expect((await card()).sincePrevious).toBeUndefined();
    // A week captured seven days before the latest one's: the change against it.
    await views(7, NOW - 7.6 * DAY);
    expect(await card()).toMatchObject({ range: '7d', latest: { v: NOW - 0.6 * DAY }, sincePrevious: 7 * DAY, spark: [] });
  });

  it('draws one video when asked', async () => {
    await restoreBackup(db, demoExport({ days: 10, videos: 3, now: NOW - DAY }), NOW);
    const [mover] = (await popupInsights(db, 'maya.bakes', NOW)).movers;
    const data = await popupData(db, { metric: 'views', videoId: mover.videoId }, NOW);
    expect(data.chart).toMatchObject({ videoId: mover.videoId, range: 'lifetime' });
    expect(data.chart.points[data.chart.points.length - 1].v).toBe(mover.views);
  });
});

describe('popupData opening on what the user has', () => {
  const overview = (_at: number) => ({ page: 'account-overview' as const, url: 'https://www.tiktok.com/tiktokstudio/analytics', account: 'maya.bakes', range: { days: 7 }, metrics: { videoViews: 5200, profileViews: 310, likes: 800, comments: 12 } });
  const followers = { page: 'account-followers' as const, url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', account: 'maya.bakes', range: { days: 7 }, metrics: { followers: 1450, netFollowers: 20 } };

  it('after only an account overview, charts a captured metric and leaves followers for later', async () => {
    await saveSnapshot(db, overview(NOW), NOW - DAY);
    const data = await popupData(db, { metric: 'followers', days: 30, auto: true }, NOW);
    expect(data.chart.metric).not.toBe('followers');
    expect(data.chart.points.length).toBeGreaterThan(0);
    expect(data.cards.find((c) => c.metric === 'followers')?.latest).toBeUndefined();
    expect(data.cards.filter((c) => c.latest).map((c) => c.metric).sort()).toEqual(['likes', 'profileViews', 'videoViews']);
  });

  it('after only followers, charts followers', async () => {
    await saveSnapshot(db, followers, NOW - DAY);
    const data = await popupData(db, { metric: 'videoViews', days: 30, auto: true }, NOW);
    expect(data.chart).toMatchObject({ metric: 'followers', points: [{ v: 1450 }] });
  });

  it('keeps a remembered metric while it has data, and picks the freshest one otherwise', async () => {
    await saveSnapshot(db, followers, NOW - 3 * DAY);
    await saveSnapshot(db, overview(NOW), NOW - DAY);
    expect((await popupData(db, { metric: 'followers', auto: true }, NOW)).chart.metric).toBe('followers');
    expect((await popupData(db, { metric: 'shares', auto: true }, NOW)).chart.metric).toBe('videoViews');
    expect((await popupData(db, { auto: true }, NOW)).chart.metric).toBe('videoViews');
    // A choice the user makes now is drawn even when empty: the popup says so.
    expect((await popupData(db, { metric: 'shares' }, NOW)).chart).toMatchObject({ metric: 'shares', points: [] });
  });

  it('widens the window when the captures are older than it', async () => {
    await saveSnapshot(db, followers, NOW - 50 * DAY);
    const data = await popupData(db, { days: 30, auto: true }, NOW);
    expect(data.chart).toMatchObject({ metric: 'followers', days: 0, points: [{ v: 1450 }] });
  });

  it('charts the video seen last when only a video page was captured', async () => {
    await saveSnapshot(db, { page: 'video-overview', url: 'https://www.tiktok.com/tiktokstudio/analytics/7300000000000000001', account: 'maya.bakes', videoId: '7300000000000000001', range: 'lifetime', metrics: { videoViews: 900, likes: 40 } }, NOW - DAY);
    const data = await popupData(db, { auto: true }, NOW);
    expect(data.chart).toMatchObject({ metric: 'videoViews', videoId: '7300000000000000001', points: [{ v: 900 }] });
  });

  it('opens on the account captured most recently unless a remembered one still has data', async () => {
    await saveSnapshot(db, followers, NOW - 5 * DAY);
    await saveSnapshot(db, { ...followers, account: 'second.account' }, NOW - DAY);
    expect((await popupData(db, { auto: true }, NOW)).account).toBe('second.account');
    expect((await popupData(db, { account: 'maya.bakes', auto: true }, NOW)).account).toBe('maya.bakes');
    expect((await popupData(db, { account: 'deleted.account', auto: true }, NOW)).account).toBe('second.account');
  });

  it('reads the account it guesses early, but never shows a guess that is not the account to show', async () => {
    await saveSnapshot(db, followers, NOW - 5 * DAY);
    await saveSnapshot(db, { ...followers, account: 'second.account', metrics: { followers: 99 } }, NOW - DAY);
    const unguessed = await popupData(db, { auto: true }, NOW);
    for (const likelyAccount of ['second.account', 'maya.bakes', 'deleted.account', '']) {
      expect(await popupData(db, { auto: true, likelyAccount }, NOW)).toEqual(unguessed);
    }
    expect(unguessed.cards.find((c) => c.metric === 'followers')?.latest?.v).toBe(99);
  });
});

/** The popup's early-read line: the newest video's read from "what works for you", and that video. */
async function newestRead(account: string) {
  const input = await whatWorksInputs(historySource(db), account, NOW);
  const newest = [...input.videos].sort((a, b) => b.postedAt - a.postedAt)[0];
  return { read: whatWorksReport(input).newest, newest };
}

describe('popupInsights', () => {
  it('has every insight ready after two months of daily captures, and the newest video its early read', async () => {
    await restoreBackup(db, demoExport({ days: 60, videos: 20, now: NOW - DAY / 2 }), NOW);
    const insights = await popupInsights(db, 'maya.bakes', NOW);
    expect(insights.milestone).toMatchObject({ ready: true });
    expect(insights.recap.map((r) => [r.metric, r.ready])).toEqual([['followers', true], ['videoViews', true], ['profileViews', true], ['likes', true]]);
    const { read, newest } = await newestRead('maya.bakes');
    expect(read).toMatchObject({ ready: true, videoId: newest.videoId, caption: newest.caption });
  }, 30_000);

  it('says what each insight is missing after a single capture', async () => {
    await restoreBackup(db, demoExport({ days: 1, videos: 3, now: NOW - DAY / 2 }), NOW);
    const insights = await popupInsights(db, 'maya.bakes', NOW);
    expect(insights.milestone).toMatchObject({ ready: false, missing: 'shortHistory' });
    expect(insights.recap.map((r) => r.ready)).toEqual([false, false, false, false]);
    // The newest video is young, but no earlier one was captured at its age.
    const { read, newest } = await newestRead('maya.bakes');
    expect(read).toEqual({ ready: false, missing: 'fewVideos', videoId: newest.videoId, caption: newest.caption, have: 0, need: 10 });
  });
});

describe('popupData after importing a TikTok Studio export', () => {
  it('a fresh profile opens on the follower chart day by day, with the follower card and busiest hours', async () => {
    const { exportZips, makeModel } = await import('../../fixtures/studio-export/build');
    const { readStudioFile } = await import('@/utils/import/read-studio-files');
    const { importStudioData } = await import('@/utils/history/save-import');
    const { localDate } = await import('@/utils/platform/days');
    const today = localDate(NOW);
    const model = makeModel({ exportDay: today, days: 90 });
    const parts = exportZips(model).map((z) => readStudioFile(z, today));
    await importStudioData(db, { account: model.account, parts }, NOW);

    const data = await popupData(db, { days: 30, auto: true }, NOW);
    expect(data.account).toBe(model.account);
    expect(data.chart).toMatchObject({ metric: 'followers', kind: 'daily', days: 30 });
    expect(data.chart.points.length).toBeGreaterThanOrEqual(29);
    expect(data.chart.points.at(-1)!.v).toBe(model.days.at(-2)!.followers);
    expect(data.cards.find((c) => c.metric === 'followers')!.latest!.v).toBe(model.days.at(-2)!.followers);
    expect((await popupInsights(db, model.account, NOW)).peak).toMatchObject({ days: 7 });

    // Views day by day are a day's views, never a capture's 7-day total.
    const views = await popupData(db, { days: 0, metric: 'videoViews', account: model.account }, NOW);
    expect(views.chart.kind).toBe('daily');
    expect(views.chart.points.map((p) => p.v)).toEqual(model.days.filter((d) => d.videoViews !== undefined).map((d) => d.videoViews));
  });
});
