// Which of Studio's data calls a request URL is, and what it asked for. The request is the only
// place that says which days a response covers (docs/studio-data.md, "Request parameters").

export type StudioDataFamily = 'data-insight' | 'analytics-insights';

export interface StudioDataCall {
  family: StudioDataFamily;
  params: URLSearchParams;
}

/** Studio's pages call these same-origin; a relative URL is resolved against Studio's own origin. */
const STUDIO_ORIGIN = 'https://www.tiktok.com/';
const STUDIO_HOSTS = new Set(['www.tiktok.com', 'tiktok.com']);
const FAMILY_BY_PATH = new Map<string, StudioDataFamily>([
  ['/aweme/v2/data/insight/', 'data-insight'],
  ['/tiktok/v1/analytics/insights/', 'analytics-insights'],
]);

/** At most this many type requests in one call (Studio asks for a handful; scrapers for about 30). */
const MAX_TYPE_REQUESTS = 64;

export function studioDataCallOf(url: string): StudioDataCall | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, STUDIO_ORIGIN);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !STUDIO_HOSTS.has(parsed.hostname)) return null;
  const path = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
  const family = FAMILY_BY_PATH.get(path);
  return family ? { family, params: parsed.searchParams } : null;
}

/** The observer's cheap filter: is this request URL one of Studio's data calls the reader knows? (docs/studio-data.md) */
export const isStudioDataUrl = (url: string): boolean => studioDataCallOf(url) !== null;

/** `type_requests`: a JSON array of plain objects, or null when it is missing or anything else. */
export function typeRequestsOf(call: StudioDataCall): Array<Record<string, unknown>> | null {
  const text = call.params.get('type_requests');
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || parsed.length > MAX_TYPE_REQUESTS) return null;
  return parsed.every(isPlainObject) ? (parsed as Array<Record<string, unknown>>) : null;
}

/** An integer query parameter written as plain digits (an optional minus), else undefined. */
export function integerParam(call: StudioDataCall, name: string): number | undefined {
  const text = call.params.get(name);
  return text !== null && /^-?\d{1,9}$/.test(text) ? Number(text) : undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasOwn(object: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** A property the object itself holds (never one inherited, so `__proto__` tricks read as absent). */
export function own(object: Record<string, unknown>, key: string): unknown {
  return hasOwn(object, key) ? object[key] : undefined;
}
