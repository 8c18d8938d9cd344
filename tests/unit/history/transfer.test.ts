import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStoreHandlers } from '@/entrypoints/background/history-service';
import { openLensDB, type LensDB } from '@/utils/history/database';
import { getSeries, listVideos, saveSnapshot } from '@/utils/history/snapshots';
import { BACKUP_FORMAT, makeBackup, BackupError, restoreBackup, parseBackup } from '@/utils/history/backup';
import type { StudioSnapshot } from '@/utils/reader/snapshot';

const T0 = Date.UTC(2026, 9, 1, 9, 0);
const DAY = 86_400_000;
const NOW = T0 + 30 * DAY;

async function seed(db: LensDB) {
  for (let d = 0; d < 3; d++) {
    await saveSnapshot(
      db,
      { page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', account: 'maya.bakes', range: { days: 7 }, metrics: { followers: 1000 + d * 10, netFollowers: d - 1 } },
      T0 + d * DAY,
    );
    await saveSnapshot(
      db,
      {
        page: 'posts-list',
        url: 'https://www.tiktok.com/tiktokstudio/content',
        account: 'maya.bakes',
        range: 'lifetime',
        metrics: {},
        videos: [{ videoId: '7301', caption: 'Sourdough', views: 100 + d * 50, likes: 10 + d, rounded: [] }],
      },
      T0 + d * DAY + 1000,
    );
  }
}

const withoutTime = ({ exportedAt: _e, ...rest }: { exportedAt: string }) => rest;

let a: LensDB;
let b: LensDB;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  a = await openLensDB('a');
  b = await openLensDB('b');
  await seed(a);
});

describe('export and import', () => {
  it('round-trips everything into an empty store, derived data included', async () => {
    const file = await makeBackup(a, NOW);
    expect(file).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: new Date(NOW).toISOString() });
    expect(file.snapshots).toHaveLength(6);
    expect(await restoreBackup(b, JSON.parse(JSON.stringify(file)), NOW)).toEqual({ added: 6, skipped: 0, conflicts: 0, conflictSamples: [] });
    expect(withoutTime(await makeBackup(b, NOW))).toEqual(withoutTime(file));
    const q = { account: 'maya.bakes', metric: 'followers', range: 'lifetime' } as const;
    expect(await getSeries(b, q)).toEqual(await getSeries(a, q));
    expect(await listVideos(b, 'maya.bakes')).toEqual(await listVideos(a, 'maya.bakes'));
  });

  it('merges without duplicating what is already there', async () => {
    const file = await makeBackup(a, NOW);
    expect(await restoreBackup(a, file, NOW)).toEqual({ added: 0, skipped: 6, conflicts: 0, conflictSamples: [] });
    expect(await a.count('snapshots')).toBe(6);
    expect(await a.count('points')).toBe(12);
    // A partial overlap adds only the new captures.
    await saveSnapshot(b, { page: 'account-followers', url: 'u', account: 'maya.bakes', range: { days: 7 }, metrics: { followers: 5 } }, T0 - DAY);
    expect(await restoreBackup(b, file, NOW)).toEqual({ added: 6, skipped: 0, conflicts: 0, conflictSamples: [] });
    expect(await restoreBackup(b, file, NOW)).toEqual({ added: 0, skipped: 6, conflicts: 0, conflictSamples: [] });
    expect(await b.count('snapshots')).toBe(7);
  });
});

