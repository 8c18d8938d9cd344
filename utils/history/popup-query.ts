// What the popup draws, read in one go: the popup asks for exactly this, never the whole store.
import { earlyPerformance, type EarlyPerformance, type VideoViews } from '../insights/early-performance';
import { milestoneEta, type Milestone } from '../insights/milestone';
import { weeklyRecap, type RecapRow } from '../insights/weekly-recap';
import { changeSince, DAY_MS, lastChange, topMovers, type Mover, type Point } from '../series/series-math';
import type { PeakHours } from '../series/follower-activity';
import type { LensDB } from './database';
import { hasImportedDays } from './save-import';
import { dailyChart, popupPeak } from './popup-daily';
import { RANGE_FREE_METRICS, scopeKey, type SeriesMetric } from './records';
import { accountsByRecency, getScopeHistory, getSeries, getSeriesRanges, listVideos, seriesPoint, type AccountRecency } from './snapshots';

export const HEADLINE_METRICS = ['followers', 'videoViews', 'profileViews', 'likes'] as const;
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];
/** What the popup's chart offers, headline metrics first. */
export const CHART_METRICS = [...HEADLINE_METRICS, 'comments', 'shares'] as const satisfies readonly SeriesMetric[];
export type ChartMetric = (typeof CHART_METRICS)[number];

export interface PopupQuery {
  account?: string;
  /** Chart metric; a headline metric, or a video counter with `videoId`. */
  metric?: SeriesMetric;
  videoId?: string;
  /** Window in days; 0 for all. */
  days?: number;
  /**
   * Opening the popup: `account` and `metric` are a remembered choice, kept only while they still
   * have data; otherwise the account and metric with the freshest captures are shown, over a
   * window that holds some of them.
   */
  auto?: boolean;
  /**
   * The account the popup showed last: its reads start before the accounts are listed. Only a
   * guess: when another account is the one to show, that one is read instead.
   */
  likelyAccount?: string;
}

export interface Card {
  metric: HeadlineMetric;
  /** The period each value covers ('lifetime' for totals, '7d' for "views in the last 7 days"). */
  range?: string;
  latest?: Point;
  sincePrevious?: number;
  overWindow?: number;
  spark: Point[];
}

export interface PopupData {
  accounts: AccountRecency[];
  account?: string;
  lastCapturedAt?: number;
  cards: Card[];
  /**
   * `days`: the window drawn (0 for all), which the popup may have widened to show captures.
   * `kind`: 'daily' when the points are days (imported from TikTok Studio, captured days winning),
   * else each point is a capture of the period `range`.
   */
  chart: { metric: SeriesMetric; videoId?: string; range?: string; days: number; points: Point[]; kind?: 'daily' };
}

// The periods Studio offers; custom ranges are one-offs and never the fullest series.
const COMMON_RANGES = ['7d', '28d', '60d', '365d', 'default', 'lifetime'];

const span = (account: string, metric: SeriesMetric, range: string, from = -Infinity) =>
  IDBKeyRange.bound([account, '', metric, range, from], [account, '', metric, range, Infinity]);

/** Of `ranges`, the one with the most points (by `counts`); else the most frequent custom period. */
async function fullestRange(db: LensDB, account: string, metric: SeriesMetric, ranges: readonly string[], counts: number[]): Promise<string | undefined> {
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] > 0 ? ranges[best] : (await getSeriesRanges(db, { account, metric }))[0]?.range;
}

/** The period a metric is most often captured under (its fullest series), by index counts only. */
async function bestRange(db: LensDB, account: string, metric: SeriesMetric, videoId?: string): Promise<string | undefined> {
  if (RANGE_FREE_METRICS.has(metric) || videoId) return 'lifetime';
  const index = db.transaction('points').store.index('bySeries');
  return fullestRange(db, account, metric, COMMON_RANGES, await Promise.all(COMMON_RANGES.map((range) => index.count(span(account, metric, range)))));
}

