// What the popup adds from TikTok Studio exports: a day-by-day chart where imported days exist,
// and the hours followers are most active. Read by popupData in the same round trip.
import { peakHours, type PeakHours } from '../series/follower-activity';
import { DAY_MS, type Point } from '../series/series-math';
import { isoDay } from '../import/export-dates';
import { DAILY_METRICS, type DailyMetric } from '../import/studio-files';
import type { LensDB } from './database';
import { getActivity, getDailySeries } from './save-import';
import type { SeriesMetric } from './records';

const isDailyMetric = (metric: SeriesMetric): metric is DailyMetric => (DAILY_METRICS as readonly string[]).includes(metric);

/** A day's point sits at local noon, so no time zone moves it onto a neighbouring day. */
export const dayPoint = (date: string, v: number): Point => ({ t: new Date(`${date}T12:00:00`).getTime(), v });

/**
 * The metric day by day over the window, when an export brought days for it (captured days join
 * and win); undefined when there is nothing imported, so the popup keeps its capture series.
 */
export async function dailyChart(db: LensDB, account: string, metric: SeriesMetric, days: number, now = Date.now()): Promise<Point[] | undefined> {
  if (!isDailyMetric(metric)) return undefined;
  const from = days ? isoDay(new Date(now - days * DAY_MS)) : undefined;
  const series = await getDailySeries(db, { account, metric, from });
  if (!series.some((p) => p.source === 'import')) return undefined;
  return series.map((p) => dayPoint(p.date, p.v));
}

/** The two hours of the day followers are most active, in this browser's time zone. */
export async function popupPeak(db: LensDB, account: string): Promise<PeakHours | undefined> {
  return peakHours(await getActivity(db, account));
}
