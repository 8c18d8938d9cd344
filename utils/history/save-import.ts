// Saving a TikTok Studio export, and reading back what exports brought: follower activity, audience
// pictures (day values are read as timeline records: timeline-reads.ts). Written in short
// journaled chunks: all or nothing.
import type { ExportVideo } from '../import/studio-files';
import type { StudioImport, StudioImportResult } from '../import/import-batch';
import type { LensDB } from './database';
import { capText } from './validate-snapshot';
import { journaled, KEYED_CHUNK, progressCounter, putInChunks, type WriteJournal } from './write-journal';
import { activityOutranks, dailyKey, mergeHours, outranks, planDaily, sameAudience, withHours, type ActivityDayRecord, type ActivityRecord, type AudienceRecord, type DailyRecord, type ImportedBackup } from './imported-days';
import type { VideoRecord } from './records';

const accountRange = (account: string) => IDBKeyRange.bound([account], [account, []]);

/**
 * Saves a read export in chunks of short journaled transactions (captures and reads run in
 * between), reporting progress after each. All or nothing: a failure, or a stop of the
 * background part-way (rolled back when it starts again), leaves what was there before.
 */
export async function importStudioData(
  db: LensDB,
  request: StudioImport,
  now = Date.now(),
  onProgress?: (done: number, total: number) => void,
  chunkSize = KEYED_CHUNK,
): Promise<StudioImportResult> {
  const account = request.account.trim().replace(/^@/, '');
  if (!account) throw new Error('Import needs the account the files belong to');
  const parts = request.parts;
  // Only imports and restores write these three stores, one at a time: what is read here holds until written.
  const [heldDaily, heldActivity, pictures] = await Promise.all([heldDays(db, account, parts), heldHours(db, account, parts), db.getAll('audience', accountRange(account))]);
  const existing = new Map(heldDaily.map((r) => [dailyKey(r.account, r.metric, r.date), r]));
  const plan = planDaily(account, parts, existing, now);

  const hours = new Map(heldActivity.hours.map((r) => [`${r.date}|${r.hour}`, r]));
  const activity: ActivityRecord[] = [];
  for (const part of parts) {
    const exportedAt = part.exportedAt ?? now;
    for (const a of part.followerActivity ?? []) {
      const key = `${a.date}|${a.hour}`;
      const held = hours.get(key);
      const record: ActivityRecord = { account, date: a.date, hour: a.hour, activeFollowers: a.activeFollowers, exportedAt };
      // An equal count from a later export is kept with that export's moment: one between them must not win.
      if (held && !activityOutranks(record, held)) continue;
      hours.set(key, record);
      activity.push(record);
    }
  }

  const audience: AudienceRecord[] = [];
  for (const part of parts) {
    if (!part.audience) continue;
    const takenAt = part.exportedAt ?? now;
    const before = pictures.filter((p) => p.takenAt <= takenAt).sort((a, b) => b.takenAt - a.takenAt)[0];
    if (before && sameAudience(before, part.audience)) continue;
    const record: AudienceRecord = { account, takenAt, file: part.name, ...part.audience };
    pictures.push(record);
    audience.push(record);
  }

  // In key order (a stable sort keeps the parts' order for one video), so each chunk reads one key range.
  const rows = parts.flatMap((part) => (part.videos ?? []).map((row) => ({ row, seenAt: part.exportedAt }))).sort((a, b) => (a.row.videoId < b.row.videoId ? -1 : a.row.videoId > b.row.videoId ? 1 : 0));
  // The hours that change, one record per day (the day's other hours as held).
  const byDate = new Map<string, ActivityRecord[]>();
  for (const r of activity) byDate.set(r.date, [...(byDate.get(r.date) ?? []), r]);
  const activityDays = [...byDate].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([date, changed]) => withHours(account, date, heldActivity.days.get(date), changed) ?? []);
  const tick = progressCounter(plan.put.length + activityDays.length + audience.length + rows.length, onProgress);
  const heldDay = (r: DailyRecord) => existing.get(dailyKey(r.account, r.metric, r.date));
  const videos = await journaled(db, 'import', async (journal) => {
    await putInChunks(journal, { store: 'daily', items: plan.put, key: (r) => [r.account, r.metric, r.date], next: (r) => r, held: heldDay }, tick, chunkSize);
    await putInChunks(journal, { store: 'activityDays', items: activityDays, key: (r) => [r.account, r.date], next: (r) => r, held: (r) => heldActivity.days.get(r.date) }, tick, chunkSize);
    await putInChunks(journal, { store: 'audience', items: audience, key: (r) => [r.account, r.takenAt], next: (r) => r }, tick, chunkSize);
    // Captures write video records too: each chunk reads them in its own transaction.
    return putInChunks<(typeof rows)[number], VideoRecord>(
      journal,
      { store: 'videos', items: rows, key: ({ row }) => [account, row.videoId], next: ({ row, seenAt }, held) => mergeExportRow(account, row, seenAt, held, now) },
      tick,
      chunkSize,
    );
  });

  const dates = parts.flatMap((p) => Object.keys(p.days)).sort();
  return { account, added: plan.added, updated: plan.updated, unchanged: plan.unchanged, activityHours: activity.length, audiencePictures: audience.length, videos, firstDay: dates[0], lastDay: dates[dates.length - 1] };
}

