// The CSV export: every value the store holds, one row each, marked by where it came from: a
// capture (its moment and period) or a day imported from TikTok Studio (the export's moment, and
// the day as a one-day period). Formulas in text are defused by toCsv.
import type { AudienceRecord, DailyRecord } from './imported-days';
import type { MetricPoint } from './records';

export const CSV_HEADER = ['capturedAt', 'account', 'videoId', 'metric', 'range', 'value', 'rounded', 'source'];

export function csvRows(points: MetricPoint[], days: DailyRecord[]): Array<Array<string | number | boolean>> {
  return [
    ...points.map((p) => [new Date(p.capturedAt).toISOString(), p.account, p.videoId, p.metric, p.range, p.value, Boolean(p.rounded), 'capture']),
    ...[...days]
      .sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : a.metric < b.metric ? -1 : 1))
      .map((d) => [new Date(d.exportedAt).toISOString(), d.account, '', d.metric, `${d.date}..${d.date}`, d.value, false, d.provisional ? 'import (provisional)' : 'import']),
  ];
}

/**
 * Shares as rows too (percent, metric `<breakdown>:<label>`): each capture's breakdowns (traffic
 * sources, search queries, gender, age, locations) and each import's audience picture.
 */
export function shareRows(
  captured: Array<{ at: number; account: string; videoId?: string; range: string; breakdowns: Record<string, Record<string, number> | undefined> }>,
  audience: AudienceRecord[],
): Array<Array<string | number | boolean>> {
  const rows: Array<Array<string | number | boolean>> = [];
  for (const c of captured) {
    for (const [key, shares] of Object.entries(c.breakdowns)) for (const [label, v] of Object.entries(shares ?? {})) rows.push([new Date(c.at).toISOString(), c.account, c.videoId ?? '', `${key}:${label}`, c.range, v, false, 'capture (percent)']);
  }
  for (const a of audience) {
    for (const [key, shares] of [['gender', a.gender], ['locations', a.territories]] as const) for (const [label, v] of Object.entries(shares ?? {})) rows.push([new Date(a.takenAt).toISOString(), a.account, '', `${key}:${label}`, 'lifetime', v ?? '', false, 'import (percent)']);
  }
  return rows;
}
