// What the popup draws, from timelines: headline cards and the chart. Reads go through a
// ViewSource (the popup hands over the store's; tests hand over arrays), only the window's.
import { buildTimeline } from '../timeline/build-timeline';
import { toPoint } from '../timeline/chart-point';
import type { DaySource, Timeline, TimelineMetric } from '../timeline/timeline-contract';
import { changeSince, type Point } from '../series/series-math';
import { DAY_MS, localDate, noonOf } from '../platform/days';
import type { VideoCounter } from '../reader/snapshot';
import { shownMetricsWhere, type MetricWhere } from '../metrics/metric-facts';
import { madeOfStudioDays, unconfirmedWindows, type UnconfirmedWindow } from '../timeline/window-check';
import { cardSeries, chartSeries, hasValues, type ComparedWith, type DaysOrigin } from './timeline-series';
import type { Disagreement } from './window-totals';
import type { AccountRecency, ViewSource } from './view-source';

/** The popup's headline cards: the metric-facts rows with `popup: 'card'`. */
export type HeadlineMetric = MetricWhere<{ popup: 'card' }>;
export const HEADLINE_METRICS: readonly HeadlineMetric[] = shownMetricsWhere({ popup: 'card' });
/** What the popup's chart offers, headline metrics first, then the rows with `popup: 'chart'`. */
export const CHART_METRICS: readonly TimelineMetric[] = [...HEADLINE_METRICS, ...shownMetricsWhere({ popup: 'chart' })];
export type PopupMetric = TimelineMetric | VideoCounter;

export interface PopupQuery {
  account?: string;
  /** Chart metric; an account metric, or a video counter with `videoId`. */
  metric?: PopupMetric;
  videoId?: string;
  /** Window in days; 0 for all. */
  days?: number;
  /**
   * Opening the popup: `account` and `metric` are a remembered choice, kept only while they still
   * have data; otherwise the account and metric with the freshest values are shown, over a
   * window that holds some of them.
   */
  auto?: boolean;
  /**
   * The account the popup showed last: its reads start before the accounts are listed. Only a
   * guess: when another account is the one to show, that one is read instead.
   */
  likelyAccount?: string;
}

export interface Card {
  metric: HeadlineMetric;
  /** The period each value covers ('lifetime' for totals, '7d' for "views in the last 7 days"). */
  range?: string;
  /** 'daily' when the values come from days (imported or captured), else each is a capture. */
  kind?: 'daily';
  latest?: Point;
  /** The last day the latest value covers (YYYY-MM-DD) and where it came from: a capture, or days an import or Studio's own data brought. */
  latestFrom?: { through: string; source: DaySource };
  /** The latest value's change against `comparedWith`: the previous window of the same length, the capture before, or the day before. */
  sincePrevious?: number;
  comparedWith?: ComparedWith;
  overWindow?: number;
  spark: Point[];
  /** The newest window of `range` in the chart's window whose captured total Studio's own exact days did not confirm (both values, to say). */
  unconfirmed?: UnconfirmedWindow;
  /** The latest value is made wholly of Studio's own exact days (a card says so). */
  exactFromStudio?: true;
  /** The newest window whose capture and imported days disagree beyond Studio's rounding. */
  disagreement?: Disagreement;
}

export interface PopupData {
  accounts: AccountRecency[];
  account?: string;
  lastCapturedAt?: number;
  cards: Card[];
  /**
   * `days`: the window drawn (0 for all), which the popup may have widened to show older values.
   * `kind`: 'daily' when the points are days, 'windows' when each is the total of the period
   * `range` ending that day (from days where known, as captured where not), else each point is a
   * capture of the period `range`. `origin`: for days, where they came from.
   */
  chart: { metric: PopupMetric; videoId?: string; range?: string; days: number; points: Point[]; kind?: 'daily' | 'windows'; origin?: DaysOrigin };
}

/** The card of one headline timeline over the window from `from`: like with like, and what it shows from when. */
export function cardOf(metric: HeadlineMetric, timeline: Timeline, from?: number): Card {
  const series = cardSeries(timeline, from);
  const window = from === undefined ? series.points : series.points.filter((p) => p.t >= from);
  const latest = series.points[series.points.length - 1];
  const exactFromStudio = series.kind === 'daily' && latest !== undefined && !latest.rounded && madeOfStudioDays(timeline, series.range, localDate(latest.t));
  const unconfirmed = unconfirmedWindows(timeline).filter((w) => w.range === series.range && (from === undefined || noonOf(w.through) >= from)).pop();
  const disagreement = series.disagreements?.filter((d) => from === undefined || noonOf(d.through) >= from).pop();
  return {
    metric,
    range: series.range,
    ...(series.kind === 'daily' ? { kind: 'daily' as const } : {}),
    latest,
    ...(series.latest ? { latestFrom: series.latest } : {}),
    sincePrevious: latest && series.previous ? latest.v - series.previous.v : undefined,
    ...(latest && series.previous ? { comparedWith: series.previous.comparedWith } : {}),
    overWindow: changeSince(window, from ?? -Infinity),
    spark: window.slice(-60),
    ...(disagreement ? { disagreement } : {}),
    ...(unconfirmed ? { unconfirmed } : {}),
    ...(exactFromStudio ? { exactFromStudio: true as const } : {}),
  };
}

