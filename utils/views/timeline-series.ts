// Which series of a timeline a card or a chart draws, decided once for the popup and the dashboard.
// Pure: timelines in, points out.
import { anyImported, dayPoints } from '../timeline/build-timeline';
import { toPoint } from '../timeline/chart-point';
import { COMMON_RANGES, type CapturedValue, type DaySource, type DayValue, type Timeline } from '../timeline/timeline-contract';
import { type Point } from '../series/series-math';
import { addDays, DAY_MS, localDate } from '../platform/days';
import { capturedThrough, rollingDays, totalPoint, windowSums, windowTotals, type Disagreement, type WindowTotal } from './window-totals';

const WEEK = 7;

export interface TimelineSeries {
  /**
   * 'daily': one point per day; 'captures': each point a capture of the period `range`;
   * 'windows': each point the total of the `range` ending on its day (summed from days where they
   * are known, as captured where not).
   */
  kind: 'daily' | 'captures' | 'windows';
  /** The period each value covers: 'lifetime' for totals, '7d' for a week's sum. */
  range?: string;
  /** Oldest first; may start before the window (the newest values before a thin window). */
  points: Point[];
  /** Windows whose capture and imported days disagree beyond Studio's rounding (never mixed silently). */
  disagreements?: Disagreement[];
  /** 'daily': where the drawn days came from (a note says it). */
  origin?: DaysOrigin;
}

/**
 * Where a run of days came from, as a note says it: Studio's Download data ('export'), Studio's own
 * data calls kept as the pages were browsed ('studio'), both, or only captures of the pages.
 */
export type DaysOrigin = 'export' | 'studio' | 'both' | 'captures';

export function daysOrigin(days: readonly DayValue[]): DaysOrigin {
  const imported = days.some((d) => d.source === 'import');
  const studio = days.some((d) => d.source === 'studio');
  return imported && studio ? 'both' : imported ? 'export' : studio ? 'studio' : 'captures';
}

/** What a card compares its latest value with: like with like. */
export type ComparedWith = 'previousWindow' | 'lastCapture' | 'previousDay';

/** A card's series, and what its latest value is and is compared with. */
export interface CardSeries extends TimelineSeries {
  /** The latest value's last day (a window's, or the running total's day) and where it came from. */
  latest?: { through: string; source: DaySource };
  previous?: { v: number; comparedWith: ComparedWith; rounded?: true };
}

/**
 * A flow's 7-day totals, one ending on each day whose week of days is all known: what Studio's
 * "last 7 days" shows, made from days.
 */
