// What "what works for you", the early read and data at risk are computed from, read through the
// source every view gets: the account's videos with their captured growth, lifetime counters and
// video-page numbers, and which days of daily history are held. Everything after this is pure
// (utils/insights).
import type { Point } from '../series/series-math';
import { DAY_MS, localDate } from '../platform/days';
import type { RiskInput } from '../insights/data-at-risk';
import type { OwnVideo } from '../insights/own-videos';
import { toPoint } from '../timeline/chart-point';
import type { ViewSource, VideoSummary } from './view-source';

/** Growth is read up to here after posting: day 28 and the gap a capture around it may leave. */
const GROWTH_SPAN_MS = 45 * DAY_MS;
/** The daily series an export brings whose days are counted as held (Overview's and Followers'). */
const HELD_SERIES = ['videoViews', 'followers'] as const;

/** A posting time as the creator's clock showed it; a date alone has a weekday but no hour. */
function postedParts(postedAt: string): Pick<OwnVideo, 'postedAt' | 'hour' | 'weekday'> | undefined {
  const t = Date.parse(postedAt);
  if (Number.isNaN(t)) return undefined;
  if (!postedAt.includes('T')) return { postedAt: t, weekday: new Date(t).getUTCDay() };
  const local = new Date(t);
  return { postedAt: t, hour: local.getHours(), weekday: local.getDay() };
}

async function ownVideo(source: ViewSource, account: string, video: VideoSummary): Promise<OwnVideo | undefined> {
  const posted = video.postedAt ? postedParts(video.postedAt) : undefined;
  if (!posted || video.scheduled) return undefined;
  const { videoId } = video;
  const to = posted.postedAt + GROWTH_SPAN_MS;
  // The posts list records a video's 'views'; its own page records 'videoViews': both are its lifetime views.
  const [listed, paged, followers, watched] = await Promise.all([
    source.videoSeries(account, videoId, 'views', posted.postedAt, to),
    source.videoSeries(account, videoId, 'videoViews', posted.postedAt, to),
    source.videoSeries(account, videoId, 'newFollowers').then((all) => all.at(-1)),
    source.videoSeries(account, videoId, 'watchedFullVideo').then((all) => all.at(-1)),
  ]);
  // Growth is read exact or not alike: the analyses take plain points.
  const views: Point[] = [...listed, ...paged].map(({ t, v }) => toPoint({ t, v })).sort((a, b) => a.t - b.t);
  const pageAt = Math.max(followers?.t ?? -Infinity, watched?.t ?? -Infinity);
  return {
    videoId,
    ...(video.caption === undefined ? {} : { caption: video.caption }),
    ...posted,
    ...(video.durationSeconds === undefined ? {} : { durationSeconds: video.durationSeconds }),
    views,
    counters: { at: video.lastSeenAt, ...video.counters },
    ...(pageAt > -Infinity ? { page: { at: pageAt, newFollowers: followers?.v, watchedFullPercent: watched?.v } } : {}),
  };
}

/** Days held per series: imported days, and days a follower count was captured on. */
async function heldDays(source: ViewSource, account: string): Promise<Record<string, string[]>> {
  const timelines = await source.timelines(account, HELD_SERIES);
  const held: Record<string, Set<string>> = Object.fromEntries(timelines.map((r) => [r.metric, new Set(r.imported.map((d) => d.date))]));
  for (const r of timelines) if (r.metric === 'followers') for (const c of r.captured) held.followers.add(localDate(c.t));
  return Object.fromEntries(Object.entries(held).map(([s, days]) => [s, [...days]]));
}

/** What "what works", the early read and data at risk are computed from, for one account. */
export async function whatWorksInputs(source: ViewSource, account: string, now = Date.now()): Promise<RiskInput> {
  const summaries = await source.videos(account);
  const [videos, held] = await Promise.all([
    Promise.all(summaries.map((v) => ownVideo(source, account, v))).then((all) => all.filter((v): v is OwnVideo => v !== undefined)),
    heldDays(source, account),
  ]);
  const firstHeld = Object.values(held).flat().sort()[0];
  const starts = [...videos.map((v) => v.postedAt), ...(firstHeld ? [Date.parse(firstHeld)] : [])];
  return { now, heldDays: held, videos, ...(starts.length ? { since: Math.min(...starts) } : {}) };
}
