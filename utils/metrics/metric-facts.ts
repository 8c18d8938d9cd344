// The one table of facts about each metric: what unit it has, whether it may be negative,
// whether it is a running total whatever period the page shows, and which video counter it
// equals on a video's lifetime page. Reader, store, validation, badges and UI read it here
// (display names are UI strings: utils/platform/i18n.ts).
export const METRIC_KEYS = [
  'videoViews',
  'profileViews',
  'likes',
  'comments',
  'shares',
  'saves',
  'estimatedRewards',
  'followers',
  'netFollowers',
  'newFollowers',
  'totalViewers',
  'newViewers',
  'returningViewers',
  'totalPlayTime',
  'averageWatchTime',
  'watchedFullVideo',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export const VIDEO_COUNTERS = ['views', 'likes', 'comments', 'shares', 'saves'] as const;
export type VideoCounter = (typeof VIDEO_COUNTERS)[number];

export type MetricUnit = 'count' | 'amount' | 'seconds' | 'percent';

export interface MetricFacts {
  unit: MetricUnit;
  /** May be below zero (a net change); every other metric is ≥ 0. */
  signed: boolean;
  /** A total that does not depend on the period shown (followers): one series for every range. */
  rangeFree: boolean;
  /** On a video's lifetime page this metric is the video's own counter (the posts list shows the same). */
  counter?: VideoCounter;
}

const count = (extra: Partial<MetricFacts> = {}): MetricFacts => ({ unit: 'count', signed: false, rangeFree: false, ...extra });

export const METRICS: Readonly<Record<MetricKey, MetricFacts>> = {
  videoViews: count({ counter: 'views' }),
  profileViews: count(),
  likes: count({ counter: 'likes' }),
  comments: count({ counter: 'comments' }),
  shares: count({ counter: 'shares' }),
  saves: count({ counter: 'saves' }),
  estimatedRewards: { unit: 'amount', signed: false, rangeFree: false },
  followers: count({ rangeFree: true }),
  netFollowers: count({ signed: true }),
  newFollowers: count(),
  totalViewers: count(),
  newViewers: count(),
  returningViewers: count(),
  totalPlayTime: { unit: 'seconds', signed: false, rangeFree: false },
  averageWatchTime: { unit: 'seconds', signed: false, rangeFree: false },
  watchedFullVideo: { unit: 'percent', signed: false, rangeFree: false },
};

/** The unit of a metric or of a video counter (counters are counts). */
export function unitOf(key: string): MetricUnit {
  return (METRICS as Record<string, MetricFacts | undefined>)[key]?.unit ?? 'count';
}

/** The metrics that are a video's own counters, in the order its header shows them: views, likes, comments, shares, saves. */
export const VIDEO_COUNTER_METRICS = (Object.keys(METRICS) as MetricKey[]).filter((m) => METRICS[m].counter);
