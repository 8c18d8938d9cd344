// What the dashboard draws of timelines: the compare chart (a metric or a video, the same series the
// popup's chart picks, over all time) and the day-by-day history.
import { buildTimeline } from '../timeline/build-timeline';
import { toPoint } from '../timeline/chart-point';
import { dayStart } from '../platform/days';
import type { DaySource, TimelineMetric } from '../timeline/timeline-contract';
import { METRICS, shownMetricsWhere } from '../metrics/metric-facts';
import { chartSeries, type TimelineSeries } from './timeline-series';
import { rollingDays, windowTotals, type Disagreement } from './window-totals';
import { COMMON_RANGES } from '../timeline/timeline-contract';
import type { AccountRecency, BreakdownReading, ViewSource } from './view-source';
import { BREAKDOWN_KEYS, type BreakdownKey } from '../reader/snapshot';

/** The compare chart's metric choices: the metric-facts rows with `compare: true`. */
export const COMPARE_METRICS: readonly TimelineMetric[] = shownMetricsWhere({ compare: true });
export const VIDEO_PREFIX = 'video:';
/** A metric of the account, or `video:<id>` for one video's views. */
export type CompareKey = TimelineMetric | `${typeof VIDEO_PREFIX}${string}`;

export async function compareSeries(source: ViewSource, account: string, key: CompareKey): Promise<TimelineSeries> {
  if (key.startsWith(VIDEO_PREFIX)) {
    const { points } = await source.videoViews(account, key.slice(VIDEO_PREFIX.length));
    return { kind: 'captures', range: 'lifetime', points: points.map(toPoint) };
  }
  const [records] = await source.timelines(account, [key as TimelineMetric]);
  return chartSeries(buildTimeline(records));
}

/** What the dashboard opens on: the accounts, newest first, and the newest one's first compare series. */
export interface DashboardOpeningData {
  accounts: AccountRecency[];
  first?: { account: string; key: CompareKey; series: TimelineSeries };
}

/**
 * The dashboard's opening in one answer: its series needs the account, which would be a second round
 * trip. `likely`: the account it opened on last time, whose series is read beside the accounts (a
 * wrong guess costs a read, never the answer).
 */
export async function dashboardOpening(source: ViewSource, key: CompareKey, likely?: string): Promise<DashboardOpeningData> {
  const early = likely ? compareSeries(source, likely, key) : undefined;
  early?.catch(() => undefined); // a wrong guess is dropped, its failure with it
  const accounts = await source.accounts();
  const account = accounts.find((a) => a.account)?.account;
  if (!account) return { accounts };
  return { accounts, first: { account, key, series: await (account === likely ? early! : compareSeries(source, account, key)) } };
}

export interface DailyPoint {
  /** YYYY-MM-DD */
  date: string;
  /** Where the day sits on a chart: its local noon (the timeline's day point). */
  t: number;
  v: number;
  /** Where the day's winning value came from (the timeline's precedence rule). */
  source: DaySource;
  provisional?: true;
}

/**
 * A metric day by day from `from` (YYYY-MM-DD) on: the timeline's days, imported or from captures
 * that determine a day (the follower total, a one-day range), each the winner of its day.
 */
export async function dailySeries(source: ViewSource, account: string, metric: TimelineMetric, from?: string): Promise<DailyPoint[]> {
  const [records] = await source.timelines(account, [metric], from === undefined ? undefined : dayStart(from));
  return buildTimeline(records)
    .days.filter((d) => !from || d.date >= from)
    .map((d) => ({ date: d.date, t: d.t, v: d.v, source: d.source, ...(d.provisional ? { provisional: true as const } : {}) }));
}

/** A disagreement with the metric it is about. */
export type MetricDisagreement = Disagreement & { metric: TimelineMetric };

/**
 * Every window, of every flow the dashboard compares, whose captured total and imported days
 * disagree beyond Studio's rounding: "Your data" lists them with both values, newest first.
 */
export async function disagreementsOf(source: ViewSource, account: string): Promise<MetricDisagreement[]> {
  const flows = COMPARE_METRICS.filter((m) => !METRICS[m].rangeFree);
  const out: MetricDisagreement[] = [];
  for (const records of await source.timelines(account, flows)) {
    const timeline = buildTimeline(records);
    if (!timeline.days.some((d) => d.source === 'import')) continue;
    for (const range of COMMON_RANGES.filter((r) => rollingDays(r) !== undefined && timeline.readings.some((c) => c.range === r))) {
      out.push(...windowTotals(timeline.days, timeline.readings, range).disagreements.map((d) => ({ metric: records.metric, ...d })));
    }
  }
  return out.sort((a, b) => (a.through > b.through ? -1 : a.through < b.through ? 1 : 0));
}

export interface BreakdownRow {
  label: string;
  /** Percent, as Studio showed it. */
  share: number;
  /** Percentage points since the oldest reading of the same breakdown (when there are two). */
  shift?: number;
}

/** One breakdown as last read: its rows, largest first, what period it covered and when; `since`: the reading `shift` is against. */
export interface BreakdownCard {
  key: BreakdownKey;
  at: number;
  range: string;
  rows: BreakdownRow[];
  since?: number;
}

export interface BreakdownsView {
  /** The account's pages: traffic sources, search queries, gender, age, locations, viewer types. */
  account: BreakdownCard[];
  /** Each video whose own pages showed some, newest reading first. */
  videos: Array<{ videoId: string; cards: BreakdownCard[] }>;
}

/** A breakdown's latest reading among `readings` (oldest first), and how each row moved since the oldest. */
function breakdownCard(readings: BreakdownReading[], key: BreakdownKey): BreakdownCard | undefined {
  const read = readings.filter((r) => r.breakdowns[key] && Object.keys(r.breakdowns[key]!).length);
  const [oldest, latest] = [read[0], read[read.length - 1]];
  if (!latest) return undefined;
  const moved = oldest !== latest;
  const rows = Object.entries(latest.breakdowns[key]!)
    .sort((a, b) => b[1] - a[1])
    .map(([label, share]) => ({ label, share, ...(moved ? { shift: Math.round((share - (oldest.breakdowns[key]![label] ?? 0)) * 10) / 10 } : {}) }));
  return { key, at: latest.at, range: latest.range, rows, ...(moved ? { since: oldest.at } : {}) };
}

/** Everything Studio's pages showed as shares: where views come from, what was searched, who watches. */
export async function breakdownsView(source: ViewSource, account: string): Promise<BreakdownsView> {
  const readings = (await source.breakdowns?.(account)) ?? [];
  const cardsOf = (list: BreakdownReading[]) => BREAKDOWN_KEYS.map((key) => breakdownCard(list, key)).filter((c): c is BreakdownCard => c !== undefined);
  const byVideo = new Map<string, BreakdownReading[]>();
  for (const r of readings) if (r.videoId) byVideo.set(r.videoId, [...(byVideo.get(r.videoId) ?? []), r]);
  const videos = [...byVideo].map(([videoId, list]) => ({ videoId, cards: cardsOf(list), at: list[list.length - 1].at })).sort((a, b) => b.at - a.at);
  return { account: cardsOf(readings.filter((r) => !r.videoId)), videos: videos.map(({ videoId, cards }) => ({ videoId, cards })) };
}
