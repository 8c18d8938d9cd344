// The early read of a young video: where its views stand against the creator's own videos at the
// same age (a percentile of their captured growth curves), and a range for its views on day 7
// from how the creator's videos grew from that age to day 7. Pure.
//
// The day-7 range is a prediction interval from order statistics: if this video grows like one
// of n earlier ones drawn at random, the k-th smallest and k-th largest of their n growth factors
// bracket its own with probability (n + 1 − 2k) / (n + 1), whatever the factors' distribution.
import { DAY_MS } from '../platform/days';
import { maxGapAt, median, viewsAtAge, type OwnVideo } from './own-videos';

/** A video is young until its day-7 mark. */
export const YOUNG_MS = 7 * DAY_MS;
/** Earlier videos a read needs at the same age before it speaks. */
export const MIN_REFERENCES = 10;
/** The range aims at this share of outcomes (it reports the share its ranks actually give). */
const TARGET_LEVEL = 0.8;
/** Fewer references than this, or a range wider than this factor, or this little of a week's views in: low confidence. */
const CONFIDENT_REFERENCES = 20;
const HIGH_SPREAD = 1.6;
const MEDIUM_SPREAD = 2.5;
const MIN_REACHED_SHARE = 0.4;
/** Videos whose day-28 views are this many times their day-7 views keep growing for weeks. */
const KEEPS_GROWING = 1.5;

export type Confidence = 'high' | 'medium' | 'low';

export interface Day7Range {
  low: number;
  mid: number;
  high: number;
  /** The share of outcomes the range holds by its ranks (about 0.8). */
  level: number;
  /** Earlier videos with views at this age and at day 7. */
  references: number;
  confidence: Confidence;
  /** Typical share of day-7 views in by this age (0–1). */
  reachedShare: number;
  /** Typical day-28 ÷ day-7 views when the creator's videos keep growing for weeks (≥ 1.5), else absent. */
  keepsGrowing?: number;
}

export type EarlyRead =
  | {
      ready: true;
      videoId: string;
      caption?: string;
      postedAt: number;
      /** Age at its latest capture, and its views then. */
      ageMs: number;
      views: number;
      /** 0–100: the share of the creator's videos that had fewer views at this age. */
      percentile: number;
      /** Earlier videos with views at this age. */
      compared: number;
      /** Absent while too few earlier videos were captured at this age and at day 7. */
      day7?: Day7Range;
      day7Missing?: { have: number; need: number };
    }
  | { ready: false; missing: 'fewVideos'; videoId: string; caption?: string; have: number; need: number }
  /** The video has no capture between its posting and day 7. */
  | { ready: false; missing: 'notCaptured'; videoId: string; caption?: string; postedAt: number }
  /** The newest video is past day 7: the next video gets a read. */
  | { ready: false; missing: 'noYoungVideo'; videoId: string; caption?: string; postedAt: number }
  | { ready: false; missing: 'noVideos' };

/** The youngest capture of a young video, else undefined. */
function latestYoungCapture(video: OwnVideo): { t: number; v: number } | undefined {
  const last = video.views.filter((p) => p.t > video.postedAt && p.t - video.postedAt < YOUNG_MS).pop();
  return last ? { t: last.t, v: last.v } : undefined;
}

/** An early read of every young video (captured after posting, before day 7), newest first. */
export function earlyReads(videos: OwnVideo[], now: number): EarlyRead[] {
  const young = videos
    .filter((v) => now - v.postedAt < YOUNG_MS && latestYoungCapture(v))
    .sort((a, b) => b.postedAt - a.postedAt);
  return young.map((video) => earlyReadOf(video, videos));
}

const named = (video: OwnVideo) => ({ videoId: video.videoId, ...(video.caption === undefined ? {} : { caption: video.caption }) });

/**
 * The newest video's read (what the popup shows), or why it has none: not captured since it was
 * posted, past day 7, or no video at all. `reads` are earlyReads(videos, now) when already made.
 */
