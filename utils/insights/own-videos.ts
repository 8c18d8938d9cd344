// The creator's own videos as the "what works" and early-read analyses take them: plain facts,
// gathered from the views' source (utils/views/what-works-inputs.ts), their views at a given age, and
// the outcomes each video has.
// Pure: no store here, so the adapter can later read timelines instead of records.
import { type Point } from '../series/series-math';
import { DAY_MS, HOUR_MS } from '../platform/days';

export interface OwnVideo {
  videoId: string;
  caption?: string;
  /** When it was posted (ms). */
  postedAt: number;
  /** Local clock hour 0–23 of posting, when the time of day is known (a date alone gives none). */
  hour?: number;
  /** Local weekday of posting, 0 = Sunday. */
  weekday?: number;
  /** The video's length, when known. */
  durationSeconds?: number;
  /** Lifetime views at each capture, oldest first (with Studio's own hours and days, summed from posting, where kept). */
  views: Point[];
  /** Of those, the ones at the end of one of Studio's hours: the video's age is known to the hour there. */
  hourly?: Point[];
  /** The latest lifetime counters and when they were read. */
  counters?: { at: number; views?: number; likes?: number; comments?: number; shares?: number };
  /** The latest capture of the video's own analytics page: followers it brought, share who watched to the end (0–100). */
  page?: { at: number; newFollowers?: number; watchedFullPercent?: number };
}

export const OUTCOMES = ['views24h', 'views7d', 'lifetimeViews', 'engagementRate', 'followersGained', 'watchedFull'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Lifetime totals of videos younger than this are mostly a matter of age: they are left out. */
export const LIFETIME_MIN_AGE_MS = 28 * DAY_MS;
/** Rates and per-video totals wait until a video's first week is over. */
const SETTLED_AGE_MS = 7 * DAY_MS;
/** An engagement rate over fewer views is noise. */
const MIN_VIEWS_FOR_RATE = 100;

/**
 * The gap between two captures that a straight line between them may bridge at a given age:
 * views move fast on day one, slowly by day seven.
 */
export const maxGapAt = (ageMs: number) => Math.max(36 * HOUR_MS, ageMs / 2);

/**
 * Views `ageMs` after posting, interpolated between the captures on either side of that moment
 * (a video has 0 views when posted). Undefined when no capture follows the mark, or the two
 * captures around it are too far apart for the line between them to mean anything.
 */
export function viewsAtAge(points: Point[], postedAt: number, ageMs: number, maxGapMs: number): number | undefined {
  const mark = postedAt + ageMs;
  let before: Point = { t: postedAt, v: 0 };
  for (const p of points) {
    if (p.t < postedAt) continue;
    if (p.t === mark) return p.v;
    if (p.t < mark) {
      before = p;
      continue;
    }
    if (p.t - before.t > maxGapMs) return undefined;
    return before.v + ((p.v - before.v) * (mark - before.t)) / (p.t - before.t);
  }
  return undefined;
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Each outcome this video has (undefined where Creator Lens has not seen it). */
export function outcomesOf(video: OwnVideo): Record<Outcome, number | undefined> {
  const c = video.counters;
  const age = c ? c.at - video.postedAt : 0;
  const settled = age >= SETTLED_AGE_MS;
  const page = video.page && video.page.at - video.postedAt >= SETTLED_AGE_MS ? video.page : undefined;
  const engaged = c && c.views !== undefined && c.views >= MIN_VIEWS_FOR_RATE && c.likes !== undefined
    ? (c.likes + (c.comments ?? 0) + (c.shares ?? 0)) / c.views
    : undefined;
  return {
    views24h: viewsAtAge(video.views, video.postedAt, DAY_MS, maxGapAt(DAY_MS)),
    views7d: viewsAtAge(video.views, video.postedAt, 7 * DAY_MS, maxGapAt(7 * DAY_MS)),
    lifetimeViews: c?.views !== undefined && age >= LIFETIME_MIN_AGE_MS ? c.views : undefined,
    engagementRate: settled ? engaged : undefined,
    followersGained: page?.newFollowers,
    watchedFull: page?.watchedFullPercent,
  };
}

const HASHTAG = /#([\p{L}\p{N}_]{1,100})/gu;

/** The hashtags of a caption, lower-cased, each once; a number alone (#1) is a count, not a topic. */
export function hashtagsOf(caption: string | undefined): string[] {
  if (!caption) return [];
  const tags = Array.from(caption.matchAll(HASHTAG), (m) => m[1].toLocaleLowerCase()).filter((tag) => /\p{L}/u.test(tag));
  return [...new Set(tags)];
}

/** A caption's length in characters, without its hashtags (the words the creator wrote). */
export function captionLength(caption: string | undefined): number {
  return Array.from((caption ?? '').replace(HASHTAG, '').trim()).length;
}
