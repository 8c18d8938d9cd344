// What the popup draws, read in one go: the popup asks for exactly this, never the whole store.
import { changeSince, DAY_MS, lastChange, topMovers, type Mover, type Point } from '../series/math';
import type { LensDB } from './db';
import { scopeKey, type SeriesMetric } from './records';
import { getScopeHistory, getSeries, getSeriesRanges, listAccounts, type AccountSummary } from './store';

export const HEADLINE_METRICS = ['followers', 'videoViews', 'profileViews', 'likes'] as const;
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];

export interface PopupQuery {
  account?: string;
  /** Chart metric; a headline metric, or a video counter with `videoId`. */
  metric?: SeriesMetric;
  videoId?: string;
  /** Window in days; 0 for all. */
  days?: number;
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
  chart: { metric: SeriesMetric; videoId?: string; range?: string; points: Point[] };
  movers: Mover[];
}

// The periods Studio offers; custom ranges are one-offs and never the fullest series.
const COMMON_RANGES = ['7d', '28d', '60d', '365d', 'default', 'lifetime'];

/** The period a metric is most often captured under (its fullest series), by index counts only. */
async function bestRange(db: LensDB, account: string, metric: SeriesMetric, videoId?: string): Promise<string | undefined> {
  if (metric === 'followers' || videoId) return 'lifetime';
  const index = db.transaction('points').store.index('bySeries');
  const counts = await Promise.all(
    COMMON_RANGES.map((range) => index.count(IDBKeyRange.bound([account, '', metric, range, -Infinity], [account, '', metric, range, Infinity]))),
  );
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] > 0 ? COMMON_RANGES[best] : (await getSeriesRanges(db, { account, metric }))[0]?.range;
}

export async function popupData(db: LensDB, query: PopupQuery, now = Date.now()): Promise<PopupData> {
  const accounts = (await listAccounts(db)).filter((a) => a.account);
  const chosen = accounts.find((a) => a.account === query.account) ?? accounts[0];
  const metric = query.metric ?? 'followers';
  const empty: PopupData = { accounts, cards: [], chart: { metric, points: [] }, movers: [] };
  if (!chosen) return empty;
  const account = chosen.account;
  const from = query.days ? now - query.days * DAY_MS : undefined;

  const cards = await Promise.all(
    HEADLINE_METRICS.map(async (m): Promise<Card> => {
      const range = await bestRange(db, account, m);
      const points = range ? await getSeries(db, { account, metric: m, range }) : [];
      const window = from === undefined ? points : points.filter((p) => p.t >= from);
      return {
        metric: m,
        range,
        latest: points[points.length - 1],
        sincePrevious: lastChange(points),
        overWindow: changeSince(points, from ?? -Infinity),
        spark: window.slice(-60),
      };
    }),
  );

  const chartRange = await bestRange(db, account, metric, query.videoId);
  const chartPoints = chartRange ? await getSeries(db, { account, videoId: query.videoId, metric, range: chartRange, from }) : [];

  const [latestList, previousList] = await getScopeHistory(db, scopeKey({ account, page: 'posts-list', range: 'lifetime' }), 2);
  const movers = latestList && previousList ? topMovers(latestList.videos ?? [], previousList.videos ?? []) : [];

  return { accounts, account, lastCapturedAt: chosen.lastAt, cards, chart: { metric, videoId: query.videoId, range: chartRange, points: chartPoints }, movers };
}