/** The first and last of some days (YYYY-MM-DD), by key; undefined for none. */
function span(span: [string, string] | undefined, date: string): [string, string] {
  return span ? [date < span[0] ? date : span[0], date > span[1] ? date : span[1]] : [date, date];
}

/**
 * The day values held for the metrics and days the parts bring: one key range per metric, not
 * every day the account has (three years of Studio's days are ten thousand records and more).
 */
async function heldDays(db: LensDB, account: string, parts: StudioImport['parts']): Promise<DailyRecord[]> {
  const spans = new Map<string, [string, string]>();
  for (const part of parts) {
    for (const [date, values] of Object.entries(part.days)) for (const metric of Object.keys(values)) spans.set(metric, span(spans.get(metric), date));
  }
  const store = db.transaction('daily').store;
  const held = await Promise.all([...spans].map(([metric, [first, last]]) => store.getAll(IDBKeyRange.bound([account, metric, first], [account, metric, last]))));
  return held.flat();
}

/**
 * The hours of follower activity held within the days the parts bring activity for (v3's hour
 * records and v6's days, merged), and the day records themselves by date.
 */
async function heldHours(db: LensDB, account: string, parts: StudioImport['parts']): Promise<{ hours: ActivityRecord[]; days: Map<string, ActivityDayRecord> }> {
  let span_: [string, string] | undefined;
  for (const part of parts) for (const hour of part.followerActivity ?? []) span_ = span(span_, hour.date);
  if (!span_) return { hours: [], days: new Map() };
  const tx = db.transaction(['activity', 'activityDays']);
  const [perHour, days] = await Promise.all([
    tx.objectStore('activity').getAll(IDBKeyRange.bound([account, span_[0]], [account, span_[1], []])),
    tx.objectStore('activityDays').getAll(IDBKeyRange.bound([account, span_[0]], [account, span_[1]])),
  ]);
  return { hours: mergeHours(perHour, days), days: new Map(days.map((d) => [d.date, d])) };
}

/** Every hour of follower activity exports brought (both stores, merged), in key order. */
export async function allExportedHours(db: LensDB, range?: IDBKeyRange): Promise<ActivityRecord[]> {
  const tx = db.transaction(['activity', 'activityDays']);
  const [perHour, days] = await Promise.all([tx.objectStore('activity').getAll(range), tx.objectStore('activityDays').getAll(range)]);
  return mergeHours(perHour, days);
}

/** A video's record after one export row (undefined when it changes nothing). Counters are lifetime totals at the export moment. */
function mergeExportRow(account: string, row: ExportVideo, seenAt: number | undefined, held: VideoRecord | undefined, now: number): VideoRecord | undefined {
  const video: VideoRecord = held
    ? { ...held, counters: { ...held.counters } }
    : { account, videoId: row.videoId, firstSeenAt: seenAt ?? now, lastSeenAt: seenAt ?? now, counters: {} };
  // The same cap as a capture's: a caption longer than TikTok allows is cut, never stored whole.
  if (row.caption && !video.caption) video.caption = capText(row.caption);
  if (row.postedAt && !video.postedAt) video.postedAt = row.postedAt;
  // Newer than what is held, or not at all.
  if (seenAt !== undefined && (!held || seenAt > held.lastSeenAt)) {
    for (const counter of ['views', 'likes', 'comments', 'shares'] as const) {
      if (row[counter] !== undefined) video.counters[counter] = row[counter];
    }
    video.lastSeenAt = seenAt;
    video.firstSeenAt = Math.min(video.firstSeenAt, seenAt);
  }
  return JSON.stringify(video) === JSON.stringify(held) ? undefined : video;
}

