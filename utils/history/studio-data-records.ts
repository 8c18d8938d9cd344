// What the store keeps of Studio's own data (the exact days, per-video curves, retention and
// activity its pages load), how a batch from a content script is checked again, and which of two
// values of one key stays. Pure: no IndexedDB here (studio-data-store.ts applies it).
import { METRIC_KEYS, METRICS, type MetricKey } from '../metrics/metric-facts';
import { MAX_PLAUSIBLE } from '../reader/snapshot';
import { addDays, DAY_MS, localDate } from '../platform/days';
import { dayOutranks } from '../timeline/day-precedence';
import type { StudioDataBatch, StudioDataRead } from '../studio-data/studio-data-contract';

/** Where a value came from, in records, the CSV and the timeline. */
export const STUDIO_SOURCE = 'studio';

/** One account metric's value for one day, as Studio's data stated it. */
export interface StudioDayRecord {
  account: string;
  metric: MetricKey;
  /** YYYY-MM-DD, the creator's local day. */
  date: string;
  value: number;
  /** When the page received the response (the batch's moment). */
  receivedAt: number;
  /** Studio had not finished counting it. */
  provisional?: true;
}

/** One video metric's value for a day (YYYY-MM-DD) or an hour of one (YYYY-MM-DDTHH). */
export interface StudioVideoValueRecord {
  account: string;
  videoId: string;
  metric: MetricKey;
  at: string;
  value: number;
  receivedAt: number;
  provisional?: true;
}

/**
 * A video's retention curve: the latest one only. Studio's curve is a running picture over every
 * view so far, so a newer curve holds all an older one knew; keeping each copy would grow the store
 * on every visit with nothing more to show, and the creator's median needs one curve per video.
 */
export interface StudioRetentionRecord {
  account: string;
  videoId: string;
  /** [seconds into the video, percent still watching], by seconds. */
  points: Array<[number, number]>;
  receivedAt: number;
}

/** Followers active in one hour of a local day. */
export interface StudioActivityRecord {
  account: string;
  date: string;
  hour: number;
  activeFollowers: number;
  receivedAt: number;
  provisional?: true;
}

/** Every record of Studio's data, as a backup file carries it. */
export interface StudioDataBackup {
  days: StudioDayRecord[];
  videoValues: StudioVideoValueRecord[];
  retention: StudioRetentionRecord[];
  activity: StudioActivityRecord[];
}

/** What one value needs to be ranked against another of the same key. */
type Ranked = { receivedAt: number; provisional?: true; value: number };

/**
 * True when `next` replaces `held` for one key: the timeline's one rule among Studio's own values
 * (a final value beats a provisional one, never the reverse; then the later; then the larger).
 * An equal rank keeps what is held, so the same batch twice changes nothing.
 */
export const studioValueOutranks = (next: Ranked, held: Ranked) =>
  dayOutranks({ source: 'studio', asOf: next.receivedAt, provisional: next.provisional, value: next.value }, { source: 'studio', asOf: held.receivedAt, provisional: held.provisional, value: held.value });

/** A later curve replaces the held one; at one moment the longer (then the larger), whatever order they came in. */
export function retentionOutranks(next: Pick<StudioRetentionRecord, 'points' | 'receivedAt'>, held: Pick<StudioRetentionRecord, 'points' | 'receivedAt'>): boolean {
  if (next.receivedAt !== held.receivedAt) return next.receivedAt > held.receivedAt;
  if (next.points.length !== held.points.length) return next.points.length > held.points.length;
  return JSON.stringify(next.points) > JSON.stringify(held.points);
}

/** Whether two values of one key say the same (a newer moment alone is no news). */
export const sameStudioValue = (a: { value: number; provisional?: true }, b: { value: number; provisional?: true }) => a.value === b.value && !a.provisional === !b.provisional;

export interface StudioBatchRecords {
  days: StudioDayRecord[];
  videoValues: StudioVideoValueRecord[];
  retention: StudioRetentionRecord[];
  activity: StudioActivityRecord[];
}

