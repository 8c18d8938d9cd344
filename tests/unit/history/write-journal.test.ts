// Imports that cannot hold the store or leave half of themselves behind (issue 22, findings 5–7):
// a Studio import and a backup's imported history go in short chunks with progress, a capture is
// stored between two chunks, and a restore or import cut short by a stopped background is rolled
// back when the background starts again, so "nothing was imported" is true.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStoreHandlers } from '@/entrypoints/background/history-service';
import { openLensDB, type LensDB } from '@/utils/history/database';
import { BACKUP_FORMAT, BACKUP_VERSION, restoreBackup } from '@/utils/history/backup';
import { importStudioData } from '@/utils/history/save-import';
import { studioImportErrors, type ImportedBackup } from '@/utils/history/imported-days';
import { IMPORT_CHUNK, listVideos, saveSnapshot } from '@/utils/history/snapshots';
import { KEYED_CHUNK, recoverJournals } from '@/utils/history/write-journal';
import type { StudioFilePart } from '@/utils/import/studio-files';

const NAME = 'journal-test';
const NOW = Date.UTC(2026, 10, 1);
const T0 = Date.UTC(2026, 0, 1, 9, 0);
const ACCOUNT = 'maya.bakes';
const FOLLOWERS = { page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', range: { days: 7 } } as const;

const followers = (i: number) => ({ ...FOLLOWERS, account: ACCOUNT, metrics: { followers: 1000 + i }, capturedAt: T0 + i * 60_000, lastSeenAt: T0 + i * 60_000 });
const posts = (i: number) => ({
  page: 'posts-list', url: 'https://www.tiktok.com/tiktokstudio/content', account: ACCOUNT, range: 'lifetime', metrics: {},
  videos: [{ videoId: String(7300 + (i % 40)), views: 100 + i }], capturedAt: T0 + i * 60_000 + 1, lastSeenAt: T0 + i * 60_000 + 1,
});
const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

function importedHistory(days: number): ImportedBackup {
  return {
    daily: Array.from({ length: days }, (_, i) => ({ account: ACCOUNT, metric: 'videoViews' as const, date: day(i), value: i, source: 'studio-export' as const, file: 'a.zip', exportedAt: NOW - 1, importedAt: NOW - 1 })),
    activity: Array.from({ length: days }, (_, i) => ({ account: ACCOUNT, date: day(i), hour: i % 24, activeFollowers: i, exportedAt: NOW - 1 })),
    audience: [],
  };
}

const backup = (snapshots: unknown[], imported?: ImportedBackup) => ({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(NOW).toISOString(), snapshots, ...(imported ? { imported } : {}) });

function videoPart(rows: number, caption = 'cake'): StudioFilePart {
  return {
    name: 'Content.zip', files: ['Content.csv'], exportedAt: NOW - 3_600_000, days: { [day(10)]: { videoViews: 5 } },
    videos: Array.from({ length: rows }, (_, i) => ({ videoId: String(7_400_000_000 + i), caption, views: i, likes: 1 })),
  };
}

const stores = ['snapshots', 'points', 'videos', 'daily', 'activity', 'activityDays', 'audience', 'journal', 'journalUndo'] as const;
async function everything(d: LensDB) {
  return Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await d.getAll(s)] as const)));
}

/**
 * The database as the background sees it when it is stopped: once `stopped()` says so, no further
 * transaction starts (the one running is cut off, as the browser aborts it), and nothing the
 * code would do afterwards, a rollback included, happens.
 */
function stoppable(db: LensDB, stopped: () => boolean): LensDB {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'transaction')
        return (...args: unknown[]) => {
          if (stopped()) throw new Error('the background was stopped');
          return (target.transaction as (...a: unknown[]) => unknown)(...args);
        };
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

let db: LensDB;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLensDB(NAME);
});

async function seeded() {
  await restoreBackup(db, backup([followers(0), posts(1)], importedHistory(3)), NOW);
  await importStudioData(db, { account: ACCOUNT, parts: [videoPart(3)] }, NOW);
  return everything(db);
}

