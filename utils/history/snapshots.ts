// Store operations the background exposes through messages. Every function takes the
// open database, so tests run them against fake-indexeddb and benchmarks time them.
import type { IDBPIndex, IDBPTransaction } from 'idb';
import type { SeriesMetric, StudioSnapshot } from '../reader/snapshot';
import type { LensDB, LensSchema } from './database';
import { localDate } from '../platform/days';
import { toPoint } from '../timeline/chart-point';
import type { AccountRecency } from '../timeline/timeline-contract';
import { journaled, progressCounter, yieldToOthers, type WriteJournal } from './write-journal';
import { importedAccountNames, importedAccounts, lastImportAt, lastStudioDayAt } from './save-import';
import {
  mergeVideos,
  pointsOf,
  sameContent,
  scopeKey,
  type MetricPoint,
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

  if (latest && sameContent(latest, snapshot) && now - latest.lastSeenAt <= DEDUPE_WINDOW_MS && (await onlyRevisit(snapshots.index('byAccount'), latest, now))) {
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

/**
 * Whether a capture may stand for a revisit at `now` without a record of its own: on the same local
 * day (a running total counts for the day it was seen; a day's figure settles at a midnight), and
 * with nothing of the account captured since (another page may have shown a metric differently,
 * and the later sighting wins its day).
 */
async function onlyRevisit(byAccount: IDBPIndex<LensSchema, ['snapshots', 'points', 'videos'], 'snapshots', 'byAccount', 'readwrite'>, latest: StoredRecord, now: number): Promise<boolean> {
  if (localDate(now) !== localDate(latest.capturedAt)) return false;
  return !(await byAccount.openKeyCursor(IDBKeyRange.bound([latest.account, latest.capturedAt], [latest.account, Infinity], true)));
}

/** Each video record as it was before a restore first touched it in this chunk (undefined: it was new). */
type VideosBefore = Map<string, { key: [string, string]; before?: VideoRecord }>;

/** Points and video records follow from snapshots; they are written in the same transaction. Returns the points' keys. */
async function writeDerived(tx: WriteTx, records: StoredRecord[], videosBefore?: VideosBefore): Promise<number[]> {
  const points = tx.objectStore('points');
  const videos = tx.objectStore('videos');
  const merged = new Map<string, VideoRecord>();
  const pointIds: Promise<number>[] = [];
  for (const record of records) {
    for (const point of pointsOf(record)) pointIds.push(points.add(point));
    const ids = new Set((record.videos ?? []).map((row) => row.videoId));
    if (record.videoId) ids.add(record.videoId);
    const known = new Map<string, VideoRecord>();
    await Promise.all(
      [...ids].map(async (videoId) => {
        const key = `${record.account}|${videoId}`;
        const video = merged.get(key) ?? (await videos.get([record.account, videoId]));
        if (videosBefore && !videosBefore.has(key)) videosBefore.set(key, { key: [record.account, videoId], before: video });
        if (video) known.set(key, video);
      }),
    );
    for (const video of mergeVideos(record, (a, v) => known.get(`${a}|${v}`))) {
      merged.set(`${video.account}|${video.videoId}`, video);
    }
  }
  await Promise.all([...merged.values()].map((video) => videos.put(video)));
  return Promise.all(pointIds);
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
  return (await db.getAllFromIndex('points', 'bySeries', range)).map(seriesPoint);
}

export const seriesPoint = (p: MetricPoint): SeriesPoint => toPoint({ t: p.capturedAt, v: p.value, rounded: p.rounded });

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

export interface AccountSummary extends AccountRecency {
  captures: number;
  firstAt: number;
  /** Days imported from TikTok Studio exports (an account may have only these). */
  importedDays?: number;
}

/** Accounts, freshest first: the newest capture of each, else its latest import, else Studio's data for its newest day. */
export async function accountsByRecency(db: LensDB): Promise<AccountRecency[]> {
  const [captured, imported, studio] = await Promise.all([capturedAccounts(db), importedAccountNames(db), importedAccountNames(db, 'studioDays')]);
  const importedOnly = imported.filter((account) => !captured.some((a) => a.account === account));
  // An account known only from Studio's own data (its pages loaded, nothing captured or imported yet).
  const studioOnly = studio.filter((account) => !captured.some((a) => a.account === account) && !imported.includes(account));
  return newestFirst(captured, [
    ...(await Promise.all(importedOnly.map(async (account) => ({ account, lastAt: await lastImportAt(db, account) })))),
    ...(await Promise.all(studioOnly.map(async (account) => ({ account, lastAt: await lastStudioDayAt(db, account) })))),
  ]);
}

/** Captured accounts and accounts known only from imports (when last imported), freshest first. */
const newestFirst = (captured: AccountRecency[], importedOnly: AccountRecency[]) => [...captured, ...importedOnly].sort((a, b) => b.lastAt - a.lastAt);

/** Each account's newest capture: one step forward to each account, one step back to its newest key. */
async function capturedAccounts(db: LensDB): Promise<AccountRecency[]> {
  const index = db.transaction('snapshots').store.index('byAccount');
  const [first, last] = await Promise.all([index.openKeyCursor(), index.openKeyCursor(null, 'prev')]);
  // One account, the usual case: the index's two ends are its oldest and newest captures.
  if (!first || !last || first.key[0] === last.key[0]) return last ? [{ account: last.key[0], lastAt: last.key[1] }] : [];
  const out: AccountRecency[] = [];
  // Forward: Chromium seeks a forward cursor to a key but steps a backward one through every record.
  let cursor = await index.openKeyCursor(null, 'nextunique');
  while (cursor) {
    const account = cursor.key[0];
    const newest = await index.openKeyCursor(IDBKeyRange.bound([account, -Infinity], [account, Infinity]), 'prev');
    out.push({ account, lastAt: newest ? newest.key[1] : cursor.key[1] });
    cursor = await cursor.continue([account, Infinity]);
  }
  return out;
}

export async function listAccounts(db: LensDB): Promise<AccountSummary[]> {
  // Imports are read once here, for their day counts and (accounts without captures) their time.
  const [captured, imported] = await Promise.all([capturedAccounts(db), importedAccounts(db)]);
  const importedOnly = imported.filter((i) => !captured.some((a) => a.account === i.account)).map((i) => ({ account: i.account, lastAt: i.lastImportAt }));
  const index = db.transaction('snapshots').store.index('byAccount');
  return Promise.all(
    newestFirst(captured, importedOnly).map(async ({ account, lastAt }): Promise<AccountSummary> => {
      const range = IDBKeyRange.bound([account, -Infinity], [account, Infinity]);
      const [captures, first] = await Promise.all([index.count(range), index.openKeyCursor(range)]);
      const importedDays = imported.find((i) => i.account === account)?.days;
      return { account, captures, firstAt: first ? first.key[1] : lastAt, lastAt, ...(importedDays === undefined ? {} : { importedDays }) };
    }),
  );
}

export function listVideos(db: LensDB, account: string): Promise<VideoRecord[]> {
  return db.getAllFromIndex('videos', 'byAccount', account);
}

export async function clearAll(db: LensDB): Promise<void> {
  // With everything gone there is nothing left for an open journal to undo.
  const names = ['snapshots', 'points', 'videos', 'daily', 'activity', 'activityDays', 'audience', 'studioDays', 'studioVideoValues', 'studioRetention', 'studioActivity', 'journal', 'journalUndo'] as const;
  const tx = db.transaction(names, 'readwrite');
  await Promise.all(names.map((name) => tx.objectStore(name).clear()));
  await tx.done;
}

/** Records an import found already stored with the same scope and time but other values. */
export interface ImportConflict {
  scope: string;
  capturedAt: number;
}

export interface AddRecordsResult {
  added: number;
  /** Already stored, identical. */
  skipped: number;
  /** Same scope and time as a stored capture, different values: the stored one is kept. */
  conflicts: number;
  /** The first few conflicts, to show. */
  conflictSamples: ImportConflict[];
}

const MAX_CONFLICT_SAMPLES = 5;
/** Records per transaction: small enough that a capture or the popup waits only a moment. */
export const IMPORT_CHUNK = 500;

/** Video rows per chunk at most: a chunk of posts lists (200 rows each) writes its points and videos in moments too. */
const CHUNK_ROWS = 2500;

/** Consecutive chunks of at most `size` records and about CHUNK_ROWS video rows. */
function chunksOf<T extends { videos?: unknown[] }>(records: T[], size: number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let rows = 0;
  for (const record of records) {
    const weight = record.videos?.length ?? 0;
    if (chunk.length && (chunk.length >= size || rows + weight > CHUNK_ROWS)) {
      chunks.push(chunk);
      chunk = [];
      rows = 0;
    }
    chunk.push(record);
    rows += weight;
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/** Adds records taken elsewhere (a backup) under a journal of its own: all or nothing, even across a stop. */
export function addRecords(
  db: LensDB,
  records: Array<Omit<SnapshotRecord, 'id'>>,
  onProgress?: (done: number, total: number) => void,
  chunkSize = IMPORT_CHUNK,
): Promise<AddRecordsResult> {
  return journaled(db, 'restore', (journal) => writeRecords(journal, records, progressCounter(records.length, onProgress), chunkSize));
}

/**
 * Writes records in chunks of short transactions, so captures and popup reads run in between,
 * counting each chunk with `tick`. Ones already present are skipped. Each chunk notes in the
 * journal how to take it back; the caller commits or rolls back.
 */
export async function writeRecords(
  journal: WriteJournal,
  records: Array<Omit<SnapshotRecord, 'id'>>,
  tick: (n: number) => void,
  chunkSize = IMPORT_CHUNK,
): Promise<AddRecordsResult> {
  const sorted = [...records].sort((a, b) => a.capturedAt - b.capturedAt);
  const result: AddRecordsResult = { added: 0, skipped: 0, conflicts: 0, conflictSamples: [] };
  for (const chunk of chunksOf(sorted, chunkSize)) {
    const tx = journal.transaction(['snapshots', 'points', 'videos']);
    const snapshots = tx.objectStore('snapshots');
    const added: StoredRecord[] = [];
    for (const draft of chunk) {
      const existing = await snapshots.index('byScope').get([draft.scope, draft.capturedAt]);
      if (existing && sameContent(existing, draft)) result.skipped++;
      else if (existing) {
        result.conflicts++;
        if (result.conflictSamples.length < MAX_CONFLICT_SAMPLES) result.conflictSamples.push({ scope: draft.scope, capturedAt: draft.capturedAt });
      } else {
        const id = await snapshots.add(draft);
        added.push({ ...draft, id });
      }
    }
    const videosBefore: VideosBefore = new Map();
    const pointIds = await writeDerived(tx as unknown as WriteTx, added, videosBefore);
    if (added.length) journal.note(tx, { store: 'snapshots', added: [added[0].id, added[added.length - 1].id] });
    if (pointIds.length) journal.note(tx, { store: 'points', added: [pointIds.reduce((a, b) => Math.min(a, b)), pointIds.reduce((a, b) => Math.max(a, b))] });
    journal.note(tx, { store: 'videos', replaced: [...videosBefore.values()] });
    await tx.done;
    result.added += added.length;
    tick(chunk.length);
    await yieldToOthers();
  }
  return result;
}

export async function allSnapshots(db: LensDB): Promise<StoredRecord[]> {
  return (await db.getAllFromIndex('snapshots', 'byCapturedAt')) as StoredRecord[];
}

/** Every captured value, oldest first, for the CSV export. */
export async function allPoints(db: LensDB): Promise<MetricPoint[]> {
  const points = await db.getAll('points');
  return points.sort((a, b) => a.capturedAt - b.capturedAt || (a.id ?? 0) - (b.id ?? 0));
}