describe('import rejection leaves the store exactly as it was', () => {
  const bad: Array<[string, (file: any) => unknown, RegExp]> = [
    ['not an object', () => 'hello', /not a Creator Lens export/],
    ['another format', (f) => ({ ...f, format: 'something-else' }), /unknown format/],
    ['a newer version', (f) => ({ ...f, version: 99 }), /unsupported version 99/],
    ['an unknown page kind', (f) => mutate(f, 1, (s) => (s.page = 'who-viewed-me')), /snapshots\[1\]\.page: unknown page kind/],
    ['a negative count', (f) => mutate(f, 0, (s) => (s.metrics.followers = -5)), /metrics\.followers: must not be negative/],
    ['a number as text', (f) => mutate(f, 0, (s) => (s.metrics.followers = '1000')), /metrics\.followers: must be a number/],
    ['an unknown metric', (f) => mutate(f, 0, (s) => (s.metrics.viewerNames = 3)), /unknown metric/],
    ['a percent over 100', (f) => mutate(f, 0, (s) => (s.breakdowns = { gender: { male: 140 } })), /percent 0-100/],
    ['a capture from the future', (f) => mutate(f, 2, (s) => (s.capturedAt = NOW + 10 * DAY)), /capturedAt: not a plausible capture time/],
    ['a bad video id', (f) => mutate(f, 1, (s) => (s.videos[0].videoId = '../../x')), /videoId: must be a numeric id/],
    ['a prototype trick', () => null, /forbidden key "__proto__"/],
  ];

  function mutate(file: any, index: number, change: (s: any) => void) {
    const copy = JSON.parse(JSON.stringify(file));
    change(copy.snapshots[index]);
    return copy;
  }

  it.each(bad)('rejects %s with a clear error', async (_name, make, message) => {
    const file = await makeBackup(a, NOW);
    const before = withoutTime(await makeBackup(b, NOW));
    const input =
      make(file) ??
      JSON.parse(
        JSON.stringify(file).replace('"metrics":{', '"metrics":{"__proto__":{"polluted":true},'),
      );
    await expect(restoreBackup(b, input, NOW)).rejects.toThrow(message);
    await expect(restoreBackup(b, input, NOW)).rejects.toBeInstanceOf(BackupError);
    expect(withoutTime(await makeBackup(b, NOW))).toEqual(before);
    expect(await b.count('points')).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects the whole file when only the last record is bad', async () => {
    const file = await makeBackup(a, NOW);
    file.snapshots[5].metrics = { likes: Number.NaN } as never;
    expect(() => parseBackup(file, NOW)).toThrow(/snapshots\[5\]/);
    await expect(restoreBackup(b, file, NOW)).rejects.toThrow();
    expect(await b.count('snapshots')).toBe(0);
  });
});

describe('background store handlers', () => {
  it('reject a malformed snapshot with an error instead of storing it', async () => {
    const handlers = createStoreHandlers(() => openLensDB('handlers'));
    const broken = { page: 'account-overview', url: 'x', metrics: { likes: -1 } } as StudioSnapshot;
    await expect(handlers.saveSnapshot(broken)).rejects.toThrow(/Snapshot rejected: .*likes: must not be negative/);
    expect(await handlers.storeStats(undefined)).toEqual({ snapshots: 0, points: 0, videos: 0 });
  });

  it('report a database that cannot be opened, and retry on the next call', async () => {
    let attempts = 0;
    const handlers = createStoreHandlers(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('QuotaExceededError: disk full');
      return openLensDB('retry');
    });
    await expect(handlers.accountsByRecency(undefined)).rejects.toThrow(/disk full/);
    await expect(handlers.accountsByRecency(undefined)).resolves.toEqual([]);
  });
});

describe('history imported from TikTok Studio in the backup file', () => {
  it('round-trips daily values, follower activity and audience, and restoring twice adds nothing', async () => {
    const { exportZips, makeModel } = await import('../../fixtures/studio-export/build');
    const { readStudioFile } = await import('@/utils/import/read-studio-files');
    const { importStudioData } = await import('@/utils/history/save-import');
    const model = makeModel({ exportDay: '2026-10-20', days: 20 });
    const parts = exportZips(model).map((z) => readStudioFile(z, '2026-10-20'));
    await importStudioData(a, { account: 'maya.bakes', parts }, NOW);
    const file = JSON.parse(JSON.stringify(await makeBackup(a, NOW)));
    expect(file.imported.daily).toHaveLength(19 * 9);
    expect(await restoreBackup(b, file, NOW)).toEqual({ added: 6, skipped: 0, conflicts: 0, conflictSamples: [], restoredStudioRecords: 19 * 9 + 7 * 24 + 1 });
    for (const store of ['daily', 'activity', 'activityDays', 'audience'] as const) expect(await b.getAll(store)).toEqual(await a.getAll(store));
    expect(await restoreBackup(b, file, NOW)).toEqual({ added: 0, skipped: 6, conflicts: 0, conflictSamples: [], restoredStudioRecords: 0 });
  });

  it('a backup whose imported history is damaged changes nothing and says where', async () => {
    const file = JSON.parse(JSON.stringify(await makeBackup(a, NOW)));
    file.imported = { daily: [{ account: 'maya.bakes', metric: 'videoViews', date: '2026-13-01', value: -3 }], activity: [], audience: [] };
    await expect(restoreBackup(b, file, NOW)).rejects.toThrow(/imported\.daily\[0\]: not a valid record/);
    expect(await b.count('snapshots')).toBe(0);
  });
});
