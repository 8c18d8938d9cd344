// A video's first hours and days in `/aweme/v2/data/insight/`: arrays of {status, value?, date_key?}
// counted from the moment the video was posted (docs/studio-data.md, "Per-video hours and days").
// No entry says its hour. A TikTok video id carries the moment it was made (its top 32 bits are
// Unix seconds), so the id dates the entries, in the request's local time (tz_offset).
import type { MetricKey } from '../metrics/metric-facts';
import { addDays, HOUR_MS } from '../platform/days';
import { isPlainObject, own } from './studio-data-call';
import {
  inMetricUnit, localDayOf, plural, putVideo, readCell, studioValueCheck, tallyNote, type ReadInProgress,
} from './studio-data-values';

/** Hour i is the local clock hour holding the posting time, plus i hours; day i is the local posting day, plus i days. */
type Step = 'hour' | 'day';

/** The per-video arrays read, the metric each fills, and the most entries one may hold (KOR-N: 48 hours, 7 days). */
export const VIDEO_HISTORIES: Record<string, { metric: MetricKey; step: Step; maxEntries: number }> = {
  video_vv_history_48_hours: { metric: 'videoViews', step: 'hour', maxEntries: 48 },
  video_vv_history_7d: { metric: 'videoViews', step: 'day', maxEntries: 7 },
  video_like_history_7d: { metric: 'likes', step: 'day', maxEntries: 7 },
  video_comment_history_7d: { metric: 'comments', step: 'day', maxEntries: 7 },
  video_shares_history_7d: { metric: 'shares', step: 'day', maxEntries: 7 },
  video_favorites_history_7d: { metric: 'saves', step: 'day', maxEntries: 7 },
  video_new_followers_history_7d: { metric: 'newFollowers', step: 'day', maxEntries: 7 },
  // A fraction per day, written as a percent like every finish rate.
  video_finish_rate_history_7d: { metric: 'watchedFullVideo', step: 'day', maxEntries: 7 },
};

/** When the response was made (epoch ms) and the request's offset east of UTC (seconds). */
export interface ResponseMoment {
  nowMs: number;
  offsetSeconds: number;
}

/** TikTok's ids, and Studio's data, start after 2016: an id that says earlier is not a video's. */
const EARLIEST_POST_MS = Date.UTC(2016, 0, 1);

/** The moment a TikTok video id was made (epoch ms): its top 32 bits are Unix seconds. */
export function madeAtOfVideoId(videoId: string): number {
  return Number(BigInt(videoId) >> 32n) * 1000;
}

/** Studio's own day for an entry, YYYYMMDD or YYYY-MM-DD, as YYYY-MM-DD; null for any other text or an impossible date. */
export function dayOfDateKey(dateKey: unknown): string | null {
  const text = typeof dateKey === 'string' ? dateKey : typeof dateKey === 'number' ? String(dateKey) : '';
  const parts = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  if (!parts || (text.length === 10) !== text.includes('-')) return null;
  const day = `${parts[1]}-${parts[2]}-${parts[3]}`;
  const parsed = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== day ? null : day;
}

/**
 * The local clock hour `index` hours after the one holding `postedMs`, at a fixed offset: its key
 * (YYYY-MM-DDTHH) and the instant it starts. One offset for all 48, so no clock change doubles or skips an hour.
 */
function hourAfterPosting(postedMs: number, offsetSeconds: number, index: number): { key: string; startsAt: number } {
  const offsetMs = offsetSeconds * 1000;
  const localStart = Math.floor((postedMs + offsetMs) / HOUR_MS) * HOUR_MS + index * HOUR_MS;
  return { key: new Date(localStart).toISOString().slice(0, 13), startsAt: localStart - offsetMs };
}

type Tally = Record<'pending' | 'broken' | 'unknown-status' | 'future' | 'unreadable-date-key' | 'other-day' | 'twice', number>;

/**
 * Reads one per-video array. Nothing is read when the response's moment is not known, when the
 * video id does not say a time between 2016 and the response, or when the array is longer than
 * the hours or days it stands for; an entry in the future of the response is not read.
 */
export function readVideoHistory(progress: ReadInProgress, name: string, videoId: string, value: unknown, moment: ResponseMoment | null) {
  if (moment === null) return;
  const { metric, step, maxEntries } = VIDEO_HISTORIES[name];
  const postedMs = madeAtOfVideoId(videoId);
  if (!(postedMs >= EARLIEST_POST_MS && postedMs <= moment.nowMs)) {
    progress.notes.push(`${name}: the video id ${videoId} does not say a time between 2016 and the response: not read`);
    return;
  }
  if (!Array.isArray(value) || value.length > maxEntries) {
    progress.notes.push(`${name}: ${Array.isArray(value) ? `${value.length} entries, more than ${maxEntries}` : 'not a list'}: not read`);
    return;
  }
  const { offsetSeconds, nowMs } = moment;
  const today = localDayOf(nowMs, offsetSeconds);
  const postingDay = localDayOf(postedMs, offsetSeconds);
  const valid = studioValueCheck(metric);
  const tally: Tally = { pending: 0, broken: 0, 'unknown-status': 0, future: 0, 'unreadable-date-key': 0, 'other-day': 0, twice: 0 };
  const found = new Map<string, { value: number; provisional: boolean }>();
  const twice = new Set<string>();
  value.forEach((entry, index) => {
    if (!isPlainObject(entry)) return void (tally.broken += 1);
    const dateKey = own(entry, 'date_key');
    const studioDay = dateKey === undefined ? undefined : dayOfDateKey(dateKey);
    if (studioDay === null) return void (tally['unreadable-date-key'] += 1);
    let key: string;
    let future: boolean;
    if (step === 'hour') {
      const hour = hourAfterPosting(postedMs, offsetSeconds, index);
      // Studio's day cannot name an hour: it can only confirm the day the count gives.
      if (studioDay !== undefined && studioDay !== hour.key.slice(0, 10)) return void (tally['other-day'] += 1);
      key = hour.key;
      future = hour.startsAt > nowMs;
    } else {
      // Studio's own day, when it sends one, wins over the count from the posting day.
      key = studioDay ?? addDays(postingDay, index);
      future = key > today;
    }
    if (future) return void (tally.future += 1);
    const cell = readCell(own(entry, 'status'), own(entry, 'value'), 0, valid);
    if (cell.kind !== 'final' && cell.kind !== 'provisional') return void (tally[cell.kind] += 1);
    // Two entries for one day (by Studio's date_key): which is right is not known, so neither is read.
    if (found.has(key)) twice.add(key);
    found.set(key, { value: inMetricUnit(metric, cell.value), provisional: cell.kind === 'provisional' });
  });
  for (const [key, cell] of found) {
    if (twice.has(key)) tally.twice += 1;
    else putVideo(progress, videoId, metric, key, cell.value, cell.provisional);
  }
  const note = tallyNote(name, tally, [
    tally.future ? `${plural(tally.future, step)} after the response` : '',
    tally['unreadable-date-key'] ? `${plural(tally['unreadable-date-key'], 'entry', 'entries')} whose date_key is not YYYYMMDD or YYYY-MM-DD` : '',
    tally['other-day'] ? `${plural(tally['other-day'], 'hour')} whose date_key names another day than the posting time gives` : '',
    tally.twice ? `${plural(tally.twice, step)} sent twice by date_key` : '',
  ]);
  if (note) progress.notes.push(note);
}
