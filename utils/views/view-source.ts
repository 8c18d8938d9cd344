// What views read, named here so they stay pure: the store (utils/history/timeline-reads.ts,
// historySource) answers with records of these shapes; tests hand over plain arrays. Pages read
// these shapes too (through the views or the protocol), never the store's records.
import type { BreakdownKey, PageKind, SeriesMetric, VideoCounter, VideoRow } from '../reader/snapshot';
import type { ActivityHour } from '../series/follower-activity';
import type { AccountRecency, CapturedValue, TimelineMetric, TimelineRecords } from '../timeline/timeline-contract';
import type { VideoValue } from './video-page-view';

export type { AccountRecency };

/** One video of an account as every page shows it: its latest lifetime counters and what is known of it. */
export interface VideoSummary {
  videoId: string;
  caption?: string;
  postedAt?: string;
  durationSeconds?: number;
  scheduled?: boolean;
  lastSeenAt: number;
  counters: Partial<Record<VideoCounter, number>>;
  /** The counters Studio showed rounded (12.3K). */
  rounded?: VideoCounter[];
}

/** One capture's breakdowns (shares in percent, as Studio showed them), with the page, video and period they came from. */
export interface BreakdownReading {
  at: number;
  page: PageKind;
  videoId?: string;
  /** The period the page showed ('7d', 'lifetime', a custom range…). */
  range: string;
  breakdowns: Partial<Record<BreakdownKey, Record<string, number>>>;
}

export interface ViewSource {
  /** Accounts, freshest first. */
  accounts(): Promise<AccountRecency[]>;
  /** Each metric's records from `from` on (all when undefined), with the newest two before a thin window. */
  timelines(account: string, metrics: readonly TimelineMetric[], from?: number): Promise<TimelineRecords[]>;
  videos(account: string): Promise<VideoSummary[]>;
  /** A video's lifetime views as captured (the posts list's counter, else its own page's). */
  videoViews(account: string, videoId: string, from?: number, to?: number): Promise<{ metric: 'views' | 'videoViews'; points: CapturedValue[] }>;
  /** One lifetime value of a video (a counter, or its own page's metric) at each capture from `from` to `to`, oldest first. */
  videoSeries(account: string, videoId: string, metric: SeriesMetric, from?: number, to?: number): Promise<CapturedValue[]>;
  /** The rows of the newest `n` captures of the posts list, newest first. */
  postsLists(account: string, n: number): Promise<VideoRow[][]>;
  activity(account: string): Promise<ActivityHour[]>;
  /** The account's captures that showed breakdowns, oldest first (a source without them has none). */
  breakdowns?(account: string): Promise<BreakdownReading[]>;
  /** A video's values from Studio's own data (days and hours); absent where a source keeps none. */
  studioVideo?(account: string, videoId: string): Promise<{ values: VideoValue[] }>;
}