// Thousands of records each: slower than the default 5 s when the machine is busy.
describe('a restore or import cut short by a stopped background', { timeout: 30_000 }, () => {
  it('a restore stopped after a few chunks is rolled back when the background starts again', async () => {
    const before = await seeded();
    const file = backup(Array.from({ length: IMPORT_CHUNK * 5 }, (_, i) => (i % 2 ? posts(i + 10) : followers(i + 10))), importedHistory(KEYED_CHUNK * 2));
    let done = 0;
    const dying = stoppable(db, () => done >= IMPORT_CHUNK * 3);
    await expect(restoreBackup(dying, file, NOW, (d) => (done = d))).rejects.toThrow('stopped');
    expect((await db.getAll('snapshots')).length).toBeGreaterThan(before.snapshots.length); // what a stop leaves

    // The next start of the background: its first answer comes after the rollback.
    const handlers = createStoreHandlers(() => openLensDB(NAME));
    expect(await handlers.storeStats(undefined)).toEqual({ snapshots: before.snapshots.length, points: before.points.length, videos: before.videos.length, importedValues: before.daily.length });
    expect(await everything(db)).toEqual(before);
  });

  it('a stop in the imported history, after every capture was written, is rolled back too', async () => {
    const before = await seeded();
    const file = backup([followers(20), posts(21)], importedHistory(KEYED_CHUNK * 3));
    let done = 0;
    const dying = stoppable(db, () => done >= 2 + KEYED_CHUNK * 2);
    await expect(restoreBackup(dying, file, NOW, (d) => (done = d))).rejects.toThrow('stopped');
    expect(await recoverJournals(db)).toBe(1);
    expect(await everything(db)).toEqual(before);
  });

  it('a Studio import stopped part-way is rolled back, overwritten videos included, and then imports whole', async () => {
    const before = await seeded();
    // Newer counters for the three videos held: the import overwrites them.
    const part = { ...videoPart(KEYED_CHUNK * 3 + 11), exportedAt: NOW - 1000 };
    let done = 0;
    const dying = stoppable(db, () => done >= KEYED_CHUNK * 2);
    await expect(importStudioData(dying, { account: ACCOUNT, parts: [part] }, NOW, (d) => (done = d))).rejects.toThrow('stopped');
    expect((await db.getAll('videos')).length).toBeGreaterThan(before.videos.length);

    const handlers = createStoreHandlers(() => openLensDB(NAME));
    expect((await handlers.listVideos(ACCOUNT)).length).toBe(before.videos.length);
    expect(await everything(db)).toEqual(before);
    expect((await importStudioData(db, { account: ACCOUNT, parts: [part] }, NOW)).videos).toBe(KEYED_CHUNK * 3 + 11);
    expect(await db.count('journal')).toBe(0);
  });

  it('a rollback that is itself stopped finishes on the following start', async () => {
    const before = await seeded();
    let done = 0;
    await expect(importStudioData(stoppable(db, () => done >= KEYED_CHUNK * 3), { account: ACCOUNT, parts: [videoPart(KEYED_CHUNK * 4)] }, NOW, (d) => (done = d))).rejects.toThrow();
    let rollbackSteps = 0;
    await expect(recoverJournals(stoppable(db, () => ++rollbackSteps > 2))).rejects.toThrow('stopped');
    expect(await recoverJournals(db)).toBe(1);
    expect(await everything(db)).toEqual(before);
  });

  it('deleting everything waits for a restore under way, so nothing of it comes back afterwards', async () => {
    const handlers = createStoreHandlers(() => openLensDB(NAME));
    const restoring = handlers.restoreBackup(backup(Array.from({ length: IMPORT_CHUNK * 3 }, (_, i) => followers(i))));
    const clearing = handlers.clearAll(undefined);
    await Promise.all([restoring, clearing]);
    expect(await handlers.storeStats(undefined)).toEqual({ snapshots: 0, points: 0, videos: 0 });
  });

  it('a finished import leaves no journal behind, and a start finds nothing to undo', async () => {
    const before = await seeded();
    expect(before.journal).toEqual([]);
    expect(before.journalUndo).toEqual([]);
    expect(await recoverJournals(db)).toBe(0);
    expect(await everything(db)).toEqual(before);
  });
});

