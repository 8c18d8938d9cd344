// What the content script sends on of the responses a Studio page received: one batch per page,
// read by the reader, for the signed-in creator, holding only their own videos and values within
// bounds. Pure: the caller says who is signed in and which videos are theirs.
import type { DataCall } from './data-call-tap';
import { emptyStudioDataRead, mergeStudioData, readStudioData, type StudioDataBatch, type StudioDataRead } from './studio-data-contract';

/** Who the page is signed in as, and the videos the page itself says are theirs. */
export interface PageOwner {
  /** The creator's handle from the page (its embedded context, or the capture of its text). */
  account?: string;
  /** Video ids the page shows as the creator's: the video page's own id, the posts the page lists. */
  ownVideos: ReadonlySet<string>;
}

export interface BatchOutcome {
  batch?: StudioDataBatch;
  /** Why something was left out: the reader's reasons and notes, and the checks' own. */
  notes: string[];
}

const HANDLE = /^[A-Za-z0-9_.]{2,24}$/;
const DAY_OR_HOUR = /^\d{4}-\d{2}-\d{2}(T\d{2})?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** No count, duration or total Studio shows reaches this; anything past it is not a value. */
const MAX_VALUE = 1e12;
/** Seconds into a video a retention point may sit at (TikTok's longest uploads are an hour). */
const MAX_RETENTION_SECONDS = 4 * 3600;

const isValue = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= MAX_VALUE;

export function studioDataBatch(calls: readonly DataCall[], owner: PageOwner): BatchOutcome {
  const notes: string[] = [];
  if (!calls.length) return { notes };
  if (!owner.account || !HANDLE.test(owner.account)) return { notes: ['no signed-in account on the page: nothing sent'] };
  let read: StudioDataRead = emptyStudioDataRead();
  let receivedAt = 0;
  // Studio asks the same thing more than once on a page; one reading of each answer is enough.
  const answered = new Set<string>();
  for (const call of calls) {
    const key = `${call.url}\n${call.body}`;
    if (answered.has(key)) continue;
    answered.add(key);
    let body: unknown;
    try {
      body = JSON.parse(call.body);
    } catch {
      notes.push(`not JSON: ${call.url.slice(0, 80)}`);
      continue;
    }
    const result = readStudioData({ url: call.url, body, now: call.receivedAt });
    if (!result.ok) {
      notes.push(result.reason);
      continue;
    }
    notes.push(...result.notes);
    read = mergeStudioData(read, result.read);
    receivedAt = Math.max(receivedAt, call.receivedAt);
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