async function chartMetricOf(db: LensDB, account: string, query: PopupQuery, cards: Card[]): Promise<{ metric: SeriesMetric; videoId?: string }> {
  const requested = query.metric ?? 'followers';
  if (!query.auto) return { metric: requested, videoId: query.videoId };
  const card = cards.find((c) => c.metric === requested);
  const hasData = card ? card.latest !== undefined : (await getSeriesRanges(db, { account, metric: requested })).length > 0;
  if (query.metric && hasData) return { metric: requested };
  const freshest = cards.filter((c) => c.latest).sort((a, b) => b.latest!.t - a.latest!.t)[0];
  if (freshest) return { metric: freshest.metric };
  // Only video pages captured so far: the video seen most recently.
  const [video] = (await listVideos(db, account)).filter((v) => v.counters.views !== undefined).sort((a, b) => b.lastSeenAt - a.lastSeenAt);
  if (!video) return { metric: requested };
  // The posts list records a video's 'views'; its own page records 'videoViews'.
  const listed = (await getSeriesRanges(db, { account, videoId: video.videoId, metric: 'views' })).length > 0;
  return { metric: listed ? 'views' : 'videoViews', videoId: video.videoId };
}

/** What a card and the chart need of one series: its points in the window and its last two. */
interface SeriesView {
  range?: string;
  window: Point[];
  /** The newest two points, oldest first (fewer when the series is shorter). */
  tail: Point[];
}

const viewOf = (points: Point[], from: number | undefined, range?: string): SeriesView => ({
  range,
  window: from === undefined ? points : points.filter((p) => p.t >= from),
  tail: points.slice(-2),
});

/**
 * A headline metric as the first view needs it: the period captured most often in the window (the
 * fullest over all time when the window is empty), its points there, and its last two points. Every
 * common period's window is asked for at once; counting or reading beyond the window happens only
 * when the window holds fewer than two points.
 */
async function headlineView(db: LensDB, account: string, metric: HeadlineMetric, from: number | undefined): Promise<SeriesView> {
  const ranges = RANGE_FREE_METRICS.has(metric) ? ['lifetime'] : COMMON_RANGES;
  const index = db.transaction('points').store.index('bySeries');
  const windows = (await Promise.all(ranges.map((range) => index.getAll(span(account, metric, range, from))))).map((w) => w.map(seriesPoint));
  // Most points in the window; on a tie, the newest.
  const newest = (w: Point[]) => w[w.length - 1]?.t ?? -Infinity;
  const inWindow = windows.reduce((best, w, i) => (w.length > windows[best].length || (w.length === windows[best].length && newest(w) > newest(windows[best])) ? i : best), 0);
  if (windows[inWindow].length >= 2) return { range: ranges[inWindow], window: windows[inWindow], tail: windows[inWindow].slice(-2) };

  const range = windows[inWindow].length
    ? ranges[inWindow]
    : await fullestRange(db, account, metric, ranges, await Promise.all(ranges.map((r) => index.count(span(account, metric, r)))));
  const i = ranges.indexOf(range ?? '');
  if (range === undefined || i < 0) return viewOf(range ? await getSeries(db, { account, metric, range }) : [], from, range);
  const tail: Point[] = [];
  let cursor = await db.transaction('points').store.index('bySeries').openCursor(span(account, metric, range), 'prev');
  while (cursor && tail.length < 2) {
    tail.unshift(seriesPoint(cursor.value));
    cursor = await cursor.continue();
  }
  return { range, window: windows[i], tail };
}

const cardOf = (metric: HeadlineMetric, view: SeriesView, from: number | undefined): Card => ({
  metric,
  range: view.range,
  latest: view.tail[view.tail.length - 1],
  sincePrevious: lastChange(view.tail),
  overWindow: changeSince(view.window, from ?? -Infinity),
  spark: view.window.slice(-60),
});

/** The cards and the chart over a window of `days` (0 for all). */
async function popupView(db: LensDB, account: string, query: PopupQuery, days: number, now: number): Promise<Pick<PopupData, 'cards' | 'chart'>> {
  const from = days ? now - days * DAY_MS : undefined;
  const [views, imported] = await Promise.all([Promise.all(HEADLINE_METRICS.map((m) => headlineView(db, account, m, from))), hasImportedDays(db, account)]);
  // An account known only from an export: its follower card comes from the imported days.
  const followers = HEADLINE_METRICS.indexOf('followers');
  const importedFollowers = imported && !views[followers].tail.length ? await dailyChart(db, account, 'followers', 0, now) : undefined;
  if (importedFollowers?.length) views[followers] = viewOf(importedFollowers, from);
  const cards = HEADLINE_METRICS.map((m, i) => cardOf(m, views[i], from));

  const { metric, videoId } = await chartMetricOf(db, account, query, cards);
  // Days an export brought: the chart shows the metric day by day instead of capture totals.
  const daily = videoId || !imported ? undefined : await dailyChart(db, account, metric, days, now);
  if (daily?.length) return { cards, chart: { metric, days, points: daily, kind: 'daily' } };
  // The chart usually is a card's series over the window.
  const card = videoId || (metric === 'followers' && importedFollowers?.length) ? undefined : views[(HEADLINE_METRICS as readonly string[]).indexOf(metric)];
  const range = card ? card.range : await bestRange(db, account, metric, videoId);
  const points = card ? card.window : range ? await getSeries(db, { account, videoId, metric, range, from }) : [];
  return { cards, chart: { metric, videoId, range, days, points } };
}

