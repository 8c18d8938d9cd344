// Reads `/aweme/v2/data/insight/`: the request's `type_requests` is a JSON array of
// {"insigh_type": <name>, …} (TikTok's spelling) and the response has one top-level key per name.
// Account histories carry no dates: the request's days/end_days and tz_offset, and the moment of the
// response, say which local day each entry is (docs/studio-data.md, "Which local day").
import type { MetricKey } from '../metrics/metric-facts';
import { addDays, HOUR_MS } from '../platform/days';
import type { StudioDataResult } from './studio-data-contract';
import { hasOwn, integerParam, isPlainObject, own, type StudioDataCall } from './studio-data-call';
import {
  daysEndingOn, finishRead, inMetricUnit, isCount, isFraction, isInstantMs, isVideoId, localDayOf, noTypeRead, openResponse, percentOf,
  putAccount, putVideo, quoted, readCell, startRead, studioValueCheck, tallyNote, type ReadInProgress,
} from './studio-data-values';
import { readVideoHistory, VIDEO_HISTORIES, type ResponseMoment } from './video-histories';

/** Daily account histories: arrays of {status, value}, oldest first, one entry per requested day. */
const DAILY_HISTORIES: Record<string, MetricKey> = {
  vv_history: 'videoViews',
  pv_history: 'profileViews',
  like_history: 'likes',
  comment_history: 'comments',
  share_history: 'shares',
  // The total at the end of each day (a running total, not a change).
  follower_num_history: 'followers',
  // The day's net change: the only one that may be negative (its row says signed).
  net_follower_history: 'netFollowers',
};

/**
 * A video's values so far ("realtime"): {value: {status, value}, is_data_delay}, except new followers,
 * which is {status, value}. The finish rate arrives as a fraction; watch times in seconds.
 */
const VIDEO_SO_FAR: Record<string, { metric: MetricKey; wrapped: boolean }> = {
  video_finish_rate_realtime: { metric: 'watchedFullVideo', wrapped: true },
  video_per_duration_realtime: { metric: 'averageWatchTime', wrapped: true },
  video_total_duration_realtime: { metric: 'totalPlayTime', wrapped: true },
  video_new_followers: { metric: 'newFollowers', wrapped: false },
};

const FOLLOWERS_NOW = 'follower_num';
const RETENTION = 'video_retention_rate_realtime';
/** Read only to check that the response is about the video the request named. */
const VIDEO_INFO = 'video_info';

/** Types seen in Studio's calls that are left out, and why (docs/studio-data.md, "Not known"). */
const LEFT_OUT: Record<string, string> = {
  // Studio's "compared with your previous post": another video's views, and the response does not say which video.
  previous_video_vv_history_7d: 'the views of another video (the previous post), which the response does not name',
  follower_active_history_hours: 'which day each entry is, and whether hour 0 is local time, is not publicly known',
  follower_active_history_days: 'its shape is not publicly known',
  // The viewers tab's daily histories: asked like the account histories, but no body shows them.
  unique_viewer: 'its shape is not publicly known',
  new_viewer: 'its shape is not publicly known',
  returning_viewer: 'its shape is not publicly known',
  viewer_active_history_days: 'its shape is not publicly known',
  viewer_active_history_hours: 'its shape is not publicly known',
  reached_audience_history: 'no metric of the snapshot contract is known to match it',
  video_traffic_source_percent_realtime: 'traffic sources are a breakdown, not part of this read',
};

const MAX_DAYS = 1500;
/** One point per second: 20 000 is over five hours of video. */
const MAX_RETENTION_POINTS = 20_000;
/** Offsets east of UTC run from −12 h to +14 h, in quarter hours. */
const MAX_OFFSET_SECONDS = 14 * 3600;
/** The response's own clock and the arrival time may differ by a delay, never by more than a day. */
const CLOCKS_APART_MS = 36 * HOUR_MS;

/** The type names this family reads; every other name is said in a note. */
const READ_TYPES = new Set([...Object.keys(DAILY_HISTORIES), ...Object.keys(VIDEO_SO_FAR), ...Object.keys(VIDEO_HISTORIES), FOLLOWERS_NOW, RETENTION]);
const KNOWN_TYPES = new Set([...READ_TYPES, ...Object.keys(LEFT_OUT), VIDEO_INFO]);

