// The one adapter between the store and "what works for you": the account's videos with their
// captured growth, lifetime counters and video-page numbers, and which days of daily history are
// held. Everything after this is pure (utils/insights); pointing this at timelines changes nothing
// downstream.
import { type Point } from '../series/series-math';
import { DAY_MS, localDate } from '../platform/days';
import type { RiskInput } from '../insights/data-at-risk';
import type { OwnVideo } from '../insights/own-videos';
import type { LensDB } from './database';
import type { SeriesMetric, VideoRecord } from './records';

/** Growth is read up to here after posting: day 28 and the gap a capture around it may leave. */
const GROWTH_SPAN_MS = 45 * DAY_MS;
/** The daily series an export brings whose days are counted as held (Overview's and Followers'). */
export const HELD_SERIES = ['videoViews', 'followers'] as const;

const series = (account: string, videoId: string, metric: SeriesMetric, from = -Infinity, to = Infinity) =>
  IDBKeyRange.bound([account, videoId, metric, 'lifetime', from], [account, videoId, metric, 'lifetime', to]);

/** A posting time as the creator's clock showed it; a date alone has a weekday but no hour. */
function postedParts(postedAt: string): Pick<OwnVideo, 'postedAt' | 'hour' | 'weekday'> | undefined {
  const t = Date.parse(postedAt);
  if (Number.isNaN(t)) return undefined;
  if (!postedAt.includes('T')) return { postedAt: t, weekday: new Date(t).getUTCDay() };
  const local = new Date(t);
  return { postedAt: t, hour: local.getHours(), weekday: local.getDay() };
}

async function ownVideo(db: LensDB, record: VideoRecord): Promise<OwnVideo | undefined> {
  const posted = record.postedAt ? postedParts(record.postedAt) : undefined;
  if (!posted || record.scheduled) return undefined;
  const { account, videoId } = record;
  const index = db.transaction('points').store.index('bySeries');
  const to = posted.postedAt + GROWTH_SPAN_MS;
  // The posts list records a video's 'views'; its own page records 'videoViews': both are its lifetime views.
  const latest = async (metric: SeriesMetric) => (await index.openCursor(series(account, videoId, metric), 'prev'))?.value;
  const [listed, paged, followers, watched] = await Promise.all([
    index.getAll(series(account, videoId, 'views', posted.postedAt, to)),
    index.getAll(series(account, videoId, 'videoViews', posted.postedAt, to)),
    latest('newFollowers'),
    latest('watchedFullVideo'),
  ]);
  const views: Point[] = [...listed, ...paged].map((p) => ({ t: p.capturedAt, v: p.value })).sort((a, b) => a.t - b.t);
  const pageAt = Math.max(followers?.capturedAt ?? -Infinity, watched?.capturedAt ?? -Infinity);
  return {
    videoId,
    ...(record.caption === undefined ? {} : { caption: record.caption }),
    ...posted,
    ...(record.durationSeconds === undefined ? {} : { durationSeconds: record.durationSeconds }),
    views,
    counters: { at: record.lastSeenAt, ...record.counters },
    ...(pageAt > -Infinity ? { page: { at: pageAt, newFollowers: followers?.value, watchedFullPercent: watched?.value } } : {}),
  };
}

/** Days held per series: imported days, and days a follower count was captured on. */
async function heldDays(db: LensDB, account: string): Promise<Record<string, string[]>> {
  const held: Record<string, Set<string>> = Object.fromEntries(HELD_SERIES.map((s) => [s, new Set<string>()]));
  await Promise.all(
    HELD_SERIES.map(async (metric) => {
      const keys = await db.getAllKeys('daily', IDBKeyRange.bound([account, metric, ''], [account, metric, '\uffff']));
      for (const [, , date] of keys) held[metric].add(date);
    }),
  );
  const followers = await db.getAllFromIndex('points', 'bySeries', series(account, '', 'followers'));
  for (const p of followers) held.followers.add(localDate(p.capturedAt));
  return Object.fromEntries(Object.entries(held).map(([s, days]) => [s, [...days]]));
}

/** What "what works", the early read and data at risk are computed from, for one account. */
export async function whatWorksInputs(db: LensDB, account: string, now = Date.now()): Promise<RiskInput> {
  const records = await db.getAllFromIndex('videos', 'byAccount', account);
  const [videos, held] = await Promise.all([
    Promise.all(records.map((r) => ownVideo(db, r))).then((all) => all.filter((v): v is OwnVideo => v !== undefined)),
    heldDays(db, account),
  ]);
  const firstHeld = Object.values(held).flat().sort()[0];
  const starts = [...videos.map((v) => v.postedAt), ...(firstHeld ? [Date.parse(firstHeld)] : [])];
  return { now, heldDays: held, videos, ...(starts.length ? { since: Math.min(...starts) } : {}) };
}