/** The records a checked batch brings (studioBatchErrors first: this trusts its shape). */
export function recordsOfBatch(batch: StudioDataBatch): StudioBatchRecords {
  const account = accountOf(batch.account);
  const { receivedAt, read } = batch;
  const provisional = new Set(read.provisional);
  const mark = (key: string) => (provisional.has(key) ? { provisional: true as const } : {});
  const days: StudioDayRecord[] = [];
  for (const [metric, values] of Object.entries(read.account) as Array<[MetricKey, Record<string, number>]>) {
    for (const [date, value] of Object.entries(values)) days.push({ account, metric, date, value, receivedAt, ...mark(`account.${metric}.${date}`) });
  }
  const videoValues: StudioVideoValueRecord[] = [];
  for (const [videoId, metrics] of Object.entries(read.videos)) {
    for (const [metric, values] of Object.entries(metrics) as Array<[MetricKey, Record<string, number>]>) {
      for (const [at, value] of Object.entries(values)) videoValues.push({ account, videoId, metric, at, value, receivedAt, ...mark(`videos.${videoId}.${metric}.${at}`) });
    }
  }
  const retention: StudioRetentionRecord[] = Object.entries(read.retention)
    .filter(([, points]) => points.length > 0)
    .map(([videoId, points]) => ({ account, videoId, points: points.map(([s, p]) => [s, p] as [number, number]), receivedAt }));
  const activity: StudioActivityRecord[] = [];
  for (const [date, hours] of Object.entries(read.activity)) {
    for (const [hour, activeFollowers] of Object.entries(hours)) activity.push({ account, date, hour: Number(hour), activeFollowers, receivedAt, ...mark(`activity.${date}.${hour}`) });
  }
  return { days, videoValues, retention, activity };
}

/** The handle as the store keys it (a leading @ is the page's way of writing it). */
export const accountOf = (handle: string) => handle.trim().replace(/^@/, '');

// Bounds of one batch: a page of Studio holds a few responses, each at most two years of days, a
// video's hours or a retention curve of a point per second. A batch beyond them is not Studio's.
const MAX_VIDEOS = 1000;
const MAX_VALUES = 200_000;
const MAX_CURVE_POINTS = 36_000;
/** Ten hours: longer than any TikTok video. */
const MAX_CURVE_SECONDS = 36_000;
const MAX_PROVISIONAL_KEY = 120;
/** TikTok launched in 2016: no day of a creator's data is older. */
const FIRST_DAY = '2016-01-01';
const EARLIEST_RECEIVED = Date.UTC(2019, 0, 1);

const HANDLE = /^@?[\w.]{1,64}$/;
const VIDEO_ID = /^\d{1,25}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_OF_DAY = /^(\d{4}-\d{2}-\d{2})T(\d{2})$/;
const METRIC_SET: ReadonlySet<string> = new Set(METRIC_KEYS);

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** A real calendar day (no 2026-02-30), not before TikTok and not after `latest`. */
function isDay(text: string, latest: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(y, mo - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && text >= FIRST_DAY && text <= latest;
}

function isDayOrHour(text: string, latest: string): boolean {
  const m = HOUR_OF_DAY.exec(text);
  return m ? isDay(m[1], latest) && Number(m[2]) <= 23 : isDay(text, latest);
}

/** A value of `metric` within its unit's bounds: finite, below any real account, ≥ 0 unless the metric is a net change. */
function isValue(metric: MetricKey, v: unknown): boolean {
  if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > MAX_PLAUSIBLE) return false;
  if (v < 0 && !METRICS[metric].signed) return false;
  return METRICS[metric].unit !== 'percent' || v <= 100;
}

/**
 * What is wrong with a batch a content script sent (empty when nothing): the store checks it again,
 * since a content script lives inside a web page. Known metric names, digits-only video ids,
 * well-formed days no later than the day after it was received, numbers within bounds.
 */
