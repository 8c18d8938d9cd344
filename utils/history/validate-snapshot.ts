// Checks data that crosses a trust boundary (an import file, a message from a tab) before
// it reaches the store. Returns the errors found; an empty list means the value is sound.
import { METRICS } from '../metrics/metric-facts';
import {
  BREAKDOWN_KEYS,
  MAX_PLAUSIBLE,
  METRIC_KEYS,
  PAGE_KINDS,
  VIDEO_COUNTERS,
  type MetricKey,
} from '../reader/snapshot';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const HANDLE = /^[\w.]{1,64}$/;
/** The longest text (a caption, an address) the store keeps: longer than any TikTok allows. */
export const MAX_TEXT = 4096;

/** Text cut to MAX_TEXT, never inside a surrogate pair. */
export function capText(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  const end = /[\uD800-\uDBFF]/.test(text[MAX_TEXT - 1]) ? MAX_TEXT - 1 : MAX_TEXT;
  return text.slice(0, end);
}

type Errors = string[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Rejects prototype tricks anywhere in a parsed JSON value. */
function checkKeys(value: unknown, path: string, errors: Errors): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkKeys(item, `${path}[${i}]`, errors));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) errors.push(`${path}: forbidden key "${key}"`);
      else checkKeys((value as Record<string, unknown>)[key], `${path}.${key}`, errors);
    }
  }
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;

function checkRange(range: unknown, path: string, errors: Errors): void {
  if (range === undefined || range === 'lifetime') return;
  if (isPlainObject(range)) {
    if ('days' in range && Object.keys(range).length === 1) {
      if (!Number.isInteger(range.days) || (range.days as number) < 1 || (range.days as number) > 3650)
        errors.push(`${path}.days: must be a whole number of days between 1 and 3650`);
      return;
    }
    if (isText(range.start) && isText(range.end) && Object.keys(range).length === 2) return;
  }
  errors.push(`${path}: must be 'lifetime', { days } or { start, end }`);
}

/** Validates one snapshot as the contract defines it. */
export function snapshotErrors(value: unknown, path = 'snapshot'): Errors {
  const errors: Errors = [];
  if (!isPlainObject(value)) return [`${path}: must be an object`];
  checkKeys(value, path, errors);
  if (errors.length) return errors;
  const s = value as Record<string, unknown>;
  if (!PAGE_KINDS.includes(s.page as never)) errors.push(`${path}.page: unknown page kind ${JSON.stringify(s.page)}`);
  if (!isText(s.url)) errors.push(`${path}.url: must be text`);
  if (s.account !== undefined && !(typeof s.account === 'string' && (s.account === '' || HANDLE.test(s.account))))
    errors.push(`${path}.account: not a TikTok handle`);
  if (s.videoId !== undefined && !(typeof s.videoId === 'string' && /^\d{1,30}$/.test(s.videoId)))
    errors.push(`${path}.videoId: must be a numeric id`);
  checkRange(s.range, `${path}.range`, errors);
  if (s.locale !== undefined && !(typeof s.locale === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(s.locale)))
    errors.push(`${path}.locale: not a language tag`);
  if (s.currency !== undefined && !(typeof s.currency === 'string' && /^[A-Z]{3}$/.test(s.currency)))
    errors.push(`${path}.currency: not an ISO currency code`);

  if (!isPlainObject(s.metrics)) errors.push(`${path}.metrics: must be an object`);
  else {
    for (const [key, v] of Object.entries(s.metrics)) {
      if (!METRIC_KEYS.includes(key as never)) errors.push(`${path}.metrics.${key}: unknown metric`);
      else if (!isFiniteNumber(v)) errors.push(`${path}.metrics.${key}: must be a number`);
      else if (Math.abs(v) > MAX_PLAUSIBLE) errors.push(`${path}.metrics.${key}: ${v} is beyond any real account (over ${MAX_PLAUSIBLE})`);
      // Amounts, durations and percents may have decimals; a count is whole.
      else if (METRICS[key as MetricKey].unit === 'count' && !Number.isInteger(v)) errors.push(`${path}.metrics.${key}: a count must be a whole number, not ${v}`);
      else if (v < 0 && !METRICS[key as MetricKey].signed) errors.push(`${path}.metrics.${key}: must not be negative`);
      else if (METRICS[key as MetricKey].unit === 'percent' && v > 100) errors.push(`${path}.metrics.${key}: a percent above 100`);
    }
  }
  if (s.rounded !== undefined && !(Array.isArray(s.rounded) && s.rounded.every((k) => METRIC_KEYS.includes(k))))
    errors.push(`${path}.rounded: must list metric names`);

  if (s.breakdowns !== undefined) {
    if (!isPlainObject(s.breakdowns)) errors.push(`${path}.breakdowns: must be an object`);
    else
      for (const [key, shares] of Object.entries(s.breakdowns)) {
        if (!BREAKDOWN_KEYS.includes(key as never)) errors.push(`${path}.breakdowns.${key}: unknown breakdown`);
        else if (!isPlainObject(shares)) errors.push(`${path}.breakdowns.${key}: must be an object`);
        else
          for (const [label, pct] of Object.entries(shares))
            if (!isFiniteNumber(pct) || pct < 0 || pct > 100 || label.length > MAX_TEXT)
              errors.push(`${path}.breakdowns.${key}: "${label.slice(0, 40)}" must be a percent 0-100`);
      }
  }

  if (s.videos !== undefined) {
    if (!Array.isArray(s.videos)) errors.push(`${path}.videos: must be a list`);
    else s.videos.forEach((row, i) => videoRowErrors(row, `${path}.videos[${i}]`, errors));
  }
  return errors;
}

function videoRowErrors(row: unknown, path: string, errors: Errors): void {
  if (!isPlainObject(row)) {
    errors.push(`${path}: must be an object`);
    return;
  }
  if (!(typeof row.videoId === 'string' && /^\d{1,30}$/.test(row.videoId))) errors.push(`${path}.videoId: must be a numeric id`);
  if (row.caption !== undefined && !isText(row.caption)) errors.push(`${path}.caption: must be text`);
  if (row.postedAt !== undefined && !(isText(row.postedAt) && !Number.isNaN(Date.parse(row.postedAt))))
    errors.push(`${path}.postedAt: must be an ISO date`);
  if (row.durationSeconds !== undefined && !(isFiniteNumber(row.durationSeconds) && row.durationSeconds >= 0 && row.durationSeconds < 360_000))
    errors.push(`${path}.durationSeconds: must be a length in seconds`);
  for (const counter of VIDEO_COUNTERS) {
    const v = row[counter];
    if (v === undefined) continue;
    if (!(isFiniteNumber(v) && v >= 0)) errors.push(`${path}.${counter}: must be a non-negative number`);
    else if (!Number.isInteger(v)) errors.push(`${path}.${counter}: a count must be a whole number, not ${v}`);
    else if (v > MAX_PLAUSIBLE) errors.push(`${path}.${counter}: ${v} is beyond any real account (over ${MAX_PLAUSIBLE})`);
  }
  if (row.rounded !== undefined && !(Array.isArray(row.rounded) && row.rounded.every((k) => VIDEO_COUNTERS.includes(k))))
    errors.push(`${path}.rounded: must list counter names`);
  for (const flag of ['pinned', 'scheduled'] as const)
    if (row[flag] !== undefined && typeof row[flag] !== 'boolean') errors.push(`${path}.${flag}: must be true or false`);
}
