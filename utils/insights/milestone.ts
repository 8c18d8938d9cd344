// "10K followers in about 23 days at this month's pace": the next round number a growing total
// reaches, from the creator's own recent pace. Pure: points in, an estimate or what is missing out.
import { type Point } from '../series/series-math';
import { DAY_MS } from '../platform/days';

/** 1, 2, 5, 10, 20, 50, … : the round numbers creators celebrate. */
export function nextMilestone(value: number): number {
  let step = 1;
  for (;;) {
    for (const m of [1, 2, 5]) if (m * step > value) return m * step;
    step *= 10;
  }
}

export interface MilestoneOptions {
  /** The pace is measured over this many days before the latest capture ("this month"). */
  windowDays?: number;
  /** Captures must span at least this many days of that window for a pace to mean anything. */
  minSpanDays?: number;
  /** Farther than this, the estimate says only "more than a year". */
  horizonDays?: number;
}

export type Milestone =
  | {
      ready: true;
      current: number;
      target: number;
      /** Average change per day over the pace window. */
      perDay: number;
      /** Days the pace was measured over. */
      paceDays: number;
      /** Days from `now` until the target at this pace (at least 1); undefined beyond the horizon. */
      days?: number;
      /** The values were rounded by TikTok, so the estimate is rough. */
      approximate: boolean;
    }
  | { ready: false; missing: 'noCaptures' }
  | { ready: false; missing: 'shortHistory'; haveDays: number; needDays: number }
  | { ready: false; missing: 'outdated'; lastAt: number }
  | { ready: false; missing: 'notGrowing'; current: number; perDay: number; paceDays: number };

export function milestoneEta(points: Point[], now: number, options: MilestoneOptions = {}): Milestone {
  const { windowDays = 30, minSpanDays = 7, horizonDays = 365 } = options;
  if (points.length === 0) return { ready: false, missing: 'noCaptures' };
  const last = points[points.length - 1];
  // A pace from captures a month old says nothing about this month.
  if (now - last.t > windowDays * DAY_MS) return { ready: false, missing: 'outdated', lastAt: last.t };
  const window = points.filter((p) => p.t >= last.t - windowDays * DAY_MS);
  const first = window[0];
  const spanDays = (last.t - first.t) / DAY_MS;
  if (spanDays < minSpanDays) return { ready: false, missing: 'shortHistory', haveDays: Math.floor(spanDays), needDays: minSpanDays };
  const perDay = (last.v - first.v) / spanDays;
  const paceDays = Math.round(spanDays);
  if (perDay <= 0) return { ready: false, missing: 'notGrowing', current: last.v, perDay, paceDays };
  const target = nextMilestone(last.v);
  const reachedAt = last.t + ((target - last.v) / perDay) * DAY_MS;
  const daysLeft = Math.max(1, Math.round((reachedAt - now) / DAY_MS));
  return {
    ready: true,
    current: last.v,
    target,
    perDay,
    paceDays,
    days: daysLeft > horizonDays ? undefined : daysLeft,
    approximate: window.some((p) => p.rounded),
  };
}
