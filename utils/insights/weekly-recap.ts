// The weekly recap: this week against last week for each headline metric, from the creator's own
// captures. A running total (followers) gives a week's change as the difference of two values; a
// period total (Studio's "last 7 days" views) is itself the week's figure. Pure.
import { type Point } from '../series/series-math';
import { DAY_MS } from '../platform/days';

const WEEK_MS = 7 * DAY_MS;
/** How far a capture may sit from a week boundary and still stand for it. */
const TOLERANCE_MS = 1.5 * DAY_MS;

/** The value at `t`: interpolated between close captures around it, else the nearest close one. */
export function valueAt(points: Point[], t: number, tolerance = TOLERANCE_MS): number | undefined {
  let before: Point | undefined;
  let after: Point | undefined;
  for (const p of points) {
    if (p.t <= t) before = p;
    else {
      after = p;
      break;
    }
  }
  const near = (p?: Point) => p !== undefined && Math.abs(p.t - t) <= tolerance;
  if (near(before) && near(after)) return before!.v + ((after!.v - before!.v) * (t - before!.t)) / (after!.t - before!.t);
  if (near(before)) return before!.v;
  if (near(after)) return after!.v;
  return undefined;
}

export interface RecapSeries<M extends string = string> {
  metric: M;
  /**
   * Captures: 'total', a running total such as followers; 'week', each value already covers 7 days.
   * Days (one point per day, at its noon): 'dayTotal', the day's running total; 'dayFlow', what
   * happened that day. Weeks of days end on the newest day, not at `now`: Studio's newest day is
   * yesterday or the day before.
   */
  kind: 'total' | 'week' | 'dayTotal' | 'dayFlow';
  points: Point[];
}

export type RecapRow<M extends string = string> =
  | { metric: M; ready: true; thisWeek: number; lastWeek: number; /** Relative change; undefined when last week was 0. */ change?: number; approximate: boolean }
  | { metric: M; ready: false; missing: 'noCaptures' | 'noWeeklyTotals' }
  | { metric: M; ready: false; missing: 'outdated'; lastAt: number }
  | { metric: M; ready: false; missing: 'needsCaptureNear'; near: number };

/**
 * One row per series. The weeks end at `now`; the figures come from captures within a day and a
 * half of each boundary, so a creator who looks at Studio every few days gets a recap.
 */
export function weeklyRecap<M extends string>(series: Array<RecapSeries<M> | { metric: M; kind: 'other' }>, now: number): Array<RecapRow<M>> {
  return series.map((s): RecapRow<M> => {
    if (s.kind === 'other') return { metric: s.metric, ready: false, missing: 'noWeeklyTotals' };
    const { metric, points } = s;
    if (points.length === 0) return { metric, ready: false, missing: 'noCaptures' };
    if (s.kind === 'dayTotal' || s.kind === 'dayFlow') return dailyRow(metric, s.kind, points, now);
    const lastAt = points[points.length - 1].t;
    if (now - lastAt > TOLERANCE_MS) return { metric, ready: false, missing: 'outdated', lastAt };
    const approximate = points.some((p) => p.rounded && p.t >= now - 2 * WEEK_MS - TOLERANCE_MS);
    const at = (t: number) => valueAt(points, t);
    const boundaries = s.kind === 'total' ? [now, now - WEEK_MS, now - 2 * WEEK_MS] : [now, now - WEEK_MS];
    const values = boundaries.map(at);
    const gap = values.findIndex((v) => v === undefined);
    if (gap !== -1) return { metric, ready: false, missing: 'needsCaptureNear', near: boundaries[gap] };
    const [a, b, c] = values as number[];
    const [thisWeek, lastWeek] = s.kind === 'total' ? [a - b, b - c] : [a, b];
    return { metric, ready: true, thisWeek, lastWeek, change: lastWeek === 0 ? undefined : (thisWeek - lastWeek) / Math.abs(lastWeek), approximate };
  });
}

/** Days may end this long before `now` and still make this week: Studio's newest day lags up to two days. */
const DAYS_LAG_MS = 2.5 * DAY_MS;

function dailyRow<M extends string>(metric: M, kind: 'dayTotal' | 'dayFlow', points: Point[], now: number): RecapRow<M> {
  const end = points[points.length - 1].t;
  if (now - end > DAYS_LAG_MS) return { metric, ready: false, missing: 'outdated', lastAt: end };
  const approximate = points.some((p) => p.rounded && p.t > end - 2 * WEEK_MS - DAY_MS / 2);
  const finish = (thisWeek: number, lastWeek: number): RecapRow<M> => ({ metric, ready: true, thisWeek, lastWeek, change: lastWeek === 0 ? undefined : (thisWeek - lastWeek) / Math.abs(lastWeek), approximate });
  if (kind === 'dayTotal') {
    // A day's total stands for its neighbour when that one is missing.
    const boundaries = [end, end - WEEK_MS, end - 2 * WEEK_MS];
    const values = boundaries.map((t) => valueAt(points, t, 1.1 * DAY_MS));
    const gap = values.findIndex((v) => v === undefined);
    if (gap !== -1) return { metric, ready: false, missing: 'needsCaptureNear', near: boundaries[gap] };
    const [a, b, c] = values as number[];
    return finish(a - b, b - c);
  }
  // Sums of the 14 days ending on the newest: every one of them is needed.
  const byDay = new Map(points.map((p) => [Math.round((end - p.t) / DAY_MS), p.v]));
  for (let i = 0; i < 14; i++) if (!byDay.has(i)) return { metric, ready: false, missing: 'needsCaptureNear', near: end - i * DAY_MS };
  const sum = (first: number) => Array.from({ length: 7 }, (_, i) => byDay.get(first + i)!).reduce((x, y) => x + y, 0);
  return finish(sum(0), sum(7));
}