export function getAudienceHistory(db: LensDB, account: string): Promise<AudienceRecord[]> {
  return db.getAll('audience', accountRange(account));
}

/** Accounts that have imported days (or, from 'studioDays', days of Studio's own data), read from keys alone. */
export async function importedAccountNames(db: LensDB, store: 'daily' | 'studioDays' = 'daily'): Promise<string[]> {
  const out: string[] = [];
  let cursor = await db.transaction(store).store.openKeyCursor();
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

/** When Studio's data for the account's newest day came: one record read, as for imports. */
export async function lastStudioDayAt(db: LensDB, account: string): Promise<number> {
  const cursor = await db.transaction('studioDays').store.openCursor(accountRange(account), 'prev');
  return cursor?.value.receivedAt ?? 0;
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
  const [daily, activity, audience] = await Promise.all([db.getAll('daily'), allExportedHours(db), db.getAll('audience')]);
  return daily.length || activity.length || audience.length ? { daily, activity, audience } : undefined;
}

/**
 * Restores a backup's imported history in chunks under the restore's journal: records not held
 * are added; a held day value or hour of activity gives way only to one that outranks it (as an
 * import's would); nothing else is replaced.
 * Only the fields a record has are kept.
 */
export async function restoreImportedDays(journal: WriteJournal, backup: ImportedBackup, tick: (n: number) => void, chunkSize = KEYED_CHUNK): Promise<number> {
  const db = journal.db;
  const daily = await putInChunks<DailyRecord, DailyRecord>(
    journal,
    { store: 'daily', items: backup.daily.map(dailyFields), key: (r) => [r.account, r.metric, r.date], next: (r, held) => (held && !outranks(r, held) ? undefined : r) },
    tick,
    chunkSize,
  );
  // One record per day: a day's hours from the backup, each put where it outranks the hour held
  // (in either store: v3's hour records are read with the days).
  const byDay = new Map<string, ActivityRecord[]>();
  for (const r of backup.activity.map(activityFields)) {
    const key = JSON.stringify([r.account, r.date]);
    byDay.set(key, [...(byDay.get(key) ?? []), r]);
  }
  const days = [...byDay.values()];
  const perHour = new Map((await allExportedHours(db)).map((r) => [JSON.stringify([r.account, r.date, r.hour]), r]));
  let activity = 0;
  await putInChunks<ActivityRecord[], ActivityDayRecord>(
    journal,
    {
      store: 'activityDays',
      items: days,
      key: ([r]) => [r.account, r.date],
      weight: (hours) => hours.length,
      next: (hours, held) => {
        const winners = new Map<number, ActivityRecord>();
        for (const r of hours) {
          const there = winners.get(r.hour) ?? perHour.get(JSON.stringify([r.account, r.date, r.hour])) ?? (held?.hours[r.hour] ? { ...r, ...held.hours[r.hour] } : undefined);
          if (!there || activityOutranks(r, there)) winners.set(r.hour, r);
        }
        const next = withHours(hours[0].account, hours[0].date, held, [...winners.values()]);
        if (next) activity += winners.size;
        return next;
      },
    },
    tick,
    chunkSize,
  );
  const audience = await putInChunks<AudienceRecord, AudienceRecord>(
    journal,
    { store: 'audience', items: backup.audience.map(audienceFields), key: (r) => [r.account, r.takenAt], next: (r, held) => (held ? undefined : r) },
    tick,
    chunkSize,
  );
  return daily + activity + audience;
}

const dailyFields = ({ account, metric, date, value, source, file, exportedAt, importedAt, provisional }: DailyRecord): DailyRecord => ({
  account, metric, date, value, source, file, exportedAt, importedAt, ...(provisional ? { provisional } : {}),
});
const activityFields = ({ account, date, hour, activeFollowers, exportedAt }: ActivityRecord): ActivityRecord => ({ account, date, hour, activeFollowers, exportedAt });
const audienceFields = ({ account, takenAt, file, gender, territories }: AudienceRecord): AudienceRecord => ({
  account, takenAt, file, ...(gender ? { gender } : {}), ...(territories ? { territories } : {}),
});

export type { DailyRecord };
