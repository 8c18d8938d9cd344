// The CSV export: every value the store holds, one row each, marked by where it came from: a
// capture (its moment and period), a day imported from TikTok Studio (the export's moment, and
// the day as a one-day period), or Studio's own data (when the page received it; a day as a
// one-day period, an hour as YYYY-MM-DDTHH, a retention point as its second, active followers per
// hour), and shares (traffic sources, searches, audience) as percent rows. Formulas in text are defused by toCsv.
import type { AudienceRecord, DailyRecord } from './imported-days';
import type { MetricPoint } from './records';
import { STUDIO_SOURCE, type StudioDataBackup } from './studio-data-records';

export const CSV_HEADER = ['capturedAt', 'account', 'videoId', 'metric', 'range', 'value', 'rounded', 'source'];

type Row = Array<string | number | boolean>;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const iso = (t: number) => new Date(t).toISOString();
const studioMark = (r: { provisional?: true }) => (r.provisional ? `${STUDIO_SOURCE} (provisional)` : STUDIO_SOURCE);
/** A day as a one-day period; an hour as it is keyed. */
const periodOf = (at: string) => (at.length === 10 ? `${at}..${at}` : at);

/** Studio's own data, one row per value, in key order. */
export function studioCsvRows(studio: StudioDataBackup | undefined): Row[] {
  if (!studio) return [];
  return [
    ...[...studio.days]
      .sort((a, b) => byText(a.account, b.account) || byText(a.date, b.date) || byText(a.metric, b.metric))
      .map((d) => [iso(d.receivedAt), d.account, '', d.metric, periodOf(d.date), d.value, false, studioMark(d)]),
    ...[...studio.videoValues]
      .sort((a, b) => byText(a.account, b.account) || byText(a.videoId, b.videoId) || byText(a.metric, b.metric) || byText(a.at, b.at))
      .map((v) => [iso(v.receivedAt), v.account, v.videoId, v.metric, periodOf(v.at), v.value, false, studioMark(v)]),
    ...studio.retention.flatMap((c) => c.points.map(([s, p]) => [iso(c.receivedAt), c.account, c.videoId, 'retention', `${s}s`, p, false, STUDIO_SOURCE])),
    ...studio.activity.map((a) => [iso(a.receivedAt), a.account, '', 'activeFollowers', `${a.date}T${String(a.hour).padStart(2, '0')}`, a.activeFollowers, false, studioMark(a)]),
  ];
}

export function csvRows(points: MetricPoint[], days: DailyRecord[], studio?: StudioDataBackup): Row[] {
  return [
    ...points.map((p) => [new Date(p.capturedAt).toISOString(), p.account, p.videoId, p.metric, p.range, p.value, Boolean(p.rounded), 'capture']),
    ...[...days]
      .sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : a.metric < b.metric ? -1 : 1))
      .map((d) => [new Date(d.exportedAt).toISOString(), d.account, '', d.metric, `${d.date}..${d.date}`, d.value, false, d.provisional ? 'import (provisional)' : 'import']),
    ...studioCsvRows(studio),
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
