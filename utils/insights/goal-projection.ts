// When a goal is reached ("10K followers between 12 and 20 March"), from the creator's own recent
// pace. Pure: a daily series of the goal's value in, progress and a dated range (or why there is
// none) out.
//
// The statistics, in short:
// - Pace: the weekly gains of the value over the last full weeks (at most MAX_WEEKS), their median
//   the pace (one viral week does not set it), their spread (the median absolute deviation, scaled
//   to a standard deviation) how much a week varies.
// - Range: the average pace over the weeks still to go is uncertain twice over: the pace itself is
//   measured from few weeks (π/2 · 1/weeks: a median's variance), and the weeks to come vary (1/weeksLeft). The pace's band is
//   pace ± t · spread · √(π/2 · 1/weeks + 1/weeksLeft) (Student's t at the claimed level), and the dates
//   are where the goal falls at the band's two ends. A slow end at or below zero leaves the range
//   open ("or later"). tests/unit/insights/goal-projection.test.ts measures how often the range
//   holds the real date on generated histories.
import { type Point } from '../series/series-math';
import { DAY_MS } from '../platform/days';

/** The range aims to hold the real date this often. */
export const GOAL_LEVEL = 0.8;
/** Full weeks of days a projection needs, and the most it reads. */
export const MIN_WEEKS = 3;
const MAX_WEEKS = 8;
/** Farther than this, a date says nothing: only "more than a year". */
const HORIZON_DAYS = 365;
/** Student's t at 0.9 (two-sided 80 %) by degrees of freedom; beyond the table, the normal's 1.2816. */
const T_90 = [Infinity, 3.078, 1.886, 1.638, 1.533, 1.476, 1.44, 1.415, 1.397, 1.383, 1.372];
/** A median of normal draws varies π/2 times as much as their mean. */
const MEDIAN_VARIANCE = Math.PI / 2;
/** The median absolute deviation of a normal sample is this share of its standard deviation. */
const MAD_TO_SD = 1.4826;

export type GoalProjection =
  | {
      state: 'reached';
      current: number;
      target: number;
    }
  | {
      state: 'projected';
      current: number;
      target: number;
      /** Gain per day at the weekly median pace. */
      perDay: number;
      /** Days from the latest value to the goal at that pace; the range's ends (high undefined: open). */
      days: number;
      lowDays: number;
      highDays?: number;
      /** The moments those fall on. */
      at: number;
      earliest: number;
      latest?: number;
      /** Weeks the pace was measured over. */
      weeks: number;
      level: number;
    }
  | { state: 'noHistory'; target: number }
  | { state: 'shortHistory'; current: number; target: number; haveWeeks: number; needWeeks: number }
  /** The pace is flat or falling: no date to give. */
  | { state: 'notGrowing'; current: number; target: number; perDay: number; weeks: number }
  /** Beyond a year at the fastest end of the range. */
  | { state: 'beyondYear'; current: number; target: number; perDay: number; weeks: number };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The gains of each full week ending at the latest day, newest first: the value at a week's end
 * less the value seven days before. Weeks stop at the first one missing either end.
 */
export function weeklyGains(days: Point[]): number[] {
  if (!days.length) return [];
  const byDay = new Map(days.map((p) => [Math.round(p.t / DAY_MS), p.v]));
  const last = Math.round(days[days.length - 1].t / DAY_MS);
  const gains: number[] = [];
  for (let w = 0; w < MAX_WEEKS; w++) {
    const end = byDay.get(last - 7 * w);
    const start = byDay.get(last - 7 * (w + 1));
    if (end === undefined || start === undefined) break;
    gains.push(end - start);
  }
  return gains;
}

/**
 * The projection of a value that should reach `target`, from its days (one point a day, oldest
 * first: a running total, or a rolling sum such as views in the last 30 days).
 */
export function projectGoal(days: Point[], target: number): GoalProjection {
  const last = days[days.length - 1];
  if (!last) return { state: 'noHistory', target };
  const current = last.v;
  if (current >= target) return { state: 'reached', current, target };
  const gains = weeklyGains(days);
  const weeks = gains.length;
  if (weeks < MIN_WEEKS) return { state: 'shortHistory', current, target, haveWeeks: weeks, needWeeks: MIN_WEEKS };
  const pace = median(gains);
  const perDay = pace / 7;
  if (pace <= 0) return { state: 'notGrowing', current, target, perDay, weeks };
  const spread = MAD_TO_SD * median(gains.map((g) => Math.abs(g - pace)));
  const t = T_90[weeks - 1] ?? 1.2816;
  const remaining = target - current;
  const weeksLeft = Math.max(1, remaining / pace);
  const half = t * spread * Math.sqrt(MEDIAN_VARIANCE / weeks + 1 / weeksLeft);
  const fast = pace + half;
  const slow = pace - half;
  const daysAtPace = (weeklyPace: number) => (7 * remaining) / weeklyPace;
  const lowDays = daysAtPace(fast);
  if (lowDays > HORIZON_DAYS) return { state: 'beyondYear', current, target, perDay, weeks };
  const mid = daysAtPace(pace);
  const highDays = slow > 0 && daysAtPace(slow) <= HORIZON_DAYS ? daysAtPace(slow) : undefined;
  return {
    state: 'projected', current, target, perDay, weeks, level: GOAL_LEVEL,
    days: mid, lowDays, ...(highDays === undefined ? {} : { highDays }),
    at: last.t + mid * DAY_MS, earliest: last.t + lowDays * DAY_MS,
    ...(highDays === undefined ? {} : { latest: last.t + highDays * DAY_MS }),
  };
}

/** Rolling sums of `window` consecutive days (views in the last 30 days), one for each day that ends a full window. */
export function rollingSums(days: Point[], window: number): Point[] {
  const out: Point[] = [];
  for (let i = window - 1; i < days.length; i++) {
    const span = days.slice(i - window + 1, i + 1);
    if (Math.round((span[window - 1].t - span[0].t) / DAY_MS) !== window - 1) continue;
    out.push({ t: days[i].t, v: span.reduce((sum, p) => sum + p.v, 0) });
  }
  return out;
}
