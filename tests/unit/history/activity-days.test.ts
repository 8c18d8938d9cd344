// Follower activity from exports kept as one record per day (v6), beside the hour records v5 kept.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLensDB, type LensDB } from '@/utils/history/database';
import { backupImportedDays, importStudioData } from '@/utils/history/save-import';
import { readActivityRecords } from '@/utils/history/timeline-reads';
import { BACKUP_FORMAT, BACKUP_VERSION, restoreBackup } from '@/utils/history/backup';
import { mergeHours, type ActivityRecord } from '@/utils/history/imported-days';
import { recoverJournals, WriteJournal } from '@/utils/history/write-journal';
import type { StudioFilePart } from '@/utils/import/read-studio-files';

const ACCOUNT = 'maya.bakes';
const T = Date.UTC(2025, 7, 20, 12);
const day = (i: number) => new Date(Date.UTC(2024, 7, 21) + i * 86_400_000).toISOString().slice(0, 10);
const hour = (date: string, h: number, activeFollowers: number, exportedAt: number): ActivityRecord => ({ account: ACCOUNT, date, hour: h, activeFollowers, exportedAt });
const part = (exportedAt: number, hours: ActivityRecord[]): StudioFilePart => ({ name: 'Followers.zip', files: ['FollowerActivity.csv'], exportedAt, days: {}, followerActivity: hours.map(({ date, hour: h, activeFollowers }) => ({ date, hour: h, activeFollowers })) });

let db: LensDB;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLensDB();
});

describe('follower activity as one record per day', () => {
  it("a year's 8,760 hours are 365 records, read back hour by hour", async () => {
    const hours = Array.from({ length: 365 * 24 }, (_, i) => hour(day(Math.floor(i / 24)), i % 24, i, T));
    const result = await importStudioData(db, { account: ACCOUNT, parts: [part(T, hours)] }, T);
    expect(result.activityHours).toBe(8760);
    expect(await db.count('activityDays')).toBe(365);
    expect(await db.count('activity')).toBe(0);
    expect(await readActivityRecords(db, ACCOUNT)).toEqual(hours);
  });

  it("a later export's hours join the day's other hours; an earlier export's do not replace them", async () => {
    await importStudioData(db, { account: ACCOUNT, parts: [part(T, [hour(day(0), 9, 10, T), hour(day(0), 10, 20, T)])] }, T);
    await importStudioData(db, { account: ACCOUNT, parts: [part(T + 1000, [hour(day(0), 10, 25, T + 1000), hour(day(0), 11, 30, T + 1000)])] }, T);
    const older = await importStudioData(db, { account: ACCOUNT, parts: [part(T - 1000, [hour(day(0), 9, 99, T - 1000), hour(day(0), 12, 5, T - 1000)])] }, T);
    expect(older.activityHours).toBe(1);
    expect((await readActivityRecords(db, ACCOUNT)).map((r) => [r.hour, r.activeFollowers])).toEqual([[9, 10], [10, 25], [11, 30], [12, 5]]);
    expect(await db.count('activityDays')).toBe(1);
  });
});

