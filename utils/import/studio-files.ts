// The Studio export contract's shapes (../shared/spec/studio-export-contract.md). Names are public:
// the read-export command prints them. Metric names are the snapshot contract's.

export const DAILY_METRICS = [
  'videoViews', 'profileViews', 'likes', 'comments', 'shares', 'followers', 'totalViewers', 'newViewers', 'returningViewers',
] as const;
export type DailyMetric = (typeof DAILY_METRICS)[number];
export type DayValues = Partial<Record<DailyMetric, number>>;

export interface ActivityHour {
  date: string;
  hour: number;
  activeFollowers: number;
}

export interface Audience {
  gender?: Partial<Record<'male' | 'female' | 'other', number>>;
  territories?: Record<string, number>;
}

export interface ExportVideo {
  videoId: string;
  caption: string;
  postedAt?: string;
  views?: number;
  likes?: number;
  comments?: number;
  shares?: number;
}

/** The contract's JSON: only values the files hold. */
export interface StudioExport {
  account?: string;
  days: Record<string, DayValues>;
  followerActivity?: ActivityHour[];
  audience?: Audience;
  videos?: ExportVideo[];
}

/** One zip or CSV as read, with what its name tells (the store keeps this per import). */
export interface StudioFilePart extends StudioExport {
  name: string;
  /** The export moment, from the `<number>` of a Studio zip name (Unix seconds), in ms. */
  exportedAt?: number;
  /** CSV files recognised, e.g. ['Overview.csv', 'FollowerHistory.csv']. */
  files: string[];
}
