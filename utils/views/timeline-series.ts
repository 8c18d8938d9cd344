// Which series of a timeline a card or a chart draws, decided once for the popup and the dashboard.
// Pure: timelines in, points out.
import { anyImported, dayPoints } from '../timeline/build-timeline';
import { toPoint } from '../timeline/chart-point';
import { COMMON_RANGES, type CapturedValue, type DayValue, type Timeline } from '../timeline/timeline-contract';
import { type Point } from '../series/series-math';
import { addDays, DAY_MS, localDate } from '../platform/days';

const WEEK = 7;

export interface TimelineSeries {
  /** 'daily': one point per day; 'captures': each point a capture of the period `range`. */
  kind: 'daily' | 'captures';
  /** The period each value covers: 'lifetime' for totals, '7d' for a week's sum. */
  range?: string;
  /** Oldest first; may start before the window (the newest values before a thin window). */
  points: Point[];
}

/**
 * A flow's 7-day totals, one ending on each day whose week of days is all known: what Studio's
 * "last 7 days" shows, made from days.
 */
export function weeklySums(days: DayValue[]): Point[] {
  const out: Point[] = [];
  for (let i = WEEK - 1; i < days.length; i++) {
    const week = days.slice(i - WEEK + 1, i + 1);
    // Consecutive days only: seven values spanning six days apart.
    if (Math.round((week[WEEK - 1].t - week[0].t) / DAY_MS) !== WEEK - 1) continue;
    const v = week.reduce((sum, d) => sum + d.v, 0);
    out.push(toPoint({ t: days[i].t, v, rounded: week.some((d) => d.rounded) }));
  }
  return out;
}

/**
 * Of the captured periods, the one with the most readings from `from` on (the newest on a tie), else
 * the one read last. Custom periods only where no common one was read, and only those starting in
 * the window: one from before it says nothing of the window (and how far back was read decides
 * whether it is there at all).
 */
function busiestRange(readings: CapturedValue[], from: number): string | undefined {
  const stats = new Map<string, { inWindow: number; newest: number }>();
  const common = readings.some((r) => COMMON_RANGES.includes(r.range));
  const first = from === -Infinity ? '' : localDate(from);
  for (const r of readings) {
    if (common ? !COMMON_RANGES.includes(r.range) : r.range.slice(0, 10) < first) continue;
    const s = stats.get(r.range) ?? { inWindow: 0, newest: -Infinity };
    if (r.t >= from) s.inWindow++;
    s.newest = Math.max(s.newest, r.t);
    stats.set(r.range, s);
  }
  let best: string | undefined;
  for (const [range, s] of stats) {
    const b = best === undefined ? undefined : stats.get(best)!;
    if (!b || s.inWindow > b.inWindow || (s.inWindow === b.inWindow && s.newest > b.newest)) best = range;
  }
  return best;
}

/**
 * What a headline card shows of a timeline. A running total: its days when an import brought
 * some, else its captures as taken. A flow: 7-day totals from its days where a week of days is
 * known and the newest week ends in the window (captured weekly totals newer than the days follow
 * them), else the period captured most.
 */
export function cardSeries(timeline: Timeline, from = -Infinity): TimelineSeries {
  if (timeline.shape === 'level') {
    if (anyImported(timeline)) return { kind: 'daily', range: 'lifetime', points: dayPoints(timeline.days) };
    return { kind: 'captures', range: 'lifetime', points: timeline.readings.filter((r) => r.range === 'lifetime').map(toPoint) };
  }
  // Weeks ending in the window and the day before it: older ones depend on how far back was read.
  const firstDay = from === -Infinity ? '' : addDays(localDate(from), -WEEK);
  const sums = weeklySums(timeline.days.filter((d) => d.date >= firstDay));
  if (sums.length && sums[sums.length - 1].t >= from) {
    const lastDay = localDate(sums[sums.length - 1].t);
    // A weekly capture covers the seven days before the day it was taken on.
    // Counted in dates: 24 hours before a capture just after midnight is two dates back when the clocks went forward.
    const newer = timeline.readings.filter((r) => r.range === '7d' && addDays(localDate(r.t), -1) > lastDay).map(toPoint);
    return { kind: 'daily', range: '7d', points: [...sums, ...newer] };
  }
  const range = busiestRange(timeline.readings, from);
  return { kind: 'captures', range, points: timeline.readings.filter((r) => r.range === range).map(toPoint) };
}

/**
 * What a chart of a timeline draws: day by day where days tell more than captures (a flow's days,
 * a running total's imported days), else the card's series.
 */
export function chartSeries(timeline: Timeline, from = -Infinity): TimelineSeries {
  const first = from === -Infinity ? '' : localDate(from);
  // A flow's days count where the window has some: older ones depend on how far back was read.
  const daily = timeline.shape === 'flow' ? timeline.days.some((d) => d.date >= first) : anyImported(timeline);
  if (daily) {
    return { kind: 'daily', points: dayPoints(timeline.days.filter((d) => d.date >= first)) };
  }
  const series = cardSeries(timeline, from);
  return { ...series, points: series.points.filter((p) => p.t >= from) };
}

/** Whether the timeline holds anything at all (days or captures). */
export const hasValues = (timeline: Timeline) => timeline.days.length > 0 || timeline.readings.length > 0;
