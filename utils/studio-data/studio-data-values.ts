// Building a read: where a value goes, which one wins, and the checks every number passes first
// (nothing invented: a value that fails is left out and said in a note).
import { METRICS, type MetricKey } from '../metrics/metric-facts';
import { DAY_MS } from '../platform/days';
import { MAX_PLAUSIBLE } from '../reader/snapshot';
import { hasOwn, isPlainObject, own, typeRequestsOf, type StudioDataCall } from './studio-data-call';
import { emptyStudioDataRead, type StudioDataRead } from './studio-data-contract';

const VIDEO_ID = /^\d{1,25}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_OR_HOUR = /^\d{4}-\d{2}-\d{2}(T\d{2})?$/;

/** A read while it is built: the read itself, its notes, and which keys are provisional. */
export interface ReadInProgress {
  read: StudioDataRead;
  notes: string[];
  provisional: Set<string>;
}

export function startRead(): ReadInProgress {
  return { read: emptyStudioDataRead(), notes: [], provisional: new Set() };
}

export function finishRead(progress: ReadInProgress): { ok: true; read: StudioDataRead; notes: string[] } {
  progress.read.provisional = [...progress.provisional];
  return { ok: true, read: progress.read, notes: progress.notes };
}

/** Puts one value: a final value is never replaced by a provisional one; otherwise the newer wins. */
function put(target: Record<string, number>, key: string, value: number, dotted: string, provisional: Set<string>, isProvisional: boolean) {
  const hasFinal = hasOwn(target, key) && !provisional.has(dotted);
  if (isProvisional && hasFinal) return;
  target[key] = value;
  if (isProvisional) provisional.add(dotted);
  else provisional.delete(dotted);
}

export function putAccount(progress: ReadInProgress, metric: MetricKey, day: string, value: number, isProvisional: boolean) {
  const series = (progress.read.account[metric] ??= {});
  put(series, day, value, `account.${metric}.${day}`, progress.provisional, isProvisional);
}

/** `when` is a day (YYYY-MM-DD) or an hour (YYYY-MM-DDTHH). */
export function putVideo(progress: ReadInProgress, videoId: string, metric: MetricKey, when: string, value: number, isProvisional: boolean) {
  const video = (progress.read.videos[videoId] ??= {});
  const series = (video[metric] ??= {});
  put(series, when, value, `videos.${videoId}.${metric}.${when}`, progress.provisional, isProvisional);
}

export function putActivity(progress: ReadInProgress, day: string, hour: number, value: number, isProvisional: boolean) {
  const hours = (progress.read.activity[day] ??= {}) as Record<string, number>;
  put(hours, String(hour), value, `activity.${day}.${hour}`, progress.provisional, isProvisional);
}

/**
 * Adds `source` to `target` (one response after another): the rule of `put` for every value, a newer
 * curve replaces an older. Keys that no read holds (an unknown metric, a day that is not one, a video
 * id that is not digits) are skipped, so a hand-made read cannot reach an object's prototype.
 */
export function mergeInto(target: StudioDataRead, source: StudioDataRead) {
  const progress: ReadInProgress = { read: target, notes: [], provisional: new Set(target.provisional) };
  const pending = new Set(source.provisional);
  const entries = <V>(record: Record<string, V>, key: RegExp | ((k: string) => boolean)) =>
    Object.entries(record).filter(([k]) => (typeof key === 'function' ? key(k) : key.test(k)));
  const isMetric = (k: string) => hasOwn(METRICS, k);
  const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  for (const [metric, series] of entries(source.account, isMetric) as Array<[MetricKey, Record<string, number>]>) {
    for (const [day, value] of entries(series, DAY)) {
      if (isNumber(value)) putAccount(progress, metric, day, value, pending.has(`account.${metric}.${day}`));
    }
  }
  for (const [videoId, metrics] of entries(source.videos, VIDEO_ID)) {
    for (const [metric, series] of entries(metrics, isMetric) as Array<[MetricKey, Record<string, number>]>) {
      for (const [when, value] of entries(series, DAY_OR_HOUR)) {
        if (isNumber(value)) putVideo(progress, videoId, metric, when, value, pending.has(`videos.${videoId}.${metric}.${when}`));
      }
    }
  }
  for (const [videoId, curve] of entries(source.retention, VIDEO_ID)) target.retention[videoId] = curve.map(([s, p]) => [s, p]);
  for (const [day, hours] of entries(source.activity, DAY)) {
    for (const [hour, value] of entries(hours, /^(1?\d|2[0-3])$/)) {
      if (isNumber(value)) putActivity(progress, day, Number(hour), value, pending.has(`activity.${day}.${hour}`));
    }
  }
  target.provisional = [...progress.provisional];
}

/** A count Studio could have sent: a whole number, not negative unless `signed`, below MAX_PLAUSIBLE. */
export function isCount(value: unknown, signed = false): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && (signed || value >= 0) && Math.abs(value) < MAX_PLAUSIBLE;
}

/** Seconds (or another measure that is never negative): finite, at least 0, below MAX_PLAUSIBLE. */
function isMeasure(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < MAX_PLAUSIBLE;
}

