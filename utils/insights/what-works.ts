// "What works for you": the creator's own videos split by posting hour, weekday, length, caption
// length and each hashtag, compared on each outcome with the creator's other videos. Pure.
//
// The statistics, in short:
// - Relative to its time: each video's value is first divided by the median of the ~20 videos
//   posted around it, so a channel's growth does not pass for an effect of whatever it did lately.
// - Ratio: how a video in the group typically compares with one of the creator's other videos
//   (the Hodges–Lehmann estimate on the log scale: the median of all group÷other ratios; where
//   the group's values are the others' times a factor, it is that factor, the ratio of the two
//   medians). The others, not all videos: a median the group is part of would dilute any difference.
// - Interval: the rank (Mann–Whitney) interval for that ratio. It rests on no assumption about the
//   shape of views (one viral video does not move it), and when nothing differs it excludes 1 with
//   exactly the chance it is built for: no resampling, the same answer on every open.
// - Silence: a side with fewer than MIN_VIDEOS videos says "not enough videos yet" and spends none
//   of the error budget below.
// - False findings: every comparison that speaks, across all outcomes and groups, shares one 5 %
//   budget (Bonferroni): each interval is at level 1 − 0.05 / comparisons. The chance that anything
//   on the page says "found" when nothing differs is then at most 5 %.
import { captionLength, hashtagsOf, median, outcomesOf, OUTCOMES, type Outcome, type OwnVideo } from './own-videos';

export const DIMENSIONS = ['hour', 'weekday', 'length', 'caption', 'hashtag'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * Videos each side needs before a comparison speaks. Below 10 the rank interval's normal
 * approximation is rough, and with creators' views spread about e^±1 around their median only a
 * group more than 3× apart could clear the shared error budget: such comparisons would only widen
 * every other interval. The calibration test measures what the floor and the budget buy.
 */
export const MIN_VIDEOS = 10;
/** Family-wise error budget: the chance that anything shown as found is a fluke. */
export const FAMILY_ERROR = 0.05;
/**
 * Each video's value is taken relative to the median of this many videos posted around it, so a
 * channel that grew (or faded) does not make whatever it did lately look like what works: about a
 * month of videos at a post every day or two.
 */
export const NEIGHBOURS = 20;
/** At most this many hashtags are compared (the most used): each one costs the others width. */
const MAX_HASHTAGS = 12;

/** Hour bands of the local clock: night 0–6, morning 6–12, afternoon 12–18, evening 18–24. */
export const HOUR_BANDS = ['night', 'morning', 'afternoon', 'evening'] as const;
/** Video lengths, seconds: under 15, 15–30, 30–60, 1–3 min, longer. */
export const LENGTH_BANDS = [
  ['under15s', 15],
  ['15to30s', 30],
  ['30to60s', 60],
  ['1to3min', 180],
  ['over3min', Infinity],
] as const;
/** Caption lengths, characters without hashtags. */
export const CAPTION_BANDS = [
  ['short', 40],
  ['medium', 120],
  ['long', Infinity],
] as const;

/** Smallest median a ratio divides by, per outcome: a median of 0 followers counts as 1. */
const FLOOR: Record<Outcome, number> = {
  views24h: 1, views7d: 1, lifetimeViews: 1, followersGained: 1, engagementRate: 1e-4, watchedFull: 0.1,
};

export type Verdict = 'found' | 'noClearDifference' | 'notEnough';

export interface Comparison {
  dimension: Dimension;
  /** The band's key (`evening`, `15to30s`), the weekday (0 = Sunday) or the hashtag. */
  group: string;
  outcome: Outcome;
  verdict: Verdict;
  /** Videos in the group, and among the others, that have this outcome. */
  videos: number;
  others: number;
  /** The fewest videos a side needs (MIN_VIDEOS). */
  need: number;
  /** Speaking comparisons only: group median ÷ others' median, and its interval. */
  ratio?: number;
  low?: number;
  high?: number;
  groupMedian?: number;
  othersMedian?: number;
}

export interface WhatWorks {
  comparisons: Comparison[];
  /** How many comparisons spoke, and the interval level each was given to share the budget. */
  spoke: number;
  level: number;
  /** Videos with at least one outcome. */
  videos: number;
  /** Groupings no video can be placed in (no posting hour, length or caption known for any). */
  unknown: Dimension[];
}

interface Grouping {
  dimension: Dimension;
  group: string;
  /** Index of every video in the group. */
  members: Set<number>;
  /** Index of every video whose grouping is known (a video without a posting hour is in no hour band's "others"). */
  known: Set<number>;
}

const band = <K extends string>(bands: readonly (readonly [K, number])[], value: number): K => bands.find(([, below]) => value < below)![0];

/** Each grouping of the videos: bands of hour, weekday, length, caption, and the most used hashtags. */
export function groupingsOf(videos: OwnVideo[]): Grouping[] {
  const groups = new Map<string, Grouping>();
  const known: Record<Dimension, Set<number>> = { hour: new Set(), weekday: new Set(), length: new Set(), caption: new Set(), hashtag: new Set() };
  const add = (dimension: Dimension, group: string, i: number) => {
    const key = `${dimension}:${group}`;
    const g = groups.get(key) ?? { dimension, group, members: new Set<number>(), known: known[dimension] };
    g.members.add(i);
    known[dimension].add(i);
    groups.set(key, g);
  };
  const tagUse = new Map<string, number[]>();
  videos.forEach((v, i) => {
    // Every video with a caption is known to have or lack each hashtag.
    if (v.caption !== undefined) known.hashtag.add(i);
    if (v.hour !== undefined) add('hour', HOUR_BANDS[Math.floor(v.hour / 6)], i);
    if (v.weekday !== undefined) add('weekday', String(v.weekday), i);
    if (v.durationSeconds !== undefined) add('length', band(LENGTH_BANDS, v.durationSeconds), i);
    if (v.caption !== undefined) add('caption', band(CAPTION_BANDS, captionLength(v.caption)), i);
    for (const tag of hashtagsOf(v.caption)) tagUse.set(tag, [...(tagUse.get(tag) ?? []), i]);
  });
  const tags = [...tagUse].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_HASHTAGS);
  for (const [tag, members] of tags) for (const i of members) add('hashtag', tag, i);
  // Fixed order: bands as listed, weekdays Monday first, hashtags by use.
  const order = (g: Grouping) => {
    const within = g.dimension === 'hour' ? HOUR_BANDS.indexOf(g.group as (typeof HOUR_BANDS)[number])
      : g.dimension === 'weekday' ? (Number(g.group) + 6) % 7
      : g.dimension === 'length' ? LENGTH_BANDS.findIndex(([k]) => k === g.group)
      : g.dimension === 'caption' ? CAPTION_BANDS.findIndex(([k]) => k === g.group)
      : tags.findIndex(([tag]) => tag === g.group);
    return DIMENSIONS.indexOf(g.dimension) * 100 + within;
  };
  // A group of every video it could hold has nothing to be compared with.
  return [...groups.values()].filter((g) => g.members.size < g.known.size).sort((a, b) => order(a) - order(b));
}