export function studioBatchErrors(value: unknown, now = Date.now()): string[] {
  const errors: string[] = [];
  const fail = (text: string) => errors.length < 10 && errors.push(text);
  if (!isPlainObject(value)) return ['not a batch of Studio data'];
  const batch = value as Partial<StudioDataBatch>;
  if (typeof batch.account !== 'string' || !HANDLE.test(batch.account.trim())) fail('account: a TikTok handle is needed');
  const receivedAt = batch.receivedAt;
  if (typeof receivedAt !== 'number' || !Number.isFinite(receivedAt) || receivedAt < EARLIEST_RECEIVED || receivedAt > now + DAY_MS) {
    return [...errors, 'receivedAt: not a plausible time'];
  }
  // Time zones reach a day ahead of the moment's local date.
  const latest = addDays(localDate(receivedAt), 1);
  const read = batch.read as Partial<StudioDataRead> | undefined;
  if (!isPlainObject(read)) return [...errors, 'read: missing'];
  let values = 0;
  const count = (n: number) => (values += n) <= MAX_VALUES || (fail(`read: more than ${MAX_VALUES} values`), false);

  const series = (path: string, metrics: unknown, key: (k: string) => boolean) => {
    if (!isPlainObject(metrics)) return void fail(`${path}: not metrics`);
    for (const [metric, byKey] of Object.entries(metrics)) {
      if (!METRIC_SET.has(metric)) return void fail(`${path}: unknown metric ${JSON.stringify(metric).slice(0, 40)}`);
      if (!isPlainObject(byKey)) return void fail(`${path}.${metric}: not values`);
      const entries = Object.entries(byKey);
      if (!count(entries.length)) return;
      for (const [k, v] of entries) {
        if (!key(k)) return void fail(`${path}.${metric}: ${JSON.stringify(k).slice(0, 30)} is not a day`);
        if (!isValue(metric as MetricKey, v)) return void fail(`${path}.${metric}.${k}: not a value of ${metric}`);
      }
    }
  };
  series('read.account', read.account, (k) => isDay(k, latest));

  if (!isPlainObject(read.videos)) fail('read.videos: missing');
  else {
    const ids = Object.keys(read.videos);
    if (ids.length > MAX_VIDEOS) fail(`read.videos: more than ${MAX_VIDEOS} videos`);
    else for (const id of ids) {
      if (!VIDEO_ID.test(id)) fail(`read.videos: ${JSON.stringify(id).slice(0, 30)} is not a video id`);
      else series(`read.videos.${id}`, read.videos[id], (k) => isDayOrHour(k, latest));
    }
  }

  if (!isPlainObject(read.retention)) fail('read.retention: missing');
  else {
    const ids = Object.keys(read.retention);
    if (ids.length > MAX_VIDEOS) fail(`read.retention: more than ${MAX_VIDEOS} videos`);
    else for (const [id, curve] of Object.entries(read.retention)) {
      const path = `read.retention.${VIDEO_ID.test(id) ? id : '?'}`;
      if (!VIDEO_ID.test(id)) fail(`read.retention: ${JSON.stringify(id).slice(0, 30)} is not a video id`);
      else if (!Array.isArray(curve) || curve.length > MAX_CURVE_POINTS) fail(`${path}: not a curve`);
      else if (count(curve.length)) {
        let before = -1;
        for (const point of curve as unknown[]) {
          const ok = Array.isArray(point) && point.length === 2 && point.every((n) => typeof n === 'number' && Number.isFinite(n));
          const [s, p] = ok ? (point as [number, number]) : [NaN, NaN];
          if (!ok || s <= before || s < 0 || s > MAX_CURVE_SECONDS || p < 0 || p > 100) {
            fail(`${path}: ${JSON.stringify(point).slice(0, 30)} is not [seconds, percent] after ${before}`);
            break;
          }
          before = s;
        }
      }
    }
  }

  if (!isPlainObject(read.activity)) fail('read.activity: missing');
  else {
    for (const [date, hours] of Object.entries(read.activity)) {
      if (!isDay(date, latest)) fail(`read.activity: ${JSON.stringify(date).slice(0, 30)} is not a day`);
      else if (!isPlainObject(hours) || !count(Object.keys(hours).length)) fail(`read.activity.${date}: not hours`);
      else for (const [hour, v] of Object.entries(hours)) {
        if (!/^(\d|1\d|2[0-3])$/.test(hour) || !isValue('followers', v)) {
          fail(`read.activity.${date}.${hour.slice(0, 4)}: not an hour of activity`);
          break;
        }
      }
    }
  }

  if (!Array.isArray(read.provisional)) fail('read.provisional: must be a list');
  else if (read.provisional.length > values) fail('read.provisional: more keys than values');
  else if (!read.provisional.every((k) => typeof k === 'string' && k.length <= MAX_PROVISIONAL_KEY)) fail('read.provisional: not value keys');
  return errors;
}

