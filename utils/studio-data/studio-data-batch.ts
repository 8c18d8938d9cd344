// What the background keeps of the responses a Studio page received (the content script sends them
// unread, page-responses.ts): read by the reader into one batch for the signed-in creator, holding
// only their own videos and values within bounds. Pure: the message says who is signed in and which
// videos are theirs, and is checked here first (a content script lives inside a web page).
import { DAY_MS } from '../platform/days';
import { isPageHandle, PAGE_BOUNDS, VIDEO_ID, type PageOwner } from './page-responses';
import { isPlainObject, isStudioDataUrl } from './studio-data-call';
import { emptyStudioDataRead, mergeStudioData, readStudioData, type StudioDataBatch, type StudioDataRead, type StudioResponse } from './studio-data-contract';

export type { PageOwner } from './page-responses';

export interface BatchOutcome {
  batch?: StudioDataBatch;
  /** Why something was left out: the reader's reasons and notes, and the checks' own. */
  notes: string[];
}

const DAY_OR_HOUR = /^\d{4}-\d{2}-\d{2}(T\d{2})?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** No count, duration or total Studio shows reaches this; anything past it is not a value. */
const MAX_VALUE = 1e12;
/** Seconds into a video a retention point may sit at (TikTok's longest uploads are an hour). */
const MAX_RETENTION_SECONDS = 4 * 3600;
/** A message is sent within seconds of its responses (retried while the background restarts): older is not a page's. */
const MAX_AGE_MS = DAY_MS;
const MAX_URL_CHARS = 8192;

const isValue = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= MAX_VALUE;

/**
 * What is wrong with a page's message (`saveStudioResponses`), empty when nothing: a handle, at most
 * PAGE_BOUNDS' video ids (digits only) and responses, each to a Studio data call the reader knows,
 * received in the last day and not after `now` (a minute's slack). The bodies are the reader's to judge.
 */
export function studioPageErrors(value: unknown, now = Date.now()): string[] {
  if (!isPlainObject(value)) return ['not the responses of a Studio page'];
  const errors: string[] = [];
  const { account, ownVideos, responses } = value;
  if (!isPageHandle(account)) errors.push('account: a TikTok handle is needed');
  if (!Array.isArray(ownVideos) || ownVideos.length > PAGE_BOUNDS.ownVideos || !ownVideos.every((id) => typeof id === 'string' && VIDEO_ID.test(id)))
    errors.push(`ownVideos: at most ${PAGE_BOUNDS.ownVideos} video ids`);
  if (!Array.isArray(responses) || responses.length > PAGE_BOUNDS.responses) return [...errors, `responses: at most ${PAGE_BOUNDS.responses}`];
  responses.forEach((response: unknown, i) => {
    if (!isPlainObject(response)) return void errors.push(`responses[${i}]: not a response`);
    const { url, receivedAt } = response;
    if (typeof url !== 'string' || url.length > MAX_URL_CHARS || !isStudioDataUrl(url)) errors.push(`responses[${i}].url: not a Studio data call`);
    if (typeof receivedAt !== 'number' || !Number.isFinite(receivedAt) || receivedAt > now + 60_000 || receivedAt < now - MAX_AGE_MS)
      errors.push(`responses[${i}].receivedAt: not a plausible time`);
  });
  return errors.slice(0, 10);
}

export function studioDataBatch(responses: readonly StudioResponse[], owner: PageOwner): BatchOutcome {
  const notes: string[] = [];
  if (!responses.length) return { notes };
  if (!isPageHandle(owner.account)) return { notes: ['no signed-in account on the page: nothing kept'] };
  let read: StudioDataRead = emptyStudioDataRead();
  let receivedAt = 0;
  for (const response of responses) {
    const result = readStudioData({ url: response.url, body: response.body, now: response.receivedAt });
    if (!result.ok) {
      notes.push(result.reason);
      continue;
    }
    notes.push(...result.notes);
    read = mergeStudioData(read, result.read);
    receivedAt = Math.max(receivedAt, response.receivedAt);
  }
  const kept = withinBounds(ownVideosOnly(read, owner.ownVideos, notes), notes);
  return isEmpty(kept) ? { notes } : { batch: { account: owner.account, receivedAt, read: kept }, notes };
}

/** A response about a video the page does not show as the creator's is another account's: left out. */
function ownVideosOnly(read: StudioDataRead, own: ReadonlySet<string>, notes: string[]): StudioDataRead {
  const others = new Set([...Object.keys(read.videos), ...Object.keys(read.retention)].filter((id) => !own.has(id)));
  if (!others.size) return read;
  notes.push(`left out ${others.size} video(s) the page does not show as the creator's`);
  const keep = <T>(byId: Record<string, T>) => Object.fromEntries(Object.entries(byId).filter(([id]) => !others.has(id)));
  return {
    ...read,
    videos: keep(read.videos),
    retention: keep(read.retention),
    provisional: read.provisional.filter((key) => !(key.startsWith('videos.') && others.has(key.split('.')[1]))),
  };
}

/** Every value a finite number within bounds under a well-formed key; whatever is not is left out, and said. */
function withinBounds(read: StudioDataRead, notes: string[]): StudioDataRead {
  let dropped = 0;
  const series = (byKey: Record<string, number> | undefined, key: RegExp) => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(byKey ?? {})) {
      if (key.test(k) && isValue(v)) out[k] = v;
      else dropped++;
    }
    return out;
  };
  const metrics = <M extends string>(byMetric: Partial<Record<M, Record<string, number>>>) =>
    Object.fromEntries(Object.entries(byMetric).map(([metric, values]) => [metric, series(values as Record<string, number>, DAY_OR_HOUR)])) as Partial<Record<M, Record<string, number>>>;
  const out: StudioDataRead = {
    account: metrics(read.account),
    videos: Object.fromEntries(Object.entries(read.videos).map(([id, byMetric]) => [id, metrics(byMetric)])),
    retention: {},
    activity: {},
    provisional: read.provisional.filter((key) => typeof key === 'string' && key.length <= 200),
  };
  for (const [id, curve] of Object.entries(read.retention)) {
    const points = curve.filter(([s, p]) => isValue(s) && s >= 0 && s <= MAX_RETENTION_SECONDS && isValue(p) && p >= 0 && p <= 100);
    dropped += curve.length - points.length;
    if (points.length) out.retention[id] = points;
  }
  for (const [day, hours] of Object.entries(read.activity)) {
    if (!DAY.test(day)) {
      dropped += Object.keys(hours).length;
      continue;
    }
    const kept: Record<number, number> = {};
    for (const [hour, v] of Object.entries(hours)) {
      if (/^(1?\d|2[0-3])$/.test(hour) && isValue(v) && v >= 0) kept[Number(hour)] = v;
      else dropped++;
    }
    out.activity[day] = kept;
  }
  if (dropped) notes.push(`left out ${dropped} value(s) out of bounds`);
  return out;
}

function isEmpty(read: StudioDataRead): boolean {
  const hasValues = (byMetric: Partial<Record<string, Record<string, number>>>) => Object.values(byMetric).some((values) => values && Object.keys(values).length > 0);
  return (
    !hasValues(read.account) &&
    !Object.values(read.videos).some(hasValues) &&
    !Object.values(read.retention).some((curve) => curve.length > 0) &&
    !Object.values(read.activity).some((hours) => Object.keys(hours).length > 0)
  );
}
