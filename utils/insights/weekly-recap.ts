// The weekly recap: this week against last week for each headline metric, from the creator's own
// captures. A running total (followers) gives a week's change as the difference of two values; a
// period total (Studio's "last 7 days" views) is itself the week's figure. Pure.
import { DAY_MS, type Point } from '../series/series-math';

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
  /** 'total': a running total such as followers; 'week': each value already covers 7 days. */
  kind: 'total' | 'week';
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
