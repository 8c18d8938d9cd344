// The one table of facts about each metric: one row per metric, and every list of metrics is made
// from it (the snapshot's metric keys, the popup's cards and chart, the dashboard's compare choices,
// the days an import brings, the UI's metric names). A row says what unit the metric has, whether
// it may be negative, whether it is a running total whatever period the page shows, which video
// counter it equals on a video's lifetime page, and where a view shows it. Reader, store,
// validation, badges and UI read it here (display names are UI strings: `metric_<key>` in
// public/_locales; what Studio's pages call it: utils/reader/vocabulary.ts). README: "Adding a metric".
export const VIDEO_COUNTERS = ['views', 'likes', 'comments', 'shares', 'saves'] as const;
export type VideoCounter = (typeof VIDEO_COUNTERS)[number];

export type MetricUnit = 'count' | 'amount' | 'seconds' | 'percent';

export interface MetricFacts {
  unit: MetricUnit;
  /** May be below zero (a net change); every other metric is ≥ 0. */
  signed?: true;
  /** A total that does not depend on the period shown (followers): one series for every range. */
  rangeFree?: true;
  /** On a video's lifetime page this metric is the video's own counter (the posts list shows the same). */
  counter?: VideoCounter;
  /** The popup: 'card' a headline card (and a chart choice), 'chart' a choice of its chart only. */
  popup?: 'card' | 'chart';
  /** A choice of the dashboard's compare chart. */
  compare?: true;
  /** A daily column of Studio's Download data: imported day by day, drawn in the dashboard's day chart. */
  daily?: true;
  /** How long a video is watched: said on a video's page (and written in the CSV like every value). */
  watch?: true;
}

/** The rows, in the order the snapshot contract lists its metrics. */
const METRIC_ROWS = {
  videoViews: { unit: 'count', counter: 'views', popup: 'card', compare: true, daily: true },
  profileViews: { unit: 'count', popup: 'card', compare: true, daily: true },
  likes: { unit: 'count', counter: 'likes', popup: 'card', compare: true, daily: true },
  comments: { unit: 'count', counter: 'comments', popup: 'chart', compare: true, daily: true },
  shares: { unit: 'count', counter: 'shares', popup: 'chart', compare: true, daily: true },
  saves: { unit: 'count', counter: 'saves' },
  estimatedRewards: { unit: 'amount', compare: true },
  followers: { unit: 'count', rangeFree: true, popup: 'card', compare: true, daily: true },
  netFollowers: { unit: 'count', signed: true, compare: true },
  newFollowers: { unit: 'count' },
  totalViewers: { unit: 'count', daily: true },
  newViewers: { unit: 'count', daily: true },
  returningViewers: { unit: 'count', daily: true },
  totalPlayTime: { unit: 'seconds', watch: true },
  averageWatchTime: { unit: 'seconds', watch: true },
  watchedFullVideo: { unit: 'percent', watch: true },
} as const satisfies Record<string, MetricFacts>;

export type MetricKey = keyof typeof METRIC_ROWS;
export const METRICS: Readonly<Record<MetricKey, MetricFacts>> = METRIC_ROWS;
/** Every metric, in the table's order. */
export const METRIC_KEYS = Object.keys(METRIC_ROWS) as readonly MetricKey[];

/** The metrics whose row holds every fact in `facts` (typed: `MetricWhere<{ daily: true }>`). */
export type MetricWhere<F extends Partial<MetricFacts>> = { [K in MetricKey]: (typeof METRIC_ROWS)[K] extends F ? K : never }[MetricKey];

const holds = (metric: MetricKey, facts: Partial<MetricFacts>) =>
  Object.entries(facts).every(([fact, value]) => METRICS[metric][fact as keyof MetricFacts] === value);

/** The metrics whose row holds every fact in `facts`, in the table's order. */
export function metricsWhere<const F extends Partial<MetricFacts>>(facts: F): Array<MetricWhere<F>> {
  return METRIC_KEYS.filter((m) => holds(m, facts)) as Array<MetricWhere<F>>;
}

/**
 * The same, in the order views list metrics: the running total (followers, the number a creator
 * looks for first) ahead, then the table's order.
 */
export function shownMetricsWhere<const F extends Partial<MetricFacts>>(facts: F): Array<MetricWhere<F>> {
  const found = metricsWhere(facts);
  return [...found.filter((m) => METRICS[m].rangeFree), ...found.filter((m) => !METRICS[m].rangeFree)];
}

/** The unit of a metric or of a video counter (counters are counts). */
export function unitOf(key: string): MetricUnit {
  return (METRICS as Record<string, MetricFacts | undefined>)[key]?.unit ?? 'count';
}

/** The metrics that are a video's own counters, in the order its header shows them: views, likes, comments, shares, saves. */
export const VIDEO_COUNTER_METRICS = METRIC_KEYS.filter((m) => METRICS[m].counter);