export function newestEarlyRead(videos: OwnVideo[], now: number, reads = earlyReads(videos, now)): EarlyRead {
  const newest = videos.reduce<OwnVideo | undefined>((a, v) => (a && a.postedAt >= v.postedAt ? a : v), undefined);
  if (!newest) return { ready: false, missing: 'noVideos' };
  const read = reads.find((r) => 'videoId' in r && r.videoId === newest.videoId);
  if (read) return read;
  return { ready: false, missing: now - newest.postedAt < YOUNG_MS ? 'notCaptured' : 'noYoungVideo', ...named(newest), postedAt: newest.postedAt };
}

export function earlyReadOf(video: OwnVideo, all: OwnVideo[]): EarlyRead {
  const at = latestYoungCapture(video);
  if (!at) return { ready: false, missing: 'notCaptured', ...named(video), postedAt: video.postedAt };
  const age = at.t - video.postedAt;
  const others = all.filter((o) => o.videoId !== video.videoId && o.postedAt < video.postedAt);
  const atAge = others
    .map((o) => ({ now: viewsAtAge(o.views, o.postedAt, age, maxGapAt(age)), day7: viewsAtAge(o.views, o.postedAt, YOUNG_MS, maxGapAt(YOUNG_MS)), day28: viewsAtAge(o.views, o.postedAt, 28 * DAY_MS, maxGapAt(28 * DAY_MS)) }))
    .filter((o) => o.now !== undefined) as Array<{ now: number; day7?: number; day28?: number }>;
  const base = named(video);
  if (atAge.length < MIN_REFERENCES) return { ready: false, missing: 'fewVideos', ...base, have: atAge.length, need: MIN_REFERENCES };

  const below = atAge.filter((o) => o.now < at.v).length;
  const equal = atAge.filter((o) => o.now === at.v).length;
  const percentile = (100 * (below + equal / 2)) / atAge.length;
  const read = { ready: true as const, ...base, postedAt: video.postedAt, ageMs: age, views: at.v, percentile, compared: atAge.length };

  const grown = atAge.filter((o) => o.day7 !== undefined && o.now > 0) as Array<{ now: number; day7: number; day28?: number }>;
  if (grown.length < MIN_REFERENCES) return { ...read, day7Missing: { have: grown.length, need: MIN_REFERENCES } };
  return { ...read, day7: day7Range(at.v, grown) };
}

function day7Range(views: number, grown: Array<{ now: number; day7: number; day28?: number }>): Day7Range {
  const factors = grown.map((o) => o.day7 / o.now).sort((a, b) => a - b);
  const n = factors.length;
  const k = Math.max(1, Math.floor(((1 - TARGET_LEVEL) / 2) * (n + 1)));
  const low = views * factors[k - 1];
  const high = views * factors[n - k];
  const reachedShare = median(grown.map((o) => (o.day7 > 0 ? o.now / o.day7 : 1)))!;
  const late = grown.filter((o) => o.day28 !== undefined && o.day7 > 0).map((o) => o.day28! / o.day7);
  const growth = late.length >= MIN_REFERENCES ? median(late)! : undefined;
  const keepsGrowing = growth !== undefined && growth >= KEEPS_GROWING ? growth : undefined;
  const spread = factors[n - k] / factors[k - 1];
  const confidence: Confidence =
    n < CONFIDENT_REFERENCES || reachedShare < MIN_REACHED_SHARE || keepsGrowing !== undefined || spread > MEDIUM_SPREAD ? 'low'
    : spread > HIGH_SPREAD ? 'medium'
    : 'high';
  return {
    low, mid: views * median(factors)!, high, level: (n + 1 - 2 * k) / (n + 1), references: n, confidence, reachedShare,
    ...(keepsGrowing === undefined ? {} : { keepsGrowing }),
  };
}
