// What views read, named here so they stay pure: the store (utils/history/timeline-reads.ts,
// historySource) answers with records of these shapes; tests hand over plain arrays.
import type { VideoCounter, VideoRow } from '../reader/snapshot';
import type { ActivityHour } from '../series/follower-activity';
import type { CapturedValue, TimelineMetric, TimelineRecords } from '../timeline/timeline-contract';

export interface AccountRecency {
  account: string;
  lastAt: number;
}

export interface VideoSummary {
  videoId: string;
  caption?: string;
  postedAt?: string;
  lastSeenAt: number;
  counters: Partial<Record<VideoCounter, number>>;
}

export interface ViewSource {
  /** Accounts, freshest first. */
  accounts(): Promise<AccountRecency[]>;
  /** Each metric's records from `from` on (all when undefined), with the newest two before a thin window. */
  timelines(account: string, metrics: readonly TimelineMetric[], from?: number): Promise<TimelineRecords[]>;
  videos(account: string): Promise<VideoSummary[]>;
  /** A video's lifetime views as captured (the posts list's counter, else its own page's). */
  videoViews(account: string, videoId: string, from?: number, to?: number): Promise<{ metric: 'views' | 'videoViews'; points: CapturedValue[] }>;
  /** The rows of the newest `n` captures of the posts list, newest first. */
  postsLists(account: string, n: number): Promise<VideoRow[][]>;
  activity(account: string): Promise<ActivityHour[]>;
}