export function readDataInsight(call: StudioDataCall, response: unknown, arrivedAt: number | undefined): StudioDataResult {
  const opened = openResponse(call, response, 'insigh_type', true);
  if (!('body' in opened)) return opened;
  const { body, requests, types: names } = opened;
  if (!names.some((name) => typeof name === 'string' && READ_TYPES.has(name))) return noTypeRead(names);

  const progress = startRead();
  const calendar = calendarOf(call, body, arrivedAt, progress.notes);
  const asked = new Set<string>();
  for (const [i, request] of requests.entries()) {
    const name = names[i];
    if (typeof name !== 'string' || !KNOWN_TYPES.has(name)) {
      progress.notes.push(name === undefined ? 'a type request with no insigh_type: not read' : `${quoted(name)}: not a type this reader knows`);
      continue;
    }
    if (asked.has(name)) {
      progress.notes.push(`${name}: asked twice in one request, read once`);
      continue;
    }
    asked.add(name);
    if (hasOwn(LEFT_OUT, name)) {
      progress.notes.push(`${name}: left out: ${LEFT_OUT[name]}`);
      continue;
    }
    if (name === VIDEO_INFO) continue;
    const value = own(body, name);
    if (value === undefined || value === null) {
      progress.notes.push(`${name}: ${value === null ? 'Studio sent no data (null)' : 'asked for, not in the response'}`);
      continue;
    }
    if (hasOwn(DAILY_HISTORIES, name)) readDailyHistory(progress, name, request, value, calendar);
    else if (name === FOLLOWERS_NOW) readFollowersNow(progress, value, calendar);
    else {
      const videoId = own(request, 'aweme_id');
      if (!isVideoId(videoId)) progress.notes.push(`${name}: aweme_id ${quoted(videoId)} is not a video id: not read`);
      else if (!sameVideo(body, videoId)) progress.notes.push(`${name}: video_info names another video than ${videoId}: not read`);
      else if (name === RETENTION) readRetention(progress, videoId, value);
      else if (hasOwn(VIDEO_HISTORIES, name)) readVideoHistory(progress, name, videoId, value, calendar.moment());
      else readVideoSoFar(progress, name, videoId, value, calendar);
    }
  }
  return finishRead(progress);
}

/** The local days a response's values belong to, worked out once per response. */
interface ResponseCalendar {
  /** When the response was made, at the request's offset, or null (why is said once, in a note). */
  moment(): ResponseMoment | null;
  /** The creator's local day when the response was made, or null (why is said once, in a note). */
  today(): string | null;
  /** `count` local days, oldest first, the last of them `endDays` before today; null when today is not known. */
  daysEnding(endDays: number, count: number): string[] | null;
}

/**
 * Today is the local day of `extra.now` (epoch ms), or else of the arrival time, at the request's
 * `tz_offset` (seconds east of UTC). Histories of one request share their days: each list is made once.
 */
function calendarOf(call: StudioDataCall, body: Record<string, unknown>, arrivedAt: number | undefined, notes: string[]): ResponseCalendar {
  let known: ResponseMoment | null | undefined;
  const lists = new Map<string, string[]>();
  const moment = () => (known === undefined ? (known = momentOf(call, body, arrivedAt, notes)) : known);
  const today = () => {
    const at = moment();
    return at === null ? null : localDayOf(at.nowMs, at.offsetSeconds);
  };
  return {
    moment,
    today,
    daysEnding(endDays, count) {
      const day = today();
      if (day === null) return null;
      const key = `${endDays}/${count}`;
      if (!lists.has(key)) lists.set(key, daysEndingOn(addDays(day, -endDays), count));
      return lists.get(key) ?? null;
    },
  };
}

function momentOf(call: StudioDataCall, body: Record<string, unknown>, arrivedAt: number | undefined, notes: string[]): ResponseMoment | null {
  const offset = integerParam(call, 'tz_offset');
  if (offset === undefined || Math.abs(offset) > MAX_OFFSET_SECONDS || offset % 900 !== 0) {
    notes.push('the request has no tz_offset in seconds east of UTC: no day could be dated');
    return null;
  }
  const extra = own(body, 'extra');
  const stamped = isPlainObject(extra) ? own(extra, 'now') : undefined;
  if (stamped !== undefined && !isInstantMs(stamped)) notes.push(`extra.now ${quoted(stamped)} is not an instant in ms: not used`);
  const arrived = isInstantMs(arrivedAt) ? arrivedAt : undefined;
  const now = isInstantMs(stamped) ? stamped : arrived;
  if (now === undefined) {
    notes.push('the response has no extra.now and no arrival time was given: no day could be dated');
    return null;
  }
  if (arrived !== undefined && Math.abs(now - arrived) > CLOCKS_APART_MS) {
    notes.push('extra.now and the arrival time are more than a day apart: no day could be dated');
    return null;
  }
  return { nowMs: now, offsetSeconds: offset };
}

