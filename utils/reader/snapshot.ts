// The snapshot contract (docs/snapshot-contract.md). Names here are public:
// tests, exports and the `extract` command speak them. Add fields freely, rename none.
// The metric keys and video counters live beside what each metric is (unit, signed, range-free,
// video counter), in the facts table utils/metrics/metric-facts.ts; the contract names them here too.
import type { MetricKey, VideoCounter } from '../metrics/metric-facts';
export { METRIC_KEYS, VIDEO_COUNTERS, type MetricKey, type VideoCounter } from '../metrics/metric-facts';

export const PAGE_KINDS = [
  'account-overview',
  'account-content',
  'account-viewers',
  'account-followers',
  'video-overview',
  'video-viewers',
  'video-engagement',
  'posts-list',
  'studio-home',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Above any real account's numbers (the largest have about 1e11 likes): such a value is an error. */
export const MAX_PLAUSIBLE = 1e12;

export const BREAKDOWN_KEYS = [
  'trafficSource',
  'gender',
  'age',
  'locations',
  'viewerTypes',
  'searchQueries',
] as const;
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number];

/** What one series of values is kept for: an account's metric or a video's counter. */
export type SeriesMetric = MetricKey | VideoCounter;

export type SnapshotRange = { days: number } | { start: string; end: string } | 'lifetime';

export interface VideoRow {
  videoId: string;
  caption?: string;
  /** ISO date when it can be known, else omitted. */
  postedAt?: string;
  /** The video's length, as its thumbnail on the posts list shows it. */
  durationSeconds?: number;
  views?: number;
  likes?: number;
  comments?: number;
  shares?: number;
  saves?: number;
  rounded?: VideoCounter[];
  pinned?: boolean;
  scheduled?: boolean;
}

export interface StudioSnapshot {
  page: PageKind;
  /** The page URL, as given. */
  url: string;
  /** Handle without '@', when the page shows it. */
  account?: string;
  /** Video pages: the numeric id from the URL. */
  videoId?: string;
  range?: SnapshotRange;
  /** Only values actually shown. Absent is never 0. */
  metrics: Partial<Record<MetricKey, number>>;
  /** Metrics the page showed abbreviated (12K, 4.6万). */
  rounded?: MetricKey[];
  /** ISO code for estimatedRewards, when shown. */
  currency?: string;
  /** Percents, 0–100. */
  breakdowns?: Partial<Record<BreakdownKey, Record<string, number>>>;
  /** List pages (posts-list, account-content). */
  videos?: VideoRow[];
  /** UI language detected, e.g. 'en', 'ja'. */
  locale?: string;
}
