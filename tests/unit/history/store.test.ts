import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openLensDB, openLensDBForReading, type LensDB } from '@/utils/history/database';
import { scopeKey, type SnapshotRecord } from '@/utils/history/records';
import {
  DEDUPE_WINDOW_MS,
  getScopeHistory,
  getSeries,
  getSeriesRanges,
  accountsByRecency,
  listAccounts,
  listVideos,
  saveSnapshot,
} from '@/utils/history/snapshots';
import type { StudioSnapshot } from '@/utils/reader/snapshot';

const T0 = Date.UTC(2026, 10, 1, 9, 0);
const HOUR = 3_600_000;

function overview(metrics: StudioSnapshot['metrics'], extra: Partial<StudioSnapshot> = {}): StudioSnapshot {
  return {
    page: 'account-overview',
    url: 'https://www.tiktok.com/tiktokstudio/analytics',
    account: 'maya.bakes',
    range: { days: 7 },
    metrics,
    ...extra,
  };
}

function postsList(rows: StudioSnapshot['videos']): StudioSnapshot {
  return { page: 'posts-list', url: 'https://www.tiktok.com/tiktokstudio/content', account: 'maya.bakes', range: 'lifetime', metrics: {}, videos: rows };
}

let db: LensDB;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLensDB();
});

describe('saveSnapshot', () => {
  it('adds the first capture and reports no previous one', async () => {
    const result = await saveSnapshot(db, overview({ videoViews: 1200, likes: 80 }), T0);
    expect(result.status).toBe('added');
    expect(result.previous).toEqual([]);
    expect(result.record).toMatchObject({ account: 'maya.bakes', capturedAt: T0, lastSeenAt: T0 });
    expect(result.record.scope).toBe('maya.bakes|account-overview||7d');
  });

  it('refreshes instead of adding when the same numbers come back within the window', async () => {
    const first = await saveSnapshot(db, overview({ videoViews: 1200 }), T0);
    const again = await saveSnapshot(db, overview({ videoViews: 1200 }), T0 + DEDUPE_WINDOW_MS - 1);
    expect(again.status).toBe('refreshed');
    expect(again.record.id).toBe(first.record.id);
    expect(again.record.lastSeenAt).toBe(T0 + DEDUPE_WINDOW_MS - 1);
    expect(await db.count('snapshots')).toBe(1);
    expect(await getSeries(db, { account: 'maya.bakes', metric: 'videoViews', range: '7d' })).toHaveLength(1);
  });

  it('measures the window from the last sighting, and adds once it has passed', async () => {
    await saveSnapshot(db, overview({ videoViews: 1200 }), T0);
    await saveSnapshot(db, overview({ videoViews: 1200 }), T0 + 20 * 60_000);
    const later = await saveSnapshot(db, overview({ videoViews: 1200 }), T0 + 20 * 60_000 + DEDUPE_WINDOW_MS + 1);
    expect(later.status).toBe('added');
    expect(await db.count('snapshots')).toBe(2);
  });

  it('always adds when any number changed, even a second later', async () => {
    await saveSnapshot(db, overview({ videoViews: 1200, likes: 80 }), T0);
    const changed = await saveSnapshot(db, overview({ videoViews: 1200, likes: 81 }), T0 + 1000);
    expect(changed.status).toBe('added');
    expect(changed.previous.map((r) => r.metrics.likes)).toEqual([80]);
  });

  it('keeps scopes apart: another range or page is not a duplicate', async () => {
    await saveSnapshot(db, overview({ videoViews: 1200 }), T0);
    const other = await saveSnapshot(db, overview({ videoViews: 1200 }, { range: { days: 28 } }), T0 + 1000);
    expect(other.status).toBe('added');
    expect(other.previous).toEqual([]);
  });

  it('files a capture without a visible handle under the last known account', async () => {
    await saveSnapshot(db, overview({ videoViews: 5 }), T0);
    const { record } = await saveSnapshot(db, overview({ videoViews: 6 }, { account: undefined }), T0 + HOUR);
    expect(record.account).toBe('maya.bakes');
  });

  it('returns the previous captures of the scope newest first, at most five', async () => {
    for (let i = 0; i < 8; i++) await saveSnapshot(db, overview({ videoViews: 100 + i }), T0 + i * HOUR);
    const { previous } = await saveSnapshot(db, overview({ videoViews: 200 }), T0 + 9 * HOUR);
    expect(previous.map((r) => r.metrics.videoViews)).toEqual([107, 106, 105, 104, 103]);
  });
});

