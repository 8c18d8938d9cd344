// The Studio export contract's shapes (docs/studio-export-contract.md). Names are public:
// the read-export command prints them. Metric names are the snapshot contract's.
import { metricsWhere, type MetricWhere } from '../metrics/metric-facts';

/** The metrics Studio's Download data has a daily column of: the metric-facts rows with `daily: true`. */
export const DAILY_METRICS: readonly DailyMetric[] = metricsWhere({ daily: true });
export type DailyMetric = MetricWhere<{ daily: true }>;
export type DayValues = Partial<Record<DailyMetric, number>>;

/** One hour of follower activity as an export file states it (hours as the file wrote them); the store adds the account and export time. */
export interface StudioActivityHour {
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
  followerActivity?: StudioActivityHour[];
  audience?: Audience;
  videos?: ExportVideo[];
}

/** What a file's reading left out or changed, for the preview: where, and why. */
export type ReadNoteKind =
  | 'date' // a row whose date cannot be read or placed: left out
  | 'hour' // a follower-activity row whose hour cannot be read: left out
  | 'cell' // a cell that cannot be read (not a number, not a day): that value left out
  | 'row' // a row whose columns do not line up (broken quoting): left out
  | 'repaired' // a row whose title broke the quoting, read by its video link
  | 'videoLink' // a content row without a numeric video id: left out
  | 'caption' // captions longer than the limit, shortened (count)
  | 'columns' // columns this reader does not know, not read (text: their names)
  | 'noValues' // a file with Studio's columns but no value in any row (text: what its cells say)
  | 'exportTime' // rows dated after the export time the file's name gives (text: the newest day): the name may be wrong
  | 'more'; // further notes of the same file, not listed (count)

export interface ReadNote {
  kind: ReadNoteKind;
  /** The file (a zip's entry as `zip › entry`). */
  file: string;
  /** 1-based line of a CSV, or row of a sheet. */
  line?: number;
  /** The column's header as the file writes it. */
  column?: string;
  /** The cell or names concerned, shortened. */
  text?: string;
  count?: number;
}

/** One zip or CSV as read, with what its name tells (the store keeps this per import). */
export interface StudioFilePart extends StudioExport {
  name: string;
  /** The export moment, from the `<number>` of a Studio zip name (Unix seconds), in ms. */
  exportedAt?: number;
  /** CSV or XLSX files recognised, e.g. ['Overview.csv', 'FollowerHistory.csv']. */
  files: string[];
  /** What was left out or changed while reading (absent when nothing was). Not sent to the store. */
  notes?: ReadNote[];
}
