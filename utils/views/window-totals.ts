// A flow's rolling windows ("video views, last 7 days") from both ways they reach Creator Lens:
// summed from days where a whole window of days is known, captured as Studio showed them where not.
// One total per window (named by its last day): the freshest reading of that window wins (after the
// days' own rule: settled, then exact), and a
// capture and imported days that disagree beyond Studio's rounding are kept to be said. Pure.
import type { Point } from '../series/series-math';
import { toPoint } from '../timeline/chart-point';
import type { CapturedValue, DaySource, DayValue } from '../timeline/timeline-contract';
import { addDays, DAY_MS, localDate, noonOf } from '../platform/days';
import { provisionalAt } from '../timeline/day-precedence';
// What Studio's rounding hides in a value it showed rounded (12.3K: ±50; 12K: ±500): one rule with the window check.
import { roundingSlack } from '../timeline/window-check';

/** Studio's rolling periods, by their length in days. */
const ROLLING = /^(\d+)d$/;

/** The length in days of a rolling period ('7d' → 7), else undefined (custom ranges, lifetime). */
export function rollingDays(range: string | undefined): number | undefined {
  const m = range === undefined ? null : ROLLING.exec(range);
  return m ? Number(m[1]) : undefined;
}

/** A captured rolling window covers the days before the day it was taken on (counted in dates: clocks move). */
export const capturedThrough = (reading: Pick<CapturedValue, 't'>) => addDays(localDate(reading.t), -1);

/** One window's total: what it covers, where it came from and when that was known. */
export interface WindowTotal extends Point {
  /** The window's last day, YYYY-MM-DD; `t` is that day's noon. */
  through: string;
  /** 'capture': Studio's own total of the window; else the days it was summed from ('import' when an import brought any). */
  source: DaySource;
  asOf: number;
}

/** Where a captured window and the days of an import give two different totals. */
export interface Disagreement {
  range: string;
  through: string;
  captured: { v: number; rounded?: true; at: number };
  imported: { v: number; rounded?: true; asOf: number };
}

/** Studio corrects settled days by a little after the fact: beyond this share, two totals disagree. */
const LATE_CORRECTION = 0.01;

/** Whether two totals of one window differ by more than Studio's rounding and late corrections explain. */
export function beyondRounding(a: { v: number; rounded?: boolean; roundedParts?: number }, b: { v: number; rounded?: boolean; roundedParts?: number }): boolean {
  const slack = (x: typeof a) => roundingSlack(x.v, x.rounded) * Math.max(1, x.roundedParts ?? 1);
  return Math.abs(a.v - b.v) > slack(a) + slack(b) + LATE_CORRECTION * Math.max(Math.abs(a.v), Math.abs(b.v));
}

interface DaySum extends WindowTotal {
  roundedParts: number;
  provisional: boolean;
}

/** The `n`-day totals of `days` (oldest first), one ending on each day whose whole window is known. */
export function windowSums(days: DayValue[], n: number): DaySum[] {
  const out: DaySum[] = [];
  for (let i = n - 1; i < days.length; i++) {
    // Dates are unique and sorted: n values whose ends are n − 1 dates apart are consecutive.
    if (Math.round((days[i].t - days[i - n + 1].t) / DAY_MS) !== n - 1) continue;
    const window = days.slice(i - n + 1, i + 1);
    const roundedParts = window.filter((d) => d.rounded).length;
    out.push({
      ...toPoint({ t: days[i].t, v: window.reduce((sum, d) => sum + d.v, 0), rounded: roundedParts > 0 }),
      through: days[i].date,
      source: window.some((d) => d.source === 'import') ? 'import' : 'capture',
      asOf: Math.max(...window.map((d) => d.asOf)),
      roundedParts,
      provisional: window.some((d) => d.provisional),
    });
  }
  return out;
}

/**
 * The days' own precedence, for windows: a settled total beats one over days Studio was still
 * counting (a capture of a window is, like an export, while its last day is that young), an exact
 * one beats a rounded one, then the one known later wins.
 */
function outranks(next: WindowTotal & { provisional?: boolean }, held: WindowTotal & { provisional?: boolean }): boolean {
  const rank = (w: typeof next) => [w.provisional ? 0 : 1, w.rounded ? 0 : 1, w.asOf];
  const [a, b] = [rank(next), rank(held)];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

/**
 * The `range` windows of a flow, oldest first, one per last day: summed from days where the
 * window's days are all known, Studio's captured total otherwise; where both exist the settled,
 * then the exact, then the later one wins. `disagreements`: windows whose captured total and imported days differ beyond rounding.
 */
export function windowTotals(days: DayValue[], readings: CapturedValue[], range: string): { totals: WindowTotal[]; disagreements: Disagreement[] } {
  const n = rollingDays(range);
  const sums = n === undefined ? [] : windowSums(days, n);
  const byThrough = new Map<string, WindowTotal>(sums.map((s) => [s.through, s]));
  const sumOf = new Map(sums.map((s) => [s.through, s]));
  const disagreements: Disagreement[] = [];
  // Oldest first: of two captures of one window the later one stays.
  for (const r of readings) {
    if (r.range !== range) continue;
    const through = capturedThrough(r);
    const captured: WindowTotal = { ...toPoint({ t: noonOf(through), v: r.v, rounded: r.rounded }), through, source: 'capture', asOf: r.t };
    const sum = sumOf.get(through);
    if (sum && sum.source === 'import' && !sum.provisional && beyondRounding(r, sum)) {
      const known = disagreements.findIndex((d) => d.through === through);
      const said: Disagreement = { range, through, captured: { v: r.v, ...(r.rounded ? { rounded: true } : {}), at: r.t }, imported: { v: sum.v, ...(sum.rounded ? { rounded: true } : {}), asOf: sum.asOf } };
      if (known >= 0) disagreements[known] = said;
      else disagreements.push(said);
    }
    const held = byThrough.get(through);
    // Studio's own total of a window is still counting its newest days, as an export's are.
    const fresh = provisionalAt(through, r.t);
    if (!held || outranks({ ...captured, provisional: fresh }, held === sum ? sum : { ...held, provisional: provisionalAt(through, held.asOf) })) byThrough.set(through, captured);
  }
  const totals = [...byThrough.values()]
    .sort((a, b) => (a.through < b.through ? -1 : 1))
    .map(({ t, v, rounded, through, source, asOf }) => ({ ...toPoint({ t, v, rounded }), through, source, asOf }));
  return { totals, disagreements: disagreements.sort((a, b) => (a.through < b.through ? -1 : 1)) };
}

/** A window total as a chart point (no sources). */
export const totalPoint = (w: WindowTotal): Point => toPoint(w);