describe('queries', () => {
  beforeEach(async () => {
    await saveSnapshot(db, overview({ videoViews: 12000, likes: 900 }, { rounded: ['videoViews'] }), T0);
    await saveSnapshot(db, overview({ videoViews: 13000, likes: 950 }, { rounded: ['videoViews'] }), T0 + 24 * HOUR);
    await saveSnapshot(db, overview({ videoViews: 40000 }, { range: { days: 28 } }), T0 + 25 * HOUR);
    await saveSnapshot(
      db,
      postsList([
        { videoId: '7301', caption: 'Sourdough', views: 5500000, likes: 580000, comments: 799, rounded: ['views', 'likes'], pinned: true },
        { videoId: '7302', caption: 'Croissants', views: 1400, likes: 90, comments: 4 },
      ]),
      T0 + 2 * HOUR,
    );
    await saveSnapshot(
      db,
      postsList([
        { videoId: '7301', caption: 'Sourdough', views: 5600000, likes: 590000, comments: 812, rounded: ['views', 'likes'], pinned: true },
        { videoId: '7302', caption: 'Croissants', views: 2100, likes: 120, comments: 6 },
      ]),
      T0 + 26 * HOUR,
    );
    await saveSnapshot(db, { ...overview({ followers: 3400 }), page: 'account-followers', account: 'second.handle' }, T0 + 3 * HOUR);
  });

  it('reads one metric of one account for one period, oldest first, marking rounded values', async () => {
    expect(await getSeries(db, { account: 'maya.bakes', metric: 'videoViews', range: '7d' })).toEqual([
      { t: T0, v: 12000, rounded: true },
      { t: T0 + 24 * HOUR, v: 13000, rounded: true },
    ]);
    expect(await getSeries(db, { account: 'maya.bakes', metric: 'likes', range: '7d', from: T0 + HOUR })).toEqual([
      { t: T0 + 24 * HOUR, v: 950 },
    ]);
  });

  it('reads one video series from the posts list', async () => {
    expect(await getSeries(db, { account: 'maya.bakes', videoId: '7302', metric: 'views', range: 'lifetime' })).toEqual([
      { t: T0 + 2 * HOUR, v: 1400 },
      { t: T0 + 26 * HOUR, v: 2100 },
    ]);
  });

  it('lists the periods a metric was captured under, most captured first', async () => {
    expect(await getSeriesRanges(db, { account: 'maya.bakes', metric: 'videoViews' })).toEqual([
      { range: '7d', count: 2, lastAt: T0 + 24 * HOUR },
      { range: '28d', count: 1, lastAt: T0 + 25 * HOUR },
    ]);
  });

  it('keeps the latest counters of every video of an account', async () => {
    const videos = await listVideos(db, 'maya.bakes');
    expect(videos.map((v) => [v.videoId, v.counters.views, v.firstSeenAt, v.lastSeenAt])).toEqual([
      ['7301', 5600000, T0 + 2 * HOUR, T0 + 26 * HOUR],
      ['7302', 2100, T0 + 2 * HOUR, T0 + 26 * HOUR],
    ]);
    expect(videos[0]).toMatchObject({ caption: 'Sourdough', pinned: true, rounded: ['views', 'likes'] });
    expect(await listVideos(db, 'second.handle')).toEqual([]);
  });

  it('lists accounts with their capture counts, most recent first', async () => {
    expect(await listAccounts(db)).toEqual([
      { account: 'maya.bakes', captures: 5, firstAt: T0, lastAt: T0 + 26 * HOUR },
      { account: 'second.handle', captures: 1, firstAt: T0 + 3 * HOUR, lastAt: T0 + 3 * HOUR },
    ]);
  });

  it('orders accounts by their newest capture without reading or counting records', async () => {
    expect(await accountsByRecency(db)).toEqual([
      { account: 'maya.bakes', lastAt: T0 + 26 * HOUR },
      { account: 'second.handle', lastAt: T0 + 3 * HOUR },
    ]);
    // A third account between the two, and the first one captured again: the order follows.
    await saveSnapshot(db, { ...overview({ followers: 10 }), page: 'account-followers', account: 'kim.cooks' }, T0 + 27 * HOUR);
    await saveSnapshot(db, overview({ videoViews: 14000 }, { account: 'second.handle' }), T0 + 28 * HOUR);
    expect((await accountsByRecency(db)).map((a) => [a.account, a.lastAt])).toEqual([
      ['second.handle', T0 + 28 * HOUR],
      ['kim.cooks', T0 + 27 * HOUR],
      ['maya.bakes', T0 + 26 * HOUR],
    ]);
    expect((await listAccounts(db)).map((a) => [a.account, a.lastAt])).toEqual((await accountsByRecency(db)).map((a) => [a.account, a.lastAt]));
  });

  it('reads the latest captures of a scope', async () => {
    const scope = scopeKey({ account: 'maya.bakes', page: 'account-overview', range: { days: 7 } });
    const history = await getScopeHistory(db, scope);
    expect(history.map((r) => r.metrics.videoViews)).toEqual([13000, 12000]);
  });
});