describe('a Studio import in short chunks', { timeout: 30_000 }, () => {
  it('reports progress after each chunk over every row it writes', async () => {
    const progress: Array<[number, number]> = [];
    const rows = KEYED_CHUNK * 2 + 5;
    const result = await importStudioData(db, { account: ACCOUNT, parts: [videoPart(rows)] }, NOW, (done, total) => progress.push([done, total]));
    expect(result.videos).toBe(rows);
    const total = rows + 1; // and one day value
    expect(progress).toEqual([[1, total], [KEYED_CHUNK + 1, total], [KEYED_CHUNK * 2 + 1, total], [total, total]]);
  });

  it('lets a capture be stored while it runs', async () => {
    const order: string[] = [];
    let capture: Promise<unknown> | undefined;
    const importing = importStudioData(db, { account: ACCOUNT, parts: [videoPart(KEYED_CHUNK * 4)] }, NOW, (done) => {
      if (done > KEYED_CHUNK && !capture) capture = saveSnapshot(db, { ...FOLLOWERS, account: 'other.one', metrics: { followers: 5 } }, NOW).then(() => order.push('capture'));
    }).then(() => order.push('import'));
    await Promise.all([importing, capture]);
    expect(order).toEqual(['capture', 'import']);
  });

  it('reads what each key holds, whether a chunk\'s videos are close together or far apart', async () => {
    await importStudioData(db, { account: ACCOUNT, parts: [videoPart(3000)] }, NOW);
    // Ten rows spread over the 3,000 held: their key range holds many others, so each is read alone.
    const spread = { ...videoPart(0), exportedAt: NOW - 1000, videos: Array.from({ length: 10 }, (_, i) => ({ videoId: String(7_400_000_000 + i * 300), caption: 'new', views: 1 })) };
    const close = { ...videoPart(0), exportedAt: NOW - 500, videos: Array.from({ length: 10 }, (_, i) => ({ videoId: String(7_400_000_001 + i), caption: 'new', views: 2 })) };
    expect((await importStudioData(db, { account: ACCOUNT, parts: [spread, close] }, NOW, undefined, 5)).videos).toBe(20);
    const byId = new Map((await listVideos(db, ACCOUNT)).map((v) => [v.videoId, v]));
    expect(byId.size).toBe(3000);
    expect(byId.get(String(7_400_000_000 + 900))).toMatchObject({ caption: 'cake', counters: { views: 1, likes: 1 }, lastSeenAt: NOW - 1000 });
    expect(byId.get(String(7_400_000_005))).toMatchObject({ caption: 'cake', counters: { views: 2, likes: 1 }, lastSeenAt: NOW - 500 });
    expect(byId.get(String(7_400_000_000 + 901))).toMatchObject({ counters: { views: 901 } });
  });

  it('cuts a caption longer than the store keeps to 4,096 characters', async () => {
    await importStudioData(db, { account: ACCOUNT, parts: [videoPart(2, 'x'.repeat(36_000))] }, NOW);
    const videos = await listVideos(db, ACCOUNT);
    expect(videos.map((v) => v.caption?.length)).toEqual([4096, 4096]);
  });

  it('refuses video rows whose id is not a number or whose counts are not counts', () => {
    const with_ = (row: Record<string, unknown>) => studioImportErrors({ account: ACCOUNT, parts: [{ ...videoPart(0), videos: [{ videoId: '7301', caption: '', ...row }] }] });
    expect(with_({})).toEqual([]);
    expect(with_({ videoId: '../../x' })[0]).toMatch(/^parts\[0\]\.videos: .* is not a video row$/);
    expect(with_({ views: 1.5 })[0]).toMatch(/not a video row/);
    expect(with_({ likes: 2e12 })[0]).toMatch(/not a video row/);
    expect(studioImportErrors({ account: ACCOUNT, parts: [{ ...videoPart(0), name: 'x'.repeat(300) }] })).toEqual(['parts[0].name: longer than a file name can be']);
  });
});