/** Problems with a backup's Studio data, by path (empty when it can be restored as is). */
export function studioBackupErrors(data: unknown, now = Date.now(), path = 'studio'): string[] {
  if (!isPlainObject(data)) return [`${path}: not Studio data`];
  const b = data as Partial<StudioDataBackup>;
  const latest = addDays(localDate(now), 1);
  const errors: string[] = [];
  const isHandle = (v: unknown) => typeof v === 'string' && /^[\w.]{1,64}$/.test(v);
  const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= EARLIEST_RECEIVED && v <= now + DAY_MS;
  const isMark = (v: unknown) => v === undefined || v === true;
  const isMetric = (v: unknown): v is MetricKey => typeof v === 'string' && METRIC_SET.has(v);
  const list = (name: keyof StudioDataBackup, ok: (r: Record<string, unknown>) => boolean) => {
    const records = b[name] ?? [];
    if (!Array.isArray(records)) return void errors.push(`${path}.${name}: must be a list`);
    records.forEach((r: unknown, i: number) => {
      if (!isPlainObject(r) || !ok(r)) errors.push(`${path}.${name}[${i}]: not a valid record`);
    });
  };
  list('days', (r) => isHandle(r.account) && isMetric(r.metric) && typeof r.date === 'string' && isDay(r.date, latest) && isValue(r.metric, r.value) && isTime(r.receivedAt) && isMark(r.provisional));
  list('videoValues', (r) => isHandle(r.account) && typeof r.videoId === 'string' && VIDEO_ID.test(r.videoId) && isMetric(r.metric) && typeof r.at === 'string' && isDayOrHour(r.at, latest) && isValue(r.metric, r.value) && isTime(r.receivedAt) && isMark(r.provisional));
  list('retention', (r) => {
    const batch = { account: r.account, receivedAt: r.receivedAt, read: { account: {}, videos: {}, activity: {}, provisional: [], retention: { [String(r.videoId)]: r.points } } };
    return isHandle(r.account) && isTime(r.receivedAt) && Array.isArray(r.points) && r.points.length > 0 && studioBatchErrors(batch, now).length === 0;
  });
  list('activity', (r) => isHandle(r.account) && typeof r.date === 'string' && isDay(r.date, latest) && Number.isInteger(r.hour) && (r.hour as number) >= 0 && (r.hour as number) <= 23 && isValue('followers', r.activeFollowers) && isTime(r.receivedAt) && isMark(r.provisional));
  return errors;
}

/** Only the fields a record has, so a backup's extra fields are never stored. */
export const studioRecordFields = {
  days: ({ account, metric, date, value, receivedAt, provisional }: StudioDayRecord): StudioDayRecord => ({ account, metric, date, value, receivedAt, ...(provisional ? { provisional } : {}) }),
  videoValues: ({ account, videoId, metric, at, value, receivedAt, provisional }: StudioVideoValueRecord): StudioVideoValueRecord => ({ account, videoId, metric, at, value, receivedAt, ...(provisional ? { provisional } : {}) }),
  retention: ({ account, videoId, points, receivedAt }: StudioRetentionRecord): StudioRetentionRecord => ({ account, videoId, points: points.map(([s, p]) => [s, p] as [number, number]), receivedAt }),
  activity: ({ account, date, hour, activeFollowers, receivedAt, provisional }: StudioActivityRecord): StudioActivityRecord => ({ account, date, hour, activeFollowers, receivedAt, ...(provisional ? { provisional } : {}) }),
};
