// What Creator Lens reads from TikTok Studio's own data responses (the calls Studio's pages make
// themselves). The reader is pure: it is handed
// a request URL and a parsed body and says what exact values they hold, or why it cannot tell.
import type { MetricKey } from '../metrics/metric-facts';

/** A day (YYYY-MM-DD, the creator's local day per the request's tz_offset) or an hour of one (YYYY-MM-DDTHH). */
export type DayOrHourKey = string;

export interface StudioDataRead {
  /** metric → YYYY-MM-DD → value. */
  account: Partial<Record<MetricKey, Record<string, number>>>;
  /** video id → metric → YYYY-MM-DD or YYYY-MM-DDTHH → value. */
  videos: Record<string, Partial<Record<MetricKey, Record<DayOrHourKey, number>>>>;
  /** video id → [seconds into the video, percent of viewers still watching (0–100)], by seconds. */
  retention: Record<string, Array<[number, number]>>;
  /** YYYY-MM-DD → hour 0–23 → followers active. */
  activity: Record<string, Record<number, number>>;
  /**
   * Dotted keys of values Studio had not finished counting: "account.videoViews.2026-12-06",
   * "videos.<id>.videoViews.2026-12-06T13", "activity.2026-12-06.13".
   */
  provisional: string[];
}

export type StudioDataResult = { ok: true; read: StudioDataRead; notes: string[] } | { ok: false; reason: string };

/** What the content script forwards to the background: one page's validated reads, for the signed-in account. */
export interface StudioDataBatch {
  account: string;
  /** When the page received the newest response in the batch (epoch ms). */
  receivedAt: number;
  read: StudioDataRead;
}

/** What the store says it kept of a batch. */
export interface StudioDataSaved {
  /** Values written or replaced (a final value over a provisional one); 0 when the batch held nothing new. */
  saved: number;
}

export const emptyStudioDataRead = (): StudioDataRead => ({ account: {}, videos: {}, retention: {}, activity: {}, provisional: [] });