describe('accountsByRecency with one account', () => {
  it('finds it, with its newest capture, from either end of the index', async () => {
    expect(await accountsByRecency(db)).toEqual([]);
    await saveSnapshot(db, overview({ videoViews: 1 }), T0 + HOUR);
    await saveSnapshot(db, overview({ videoViews: 2 }), T0);
    expect(await accountsByRecency(db)).toEqual([{ account: 'maya.bakes', lastAt: T0 + HOUR }]);
  });
});

describe('openLensDBForReading', () => {
  it('gives nothing, and creates nothing, before the background has created the database', async () => {
    globalThis.indexedDB = new IDBFactory();
    expect(await openLensDBForReading()).toBeUndefined();
    expect(await indexedDB.databases()).toEqual([]);
    // The background then creates it with every store, as if the page had never looked.
    const created = await openLensDB();
    expect([...created.objectStoreNames].sort()).toEqual(['activity', 'activityDays', 'audience', 'daily', 'journal', 'journalUndo', 'points', 'snapshots', 'studioActivity', 'studioDays', 'studioRetention', 'studioVideoValues', 'videos']);
    created.close();
    const reading = await openLensDBForReading();
    expect(reading?.version).toBe(DB_VERSION);
    reading?.close();
  });

  it('gives nothing while the database is at an older version, and leaves it as it was', async () => {
    const name = `${DB_NAME}-old`;
    (await openLensDB(name, DB_VERSION - 1)).close();
    expect(await openLensDBForReading(name)).toBeUndefined();
    const old = await openDB(name);
    expect(old.version).toBe(DB_VERSION - 1);
    old.close();
  });

  it('steps aside when the background needs to upgrade', async () => {
    const name = `${DB_NAME}-upgrading`;
    (await openLensDB(name)).close();
    const reading = await openLensDBForReading(name);
    expect(reading).toBeDefined();
    // A newer version opens instead of waiting forever on the page's connection.
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
  });
});

describe('schema upgrade', () => {
  it('upgrades a version 1 database with data in it without losing anything', async () => {
    const name = `${DB_NAME}-upgrade`;
    // Version 1 as it shipped: snapshots only.
    const v1 = await openDB(name, 1, {
      upgrade(d) {
        const s = d.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
        s.createIndex('byScope', ['scope', 'capturedAt']);
        s.createIndex('byAccount', ['account', 'capturedAt']);
        s.createIndex('byCapturedAt', 'capturedAt');
      },
    });
    const old: SnapshotRecord[] = [
      { ...overview({ videoViews: 100 }), scope: 'maya.bakes|account-overview||7d', capturedAt: T0, lastSeenAt: T0 } as SnapshotRecord,
      {
        ...postsList([{ videoId: '7301', views: 50, likes: 5 }]),
        account: 'maya.bakes',
        scope: 'maya.bakes|posts-list||lifetime',
        capturedAt: T0 + HOUR,
        lastSeenAt: T0 + 2 * HOUR,
      } as SnapshotRecord,
    ];
    for (const record of old) await v1.add('snapshots', record);
    v1.close();

    const upgraded = await openLensDB(name);
    expect(upgraded.version).toBe(DB_VERSION);
    const kept = await upgraded.getAll('snapshots');
    expect(kept.map(({ id: _id, ...rest }) => rest)).toEqual(old);
    expect(await getSeries(upgraded, { account: 'maya.bakes', metric: 'videoViews', range: '7d' })).toEqual([{ t: T0, v: 100 }]);
    expect(await getSeries(upgraded, { account: 'maya.bakes', videoId: '7301', metric: 'likes', range: 'lifetime' })).toEqual([
      { t: T0 + HOUR, v: 5 },
    ]);
    expect((await listVideos(upgraded, 'maya.bakes')).map((v) => v.counters)).toEqual([{ views: 50, likes: 5 }]);
    upgraded.close();
  });
});