export function isFraction(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

/**
 * A value Studio could send for `metric`, in Studio's own unit, per the metric's row: counts whole
 * (signed only where the row says so), seconds not negative, and percents as fractions 0–1.
 */
export function studioValueCheck(metric: MetricKey): (value: unknown) => value is number {
  const { unit, signed } = METRICS[metric];
  if (unit === 'percent') return isFraction;
  if (unit === 'seconds') return isMeasure;
  return (value: unknown): value is number => unit === 'count' && isCount(value, signed === true);
}

/** Studio's value in the metric's own unit: a fraction becomes a percent. */
export function inMetricUnit(metric: MetricKey, value: number): number {
  return METRICS[metric].unit === 'percent' ? percentOf(value) : value;
}

/** A fraction 0–1 as a percent 0–100, without the float noise of ×100 (0.27 → 27, not 27.000000000000004). */
export function percentOf(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

export function isVideoId(value: unknown): value is string {
  return typeof value === 'string' && VIDEO_ID.test(value);
}

/** Studio's data starts in 2016; anything outside 2016–2100 is not an instant Studio sent. */
const EARLIEST_MS = Date.UTC(2016, 0, 1);
const LATEST_MS = Date.UTC(2100, 0, 1);

export function isInstantMs(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= EARLIEST_MS && value < LATEST_MS;
}

/** The calendar day of an instant at a fixed offset east of UTC (seconds): no time zone rules, no DST. */
export function localDayOf(epochMs: number, offsetEastSeconds: number): string {
  return new Date(epochMs + offsetEastSeconds * 1000).toISOString().slice(0, 10);
}

/** `count` calendar days, oldest first, ending on `last` (one Date each: histories run to 732 days). */
export function daysEndingOn(last: string, count: number): string[] {
  const lastMs = Date.parse(`${last}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(lastMs - (count - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}

/** Text from a response or URL, safe for a one-line note: quotes and escapes kept, at most `max` characters. */
export function oneLine(text: string, max = 80): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A name from a request or response, quoted for a note. */
export function quoted(value: unknown): string {
  return JSON.stringify(oneLine(typeof value === 'string' ? value : String(value), 60));
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A response both families open the same way: the request's type requests (each one's type), the body, its status. */
export interface OpenedResponse {
  body: Record<string, unknown>;
  requests: Array<Record<string, unknown>>;
  /** Each request's `typeField`, as sent (anything: checked by the family). */
  types: unknown[];
}

export function openResponse(
  call: StudioDataCall,
  body: unknown,
  typeField: 'insigh_type' | 'insight_type',
  legacySuccess: boolean,
): OpenedResponse | { ok: false; reason: string } {
  const requests = typeRequestsOf(call);
  if (!requests) return { ok: false, reason: `the request has no type_requests (a JSON array of {"${typeField}": …})` };
  if (!isPlainObject(body)) return { ok: false, reason: 'the response is not a JSON object' };
  const failure = statusFailure(body, legacySuccess);
  if (failure) return { ok: false, reason: failure };
  return { body, requests, types: requests.map((request) => own(request, typeField)) };
}

/** The reason for a call none of whose types the family reads. */
export function noTypeRead(types: unknown[]): { ok: false; reason: string } {
  return { ok: false, reason: `none of the requested types is one this reader reads: ${types.slice(0, 8).map(quoted).join(', ')}` };
}

/** Why a response as a whole is not read (Studio answered an error), or null when its status says OK. */
function statusFailure(body: Record<string, unknown>, legacySuccess: boolean): string | null {
  const code = own(body, 'status_code');
  if (code === 0) return null;
  // The one whole response body seen in public (2021) has status "success" and no status_code.
  if (code === undefined && legacySuccess && own(body, 'status') === 'success') return null;
  if (code === undefined) return 'the response has no status_code';
  const message = own(body, 'status_msg');
  return `Studio answered status_code ${typeof code === 'number' ? code : quoted(code)}${typeof message === 'string' && message.trim() ? `: ${oneLine(message)}` : ''}`;
}

/** What one dated entry holds: a final value, a value not final yet, nothing yet, or something unreadable. */
export type CellReading =
  | { kind: 'final' | 'provisional'; value: number }
  | { kind: 'pending' | 'broken' | 'unknown-status' };

/**
 * One entry's status and value. `finalStatus` is the family's "final" code (0 in `/aweme/v2/data/insight/`,
 * 1 in `/tiktok/v1/analytics/insights/`); 2 is "not final yet" in both. A not-final entry without a
 * number (or with 0) is pending; with another number, it is provisional.
 */
export function readCell(status: unknown, value: unknown, finalStatus: number, valid: (value: unknown) => value is number): CellReading {
  if (status === finalStatus) return valid(value) ? { kind: 'final', value } : { kind: 'broken' };
  if (status === 2) {
    // A not-final 0 may be a placeholder: "not yet" is never read as 0.
    if (value === null || value === undefined || value === 0) return { kind: 'pending' };
    return valid(value) ? { kind: 'provisional', value } : { kind: 'broken' };
  }
  return { kind: 'unknown-status' };
}

/** Counts of entries left out, said as one note per type; `more` adds a family's own reasons (empty strings are skipped). */
export function tallyNote(name: string, tally: Record<'pending' | 'broken' | 'unknown-status', number>, more: string[] = []): string | null {
  const parts = [
    tally.pending ? `${plural(tally.pending, 'entry', 'entries')} not final yet` : '',
    tally.broken ? `${plural(tally.broken, 'entry', 'entries')} not a value it could hold` : '',
    tally['unknown-status'] ? `${plural(tally['unknown-status'], 'entry', 'entries')} with a status it does not know` : '',
    ...more,
  ].filter(Boolean);
  return parts.length ? `${name}: left out ${parts.join(', ')}` : null;
}
