// Studio's own data (the exact days, per-video curves, retention and activity its pages load),
// kept beside captures and imports: saved a batch at a time in one transaction, and all of it for
// the backup and the CSV (views read it through timeline-reads.ts).
import type { StudioDataBatch, StudioDataSaved } from '../studio-data/studio-data-contract';
import type { LensDB } from './database';
import { KEYED_CHUNK, putInChunks, type WriteJournal } from './write-journal';
import {
  recordsOfBatch,
  retentionOutranks,
  sameStudioValue,
  studioBatchErrors,
  studioRecordFields,
  studioValueOutranks,
  type StudioActivityRecord,
  type StudioDataBackup,
  type StudioDayRecord,
  type StudioRetentionRecord,
  type StudioVideoValueRecord,
} from './studio-data-records';

const STUDIO_STORES = ['studioDays', 'studioVideoValues', 'studioRetention', 'studioActivity'] as const;

/**
 * Saves a batch a content script sent, checked again here (it lives inside a web page), in one
 * transaction: all of it or, when a write fails, none (the sender's promise rejects). For each key a
 * final value replaces a provisional one and never the reverse; the same batch twice changes nothing.
 */
export async function saveStudioData(db: LensDB, batch: StudioDataBatch, now = Date.now()): Promise<StudioDataSaved> {
  const errors = studioBatchErrors(batch, now);
  if (errors.length) throw new Error(`Studio data rejected, nothing was changed: ${errors.slice(0, 3).join('; ')}`);
  const records = recordsOfBatch(batch);
  const tx = db.transaction(STUDIO_STORES, 'readwrite');
  let saved = 0;
  // Reads first, all at once; then only the values that win are written.
  type Ranked = { receivedAt: number; provisional?: true };
  const keep = async <R extends Ranked>(store: KeyedStore<R>, items: R[], key: (r: R) => IDBValidKey[], value: (r: R) => number) => {
    const held = await heldRecords(store, items, key);
    items.forEach((r, i) => {
      const before = held[i];
      const next = { ...r, value: value(r) };
      if (before && !studioValueOutranks(next, { ...before, value: value(before) })) return;
      // A newer moment of the same value is written (so the order of batches never decides) but is no news.
      if (!before || !sameStudioValue(next, { ...before, value: value(before) })) saved++;
      store.put(r).catch(() => undefined);
    });
  };
  const store = <R>(name: (typeof STUDIO_STORES)[number]) => tx.objectStore(name) as unknown as KeyedStore<R>;
  const writes = Promise.all([
    keep(store<StudioDayRecord>('studioDays'), records.days, (r) => [r.account, r.metric, r.date], (r) => r.value),
    keep(store<StudioVideoValueRecord>('studioVideoValues'), records.videoValues, (r) => [r.account, r.videoId, r.metric, r.at], (r) => r.value),
    keep(store<StudioActivityRecord>('studioActivity'), records.activity, (r) => [r.account, r.date, r.hour], (r) => r.activeFollowers),
    (async () => {
      const retention = store<StudioRetentionRecord>('studioRetention');
      const held = await Promise.all(records.retention.map((r) => retention.get([r.account, r.videoId])));
      records.retention.forEach((r, i) => {
        const before = held[i];
        if (before && !retentionOutranks(r, before)) return;
        if (!before || JSON.stringify(before.points) !== JSON.stringify(r.points)) saved++;
        retention.put(r).catch(() => undefined);
      });
    })(),
  ]);
  try {
    await writes;
  } catch (error) {
    // A write refused before it was queued: take back the ones that were.
    tx.abort();
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
  return { saved };
}

type KeyedStore<R> = { get(key: IDBValidKey): Promise<R | undefined>; getAll(range: IDBKeyRange): Promise<R[]>; put(value: R): Promise<unknown> };

/**
 * The stored record of each item's key (undefined where none), read a key range at a time: items
 * sharing all but the last part of their key (an account's metric, a video's metric, a day's hours)
 * are one getAll from their lowest last part to their highest. A visit's 364 days are 13 reads, not
 * 364 (issue 34: a Chromium IndexedDB request costs far more than the record it reads).
 */
async function heldRecords<R>(store: KeyedStore<R>, items: R[], key: (r: R) => IDBValidKey[]): Promise<Array<R | undefined>> {
  const groups = new Map<string, { prefix: IDBValidKey[]; low: IDBValidKey; high: IDBValidKey }>();
  const keys = items.map(key);
  for (const k of keys) {
    const prefix = k.slice(0, -1);
    const last = k[k.length - 1];
    const id = JSON.stringify(prefix);
    const group = groups.get(id);
    if (!group) groups.set(id, { prefix, low: last, high: last });
    else {
      if (indexedDB.cmp(last, group.low) < 0) group.low = last;
      if (indexedDB.cmp(last, group.high) > 0) group.high = last;
    }
  }
  const byKey = new Map<string, R>();
  await Promise.all(
    [...groups.values()].map(async ({ prefix, low, high }) => {
      for (const record of await store.getAll(IDBKeyRange.bound([...prefix, low], [...prefix, high]))) byKey.set(JSON.stringify(key(record)), record);
    }),
  );
  return keys.map((k) => byKey.get(JSON.stringify(k)));
}

/** Everything Studio's data brought, as stored, for the backup file and the CSV (undefined when there is none). */
export async function allStudioData(db: LensDB): Promise<StudioDataBackup | undefined> {
  const tx = db.transaction(STUDIO_STORES);
  const [days, videoValues, retention, activity] = await Promise.all(STUDIO_STORES.map((name) => tx.objectStore(name).getAll()));
  const backup = { days, videoValues, retention, activity } as StudioDataBackup;
  return days.length || videoValues.length || retention.length || activity.length ? backup : undefined;
}

/** How many values Studio's data brought, counted as the CSV writes them: one per day, video value and activity hour, one per retention point. */
export async function countStudioValues(db: LensDB): Promise<number> {
  const tx = db.transaction(STUDIO_STORES);
  const [days, videoValues, curves, hours] = await Promise.all([
    tx.objectStore('studioDays').count(),
    tx.objectStore('studioVideoValues').count(),
    tx.objectStore('studioRetention').getAll(),
    tx.objectStore('studioActivity').count(),
  ]);
  return days + videoValues + hours + curves.reduce((sum, c) => sum + c.points.length, 0);
}

/**
 * Restores a backup's Studio data in chunks under the restore's journal: a record not held is
 * added, a held one gives way only to one that outranks it (as a later batch's would). Only the
 * fields a record has are kept.
 */
export async function restoreStudioData(journal: WriteJournal, backup: StudioDataBackup, tick: (n: number) => void, chunkSize = KEYED_CHUNK): Promise<number> {
  const ranked = <R extends { receivedAt: number; provisional?: true }>(value: (r: R) => number) => (r: R, held: R | undefined) =>
    held && !studioValueOutranks({ ...r, value: value(r) }, { ...held, value: value(held) }) ? undefined : r;
  const days = await putInChunks(journal, { store: 'studioDays', items: backup.days.map(studioRecordFields.days), key: (r) => [r.account, r.metric, r.date], next: ranked((r) => r.value) }, tick, chunkSize);
  const values = await putInChunks(journal, { store: 'studioVideoValues', items: backup.videoValues.map(studioRecordFields.videoValues), key: (r) => [r.account, r.videoId, r.metric, r.at], next: ranked((r) => r.value) }, tick, chunkSize);
  const curves = await putInChunks<StudioRetentionRecord, StudioRetentionRecord>(
    journal,
    { store: 'studioRetention', items: backup.retention.map(studioRecordFields.retention), key: (r) => [r.account, r.videoId], next: (r, held) => (held && !retentionOutranks(r, held) ? undefined : r) },
    tick,
    chunkSize,
  );
  const hours = await putInChunks(journal, { store: 'studioActivity', items: backup.activity.map(studioRecordFields.activity), key: (r) => [r.account, r.date, r.hour], next: ranked((r) => r.activeFollowers) }, tick, chunkSize);
  return days + values + curves + hours;
}
