// What Creator Lens reads from TikTok Studio's own data responses (the calls Studio's pages make
// themselves). The reader is pure: it is handed
// a request URL and a parsed body and says what exact values they hold, or why it cannot tell.
import type { MetricKey } from '../metrics/metric-facts';
import { readAnalyticsInsights } from './analytics-insights-reader';
import { readDataInsight } from './data-insight-reader';
import { studioDataCallOf } from './studio-data-call';
import { mergeInto, oneLine } from './studio-data-values';

/** A day (YYYY-MM-DD, the creator's local day per the request's tz_offset) or an hour of one (YYYY-MM-DDTHH). */
export type DayOrHourKey = string;

export interface StudioDataRead {
  /** metric → YYYY-MM-DD → value. */
  account: Partial<Record<MetricKey, Record<string, number>>>;
  /**
   * video id → metric → YYYY-MM-DD or YYYY-MM-DDTHH → value. Studio's "realtime" video values (finish
   * rate, watch times, new followers) are the video's totals so far: keyed by the local day they were
   * read, and always provisional.
   */
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

/** One response a Studio page received, as the content script forwards it (the background reads it). */
export interface StudioResponse {
  /** The request's URL: one of Studio's data calls the reader knows (`isStudioDataUrl`); it says which days the values cover. */
  url: string;
  /** When the page had the response (epoch ms). */
  receivedAt: number;
  /** The body, parsed as JSON. */
  body: unknown;
}

/**
 * What the content script sends of one page's data calls (`saveStudioResponses`): the responses as
 * received, unread, and who the page says is signed in and which videos it shows as theirs. The
 * background reads them (`studioDataBatch`) and keeps only that account's own videos.
 */
export interface StudioPageResponses {
  /** The signed-in creator's handle, from the page (its embedded context, or the capture of its text). */
  account: string;
  /** Video ids the page shows as the creator's: the video page's own id, the posts the page lists. */
  ownVideos: string[];
  responses: StudioResponse[];
}

/** What the background saves of one page's responses: its reads, for the signed-in account. */
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
  /** What the background left out of a page's responses, and why (saveStudioResponses only; absent when nothing was). */
  notes?: string[];
}

export const emptyStudioDataRead = (): StudioDataRead => ({ account: {}, videos: {}, retention: {}, activity: {}, provisional: [] });

// The observer's filter lives with the call recogniser, so the page's world can load it without the readers.
export { isStudioDataUrl } from './studio-data-call';

/**
 * Reads one response. `url` is the request's URL (it says which days the values cover); `now` is
 * when the response arrived (epoch ms), used when the response does not carry its own moment.
 * Never throws: what it cannot read is a note, or the reason it read nothing.
 */
export function readStudioData(input: { url: string; body: unknown; now?: number }): StudioDataResult {
  try {
    const call = studioDataCallOf(input.url);
    if (!call) return { ok: false, reason: `not a Studio data call this reader knows: ${oneLine(String(input.url))}` };
    return call.family === 'data-insight' ? readDataInsight(call, input.body, input.now) : readAnalyticsInsights(call, input.body);
  } catch (error) {
    // A hostile object (a getter that throws, a revoked proxy) reads as nothing.
    return { ok: false, reason: `could not read the response: ${oneLine(String((error as Error)?.message ?? error))}` };
  }
}

/** Several responses as one read: a final value beats a provisional one; otherwise `b` (the newer) wins. */
export function mergeStudioData(a: StudioDataRead, b: StudioDataRead): StudioDataRead {
  const merged = emptyStudioDataRead();
  mergeInto(merged, a);
  mergeInto(merged, b);
  return merged;
}
