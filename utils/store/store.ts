// Store operations the background exposes through messages. Every function takes the
// open database, so tests run them against fake-indexeddb and benchmarks time them.
import type { IDBPIndex, IDBPTransaction } from 'idb';
import type { StudioSnapshot } from '../studio/types';
import type { LensDB, LensSchema } from './db';
import { importedAccounts } from './import-studio';
import {
  mergeVideos,
  pointsOf,
  sameContent,
  scopeKey,
  type MetricPoint,
  type SeriesMetric,
  type SnapshotRecord,
  type VideoRecord,
} from './records';

/** A revisit with identical numbers within this window refreshes `lastSeenAt` instead of adding a record. */
export const DEDUPE_WINDOW_MS = 30 * 60 * 1000;
const HISTORY_LENGTH = 5;

type WriteTx = IDBPTransaction<LensSchema, ('snapshots' | 'points' | 'videos')[], 'readwrite'>;
type StoredRecord = SnapshotRecord & { id: number };

export interface SaveResult {
  status: 'added' | 'refreshed';
  record: StoredRecord;
  /** Earlier captures of the same scope, newest first (not including `record`). */
  previous: SnapshotRecord[];
}

export async function saveSnapshot(db: LensDB, snapshot: StudioSnapshot, now = Date.now()): Promise<SaveResult> {
  const account = snapshot.account ?? (await lastKnownAccount(db)) ?? '';
  const scope = scopeKey({ ...snapshot, account });
  const tx = db.transaction(['snapshots', 'points', 'videos'], 'readwrite');
  const snapshots = tx.objectStore('snapshots');
  const recent = await scopeHistoryIn(snapshots.index('byScope'), scope, HISTORY_LENGTH + 1);
  const latest = recent[0];

  if (latest && sameContent(latest, snapshot) && now - latest.lastSeenAt <= DEDUPE_WINDOW_MS) {
    const refreshed = { ...latest, lastSeenAt: Math.max(now, latest.lastSeenAt) } as StoredRecord;
    await snapshots.put(refreshed);
    await tx.done;
    return { status: 'refreshed', record: refreshed, previous: recent.slice(1, HISTORY_LENGTH + 1) };
  }

  const draft: SnapshotRecord = { ...snapshot, account, scope, capturedAt: now, lastSeenAt: now };
  const id = await snapshots.add(draft);
  const record = { ...draft, id };
  await writeDerived(tx, [record]);
  await tx.done;
  return { status: 'added', record, previous: recent.slice(0, HISTORY_LENGTH) };
}

/** Points and video records follow from snapshots; they are written in the same transaction. */
async function writeDerived(tx: WriteTx, records: StoredRecord[]): Promise<void> {
  const points = tx.objectStore('points');
  const videos = tx.objectStore('videos');
  const merged = new Map<string, VideoRecord>();
  for (const record of records) {
    for (const point of pointsOf(record)) void points.add(point);
    const ids = new Set((record.videos ?? []).map((row) => row.videoId));
    if (record.videoId) ids.add(record.videoId);
    const known = new Map<string, VideoRecord>();
    await Promise.all(
      [...ids].map(async (videoId) => {
        const key = `${record.account}|${videoId}`;
        const video = merged.get(key) ?? (await videos.get([record.account, videoId]));
        if (video) known.set(key, video);
      }),
    );
    for (const video of mergeVideos(record, (a, v) => known.get(`${a}|${v}`))) {
      merged.set(`${video.account}|${video.videoId}`, video);
    }
  }
  await Promise.all([...merged.values()].map((video) => videos.put(video)));
}

async function lastKnownAccount(db: LensDB): Promise<string | undefined> {
  let cursor = await db.transaction('snapshots').store.index('byCapturedAt').openCursor(null, 'prev');
  while (cursor) {
    if (cursor.value.account) return cursor.value.account;
    cursor = await cursor.continue();
  }
  return undefined;
}

type ScopeIndex = IDBPIndex<LensSchema, ['snapshots'] | ('snapshots' | 'points' | 'videos')[], 'snapshots', 'byScope', IDBTransactionMode>;

async function scopeHistoryIn(index: ScopeIndex, scope: string, limit: number): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  let cursor = await index.openCursor(IDBKeyRange.bound([scope, -Infinity], [scope, Infinity]), 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value as StoredRecord);
    cursor = await cursor.continue();
  }
  return out;
}

/** The latest captures of one scope, newest first. */
export function getScopeHistory(db: LensDB, scope: string, limit = HISTORY_LENGTH): Promise<StoredRecord[]> {
  return scopeHistoryIn(db.transaction('snapshots').store.index('byScope'), scope, limit);
}

export interface SeriesQuery {
  account: string;
  /** '' or absent for account-level metrics. */
  videoId?: string;
  metric: SeriesMetric;
  range: string;
  from?: number;
  to?: number;
}

