// "First 24 h: 2.3× your median": a video's views one day after posting against the creator's
// own usual, from the lifetime view counts captured on the posts list. Pure.
import { DAY_MS, type Point } from '../series/series-math';

const HOUR_MS = 3_600_000;

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

/** Views 24 hours after posting (see viewsAtAge). */
export const viewsAfterOneDay = (points: Point[], postedAt: number, maxGapMs = 36 * HOUR_MS) => viewsAtAge(points, postedAt, DAY_MS, maxGapMs);

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface VideoViews {
  videoId: string;
  caption?: string;
  postedAt: number;
  /** Lifetime views over time, oldest first. */
  points: Point[];
}

export type EarlyPerformance =
  | {
      ready: true;
      videoId: string;
      caption?: string;
      postedAt: number;
      views: number;
      median: number;
      /** views / median. */
      ratio: number;
      /** How many other videos the median is taken over. */
      compared: number;
    }
  | { ready: false; missing: 'fewVideos'; have: number; need: number }
  | { ready: false; missing: 'noViews'; compared: number };

/**
 * The newest video whose first day was captured, against the median first day of the others.
 * Needs `minOthers` other videos with a captured first day.
 */
export function earlyPerformance(videos: VideoViews[], minOthers = 5): EarlyPerformance {
  const known = videos
    .map((video) => ({ video, views: viewsAfterOneDay(video.points, video.postedAt) }))
    .filter((k): k is { video: VideoViews; views: number } => k.views !== undefined)
    .sort((a, b) => b.video.postedAt - a.video.postedAt);
  if (known.length < minOthers + 1) return { ready: false, missing: 'fewVideos', have: known.length, need: minOthers + 1 };
  const [subject, ...others] = known;
  const usual = median(others.map((o) => o.views))!;
  if (usual <= 0) return { ready: false, missing: 'noViews', compared: others.length };
  return {
    ready: true,
    videoId: subject.video.videoId,
    caption: subject.video.caption,
    postedAt: subject.video.postedAt,
    views: Math.round(subject.views),
    median: Math.round(usual),
    ratio: subject.views / usual,
    compared: others.length,
  };
}
