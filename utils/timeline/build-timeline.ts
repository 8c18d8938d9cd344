// Records in, one timeline out: every candidate for a day competes by the precedence rule, and
// captures stay as taken beside the days. Pure.
import { METRICS } from '../metrics/metric-facts';
import type { Point } from '../series/series-math';
import { dayOutranks, provisionalAt, type DayCandidate } from './day-precedence';
import { toPoint } from './chart-point';
import type { DayValue, Timeline, TimelineMetric, TimelineRecords, TimelineShape } from './timeline-contract';
import { localDate, noonOf } from '../platform/days';

const ONE_DAY_RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

export const shapeOf = (metric: TimelineMetric): TimelineShape => (METRICS[metric].rangeFree ? 'level' : 'flow');

/** The day a one-day custom range covers, else undefined. */
export function oneDayOf(range: string): string | undefined {
  const m = ONE_DAY_RANGE.exec(range);
  return m && m[1] === m[2] ? m[1] : undefined;
}

export function buildTimeline(records: TimelineRecords): Timeline {
  const shape = shapeOf(records.metric);
  const best = new Map<string, { candidate: DayCandidate; day: DayValue }>();
  const offer = (candidate: DayCandidate, day: DayValue) => {
    const held = best.get(day.date);
    if (!held || dayOutranks(candidate, held.candidate)) best.set(day.date, { candidate, day });
  };
  for (const r of records.imported) {
    offer(
      { source: 'import', asOf: r.exportedAt, provisional: r.provisional, value: r.value },
      { date: r.date, t: noonOf(r.date), v: r.value, source: 'import', asOf: r.exportedAt, ...(r.provisional ? { provisional: true as const } : {}) },
    );
  }
  for (const r of records.studio ?? []) {
    offer(
      { source: 'studio', asOf: r.receivedAt, provisional: r.provisional, value: r.value },
      { date: r.date, t: noonOf(r.date), v: r.value, source: 'studio', asOf: r.receivedAt, ...(r.provisional ? { provisional: true as const } : {}) },
    );
  }
  // Oldest first; captures of one moment in one order whatever order the records came in.
  const readings = [...records.captured].sort((a, b) => a.t - b.t || (a.range < b.range ? -1 : a.range > b.range ? 1 : 0) || a.v - b.v || Number(!!a.rounded) - Number(!!b.rounded));
  for (const c of readings) {
    // A running total read live is that day's count at that moment: nothing left to count. A
    // one-day range is the day's amount, provisional while Studio still counts it.
    const date = shape === 'level' ? (c.range === 'lifetime' ? localDate(c.t) : undefined) : oneDayOf(c.range);
    if (!date) continue;
    const provisional = shape === 'flow' && provisionalAt(date, c.t);
    offer(
      { source: 'capture', asOf: c.t, provisional, rounded: c.rounded, value: c.v },
      { date, t: noonOf(date), v: c.v, source: 'capture', asOf: c.t, ...(provisional ? { provisional: true as const } : {}), ...(c.rounded ? { rounded: true as const } : {}) },
    );
  }
  const days = [...best.values()].map((b) => b.day).sort((a, b) => (a.date < b.date ? -1 : 1));
  return { account: records.account, metric: records.metric, shape, days, readings };
}

/** Days as chart points. */
export const dayPoints = (days: DayValue[]): Point[] => days.map(toPoint);

/** Whether an import or Studio's own data brought any of these days (else they all come from captures). */
export const anyImported = (timeline: Timeline) => timeline.days.some((d) => d.source !== 'capture');
