// "Taking off": a young video ahead of every usual one of the creator's past videos at the same
// age (by the hour when Studio's hours are kept, else by the day). Pure.
//
// The rule, calibrated like the early read: a claim only when at least TAKEOFF_MIN_REFERENCES past videos
// had views at that age, and only when the video's views are TAKEOFF_MARGIN times the reference
// at the 95th percentile rank (the ⌈0.95 (n + 1)⌉-th smallest). If the video grows like one of the
// past ones drawn at random, it passes that rank with a chance of at most 5 % whatever the shape
// of views; the margin keeps ties and near misses quiet. tests/unit/insights/takeoff.test.ts
// measures false alarms on generated histories with nothing planted.
import { DAY_MS, HOUR_MS } from '../platform/days';
import { maxGapAt, median, viewsAtAge, type OwnVideo } from './own-videos';
import { YOUNG_MS } from './early-read';

/** Past videos with views at the same age a claim needs (the 95th percentile rank needs 19). */
export const TAKEOFF_MIN_REFERENCES = 19;
/** The share of past videos' ranks the video must pass. */
const RANK_SHARE = 0.95;
/** And by this factor. */
export const TAKEOFF_MARGIN = 1.25;

export interface Takeoff {
  videoId: string;
  caption?: string;
  postedAt: number;
  /** Age at the latest count, and the views then. */
  ageMs: number;
  views: number;
  /** 'hours' when Studio's hours of the video are kept (its age is known to the hour), else 'days'. */
  by: 'hours' | 'days';
  /** The median of past videos at this age, and views ÷ that (how far ahead). */
  typical: number;
  ratio: number;
  /** Past videos at this age, and how many of them it is ahead of. */
  references: number;
  ahead: number;
}

/** The latest count of a young video, after posting and before day 7. */
function latestYoung(video: OwnVideo): { t: number; v: number } | undefined {
  return video.views.filter((p) => p.t > video.postedAt && p.t - video.postedAt < YOUNG_MS).pop();
}

/** Whether this video, at its latest count, is taking off; undefined when not (or when too few past videos tell). */
export function takeoffOf(video: OwnVideo, all: OwnVideo[]): Takeoff | undefined {
  const at = latestYoung(video);
  if (!at) return undefined;
  const age = at.t - video.postedAt;
  const references = all
    .filter((o) => o.videoId !== video.videoId && o.postedAt < video.postedAt)
    .map((o) => viewsAtAge(o.views, o.postedAt, age, maxGapAt(age)))
    .filter((v): v is number => v !== undefined)
    .sort((a, b) => a - b);
  const n = references.length;
  if (n < TAKEOFF_MIN_REFERENCES) return undefined;
  const bar = references[Math.ceil(RANK_SHARE * (n + 1)) - 1];
  if (at.v <= TAKEOFF_MARGIN * bar) return undefined;
  const typical = median(references)!;
  return {
    videoId: video.videoId,
    ...(video.caption === undefined ? {} : { caption: video.caption }),
    postedAt: video.postedAt,
    ageMs: age,
    views: at.v,
    by: video.hourly?.length ? 'hours' : 'days',
    typical,
    ratio: typical > 0 ? at.v / typical : Infinity,
    references: n,
    ahead: references.filter((v) => v < at.v).length,
  };
}

/** The young videos taking off, furthest ahead first. */
export function takeoffs(videos: OwnVideo[], now: number): Takeoff[] {
  return videos
    .filter((v) => now - v.postedAt < YOUNG_MS)
    .map((v) => takeoffOf(v, videos))
    .filter((t): t is Takeoff => t !== undefined)
    .sort((a, b) => b.ratio - a.ratio);
}

/** Whole hours or days of an age, as the takeoff's words say it (at least 1). */
export const ageIn = (takeoff: Pick<Takeoff, 'ageMs' | 'by'>) => Math.max(1, Math.floor(takeoff.ageMs / (takeoff.by === 'hours' ? HOUR_MS : DAY_MS)));