/** The last entry is (local today − end_days); the ones before it, one day each, back to the first. */
function readDailyHistory(progress: ReadInProgress, name: string, request: Record<string, unknown>, value: unknown, calendar: ResponseCalendar) {
  const metric = DAILY_HISTORIES[name];
  const days = own(request, 'days');
  const endDays = own(request, 'end_days');
  if (!isCount(days) || days < 1 || days > MAX_DAYS || !isCount(endDays) || endDays > MAX_DAYS) {
    progress.notes.push(`${name}: the request gives no days and end_days: not read`);
    return;
  }
  if (!Array.isArray(value) || value.length !== days) {
    progress.notes.push(`${name}: ${Array.isArray(value) ? `${value.length} entries` : 'not a list'} for days=${days}: not read`);
    return;
  }
  const dates = calendar.daysEnding(endDays, days);
  if (dates === null) return;
  const valid = studioValueCheck(metric);
  const tally = { pending: 0, broken: 0, 'unknown-status': 0 };
  value.forEach((entry, i) => {
    const cell = isPlainObject(entry)
      ? readCell(own(entry, 'status'), own(entry, 'value'), 0, valid)
      : ({ kind: 'broken' } as const);
    if (cell.kind === 'final' || cell.kind === 'provisional') putAccount(progress, metric, dates[i], cell.value, cell.kind === 'provisional');
    else tally[cell.kind] += 1;
  });
  const note = tallyNote(name, tally);
  if (note) progress.notes.push(note);
}

/** `follower_num`: the live total now, so today's value, not final until the day ends. */
function readFollowersNow(progress: ReadInProgress, value: unknown, calendar: ResponseCalendar) {
  const cell = isPlainObject(value) ? readCell(own(value, 'status'), own(value, 'value'), 0, studioValueCheck('followers')) : ({ kind: 'broken' } as const);
  if (cell.kind !== 'final' && cell.kind !== 'provisional') {
    progress.notes.push(`${FOLLOWERS_NOW}: ${cell.kind === 'pending' ? 'not ready yet' : 'not a value it could hold'}`);
    return;
  }
  const day = calendar.today();
  if (day !== null) putAccount(progress, 'followers', day, cell.value, true);
}

/** Is the response about `videoId`? Only `video_info.aweme_id` can say otherwise. */
function sameVideo(body: Record<string, unknown>, videoId: string): boolean {
  const info = own(body, VIDEO_INFO);
  const id = isPlainObject(info) ? own(info, 'aweme_id') : undefined;
  return id === undefined || id === videoId;
}

/** {value: {status?, list: [{timestamp: "<ms>", value: <fraction>}…]}}: a point per second, as [s, %]. */
function readRetention(progress: ReadInProgress, videoId: string, value: unknown) {
  const cell = isPlainObject(value) ? own(value, 'value') : undefined;
  if (!isPlainObject(cell)) {
    progress.notes.push(`${RETENTION}: not a curve it could read`);
    return;
  }
  const status = own(cell, 'status');
  if (status !== undefined && status !== 0) {
    progress.notes.push(`${RETENTION}: not ready yet (status ${typeof status === 'number' ? status : quoted(status)})`);
    return;
  }
  const list = own(cell, 'list');
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_RETENTION_POINTS) {
    progress.notes.push(`${RETENTION}: ${Array.isArray(list) ? `${list.length} points` : 'no list of points'}: not read`);
    return;
  }
  const curve: Array<[number, number]> = [];
  for (const point of list) {
    const ms = isPlainObject(point) ? millisecondsOf(own(point, 'timestamp')) : undefined;
    const fraction = isPlainObject(point) ? own(point, 'value') : undefined;
    if (ms === undefined || !isFraction(fraction) || (curve.length > 0 && ms / 1000 <= curve[curve.length - 1][0])) {
      progress.notes.push(`${RETENTION}: a point is not [milliseconds, fraction 0–1] in order: the curve is not read`);
      return;
    }
    curve.push([ms / 1000, percentOf(fraction)]);
  }
  progress.read.retention[videoId] = curve;
}

/** Timestamps arrive as strings of digits ("3000"); a whole number is taken too. */
function millisecondsOf(stamp: unknown): number | undefined {
  if (typeof stamp === 'string' && /^\d{1,9}$/.test(stamp)) return Number(stamp);
  return isCount(stamp) && stamp < 1e9 ? stamp : undefined;
}

function readVideoSoFar(progress: ReadInProgress, name: string, videoId: string, value: unknown, calendar: ResponseCalendar) {
  const { metric, wrapped } = VIDEO_SO_FAR[name];
  const inner = wrapped && isPlainObject(value) ? own(value, 'value') : value;
  const cell = isPlainObject(inner) ? readCell(own(inner, 'status'), own(inner, 'value'), 0, studioValueCheck(metric)) : ({ kind: 'broken' } as const);
  if (cell.kind !== 'final' && cell.kind !== 'provisional') {
    progress.notes.push(`${name}: ${cell.kind === 'pending' ? 'not ready yet' : cell.kind === 'broken' ? 'not a value it could hold' : 'a status it does not know'}`);
    return;
  }
  const day = calendar.today();
  // A total so far keeps changing: it is today's value, never final.
  if (day !== null) putVideo(progress, videoId, metric, day, inMetricUnit(metric, cell.value), true);
}
