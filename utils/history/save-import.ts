// Saving a TikTok Studio export, and reading back what exports brought: follower activity, audience
// pictures (day values are read as timeline records: timeline-reads.ts). One transaction per
// import: all or nothing.
import type { StudioFilePart } from '../import/studio-files';
import type { IDBPTransaction } from 'idb';
import type { LensDB, LensSchema } from './database';
import { dailyKey, outranks, planDaily, sameAudience, type ActivityRecord, type AudienceRecord, type DailyRecord, type ImportedBackup } from './imported-days';
import type { VideoRecord } from './records';

export interface StudioImport {
  /** The handle the files belong to: from the zip names, or chosen by the creator. */
  account: string;
  parts: StudioFilePart[];
}

export interface StudioImportResult {
  account: string;
  /** Day values new to the store, replaced by a better one, or already held. */
  added: number;
  updated: number;
  unchanged: number;
  activityHours: number;
  audiencePictures: number;
  videos: number;
  firstDay?: string;
  lastDay?: string;
}

const accountRange = (account: string) => IDBKeyRange.bound([account], [account, []]);

export async function importStudioData(db: LensDB, request: StudioImport, now = Date.now()): Promise<StudioImportResult> {
  const account = request.account.trim().replace(/^@/, '');
  if (!account) throw new Error('Import needs the account the files belong to');
  const tx = db.transaction(['daily', 'activity', 'audience', 'videos'], 'readwrite');
  try {
    return await writeImport(tx, account, request.parts, now);
  } catch (error) {
    // A request that throws before it is queued does not abort the transaction by itself.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw error;
  }
}

type ImportTx = IDBPTransaction<LensSchema, ('daily' | 'activity' | 'audience' | 'videos')[], 'readwrite'>;

async function writeImport(tx: ImportTx, account: string, parts: StudioFilePart[], now: number): Promise<StudioImportResult> {
  const request = { parts };
  // Writes are queued without waiting; any failure aborts the whole transaction.
  const writes: Array<Promise<unknown>> = [];
  const queue = (write: Promise<unknown>) => {
    write.catch(() => undefined);
    writes.push(write);
  };
  const daily = tx.objectStore('daily');
  const existing = new Map((await daily.getAll(accountRange(account))).map((r) => [dailyKey(r.account, r.metric, r.date), r]));
  const plan = planDaily(account, request.parts, existing, now);
  for (const record of plan.put) queue(daily.put(record));

  let activityHours = 0;
  const activity = tx.objectStore('activity');
  const heldActivity = new Map((await activity.getAll(accountRange(account))).map((r) => [`${r.date}|${r.hour}`, r]));
  for (const part of request.parts) {
    const exportedAt = part.exportedAt ?? now;
    for (const a of part.followerActivity ?? []) {
      const key = `${a.date}|${a.hour}`;
      const held = heldActivity.get(key);
      if (held && (held.activeFollowers === a.activeFollowers || held.exportedAt > exportedAt)) continue;
      const record: ActivityRecord = { account, date: a.date, hour: a.hour, activeFollowers: a.activeFollowers, exportedAt };
      heldActivity.set(key, record);
      queue(activity.put(record));
      activityHours++;
    }
  }

  let audiencePictures = 0;
  const audience = tx.objectStore('audience');
  const pictures = await audience.getAll(accountRange(account));
  for (const part of request.parts) {
    if (!part.audience) continue;
    const takenAt = part.exportedAt ?? now;
    const before = pictures.filter((p) => p.takenAt <= takenAt).sort((a, b) => b.takenAt - a.takenAt)[0];
    if (before && sameAudience(before, part.audience)) continue;
    const record: AudienceRecord = { account, takenAt, file: part.name, ...part.audience };
    pictures.push(record);
    queue(audience.put(record));
    audiencePictures++;
  }

  let videos = 0;
  const videoStore = tx.objectStore('videos');
  for (const part of request.parts) {
    for (const row of part.videos ?? []) {
      const held = await videoStore.get([account, row.videoId]);
      const seenAt = part.exportedAt;
      const video: VideoRecord = held
        ? { ...held, counters: { ...held.counters } }
        : { account, videoId: row.videoId, firstSeenAt: seenAt ?? now, lastSeenAt: seenAt ?? now, counters: {} };
      if (row.caption && !video.caption) video.caption = row.caption;
      if (row.postedAt && !video.postedAt) video.postedAt = row.postedAt;
      // Counters are lifetime totals at the export moment: newer than what is held, or not at all.
      if (seenAt !== undefined && (!held || seenAt > held.lastSeenAt)) {
        for (const counter of ['views', 'likes', 'comments', 'shares'] as const) {
          if (row[counter] !== undefined) video.counters[counter] = row[counter];
        }
        video.lastSeenAt = seenAt;
        video.firstSeenAt = Math.min(video.firstSeenAt, seenAt);
      }
      if (JSON.stringify(video) === JSON.stringify(held)) continue;
      queue(videoStore.put(video));
      videos++;
    }
  }
  await Promise.all(writes);
  await tx.done;

  const dates = request.parts.flatMap((p) => Object.keys(p.days)).sort();
  return { account, added: plan.added, updated: plan.updated, unchanged: plan.unchanged, activityHours, audiencePictures, videos, firstDay: dates[0], lastDay: dates[dates.length - 1] };
}

