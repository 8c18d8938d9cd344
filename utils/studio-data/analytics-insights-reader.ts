// Reads `/tiktok/v1/analytics/insights/`: the request's `type_requests` is a JSON array of
// {"insight_type": <number>, "data_date_range": <code>}; the response has one key per type, and each
// day of a series says its own date (`message.timestamp`, epoch seconds at UTC midnight) and whether
// it is final (`message.status` 1) (docs/studio-data.md, "Numbered types").
import type { MetricKey } from '../metrics/metric-facts';
import type { StudioDataResult } from './studio-data-contract';
import { hasOwn, isPlainObject, own, type StudioDataCall } from './studio-data-call';
import {
  finishRead, isCount, noTypeRead, openResponse, putAccount, quoted, readCell, startRead, studioValueCheck, tallyNote, type ReadInProgress,
} from './studio-data-values';

/** Numbered types whose `list` is a daily series, the response key each answers under, and the metric. */
const DAILY_SERIES: Record<number, { key: string; metric: MetricKey }> = {
  121: { key: 'analytics_overview_views', metric: 'videoViews' },
  122: { key: 'analytics_overview_profile_views', metric: 'profileViews' },
  123: { key: 'analytics_overview_likes', metric: 'likes' },
  124: { key: 'analytics_overview_comments', metric: 'comments' },
  125: { key: 'analytics_overview_shares', metric: 'shares' },
  140: { key: 'analytics_viewer_new_viewer', metric: 'newViewers' },
  141: { key: 'analytics_viewer_total_viewer', metric: 'totalViewers' },
  // The total at the end of each day.
  160: { key: 'analytics_follower_total_followers', metric: 'followers' },
  161: { key: 'analytics_follower_net_followers', metric: 'netFollowers' },
};

/** Types seen in Studio's calls that are left out, and why (docs/studio-data.md, "Not known"). */
const LEFT_OUT: Record<number, string> = {
  126: 'only a window total of rewards is publicly known, not its days',
  127: 'traffic sources are a breakdown, not a daily value',
  145: 'the shape of active days is not publicly known',
  146: 'whether hour 0 is local time is not publicly known',
};

const DAY_SECONDS = 86_400;
const MAX_DAYS = 1500;
/** Day stamps Studio could send: 2016 to 2100. */
const EARLIEST_S = Date.UTC(2016, 0, 1) / 1000;
const LATEST_S = Date.UTC(2100, 0, 1) / 1000;

export function readAnalyticsInsights(call: StudioDataCall, response: unknown): StudioDataResult {
  // Each day carries its own stamp, so no time_offset is needed; only status_code 0 is OK (no body of this family lacks it).
  const opened = openResponse(call, response, 'insight_type', false);
  if (!('body' in opened)) return opened;
  const { body, types } = opened;
  if (!types.some((type) => typeof type === 'number' && hasOwn(DAILY_SERIES, type))) return noTypeRead(types);

  const progress = startRead();
  const asked = new Set<number>();
  for (const type of types) {
    if (typeof type !== 'number' || !(hasOwn(DAILY_SERIES, type) || hasOwn(LEFT_OUT, type))) {
      progress.notes.push(type === undefined ? 'a type request with no insight_type: not read' : `insight_type ${typeof type === 'number' ? type : quoted(type)}: not a type this reader knows`);
      continue;
    }
    if (asked.has(type)) continue;
    asked.add(type);
    if (hasOwn(LEFT_OUT, type)) {
      progress.notes.push(`insight_type ${type}: left out: ${LEFT_OUT[type]}`);
      continue;
    }
    readDailySeries(progress, DAILY_SERIES[type], own(body, DAILY_SERIES[type].key));
  }
  return finishRead(progress);
}

/** `list.value`: [{value, message: {status, timestamp}}…], a day each; `total` and the changes are windows, not read. */
function readDailySeries(progress: ReadInProgress, series: (typeof DAILY_SERIES)[number], value: unknown) {
  const { key, metric } = series;
  if (value === undefined || value === null) {
    progress.notes.push(`${key}: ${value === null ? 'Studio sent no data (null)' : 'asked for, not in the response'}`);
    return;
  }
  const list = isPlainObject(value) ? own(value, 'list') : undefined;
  const entries = isPlainObject(list) ? own(list, 'value') : undefined;
  if (!Array.isArray(entries) || entries.length > MAX_DAYS) {
    progress.notes.push(`${key}: ${Array.isArray(entries) ? `${entries.length} days` : 'no list of days'}: not read`);
    return;
  }
  if (entries.length === 0) {
    progress.notes.push(`${key}: no days yet`);
    return;
  }
  const valid = studioValueCheck(metric);
  const tally = { pending: 0, broken: 0, 'unknown-status': 0 };
  // A day sent twice with two readings is not trusted: null.
  const byDay = new Map<string, { value: number; provisional: boolean } | null>();
  for (const entry of entries) {
    const message = isPlainObject(entry) ? own(entry, 'message') : undefined;
    const day = isPlainObject(message) ? dayOfStamp(own(message, 'timestamp')) : undefined;
    if (!isPlainObject(entry) || !isPlainObject(message) || day === undefined) {
      tally.broken += 1;
      continue;
    }
    const cell = readCell(own(message, 'status'), own(entry, 'value'), 1, valid);
    if (cell.kind !== 'final' && cell.kind !== 'provisional') {
      tally[cell.kind] += 1;
      continue;
    }
    const reading = { value: cell.value, provisional: cell.kind === 'provisional' };
    const prior = byDay.get(day);
    const same = prior && prior.value === reading.value && prior.provisional === reading.provisional;
    byDay.set(day, prior === undefined || same ? reading : null);
  }
  let clashes = 0;
  for (const [day, reading] of byDay) {
    if (reading) putAccount(progress, metric, day, reading.value, reading.provisional);
    else clashes += 1;
  }
  if (clashes) progress.notes.push(`${key}: left out ${clashes} day(s) sent twice with two values`);
  const note = tallyNote(key, tally);
  if (note) progress.notes.push(note);
}

/**
 * A day stamp is epoch seconds at UTC midnight, so it names the UTC calendar day; east of UTC that
 * is also what adding `time_offset` first gives. A stamp that is not a midnight is not read.
 */
function dayOfStamp(stamp: unknown): string | undefined {
  if (!isCount(stamp) || stamp % DAY_SECONDS !== 0 || stamp < EARLIEST_S || stamp >= LATEST_S) return undefined;
  return new Date(stamp * 1000).toISOString().slice(0, 10);
}