export interface WhatWorksOptions {
  minVideos?: number;
  familyError?: number;
  /** Only these outcomes (all by default). */
  outcomes?: readonly Outcome[];
  /** Videos posted around each one that its value is taken relative to (0: none, raw values). */
  neighbours?: number;
}

/** Every comparison of every grouping on every outcome, with one error budget for all that speak. */
export function whatWorks(videos: OwnVideo[], options: WhatWorksOptions = {}): WhatWorks {
  const { minVideos = MIN_VIDEOS, familyError = FAMILY_ERROR, outcomes = OUTCOMES, neighbours = NEIGHBOURS } = options;
  const values = videos.map(outcomesOf);
  const groupings = groupingsOf(videos);
  const pending: Array<{ c: Comparison; inside: number[]; outside: number[]; insideRel: number[]; outsideRel: number[] }> = [];
  const comparisons: Comparison[] = [];
  for (const outcome of outcomes) {
    const relative = neighbourRelative(videos, values.map((v) => v[outcome]), FLOOR[outcome], neighbours);
    for (const g of groupings) {
      const inside: number[] = [];
      const outside: number[] = [];
      const insideRel: number[] = [];
      const outsideRel: number[] = [];
      values.forEach((v, i) => {
        const x = v[outcome];
        if (x === undefined || !g.known.has(i)) return;
        const into = g.members.has(i);
        (into ? inside : outside).push(x);
        (into ? insideRel : outsideRel).push(relative[i]!);
      });
      const c: Comparison = { dimension: g.dimension, group: g.group, outcome, verdict: 'notEnough', videos: inside.length, others: outside.length, need: minVideos };
      comparisons.push(c);
      if (inside.length >= minVideos && outside.length >= minVideos) pending.push({ c, inside, outside, insideRel, outsideRel });
    }
  }
  const spoke = pending.length;
  const z = spoke ? normalQuantile(1 - familyError / (2 * spoke)) : 0;
  for (const { c, inside, outside, insideRel, outsideRel } of pending) {
    const { estimate, low, high } = rankInterval(insideRel, outsideRel, z);
    Object.assign(c, {
      verdict: low > 0 || high < 0 ? 'found' : 'noClearDifference',
      ratio: Math.exp(estimate), low: Math.exp(low), high: Math.exp(high),
      groupMedian: median(inside), othersMedian: median(outside),
    });
  }
  const videosWithOutcome = values.filter((v) => outcomes.some((o) => v[o] !== undefined)).length;
  const has: Record<Exclude<Dimension, 'hashtag'>, (v: OwnVideo) => boolean> = {
    hour: (v) => v.hour !== undefined, weekday: (v) => v.weekday !== undefined, length: (v) => v.durationSeconds !== undefined, caption: (v) => v.caption !== undefined,
  };
  const unknown = (Object.keys(has) as Array<keyof typeof has>).filter((d) => !videos.some(has[d]));
  return { comparisons, spoke, level: spoke ? 1 - familyError / spoke : 1 - familyError, videos: videosWithOutcome, unknown };
}