export function getActivity(db: LensDB, account: string): Promise<ActivityRecord[]> {
  return db.getAll('activity', accountRange(account));
}

export function getAudienceHistory(db: LensDB, account: string): Promise<AudienceRecord[]> {
  return db.getAll('audience', accountRange(account));
}

export async function hasImportedDays(db: LensDB, account: string): Promise<boolean> {
  return (await db.getKey('daily', accountRange(account))) !== undefined;
}

/** Accounts that have imported days, read from keys alone. */
export async function importedAccountNames(db: LensDB): Promise<string[]> {
  const out: string[] = [];
  let cursor = await db.transaction('daily').store.openKeyCursor();
  while (cursor) {
    const account = cursor.key[0];
    out.push(account);
    cursor = await cursor.continue([account, []] as unknown as [string, string, string]);
  }
  return out;
}

/** When the account's newest day was imported: one record read, however many days it has (the popup opens on this). */
export async function lastImportAt(db: LensDB, account: string): Promise<number> {
  const cursor = await db.transaction('daily').store.openCursor(accountRange(account), 'prev');
  return cursor?.value.importedAt ?? 0;
}

/** Accounts that have imported days, with how many days and the latest import. */
export async function importedAccounts(db: LensDB): Promise<Array<{ account: string; days: number; lastImportAt: number }>> {
  return Promise.all(
    (await importedAccountNames(db)).map(async (account) => {
      // Keys only: a year of every metric is thousands of records, and the days are in the keys.
      const [keys, lastAt] = await Promise.all([db.getAllKeys('daily', accountRange(account)), lastImportAt(db, account)]);
      return { account, days: new Set(keys.map((k) => k[2])).size, lastImportAt: lastAt };
    }),
  );
}

/** Everything exports brought, as stored, for the backup file (undefined when there is none). */
export async function backupImportedDays(db: LensDB): Promise<ImportedBackup | undefined> {
  const [daily, activity, audience] = await Promise.all([db.getAll('daily'), db.getAll('activity'), db.getAll('audience')]);
  return daily.length || activity.length || audience.length ? { daily, activity, audience } : undefined;
}

/**
 * Restores a backup's imported history in one transaction: records not held are added; a held
 * day value gives way only to one that outranks it; nothing else is replaced.
 */
export async function restoreImportedDays(db: LensDB, backup: ImportedBackup): Promise<number> {
  const tx = db.transaction(['daily', 'activity', 'audience'], 'readwrite');
  let added = 0;
  for (const record of backup.daily) {
    const held = await tx.objectStore('daily').get([record.account, record.metric, record.date]);
    if (held && (held.value === record.value || !outranks(record, held))) continue;
    await tx.objectStore('daily').put(record);
    added++;
  }
  for (const record of backup.activity) {
    if (await tx.objectStore('activity').getKey([record.account, record.date, record.hour])) continue;
    await tx.objectStore('activity').put(record);
    added++;
  }
  for (const record of backup.audience) {
    if (await tx.objectStore('audience').getKey([record.account, record.takenAt])) continue;
    await tx.objectStore('audience').put(record);
    added++;
  }
  await tx.done;
  return added;
}

export type { DailyRecord };