export function weeklySums(days: DayValue[]): Point[] {
  return windowSums(days, WEEK).map(totalPoint);
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

/** The last day a captured value covers: a rolling window's day before the capture, a custom range's end, else the capture's day. */
function readingThrough(r: CapturedValue): string {
  if (rollingDays(r.range) !== undefined) return capturedThrough(r);
  const custom = /\.\.(\d{4}-\d{2}-\d{2})$/.exec(r.range);
  return custom ? custom[1] : localDate(r.t);
}

/** The window ending `n` days before `latest` (the previous window of the same length), if known. */
function previousWindow(totals: WindowTotal[], latest: WindowTotal, n: number): CardSeries['previous'] {
  const before = totals.find((w) => w.through === addDays(latest.through, -n));
  return before ? { v: before.v, comparedWith: 'previousWindow', ...(before.rounded ? { rounded: true } : {}) } : undefined;
}

/** A flow's rolling windows as a card or chart series (`first`: the first day it draws). */
function windowSeries(timeline: Timeline, range: string, first: string, kind: 'daily' | 'windows' | 'captures'): CardSeries {
  const n = rollingDays(range)!;
  const { totals, disagreements } = windowTotals(timeline.days, timeline.readings, range);
  const shown = totals.filter((w) => w.through >= first);
  const latest = shown[shown.length - 1];
  const previous = latest && previousWindow(totals, latest, n);
  return {
    kind,
    range,
    points: shown.map(totalPoint),
    ...(latest ? { latest: { through: latest.through, source: latest.source } } : {}),
    ...(previous ? { previous } : {}),
    ...(disagreements.length ? { disagreements } : {}),
  };
}

/** A running total's card: its latest value against the capture before it, or the day before it. */
function levelSeries(timeline: Timeline): CardSeries {
  const captures = timeline.readings.filter((r) => r.range === 'lifetime');
  const days = anyImported(timeline) ? timeline.days : undefined;
  const points = days ? dayPoints(days) : captures.map(toPoint);
  const last = days ? days[days.length - 1] : captures[captures.length - 1];
  if (!last) return { kind: days ? 'daily' : 'captures', range: 'lifetime', points };
  const lastDay = days ? days[days.length - 1] : undefined;
  const source: DaySource = lastDay ? lastDay.source : 'capture';
  // "Since last capture" only between two captures; an imported day is compared with the day before it.
  const capturedBefore = source === 'capture' ? captures.filter((c) => c.t < (lastDay?.asOf ?? captures[captures.length - 1].t)).pop() : undefined;
  const dayBefore = days && days.length > 1 ? days[days.length - 2] : undefined;
  const previous: CardSeries['previous'] = capturedBefore
    ? { v: capturedBefore.v, comparedWith: 'lastCapture', ...(capturedBefore.rounded ? { rounded: true } : {}) }
    : dayBefore && dayBefore.date === addDays(lastDay!.date, -1)
      ? { v: dayBefore.v, comparedWith: 'previousDay', ...(dayBefore.rounded ? { rounded: true } : {}) }
      : undefined;
  return {
    kind: days ? 'daily' : 'captures',
    range: 'lifetime',
    points,
    latest: { through: lastDay ? lastDay.date : localDate(last.t), source },
    ...(previous ? { previous } : {}),
  };
}

/**
 * What a headline card shows of a timeline. A running total: its days when an import brought
 * some, else its captures as taken. A flow: 7-day totals where a week of days is known and the
 * newest week ends in the window (each week the freshest of its sum and its capture), else the
 * period captured most (rolling periods the same way, by their last day).
 */
export function cardSeries(timeline: Timeline, from = -Infinity): CardSeries {
  if (timeline.shape === 'level') return levelSeries(timeline);
  // Weeks ending in the window and the day before it: older ones depend on how far back was read.
  const firstDay = from === -Infinity ? '' : addDays(localDate(from), -WEEK);
  const sums = windowSums(timeline.days.filter((d) => d.date >= firstDay), WEEK);
  if (sums.length && sums[sums.length - 1].t >= from) {
    return windowSeries({ ...timeline, days: timeline.days.filter((d) => d.date >= firstDay), readings: timeline.readings.filter((r) => capturedThrough(r) >= firstDay) }, '7d', firstDay, 'daily');
  }
  const range = busiestRange(timeline.readings, from);
  const captured = timeline.readings.filter((r) => r.range === range);
  const latest = captured[captured.length - 1];
  // A rolling period's previous window is the one captured ending its length in days earlier.
  const n = rollingDays(range);
  const before = latest && n !== undefined ? captured.filter((r) => capturedThrough(r) === addDays(capturedThrough(latest), -n)).pop() : undefined;
  return {
    kind: 'captures',
    range,
    points: captured.map(toPoint),
    ...(latest ? { latest: { through: readingThrough(latest), source: 'capture' as const } } : {}),
    ...(before ? { previous: { v: before.v, comparedWith: 'previousWindow' as const, ...(before.rounded ? { rounded: true as const } : {}) } } : {}),
  };
}

/** The rolling period captured most in the window whose windows the days do not all give, if any. */
function windowsBeyondDays(timeline: Timeline, from: number): string | undefined {
  const counts = new Map<string, number>();
  for (const r of timeline.readings) {
    const n = rollingDays(r.range);
    if (n === undefined || r.t < from) continue;
    counts.set(r.range, (counts.get(r.range) ?? 0) + 1);
  }
  for (const [range] of [...counts].sort((a, b) => b[1] - a[1])) {
    const summed = new Set(windowSums(timeline.days, rollingDays(range)!).map((s) => s.through));
    if (timeline.readings.some((r) => r.range === range && r.t >= from && !summed.has(capturedThrough(r)))) return range;
  }
  return undefined;
}

/**
 * What a chart of a timeline draws: day by day where days tell more than captures (a flow's days,
 * a running total's imported days), else the card's series. A flow whose captured windows reach
 * where no days are known is drawn as windows throughout: each captured window as its total over
 * its span where days are missing, computed from the days where they exist; no captured history
 * is dropped because some days exist.
 */
export function chartSeries(timeline: Timeline, from = -Infinity): TimelineSeries {
  const first = from === -Infinity ? '' : localDate(from);
  if (timeline.shape === 'flow' && timeline.days.length) {
    const range = windowsBeyondDays(timeline, from);
    if (range) {
      const { kind, points, disagreements } = windowSeries(timeline, range, first, 'windows');
      return { kind, range, points, ...(disagreements ? { disagreements } : {}) };
    }
  }
  // A flow's days count where the window has some: older ones depend on how far back was read.
  const daily = timeline.shape === 'flow' ? timeline.days.some((d) => d.date >= first) : anyImported(timeline);
  if (daily) {
    const days = timeline.days.filter((d) => d.date >= first);
    return { kind: 'daily', points: dayPoints(days), origin: daysOrigin(days) };
  }
  const { kind, range, points } = cardSeries(timeline, from);
  return { kind, ...(range ? { range } : {}), points: points.filter((p) => p.t >= from) };
}

/**
 * How far apart two points of a series may be and still be one line (a chart draws a gap beyond
 * it): windows whose spans touch (weekly captures of "last 7 days", a week apart) are one history,
 * however densely the days after them are drawn; undefined for the chart's own rule.
 */
export function joinedWithin(series: { kind?: TimelineSeries['kind']; range?: string }): number | undefined {
  const span = series.kind === 'windows' ? rollingDays(series.range) : undefined;
  return span === undefined ? undefined : (span + 1) * DAY_MS;
}

/** Whether the timeline holds anything at all (days or captures). */
export const hasValues = (timeline: Timeline) => timeline.days.length > 0 || timeline.readings.length > 0;