export interface SeriesPoint {
  t: number;
  v: number;
  rounded?: true;
}

/** One metric over time: a single index range, oldest first. */
export async function getSeries(db: LensDB, q: SeriesQuery): Promise<SeriesPoint[]> {
  const prefix = [q.account, q.videoId ?? '', q.metric, q.range] as const;
  const range = IDBKeyRange.bound([...prefix, q.from ?? -Infinity], [...prefix, q.to ?? Infinity]);
  const points = await db.getAllFromIndex('points', 'bySeries', range);
  return points.map((p) => (p.rounded ? { t: p.capturedAt, v: p.value, rounded: true } : { t: p.capturedAt, v: p.value }));
}

/** Which period ranges a metric was captured under, with how many points each. */
export async function getSeriesRanges(
  db: LensDB,
  q: Pick<SeriesQuery, 'account' | 'videoId' | 'metric'>,
): Promise<Array<{ range: string; count: number; lastAt: number }>> {
  const prefix = [q.account, q.videoId ?? '', q.metric];
  const byRange = new Map<string, { range: string; count: number; lastAt: number }>();
  let cursor = await db
    .transaction('points')
    .store.index('bySeries')
    .openKeyCursor(IDBKeyRange.bound([...prefix, ''], [...prefix, '\uffff']));
  while (cursor) {
    const [, , , range, at] = cursor.key;
    const entry = byRange.get(range) ?? { range, count: 0, lastAt: 0 };
    entry.count += 1;
    entry.lastAt = Math.max(entry.lastAt, at);
    byRange.set(range, entry);
    cursor = await cursor.continue();
  }
  return [...byRange.values()].sort((a, b) => b.count - a.count);
}

export interface AccountSummary {
  account: string;
  captures: number;
  firstAt: number;
  lastAt: number;
  /** Days imported from TikTok Studio exports (an account may have only these). */
  importedDays?: number;
}

export async function listAccounts(db: LensDB): Promise<AccountSummary[]> {
  const index = db.transaction('snapshots').store.index('byAccount');
  const out: AccountSummary[] = [];
  let cursor = await index.openKeyCursor(null, 'nextunique');
  while (cursor) {
    const account = cursor.key[0];
    const range = IDBKeyRange.bound([account, -Infinity], [account, Infinity]);
    const [captures, last] = await Promise.all([
      index.count(range),
      index.openKeyCursor(range, 'prev'),
    ]);
    out.push({ account, captures, firstAt: cursor.key[1], lastAt: last ? last.key[1] : cursor.key[1] });
    cursor = await cursor.continue([account, Infinity]);
  }
  for (const imported of await importedAccounts(db)) {
    const known = out.find((a) => a.account === imported.account);
    if (known) known.importedDays = imported.days;
    else out.push({ account: imported.account, captures: 0, firstAt: imported.lastImportAt, lastAt: imported.lastImportAt, importedDays: imported.days });
  }
  return out.sort((a, b) => b.lastAt - a.lastAt);
}

export function listVideos(db: LensDB, account: string): Promise<VideoRecord[]> {
  return db.getAllFromIndex('videos', 'byAccount', account);
}

export async function clearAll(db: LensDB): Promise<void> {
  const names = ['snapshots', 'points', 'videos', 'daily', 'activity', 'audience'] as const;
  const tx = db.transaction(names, 'readwrite');
  await Promise.all(names.map((name) => tx.objectStore(name).clear()));
  await tx.done;
}

/** Adds records taken elsewhere (an import) in one transaction; ones already present are skipped. */
export async function addRecords(
  db: LensDB,
  records: Array<Omit<SnapshotRecord, 'id'>>,
): Promise<{ added: number; skipped: number }> {
  const tx = db.transaction(['snapshots', 'points', 'videos'], 'readwrite');
  const snapshots = tx.objectStore('snapshots');
  const sorted = [...records].sort((a, b) => a.capturedAt - b.capturedAt);
  const added: StoredRecord[] = [];
  for (const draft of sorted) {
    const existing = await snapshots.index('byScope').get([draft.scope, draft.capturedAt]);
    if (existing) continue;
    const id = await snapshots.add(draft);
    added.push({ ...draft, id });
  }
  await writeDerived(tx, added);
  await tx.done;
  return { added: added.length, skipped: records.length - added.length };
}

export async function allSnapshots(db: LensDB): Promise<StoredRecord[]> {
  return (await db.getAllFromIndex('snapshots', 'byCapturedAt')) as StoredRecord[];
}

/** Every captured value, oldest first, for the CSV export. */
export async function allPoints(db: LensDB): Promise<MetricPoint[]> {
  const points = await db.getAll('points');
  return points.sort((a, b) => a.capturedAt - b.capturedAt || (a.id ?? 0) - (b.id ?? 0));
}