describe('hours a version 5 database kept one record each', () => {
  const legacy = [hour(day(0), 9, 10, T), hour(day(0), 10, 20, T), hour(day(1), 8, 7, T)];
  beforeEach(async () => {
    const tx = db.transaction('activity', 'readwrite');
    for (const r of legacy) void tx.store.put(r);
    await tx.done;
  });

  it('are read with the days; the one that outranks the other wins each hour', async () => {
    await importStudioData(db, { account: ACCOUNT, parts: [part(T + 1000, [hour(day(0), 10, 25, T + 1000)])] }, T);
    await importStudioData(db, { account: ACCOUNT, parts: [part(T - 1000, [hour(day(1), 8, 99, T - 1000), hour(day(1), 9, 3, T - 1000)])] }, T);
    expect((await readActivityRecords(db, ACCOUNT)).map((r) => [r.date, r.hour, r.activeFollowers])).toEqual([
      [day(0), 9, 10], [day(0), 10, 25], [day(1), 8, 7], [day(1), 9, 3],
    ]);
    // Importing the held hours again changes nothing in either store.
    const again = await importStudioData(db, { account: ACCOUNT, parts: [part(T, legacy)] }, T);
    expect(again.activityHours).toBe(0);
  });

  it('go into a backup merged with the days, and restore into an empty profile as the same hours', async () => {
    await importStudioData(db, { account: ACCOUNT, parts: [part(T + 1000, [hour(day(0), 10, 25, T + 1000)])] }, T);
    const imported = (await backupImportedDays(db))!;
    expect(imported.activity.map((r) => [r.date, r.hour, r.activeFollowers])).toEqual([[day(0), 9, 10], [day(0), 10, 25], [day(1), 8, 7]]);
    globalThis.indexedDB = new IDBFactory();
    const other = await openLensDB();
    const restored = await restoreBackup(other, { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(T).toISOString(), snapshots: [], imported }, T);
    expect(restored.restoredStudioRecords).toBe(3);
    expect(await readActivityRecords(other, ACCOUNT)).toEqual(imported.activity);
    expect(await other.count('activityDays')).toBe(2);
  });

  it('a restore puts a backup hour only where it outranks the hour held, in either store', async () => {
    await importStudioData(db, { account: ACCOUNT, parts: [part(T + 1000, [hour(day(2), 5, 40, T + 1000)])] }, T);
    const activity = [hour(day(0), 9, 99, T - 1), hour(day(1), 8, 50, T + 1), hour(day(2), 5, 41, T), hour(day(2), 6, 3, T)];
    const restored = await restoreBackup(db, { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(T).toISOString(), snapshots: [], imported: { daily: [], activity, audience: [] } }, T);
    expect(restored.restoredStudioRecords).toBe(2);
    expect((await readActivityRecords(db, ACCOUNT)).map((r) => [r.date, r.hour, r.activeFollowers])).toEqual([
      [day(0), 9, 10], [day(0), 10, 20], [day(1), 8, 50], [day(2), 5, 40], [day(2), 6, 3],
    ]);
  });

  it('an import stopped after writing a day record is rolled back to the hours held before', async () => {
    const journal = await WriteJournal.open(db, 'import');
    const tx = journal.transaction(['activityDays']);
    void tx.objectStore('activityDays').put({ account: ACCOUNT, date: day(0), hours: Array.from({ length: 24 }, (_, h) => (h === 9 ? { activeFollowers: 500, exportedAt: T + 5 } : null)) });
    journal.note(tx, { store: 'activityDays', replaced: [{ key: [ACCOUNT, day(0)] }] });
    await tx.done;
    expect((await readActivityRecords(db, ACCOUNT))[0].activeFollowers).toBe(500);
    expect(await recoverJournals(db)).toBe(1);
    expect(await readActivityRecords(db, ACCOUNT)).toEqual(legacy);
  });
});

describe('mergeHours', () => {
  it('keeps key order across accounts whose names are prefixes of each other', () => {
    const a = { ...hour(day(0), 3, 1, T), account: 'ab' };
    const b = { ...hour(day(0), 1, 1, T), account: 'abc' };
    expect(mergeHours([b, a], [])).toEqual([a, b]);
    const dayOf = (activeFollowers: number, exportedAt: number) => ({ account: 'ab', date: day(0), hours: Array.from({ length: 24 }, (_, h) => (h === 3 ? { activeFollowers, exportedAt } : null)) });
    // Where both hold an hour, the outranking one, whichever store it is in.
    expect(mergeHours([a], [dayOf(2, T)])).toEqual([{ ...a, activeFollowers: 2 }]);
    expect(mergeHours([a], [dayOf(9, T - 1)])).toEqual([a]);
    expect(mergeHours([a], [dayOf(0, T)])).toEqual([a]);
  });
});