describe('a backup of posts lists in short chunks', { timeout: 30_000 }, () => {
  it('cuts chunks by video rows as well as by records: 200-row lists go a dozen at a time', async () => {
    const list = (i: number) => ({ ...posts(i), videos: Array.from({ length: 200 }, (_, v) => ({ videoId: String(9000 + v), views: i * 1000 + v })) });
    const progress: number[] = [];
    await restoreBackup(db, backup(Array.from({ length: 40 }, (_, i) => list(i))), NOW, (done) => progress.push(done));
    expect(progress).toEqual([12, 24, 36, 40]);
    expect(await db.count('points')).toBe(40 * 200);
  });
});

describe("a backup's imported history in short chunks", { timeout: 30_000 }, () => {
  it('reports progress over captures and imported records alike', async () => {
    const progress: number[] = [];
    const history = importedHistory(KEYED_CHUNK + 10);
    const result = await restoreBackup(db, backup([followers(0)], history), NOW, (done, total) => {
      expect(total).toBe(1 + (KEYED_CHUNK + 10) * 2);
      progress.push(done);
    });
    expect(result.restoredStudioRecords).toBe((KEYED_CHUNK + 10) * 2);
    expect(progress).toEqual([1, 1 + KEYED_CHUNK, 11 + KEYED_CHUNK, 11 + KEYED_CHUNK * 2, 1 + (KEYED_CHUNK + 10) * 2]);
  });

  it('lets a capture be stored while it runs', async () => {
    const order: string[] = [];
    let capture: Promise<unknown> | undefined;
    const restoring = restoreBackup(db, backup([], importedHistory(KEYED_CHUNK * 4)), NOW, (done) => {
      if (done >= KEYED_CHUNK && !capture) capture = db.put('daily', { ...importedHistory(1).daily[0], account: 'other.one' }).then(() => order.push('capture'));
    }).then(() => order.push('restore'));
    await Promise.all([restoring, capture]);
    expect(order).toEqual(['capture', 'restore']);
  });

  it('keeps only the fields a record has: no megabytes riding along in an unknown one', async () => {
    const history = importedHistory(1);
    const junk = 'x'.repeat(100_000);
    const file = backup([], { daily: [{ ...history.daily[0], junk } as never], activity: [{ ...history.activity[0], junk } as never], audience: [] });
    await restoreBackup(db, file, NOW);
    expect(JSON.stringify(await everything(db))).not.toContain('xxxx');
  });

  it('refuses a file name or territory longer than any real one', async () => {
    const history = importedHistory(1);
    await expect(restoreBackup(db, backup([], { ...history, daily: [{ ...history.daily[0], file: 'x'.repeat(10_000) }] }), NOW)).rejects.toThrow('imported.daily[0]');
    const picture = { account: ACCOUNT, takenAt: NOW - 1, file: 'a.zip', territories: { ['x'.repeat(5000)]: 10 } };
    await expect(restoreBackup(db, backup([], { ...history, audience: [picture] }), NOW)).rejects.toThrow('imported.audience[0]');
    expect(await db.count('daily')).toBe(0);
  });

  it("drops a file's own record ids: the store numbers what it adds", async () => {
    await saveSnapshot(db, { ...FOLLOWERS, account: ACCOUNT, metrics: { followers: 1 } }, NOW - 5);
    await restoreBackup(db, backup([{ ...followers(3), id: 1 }, { ...followers(4), id: 10_000 }]), NOW);
    expect((await db.getAll('snapshots')).map((s) => s.id)).toEqual([1, 2, 3]);
  });
});
