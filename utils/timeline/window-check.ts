// A window total a Studio page showed ("video views, last 7 days: 12.3K") checked against Studio's
// own exact days over the same local dates. Where the two disagree beyond the page's rounding,
// neither confirms the other: views say "could not confirm" with both values, never mixing them
// silently. Pure.
import { provisionalAt } from './day-precedence';
import { shapeOf } from './build-timeline';
import type { CapturedValue, Timeline, TimelineRecords } from './timeline-contract';
import { addDays, localDate } from '../platform/days';

/** Studio's rolling periods, by their length in days ('7d' → 7). */
const ROLLING = /^(\d+)d$/;

/** A captured window and Studio's exact days of the same dates that disagree beyond the page's rounding. */
export interface UnconfirmedWindow {
  /** The captured period: '7d', '28d', '60d'. */
  range: string;
  /** The window's last local day, YYYY-MM-DD. */
  through: string;
  /** What the page showed, and when. */
  captured: { v: number; rounded?: true; at: number };
  /** The sum of Studio's own final days over the same dates. */
  days: { v: number; source: 'studio' };
}

/**
 * What Studio's rounding of a shown value may hide, either way: half a unit of its last shown
 * digit, which is the smallest of the power of ten the value is a multiple of and its suffix's
 * scale (12.3K → ±50, 12K → ±500, 1.2M → ±50,000). An exact value hides nothing.
 */
export function roundingSlack(v: number, rounded?: boolean): number {
  if (!rounded) return 0;
  const a = Math.abs(v);
  const scale = a >= 1e9 ? 1e9 : a >= 1e6 ? 1e6 : a >= 1e3 ? 1e3 : 1;
  let unit = 1;
  while (unit < scale && a % (unit * 10) === 0 && a > 0) unit *= 10;
  return unit / 2;
}

/** A rolling window captured at `t` covers the days before the day it was taken on (counted in dates: clocks move). */
const throughOf = (r: Pick<CapturedValue, 't'>) => addDays(localDate(r.t), -1);

const CUSTOM = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/** The local days a period captured at `t` covers, newest first: a rolling window's or a custom range's (at most a year); else undefined. */
export function windowDates(range: string, t: number): string[] | undefined {
  const n = Number(ROLLING.exec(range)?.[1] ?? 0);
  if (n) return Array.from({ length: n }, (_, i) => addDays(throughOf({ t }), -i));
  const custom = CUSTOM.exec(range);
  if (!custom || custom[1] > custom[2]) return undefined;
  const dates: string[] = [];
  for (let date = custom[2]; date >= custom[1] && dates.length <= 366; date = addDays(date, -1)) dates.push(date);
  return dates.length > 366 ? undefined : dates;
}

/**
 * Studio's own value of what a page showed for `range` at `t`, where its data holds every day of
 * it (final or still counted: the page itself is drawn from the same data): a running total's
 * value that day, a flow's sum over the period's days; else undefined.
 */
export function studioValueOf(records: Pick<TimelineRecords, 'metric' | 'studio'>, range: string, t: number): number | undefined {
  const days = new Map((records.studio ?? []).map((d) => [d.date, d.value]));
  if (shapeOf(records.metric) === 'level') return range === 'lifetime' ? days.get(localDate(t)) : undefined;
  const dates = windowDates(range, t);
  if (!dates || !dates.every((date) => days.has(date))) return undefined;
  return dates.reduce((sum, date) => sum + days.get(date)!, 0);
}

/**
 * The captured rolling windows of a flow whose every day Studio's own data gave final, and whose
 * total disagrees with those days' sum beyond the page's rounding, oldest first (of two captures
 * of one window, the later one). Days Studio was still counting when the page showed the total
 * (its newest ones) may have grown since: the capture may fall short of the final sum by at most
 * what those days hold, never exceed it.
 */
export function unconfirmedWindows(timeline: Timeline): UnconfirmedWindow[] {
  if (timeline.shape !== 'flow') return [];
  const studioDays = new Map(timeline.days.filter((d) => d.source === 'studio' && !d.provisional).map((d) => [d.date, d.v]));
  if (!studioDays.size) return [];
  const found = new Map<string, UnconfirmedWindow>();
  for (const r of timeline.readings) {
    if (!ROLLING.test(r.range)) continue;
    const through = throughOf(r);
    const dates = windowDates(r.range, r.t)!;
    if (!dates.every((date) => studioDays.has(date))) continue;
    const sum = dates.reduce((total, date) => total + studioDays.get(date)!, 0);
    const stillCounting = dates.filter((date) => provisionalAt(date, r.t)).reduce((total, date) => total + Math.max(0, studioDays.get(date)!), 0);
    const slack = roundingSlack(r.v, r.rounded);
    const key = `${r.range}|${through}`;
    if (r.v - sum > slack || sum - stillCounting - r.v > slack) {
      found.set(key, { range: r.range, through, captured: { v: r.v, ...(r.rounded ? { rounded: true as const } : {}), at: r.t }, days: { v: sum, source: 'studio' } });
    } else found.delete(key);
  }
  return [...found.values()].sort((a, b) => (a.through < b.through ? -1 : a.through > b.through ? 1 : 0));
}

/**
 * Whether a value of `range` ending on `through` was made wholly of Studio's own days: a running
 * total's day, or every day of a rolling window (what a card can then call exact, from Studio's data).
 */
export function madeOfStudioDays(timeline: Timeline, range: string | undefined, through: string): boolean {
  const studio = new Set(timeline.days.filter((d) => d.source === 'studio').map((d) => d.date));
  if (timeline.shape === 'level') return studio.has(through);
  const n = Number(ROLLING.exec(range ?? '')?.[1] ?? 0);
  return n > 0 && Array.from({ length: n }, (_, i) => addDays(through, -i)).every((date) => studio.has(date));
}
