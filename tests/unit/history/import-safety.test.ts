// Imports under pressure (issue 13, finding 5): implausible values are refused with the field
// named, conflicting records are reported, large files go in short chunks that let captures
// through, and a failure part-way takes back everything the import wrote.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLensDB, type LensDB } from '@/utils/history/database';
import { IMPORT_CHUNK, listVideos, saveSnapshot } from '@/utils/history/snapshots';
import { BACKUP_FORMAT, BACKUP_VERSION, makeBackup, restoreBackup } from '@/utils/history/backup';

const T0 = Date.UTC(2026, 0, 1, 9, 0);
const NOW = Date.UTC(2026, 10, 1);
const URL_FOLLOWERS = 'https://www.tiktok.com/tiktokstudio/analytics/followers';
const URL_POSTS = 'https://www.tiktok.com/tiktokstudio/content';

function followersRecord(i: number, followers = 1000 + i) {
  const at = T0 + i * 60_000;
  return { page: 'account-followers', url: URL_FOLLOWERS, account: 'maya.bakes', range: { days: 7 }, metrics: { followers }, capturedAt: at, lastSeenAt: at };
}

function postsRecord(i: number, row: Record<string, unknown>) {
  const at = T0 + i * 60_000 + 1;
  return { page: 'posts-list', url: URL_POSTS, account: 'maya.bakes', range: 'lifetime', metrics: {}, videos: [{ videoId: '7301', ...row }], capturedAt: at, lastSeenAt: at };
}

const file = (snapshots: unknown[]) => ({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(NOW).toISOString(), snapshots });

let db: LensDB;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLensDB('import-safety');
});

async function everything(d: LensDB) {
  return { snapshots: await d.getAll('snapshots'), points: await d.getAll('points'), videos: await d.getAll('videos') };
}

describe('plausible values only', () => {
  it.each([
    [{ views: 1.7e308 }, 'snapshots[0].videos[0].views'],
    [{ views: 2e12 }, 'snapshots[0].videos[0].views'],
    [{ likes: 0.5 }, 'snapshots[0].videos[0].likes'],
    [{ comments: 12.25 }, 'snapshots[0].videos[0].comments'],
  ])('refuses video counters %j, naming %s', async (row, field) => {
    await expect(restoreBackup(db, file([postsRecord(0, row)]), NOW)).rejects.toThrow(field);
    expect((await everything(db)).snapshots).toEqual([]);
  });

  it.each([
    [{ followers: 1.7e308 }, 'snapshots[0].metrics.followers'],
    [{ followers: 10.5 }, 'snapshots[0].metrics.followers'],
    [{ netFollowers: -3e12 }, 'snapshots[0].metrics.netFollowers'],
  ])('refuses metrics %j, naming %s', async (metrics, field) => {
    await expect(restoreBackup(db, file([{ ...followersRecord(0), metrics }]), NOW)).rejects.toThrow(field);
  });

  it('keeps decimals where they are real: money, durations, percents', async () => {
    const record = { ...followersRecord(0), page: 'account-overview', metrics: { estimatedRewards: 12.34, averageWatchTime: 7.5, watchedFullVideo: 12.5, totalPlayTime: 3600.5 } };
    expect((await restoreBackup(db, file([record]), NOW)).added).toBe(1);
  });
});

describe('conflicts', () => {
  it('reports a record with the same scope and time but other values, and keeps the stored one', async () => {
    await restoreBackup(db, file([followersRecord(0), followersRecord(1)]), NOW);
    const result = await restoreBackup(db, file([followersRecord(0), followersRecord(1, 5), followersRecord(2)]), NOW);
    expect(result).toMatchObject({ added: 1, skipped: 1, conflicts: 1 });
    expect(result.conflictSamples).toEqual([{ scope: 'maya.bakes|account-followers||7d', capturedAt: T0 + 60_000 }]);
    const stored = (await everything(db)).snapshots.find((s) => s.capturedAt === T0 + 60_000);
    expect(stored?.metrics.followers).toBe(1001);
  });
});

describe('large imports', () => {
  const COUNT = IMPORT_CHUNK * 4 + 7;
  const big = () => file(Array.from({ length: COUNT }, (_, i) => (i % 2 ? postsRecord(i, { views: 100 + i }) : followersRecord(i))));

  it('go in chunks, reporting progress after each', async () => {
    const progress: number[] = [];
    const result = await restoreBackup(db, big(), NOW, (done, total) => {
      expect(total).toBe(COUNT);
      progress.push(done);
    });
    expect(result.added).toBe(COUNT);
    expect(progress).toEqual([IMPORT_CHUNK, IMPORT_CHUNK * 2, IMPORT_CHUNK * 3, IMPORT_CHUNK * 4, COUNT]);
  });

  it('let a capture be stored while they run', async () => {
    const order: string[] = [];
    let capture: Promise<unknown> | undefined;
    const importing = restoreBackup(db, big(), NOW, (done) => {
      if (done === IMPORT_CHUNK)
        capture = saveSnapshot(db, { page: 'account-followers', url: URL_FOLLOWERS, account: 'other.one', range: { days: 7 }, metrics: { followers: 5 } }, NOW).then(() => order.push('capture'));
    }).then(() => order.push('import'));
    await Promise.all([importing, capture]);
    expect(order).toEqual(['capture', 'import']);
  });

  it('take back everything they wrote when a chunk fails', async () => {
    await restoreBackup(db, file([followersRecord(0), postsRecord(1, { views: 5 })]), NOW);
    const before = await everything(db);
    const beforeVideos = await listVideos(db, 'maya.bakes');
    const failing = restoreBackup(db, big(), NOW, (done) => {
      if (done === IMPORT_CHUNK * 3) throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await everything(db)).toEqual(before);
    expect(await listVideos(db, 'maya.bakes')).toEqual(beforeVideos);
    // And the same file then imports whole.
    expect((await restoreBackup(db, big(), NOW)).added).toBe(COUNT - 2);
  });

  it('round-trip: an export of the result imports as all already here', async () => {
    await restoreBackup(db, big(), NOW);
    const again = await restoreBackup(db, await makeBackup(db, NOW), NOW);
    expect(again).toMatchObject({ added: 0, skipped: COUNT, conflicts: 0 });
  });
});
