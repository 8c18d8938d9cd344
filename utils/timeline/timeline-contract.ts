// The timeline contract: the one history every view reads, per account and metric.
//
// TikTok Studio reaches Creator Lens three ways. A capture is what a Studio page showed at a moment:
// a running total (followers) or a period's total ("video views, last 7 days"). An import is Studio's
// Download data: one value per day. Studio's own data is what its pages load (the exact days, each
// marked final or not yet). A timeline holds them side by side:
//   - `days`: one value per calendar day, from Studio's data, an import, or a capture that
//     determines a day (a running total captured that day; a one-day custom range). When several
//     values claim a day, ONE rule picks the winner (`dayOutranks` in day-precedence.ts): a settled
//     value beats a provisional one (Studio is still counting its newest days), an exact one beats a
//     value Studio rounded (12.3K), Studio's own final day beats every other source, a capture beats
//     an import (the creator saw it), and then the later one wins (two exports disagreeing: the later
//     export; two of one moment: the larger value). A provisional day from Studio's data is replaced
//     when its final value arrives; until then a settled capture or import of that day stays. An
//     import's or a capture's provisional value settles at the local midnight four days on, counted
//     in dates; Studio's data says itself whether a day is final.
//   - `readings`: every capture of the metric as taken, any period, oldest first: the period totals
//     that remain where no days exist, and the moments behind each captured day.
// The store only stores records (imported days as exports stated them, Studio's days as its data
// stated them, captured points); it never resolves them. `buildTimeline` does, and views read timelines, never the records.
import type { MetricKey } from '../reader/snapshot';

/** Account-level metrics: what a timeline is kept for. */
export type TimelineMetric = MetricKey;

/**
 * 'level': a running total (followers): a day's value is the count that day, a week's change is a
 * difference. 'flow': a day's value is what happened that day (views): a period's total is a sum.
 */
export type TimelineShape = 'level' | 'flow';

/** One day's value as an export stated it (the store keeps the best one per day and metric). */
export interface ImportedDay {
  /** YYYY-MM-DD, the day as Studio wrote it. */
  date: string;
  value: number;
  /** When Studio made the export. */
  exportedAt: number;
  /** One of the export's newest days, which Studio had not finished counting. */
  provisional?: true;
}

/** One day's value as Studio's own data stated it (the store keeps the best one per day and metric). */
export interface StudioDay {
  /** YYYY-MM-DD, the creator's local day. */
  date: string;
  value: number;
  /** When the page received the response. */
  receivedAt: number;
  /** Studio had not finished counting the day. */
  provisional?: true;
}

/** The periods Studio offers, as a capture's `range` names them; a custom range ('YYYY-MM-DD..YYYY-MM-DD') is read by its dates. */
export const COMMON_RANGES: readonly string[] = ['7d', '28d', '60d', '365d', 'default', 'lifetime'];

/** One captured value of the metric: what the page showed at `t` for the period `range`. */
export interface CapturedValue {
  t: number;
  v: number;
  /** 'lifetime' for running totals, '7d', '28d', …, or a custom 'YYYY-MM-DD..YYYY-MM-DD'. */
  range: string;
  rounded?: true;
}

/** An account the store holds timelines for, and when it last heard of it (its newest capture, else its latest import). */
export interface AccountRecency {
  account: string;
  lastAt: number;
}

/** What the store answers for one account and metric over a window: records, unresolved. */
export interface TimelineRecords {
  account: string;
  metric: TimelineMetric;
  imported: ImportedDay[];
  captured: CapturedValue[];
  /** Days from Studio's own data (none when absent). */
  studio?: StudioDay[];
}

export type DaySource = 'import' | 'capture' | 'studio';

/** The winning value of one day. */
export interface DayValue {
  date: string;
  /** The day's local noon: no time zone moves it onto a neighbouring day on a time axis. */
  t: number;
  v: number;
  source: DaySource;
  /** When the winning value was known (the export's moment, or the capture's): the freshest reading of a window wins. */
  asOf: number;
  provisional?: true;
  rounded?: true;
}

export interface Timeline {
  account: string;
  metric: TimelineMetric;
  shape: TimelineShape;
  /** One value per day, oldest first, each the winner of its day. */
  days: DayValue[];
  /** Every capture as taken, oldest first. */
  readings: CapturedValue[];
}
