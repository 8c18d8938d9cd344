// What "what works for you", the early read and data at risk are computed from, read through the
// source every view gets: the account's videos with their captured growth, lifetime counters and
// video-page numbers, and which days of daily history are held. Everything after this is pure
// (utils/insights).
import type { Point } from '../series/series-math';
import { addDays, DAY_MS, dayStart, HOUR_MS, localDate } from '../platform/days';
import type { RiskInput } from '../insights/data-at-risk';
import type { OwnVideo } from '../insights/own-videos';
import { toPoint } from '../timeline/chart-point';
import type { ViewSource, VideoSummary } from './view-source';
import { momentOf, type VideoValue } from './video-page-view';

/** Where one of Studio's hours (YYYY-MM-DDTHH) or days (YYYY-MM-DD) starts and ends, on this browser's clock. */
function spanOf(at: string): { start: number; end: number } {
  if (at.length === 13) {
    const start = momentOf(at);
    return { start, end: start + HOUR_MS };
  }
  return { start: dayStart(at), end: dayStart(addDays(at, 1)) };
}

/**
 * A video's lifetime views from Studio's own hours and days: each hour's (or day's) views summed
 * from posting, at the end of that hour (day). Only from the hour (day) it was posted in, without
 * a gap, and without the newest values while Studio still counts them: a sum that skips one says nothing.
 */
export function studioGrowth(postedAt: number, values: VideoValue[]): { views: Point[]; hourly: Point[] } {
  const views = values.filter((v) => v.metric === 'videoViews' && !v.provisional);
  const summed = (keys: VideoValue[]) => {
    const sorted = keys.map((v) => ({ ...spanOf(v.at), v: v.value })).sort((a, b) => a.start - b.start);
    const out: Point[] = [];
    let total = 0;
    for (const [i, k] of sorted.entries()) {
      if (i === 0 ? !(k.start <= postedAt && postedAt < k.end) : k.start !== sorted[i - 1].end) break;
      total += k.v;
      out.push({ t: k.end, v: total });
    }
    return out;
  };
  const hourly = summed(views.filter((v) => v.at.length === 13));
  const daily = summed(views.filter((v) => v.at.length === 10));
  // Days past the hours' end go on from them (the same views, counted by day).
  const lastHour = hourly.at(-1)?.t ?? -Infinity;
  return { views: [...hourly, ...daily.filter((d) => d.t > lastHour)], hourly };
}

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
  const [listed, paged, followers, watched, studio] = await Promise.all([
    source.videoSeries(account, videoId, 'views', posted.postedAt, to),
    source.videoSeries(account, videoId, 'videoViews', posted.postedAt, to),
    source.videoSeries(account, videoId, 'newFollowers').then((all) => all.at(-1)),
    source.videoSeries(account, videoId, 'watchedFullVideo').then((all) => all.at(-1)),
    source.studioVideo ? source.studioVideo(account, videoId) : undefined,
  ]);
  const fromStudio = studio ? studioGrowth(posted.postedAt, studio.values) : { views: [], hourly: [] };
  // Growth is read exact or not alike: the analyses take plain points.
  // Studio's hours and days, summed from posting, join them: the early read and takeoff then compare by the hour.
  const views: Point[] = [...[...listed, ...paged].map(({ t, v }) => toPoint({ t, v })), ...fromStudio.views].sort((a, b) => a.t - b.t);
  const pageAt = Math.max(followers?.t ?? -Infinity, watched?.t ?? -Infinity);
  return {
    videoId,
    ...(video.caption === undefined ? {} : { caption: video.caption }),
    ...posted,
    ...(video.durationSeconds === undefined ? {} : { durationSeconds: video.durationSeconds }),
    views,
    ...(fromStudio.hourly.length ? { hourly: fromStudio.hourly } : {}),
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