/** Flows' weekly totals need the week before the window's first day, whole (a day more: clocks move an hour). */
const readFrom = (from: number | undefined) => (from === undefined ? undefined : from - 8 * DAY_MS);

interface ChartChoice {
  metric: PopupMetric;
  videoId?: string;
}

async function chartMetricOf(source: ViewSource, account: string, query: PopupQuery, cards: Card[], timelines: Map<string, Timeline>, from: number | undefined): Promise<ChartChoice> {
  const requested = query.metric ?? 'followers';
  if (!query.auto) return { metric: requested, videoId: query.videoId };
  const card = cards.find((c) => c.metric === requested);
  const hasData = card ? card.latest !== undefined : hasValues(await timelineOf(source, account, requested as TimelineMetric, from, timelines));
  if (query.metric && hasData) return { metric: requested };
  const freshest = cards.filter((c) => c.latest).sort((a, b) => b.latest!.t - a.latest!.t)[0];
  if (freshest) return { metric: freshest.metric };
  // Only video pages captured so far: the video seen most recently.
  const [video] = (await source.videos(account)).filter((v) => v.counters.views !== undefined).sort((a, b) => b.lastSeenAt - a.lastSeenAt);
  return video ? { metric: 'views', videoId: video.videoId } : { metric: requested };
}

async function timelineOf(source: ViewSource, account: string, metric: TimelineMetric, from: number | undefined, known: Map<string, Timeline>): Promise<Timeline> {
  const held = known.get(metric);
  if (held) return held;
  const [records] = await source.timelines(account, [metric], readFrom(from));
  const timeline = buildTimeline(records);
  known.set(metric, timeline);
  return timeline;
}

/** The cards and the chart over a window of `days` (0 for all); `older`: the chart has values before the window. */
async function popupView(source: ViewSource, account: string, query: PopupQuery, days: number, now: number): Promise<Pick<PopupData, 'cards' | 'chart'> & { older: boolean }> {
  const from = days ? now - days * DAY_MS : undefined;
  const timelines = new Map<string, Timeline>();
  for (const records of await source.timelines(account, HEADLINE_METRICS, readFrom(from))) timelines.set(records.metric, buildTimeline(records));
  const cards = HEADLINE_METRICS.map((m) => cardOf(m, timelines.get(m)!, from));
  const { metric, videoId } = await chartMetricOf(source, account, query, cards, timelines, from);
  if (videoId) {
    const video = await source.videoViews(account, videoId, from);
    const points = video.points.map(toPoint);
    return { cards, chart: { metric: query.auto ? video.metric : metric, videoId, range: 'lifetime', days, points }, older: false };
  }
  const timeline = await timelineOf(source, account, metric as TimelineMetric, from, timelines);
  const series = chartSeries(timeline, from);
  return {
    cards,
    chart: {
      metric,
      days,
      points: series.points,
      ...(series.range ? { range: series.range } : {}),
      ...(series.kind !== 'captures' ? { kind: series.kind } : {}),
      ...(series.origin ? { origin: series.origin } : {}),
    },
    older: hasValues(timeline),
  };
}

export async function popupData(source: ViewSource, query: PopupQuery, now = Date.now()): Promise<PopupData> {
  const days = query.days ?? 30;
  const readView = (account: string) => popupView(source, account, query, days, now);
  const likely = query.account ?? query.likelyAccount;
  const early = likely === undefined ? undefined : readView(likely);
  early?.catch(() => undefined); // a wrong guess is dropped, its failure with it
  // Captures from before any page showed the handle belong to '': shown only while no named account exists.
  const all = await source.accounts();
  const named = all.filter((a) => a.account);
  const accounts = named.length ? named : all;
  const chosen = accounts.find((a) => a.account === query.account) ?? accounts[0];
  if (!chosen) return { accounts, cards: [], chart: { metric: query.metric ?? 'followers', days, points: [] } };
  const account = chosen.account;
  const view = await (account === likely ? early! : readView(account));
  // Opening on values older than the window: the window widens to show them.
  const { cards, chart } = query.auto && view.chart.days !== 0 && !view.chart.points.length && view.older ? await popupView(source, account, query, 0, now) : view;
  return { accounts, account, lastCapturedAt: chosen.lastAt, cards, chart };
}