/**
 * Log of each value over the median of its `k` nearest videos in posting order (half before, half
 * after, more on one side at the ends); the plain log with k = 0 or too few videos. Undefined
 * where the value is.
 */
export function neighbourRelative(videos: OwnVideo[], values: Array<number | undefined>, floor: number, k: number): Array<number | undefined> {
  const log = (x: number) => Math.log(Math.max(x, floor));
  const order = values.flatMap((x, i) => (x === undefined ? [] : [i])).sort((a, b) => videos[a].postedAt - videos[b].postedAt);
  const out: Array<number | undefined> = values.map((x) => (x === undefined ? undefined : log(x)));
  if (k <= 0 || order.length <= k) return out;
  order.forEach((index, p) => {
    const start = Math.min(Math.max(0, p - k / 2), order.length - 1 - k);
    const around = order.slice(start, start + k + 1).filter((j) => j !== index).map((j) => values[j]!);
    out[index] = log(values[index]!) - log(median(around)!);
  });
  return out;
}

/**
 * The Hodges–Lehmann shift of `a` over `b` and its rank interval at ±z: the median of every
 * difference a[i] − b[j], and the differences at the Mann–Whitney critical ranks (normal
 * approximation with the correction for ties). Bounds are infinite when too few differences exist.
 * Only three order statistics of the n·m differences are needed: they are selected, not sorted
 * (a grouping of 500 against 500 videos is 250,000 differences, and a report has dozens).
 */
export function rankInterval(a: number[], b: number[], z: number): { estimate: number; low: number; high: number } {
  const n = a.length;
  const m = b.length;
  const diffs = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) diffs[i * m + j] = a[i] - b[j];
  const total = n * m;
  const upper = total >> 1;
  // After selecting, everything before `upper` is at most diffs[upper] and everything after at least.
  selectInPlace(diffs, upper, 0, total - 1);
  const estimate = total % 2 ? diffs[upper] : (maxOf(diffs, 0, upper - 1) + diffs[upper]) / 2;
  const sd = Math.sqrt(((n * m) / 12) * (n + m + 1 - tieTerm([...a, ...b]) / ((n + m) * (n + m - 1))));
  // The k-th smallest and k-th largest difference bound the interval (k from 1).
  const k = Math.floor(total / 2 - z * sd);
  if (k < 1) return { estimate, low: -Infinity, high: Infinity };
  // k ≤ total / 2: the k-th smallest lies at or before `upper`, the k-th largest at or after it.
  selectInPlace(diffs, k - 1, 0, upper);
  selectInPlace(diffs, total - k, upper, total - 1);
  return { estimate, low: diffs[k - 1], high: diffs[total - k] };
}

/** Moves the value of rank `rank` (from 0) of values[lo..hi] to its place, smaller ones before it and larger after (Hoare's selection). */
function selectInPlace(values: Float64Array, rank: number, lo: number, hi: number): void {
  while (hi > lo) {
    // The median of three as the pivot: sorted or reversed runs (videos in posting order) stay linear.
    const mid = (lo + hi) >> 1;
    const pivot = Math.max(Math.min(values[lo], values[mid]), Math.min(Math.max(values[lo], values[mid]), values[hi]));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (rank <= j) hi = j;
    else if (rank >= i) lo = i;
    else return;
  }
}

function maxOf(values: Float64Array, lo: number, hi: number): number {
  let max = -Infinity;
  for (let i = lo; i <= hi; i++) if (values[i] > max) max = values[i];
  return max;
}

/** Σ (t³ − t) over groups of tied values. */
function tieTerm(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  let sum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    const t = j - i;
    sum += t * t * t - t;
    i = j;
  }
  return sum;
}

/** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155211639];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) => (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
