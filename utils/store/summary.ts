// What the popup draws, read in one go: the popup asks for exactly this, never the whole store.
import { earlyPerformance, type EarlyPerformance, type VideoViews } from '../insights/early';
import { milestoneEta, type Milestone } from '../insights/milestone';
import { weeklyRecap, type RecapRow } from '../insights/recap';
import { changeSince, DAY_MS, lastChange, topMovers, type Mover, type Point } from '../series/math';
import type { PeakHours } from '../series/activity';
import type { LensDB } from './db';
import { dailyChart, popupPeak } from './popup-daily';
import { RANGE_FREE_METRICS, scopeKey, type SeriesMetric } from './records';
import { getScopeHistory, getSeries, getSeriesRanges, listAccounts, listVideos, type AccountSummary } from './store';

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
  accounts: AccountSummary[];
  account?: string;
  lastCapturedAt?: number;
  cards: Card[];
  /**
   * `days`: the window drawn (0 for all), which the popup may have widened to show captures.
   * `kind`: 'daily' when the points are days (imported from TikTok Studio, captured days winning),
   * else each point is a capture of the period `range`.
   */
  chart: { metric: SeriesMetric; videoId?: string; range?: string; days: number; points: Point[]; kind?: 'daily' };
  movers: Mover[];
  /** When followers are most active, from imported follower activity. */
  peak?: PeakHours;
}

// The periods Studio offers; custom ranges are one-offs and never the fullest series.
const COMMON_RANGES = ['7d', '28d', '60d', '365d', 'default', 'lifetime'];

/** The period a metric is most often captured under (its fullest series), by index counts only. */
async function bestRange(db: LensDB, account: string, metric: SeriesMetric, videoId?: string): Promise<string | undefined> {
  if (RANGE_FREE_METRICS.has(metric) || videoId) return 'lifetime';
  const index = db.transaction('points').store.index('bySeries');
  const counts = await Promise.all(
    COMMON_RANGES.map((range) => index.count(IDBKeyRange.bound([account, '', metric, range, -Infinity], [account, '', metric, range, Infinity]))),
  );
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] > 0 ? COMMON_RANGES[best] : (await getSeriesRanges(db, { account, metric }))[0]?.range;
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

/** A headline metric's fullest series: every common period read at once, in one transaction. */
async function fullestSeries(db: LensDB, account: string, metric: HeadlineMetric): Promise<{ range?: string; points: Point[] }> {
  const ranges = RANGE_FREE_METRICS.has(metric) ? ['lifetime'] : COMMON_RANGES;
  const index = db.transaction('points').store.index('bySeries');
  const all = await Promise.all(ranges.map((range) => index.getAll(IDBKeyRange.bound([account, '', metric, range, -Infinity], [account, '', metric, range, Infinity]))));
  let best = 0;
  all.forEach((points, i) => {
    if (points.length > all[best].length) best = i;
  });
  if (all[best].length) return { range: ranges[best], points: all[best].map((p) => (p.rounded ? { t: p.capturedAt, v: p.value, rounded: true } : { t: p.capturedAt, v: p.value })) };
  // Only custom periods captured: the most frequent one.
  const range = (await getSeriesRanges(db, { account, metric }))[0]?.range;
  return { range, points: range ? await getSeries(db, { account, metric, range }) : [] };
}

export async function popupData(db: LensDB, query: PopupQuery, now = Date.now()): Promise<PopupData> {
  // Captures from before any page showed the handle belong to '': shown only while no named account exists.
  const all = await listAccounts(db);
  const named = all.filter((a) => a.account);
  const accounts = named.length ? named : all;
  // Accounts come freshest first.
  const chosen = accounts.find((a) => a.account === query.account) ?? accounts[0];
  const empty: PopupData = { accounts, cards: [], chart: { metric: query.metric ?? 'followers', days: query.days ?? 30, points: [] }, movers: [] };
  if (!chosen) return empty;
  const account = chosen.account;
  let days = query.days ?? 30;
  const fromOf = (d: number) => (d ? now - d * DAY_MS : undefined);

  // Everything the first view needs is asked for at once; the chart usually reuses a card's series.
  const [series, history] = await Promise.all([
    Promise.all(HEADLINE_METRICS.map(async (m) => ({ metric: m, ...(await fullestSeries(db, account, m)) }))),
    getScopeHistory(db, scopeKey({ account, page: 'posts-list', range: 'lifetime' }), 2),
  ]);
  // An account known only from an export: its follower total comes from the imported days.
  const importedFollowers = series.find((s) => s.metric === 'followers')?.points.length ? undefined : await dailyChart(db, account, 'followers', 0, now);
  if (importedFollowers?.length) series.find((s) => s.metric === 'followers')!.points = importedFollowers;
  const { metric, videoId } = await chartMetricOf(db, account, query, series.map((s) => ({ ...s, latest: s.points[s.points.length - 1], spark: [] })));
  const fromCard = videoId || (metric === 'followers' && importedFollowers?.length) ? undefined : series.find((s) => s.metric === metric);
  const chartRange = fromCard ? fromCard.range : await bestRange(db, account, metric, videoId);
  const readChart = async (d: number) => {
    const from = fromOf(d);
    if (fromCard) return from === undefined ? fromCard.points : fromCard.points.filter((p) => p.t >= from);
    return chartRange ? getSeries(db, { account, videoId, metric, range: chartRange, from }) : [];
  };
  let chartPoints = await readChart(days);
  // Days an export brought: the chart shows the metric day by day instead of capture totals.
  let daily = videoId ? undefined : await dailyChart(db, account, metric, days, now);
  if (query.auto && chartPoints.length === 0 && !daily?.length && days !== 0 && chartRange) {
    days = 0;
    chartPoints = await readChart(0);
    daily = videoId ? undefined : await dailyChart(db, account, metric, days, now);
  }

  const from = fromOf(days);
  const cards = series.map(({ metric: m, range, points }): Card => ({
    metric: m,
    range,
    latest: points[points.length - 1],
    sincePrevious: lastChange(points),
    overWindow: changeSince(points, from ?? -Infinity),
    spark: (from === undefined ? points : points.filter((p) => p.t >= from)).slice(-60),
  }));

  const [latestList, previousList] = history;
  const movers = latestList && previousList ? topMovers(latestList.videos ?? [], previousList.videos ?? []) : [];

  const chart = daily?.length ? { metric, days, points: daily, kind: 'daily' as const } : { metric, videoId, range: chartRange, days, points: chartPoints };
  const peak = await popupPeak(db, account);
  return { accounts, account, lastCapturedAt: chosen.lastAt, cards, chart, movers, ...(peak ? { peak } : {}) };
}

export interface PopupInsights {
  milestone: Milestone;
  early: EarlyPerformance;
  recap: Array<RecapRow<HeadlineMetric>>;
}

const RECAP_SPAN_MS = 16 * DAY_MS;
/** A video's captures this long after posting are all its first day needs. */
const EARLY_SPAN_MS = 3 * DAY_MS;

/** The insights the popup shows below the chart, from the account's own history. */
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

  return { milestone: milestoneEta(followers, now), early: earlyPerformance(early), recap: weeklyRecap(recapSeries, now) };
}