export async function popupData(db: LensDB, query: PopupQuery, now = Date.now()): Promise<PopupData> {
  const days = query.days ?? 30;
  const readView = (account: string) => popupView(db, account, query, days, now);
  const likely = query.account ?? query.likelyAccount;
  const early = likely === undefined ? undefined : readView(likely);
  early?.catch(() => undefined); // a wrong guess is dropped, its failure with it
  // Captures from before any page showed the handle belong to '': shown only while no named account exists.
  const all = await accountsByRecency(db);
  const named = all.filter((a) => a.account);
  const accounts = named.length ? named : all;
  const chosen = accounts.find((a) => a.account === query.account) ?? accounts[0];
  if (!chosen) return { accounts, cards: [], chart: { metric: query.metric ?? 'followers', days, points: [] } };
  const account = chosen.account;
  const view = await (account === likely ? early! : readView(account));
  // Opening on captures older than the window: the window widens to show them.
  const { cards, chart } = query.auto && view.chart.days !== 0 && !view.chart.points.length && view.chart.range ? await popupView(db, account, query, 0, now) : view;
  return { accounts, account, lastCapturedAt: chosen.lastAt, cards, chart };
}

export interface PopupInsights {
  milestone: Milestone;
  early: EarlyPerformance;
  recap: Array<RecapRow<HeadlineMetric>>;
  /** The videos that gained the most views between the two latest captures of the posts list. */
  movers: Mover[];
  /** When followers are most active, from imported follower activity. */
  peak?: PeakHours;
}

const RECAP_SPAN_MS = 16 * DAY_MS;
/** A video's captures this long after posting are all its first day needs. */
const EARLY_SPAN_MS = 3 * DAY_MS;

/** What the popup shows below the chart, read after it: insights from the account's own history, top movers. */
export async function popupInsights(db: LensDB, account: string, now = Date.now()): Promise<PopupInsights> {
  const followers = await getSeries(db, { account, metric: 'followers', range: 'lifetime' });
  const recapSeries = await Promise.all(
    HEADLINE_METRICS.map(async (metric) => {
      if (RANGE_FREE_METRICS.has(metric)) return { metric, kind: 'total' as const, points: followers.filter((p) => p.t >= now - RECAP_SPAN_MS) };
      const weekly = await getSeries(db, { account, metric, range: '7d', from: now - RECAP_SPAN_MS });
      if (weekly.length || !(await getSeriesRanges(db, { account, metric })).length) return { metric, kind: 'week' as const, points: weekly };
      return { metric, kind: 'other' as const };
    }),
  );

  const videos = (await listVideos(db, account)).filter((v) => v.postedAt && !Number.isNaN(Date.parse(v.postedAt)));
  const index = db.transaction('points').store.index('bySeries');
  const early: VideoViews[] = await Promise.all(
    videos.map(async (v) => {
      const postedAt = Date.parse(v.postedAt!);
      const points = await index.getAll(IDBKeyRange.bound([account, v.videoId, 'views', 'lifetime', postedAt], [account, v.videoId, 'views', 'lifetime', postedAt + EARLY_SPAN_MS]));
      return { videoId: v.videoId, caption: v.caption, postedAt, points: points.map((p) => ({ t: p.capturedAt, v: p.value })) };
    }),
  );

  const [peak, [latestList, previousList]] = await Promise.all([popupPeak(db, account), getScopeHistory(db, scopeKey({ account, page: 'posts-list', range: 'lifetime' }), 2)]);
  const movers = latestList && previousList ? topMovers(latestList.videos ?? [], previousList.videos ?? []) : [];
  return { movers, milestone: milestoneEta(followers, now), early: earlyPerformance(early), recap: weeklyRecap(recapSeries, now), ...(peak ? { peak } : {}) };
}
