// Studio's own data in the store (fake IndexedDB): a batch saved in one transaction, the same batch
// twice changing nothing, a final value replacing a provisional one and never the reverse, a batch
// checked again (a content script lives inside a web page), its days winning the one timeline over
// captures and imports, kept in backups and written to the CSV.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLensDB, type LensDB } from '@/utils/history/database';
import { allStudioData, countStudioValues, saveStudioData } from '@/utils/history/studio-data-store';
import { studioBatchErrors } from '@/utils/history/studio-data-records';
import { readActivityRecords, readRetentionCurves, readStudioVideo, readTimelines } from '@/utils/history/timeline-reads';
import { importStudioData } from '@/utils/history/save-import';
import { accountsByRecency, saveSnapshot, clearAll } from '@/utils/history/snapshots';
import { BackupError, makeBackup, restoreBackup } from '@/utils/history/backup';
import { csvRows } from '@/utils/history/export-csv';
import { buildTimeline } from '@/utils/timeline/build-timeline';
import { emptyStudioDataRead, type StudioDataBatch, type StudioDataRead } from '@/utils/studio-data/studio-data-contract';

const ACCOUNT = 'maya.bakes';
const VIDEO = '7301234567890123456';
const at = (date: string, hour = 12) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();
const RECEIVED = at('2026-12-06', 20);

function batch(read: Partial<StudioDataRead>, receivedAt = RECEIVED, account = ACCOUNT): StudioDataBatch {
  return { account, receivedAt, read: { ...emptyStudioDataRead(), ...read } };
}

/** A week of account views and followers, a video's days, hours and curve, an evening of activity; the newest day not final yet. */
const week = (over: { views5?: number; provisional?: string[] } = {}) =>
  batch({
    account: {
      videoViews: { '2026-12-01': 100, '2026-12-02': 120, '2026-12-03': 90, '2026-12-04': 140, '2026-12-05': over.views5 ?? 60 },
      followers: { '2026-12-04': 1000, '2026-12-05': 1004 },
    },
    videos: { [VIDEO]: { videoViews: { '2026-12-04': 500, '2026-12-05': 300, '2026-12-04T18': 40, '2026-12-04T19': 70 } } },
    retention: { [VIDEO]: [[0, 100], [5, 62], [10, 40], [15, 31]] },
    activity: { '2026-12-05': { 19: 210, 20: 260 } },
    provisional: over.provisional ?? ['account.videoViews.2026-12-05', `videos.${VIDEO}.videoViews.2026-12-05`],
  });

let db: LensDB;
afterEach(() => vi.restoreAllMocks());
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLensDB();
});

const stored = async () => {
  const all = await allStudioData(db);
  return all && { days: all.days, videoValues: all.videoValues, retention: all.retention, activity: all.activity };
};
const viewsDays = async () => {
  const [records] = await readTimelines(db, ACCOUNT, ['videoViews']);
  return buildTimeline(records).days.map((d) => [d.date, d.v, d.source, d.provisional ?? false]);
};

describe('saveStudioData', () => {
  it('saves every value of a batch, marking the ones Studio had not finished counting', async () => {
    expect(await saveStudioData(db, week(), RECEIVED)).toEqual({ saved: 5 + 2 + 4 + 1 + 2 });
    const { values, retention } = await readStudioVideo(db, ACCOUNT, VIDEO);
    expect(values.map((v) => [v.at, v.value, v.provisional ?? false])).toEqual([
      ['2026-12-04', 500, false],
      ['2026-12-04T18', 40, false],
      ['2026-12-04T19', 70, false],
      ['2026-12-05', 300, true],
    ]);
    expect(retention?.points).toEqual([[0, 100], [5, 62], [10, 40], [15, 31]]);
    expect((await readRetentionCurves(db, ACCOUNT)).map((c) => c.videoId)).toEqual([VIDEO]);
    expect(await viewsDays()).toContainEqual(['2026-12-05', 60, 'studio', true]);
  });

  it('reads what it holds a key range at a time (one per metric of the account), each value set against its own key only', async () => {
    await saveStudioData(db, batch({ account: { videoViews: { '2026-12-01': 100, '2026-12-03': 90, '2026-12-05': 60 }, likes: { '2026-12-02': 7 } } }), RECEIVED);
    await saveStudioData(db, batch({ account: { videoViews: { '2026-12-02': 999 } } }, RECEIVED, 'other.account'), RECEIVED);
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    const ranges = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const later = batch({ account: { videoViews: { '2026-12-01': 100, '2026-12-02': 120, '2026-12-05': 65 }, likes: { '2026-12-02': 7, '2026-12-04': 9 } } }, RECEIVED + 1000);
    // News: views of the 2nd (held only for the other account) and the 5th (changed), likes of the 4th.
    expect(await saveStudioData(db, later, RECEIVED + 1000)).toEqual({ saved: 3 });
    expect(gets).not.toHaveBeenCalled();
    expect(ranges).toHaveBeenCalledTimes(2);
    const days = (await allStudioData(db))!.days.map((d) => [d.account, d.metric, d.date, d.value, d.receivedAt]);
    expect(days).toEqual([
      ['maya.bakes', 'likes', '2026-12-02', 7, RECEIVED + 1000],
      ['maya.bakes', 'likes', '2026-12-04', 9, RECEIVED + 1000],
      ['maya.bakes', 'videoViews', '2026-12-01', 100, RECEIVED + 1000],
      ['maya.bakes', 'videoViews', '2026-12-02', 120, RECEIVED + 1000],
      // Inside the range read, not in the batch: as it was.
      ['maya.bakes', 'videoViews', '2026-12-03', 90, RECEIVED],
      ['maya.bakes', 'videoViews', '2026-12-05', 65, RECEIVED + 1000],
      ['other.account', 'videoViews', '2026-12-02', 999, RECEIVED],
    ]);
  });

  it('changes nothing when the same batch comes twice', async () => {
    await saveStudioData(db, week(), RECEIVED);
    const before = await stored();
    expect(await saveStudioData(db, week(), RECEIVED)).toEqual({ saved: 0 });
    expect(await stored()).toEqual(before);
  });

  it('replaces a provisional value with the final one, and never a final one with a later provisional one', async () => {
    await saveStudioData(db, week(), RECEIVED);
    // The next day: the 5th is final now (and larger).
    const final = week({ views5: 75, provisional: [] });
    final.receivedAt = RECEIVED + 86_400_000;
    expect((await saveStudioData(db, final, final.receivedAt)).saved).toBe(2);
    expect(await viewsDays()).toContainEqual(['2026-12-05', 75, 'studio', false]);
    // A later response that still calls the 5th provisional (a stale cache) loses to the final value.
    const stale = week({ views5: 61 });
    stale.receivedAt = RECEIVED + 2 * 86_400_000;
    expect((await saveStudioData(db, stale, stale.receivedAt)).saved).toBe(0);
    expect(await viewsDays()).toContainEqual(['2026-12-05', 75, 'studio', false]);
    expect((await readStudioVideo(db, ACCOUNT, VIDEO)).values.find((v) => v.at === '2026-12-05')).toMatchObject({ value: 300 });
    expect((await readStudioVideo(db, ACCOUNT, VIDEO)).values.find((v) => v.at === '2026-12-05')?.provisional).toBeUndefined();
  });

  it('keeps the same answer whatever order the batches came in', async () => {
    const first = week();
    const later = { ...week({ views5: 75, provisional: [] }), receivedAt: RECEIVED + 86_400_000 };
    await saveStudioData(db, later, later.receivedAt + 1);
    await saveStudioData(db, first, later.receivedAt + 1);
    const reversed = await stored();
    globalThis.indexedDB = new IDBFactory();
    db = await openLensDB();
    await saveStudioData(db, first, later.receivedAt + 1);
    await saveStudioData(db, later, later.receivedAt + 1);
    expect(await stored()).toEqual(reversed);
  });

  it('keeps the latest retention curve of a video', async () => {
    await saveStudioData(db, week(), RECEIVED);
    const newer = batch({ retention: { [VIDEO]: [[0, 100], [5, 60], [10, 38], [15, 30], [20, 22]] } }, RECEIVED + 1000);
    expect(await saveStudioData(db, newer, RECEIVED + 1000)).toEqual({ saved: 1 });
    const older = batch({ retention: { [VIDEO]: [[0, 100], [5, 70]] } }, RECEIVED - 1000);
    expect(await saveStudioData(db, older, RECEIVED + 1000)).toEqual({ saved: 0 });
    expect((await readStudioVideo(db, ACCOUNT, VIDEO)).retention?.points).toHaveLength(5);
  });

  it.each([
    ['a video id with letters', batch({ videos: { '73012a': { videoViews: { '2026-12-01': 5 } } } })],
    ['a video id of a path', batch({ retention: { '../7301': [[0, 100]] } })],
    ['an unknown metric', batch({ account: { viewz: { '2026-12-01': 5 } } as never })],
    ['a day that does not exist', batch({ account: { videoViews: { '2026-02-30': 5 } } })],
    ['a day written another way', batch({ account: { videoViews: { '12/01/2026': 5 } } })],
    ['a day after it was received', batch({ account: { videoViews: { '2026-12-09': 5 } } })],
    ['a day before TikTok', batch({ account: { videoViews: { '2009-12-01': 5 } } })],
    ['an hour 24', batch({ videos: { [VIDEO]: { videoViews: { '2026-12-01T24': 5 } } } })],
    ['a value beyond any account', batch({ account: { videoViews: { '2026-12-01': 1e13 } } })],
    ['a negative count', batch({ account: { videoViews: { '2026-12-01': -5 } } })],
    ['a value that is not a number', batch({ account: { videoViews: { '2026-12-01': '5' as never } } })],
    ['a percentage over 100', batch({ retention: { [VIDEO]: [[0, 140]] } })],
    ['a curve going back in time', batch({ retention: { [VIDEO]: [[5, 60], [2, 70]] } })],
    ['an hour of activity 25', batch({ activity: { '2026-12-01': { 25: 5 } } })],
    ['no handle', batch({}, RECEIVED, 'not a handle!')],
    ['a time from the future', batch({}, RECEIVED + 30 * 86_400_000)],
    ['provisional keys that are not text', batch({ provisional: [5 as never] })],
  ])('rejects %s, and stores nothing', async (_name, bad) => {
    const good = week();
    const mixed = { ...bad, read: { ...good.read, ...Object.fromEntries(Object.entries(bad.read).filter(([, v]) => (Array.isArray(v) ? v.length : Object.keys(v).length))) } };
    expect(studioBatchErrors(mixed, RECEIVED)).not.toEqual([]);
    await expect(saveStudioData(db, mixed, RECEIVED)).rejects.toThrow(/Studio data rejected, nothing was changed/);
    expect(await stored()).toBeUndefined();
  });

  it('accepts a net change below zero (the metric says it may be) and a leading @', async () => {
    expect(studioBatchErrors(batch({ account: { netFollowers: { '2026-12-01': -3 } } }, RECEIVED, '@maya.bakes'), RECEIVED)).toEqual([]);
    await saveStudioData(db, batch({ account: { netFollowers: { '2026-12-01': -3 } } }, RECEIVED, '@maya.bakes'), RECEIVED);
    expect((await stored())?.days).toEqual([{ account: ACCOUNT, metric: 'netFollowers', date: '2026-12-01', value: -3, receivedAt: RECEIVED }]);
  });

  it('rejects the whole batch when a write fails', async () => {
    await saveStudioData(db, week(), RECEIVED);
    const before = await stored();
    // A store that fails its last write: the transaction, and the sender's promise, fail with it.
    const failing = new Proxy(db, {
      get(target, prop) {
        if (prop !== 'transaction') return Reflect.get(target, prop, target);
        return (...args: Parameters<LensDB['transaction']>) => {
          const tx = target.transaction(...args);
          const store = tx.objectStore('studioActivity');
          const put = store.put!.bind(store);
          (store as { put: unknown }).put = (value: unknown) => put({ ...(value as object), hour: undefined } as never);
          return tx;
        };
      },
    });
    const next = { ...week({ views5: 80, provisional: [] }), receivedAt: RECEIVED + 86_400_000 };
    next.read.activity = { '2026-12-06': { 8: 5 } };
    await expect(saveStudioData(failing, next, next.receivedAt)).rejects.toThrow();
    expect(await stored()).toEqual(before);
  });

  it('makes an account known from its data alone, ranked by when it came', async () => {
    await saveSnapshot(db, { page: 'account-overview', url: 'https://www.tiktok.com/tiktokstudio/analytics', account: 'older.one', range: { days: 7 }, metrics: { videoViews: 5 } }, RECEIVED - 1000);
    await saveStudioData(db, week(), RECEIVED);
    expect(await accountsByRecency(db)).toEqual([
      { account: ACCOUNT, lastAt: RECEIVED },
      { account: 'older.one', lastAt: RECEIVED - 1000 },
    ]);
  });

  it('is gone when everything is deleted', async () => {
    await saveStudioData(db, week(), RECEIVED);
    await clearAll(db);
    expect(await stored()).toBeUndefined();
  });
});

describe('database version 5', () => {
  it('upgrades a version 4 database holding captures and imports, keeping them, and can then keep Studio data', async () => {
    const v4 = await openLensDB('upgrade-v4-v5', 4);
    expect(v4.objectStoreNames.contains('studioDays')).toBe(false);
    await saveSnapshot(v4, { page: 'account-overview', url: 'https://www.tiktok.com/tiktokstudio/analytics', account: ACCOUNT, range: { days: 7 }, metrics: { videoViews: 5000 } }, RECEIVED - 1000);
    await importStudioData(v4, { account: ACCOUNT, parts: [{ name: 'Overview.zip', files: ['Overview.csv'], exportedAt: RECEIVED - 1000, days: { '2026-11-20': { videoViews: 7 } } }] }, RECEIVED - 1000);
    const before = { snapshots: await v4.getAll('snapshots'), points: await v4.getAll('points'), daily: await v4.getAll('daily') };
    v4.close();
    db = await openLensDB('upgrade-v4-v5');
    expect({ snapshots: await db.getAll('snapshots'), points: await db.getAll('points'), daily: await db.getAll('daily') }).toEqual(before);
    expect(await saveStudioData(db, week(), RECEIVED)).toEqual({ saved: 14 });
  });
});

describe("Studio's days in the one history", () => {
  const exportedAt = at('2026-12-06', 9);
  const importWeek = () =>
    importStudioData(db, { account: ACCOUNT, parts: [{ name: 'Overview.zip', files: ['Overview.csv'], exportedAt, days: { '2026-12-03': { videoViews: 95 }, '2026-12-04': { videoViews: 141 }, '2026-12-05': { videoViews: 58 } } }] }, exportedAt);
  const oneDay = (date: string, v: number, t: number) =>
    saveSnapshot(db, { page: 'account-overview', url: 'https://www.tiktok.com/tiktokstudio/analytics', account: ACCOUNT, range: { start: date, end: date }, metrics: { videoViews: v } }, t);

  it('a final day outranks a capture and an import of it; a provisional one gives way to a settled capture until its final value comes', async () => {
    await importWeek();
    await oneDay('2026-12-04', 139, at('2026-12-09'));
    await oneDay('2026-12-01', 101, at('2026-12-06'));
    await saveStudioData(db, week(), RECEIVED);
    const days = await viewsDays();
    expect(days).toEqual([
      ['2026-12-01', 100, 'studio', false],
      ['2026-12-02', 120, 'studio', false],
      ['2026-12-03', 90, 'studio', false],
      ['2026-12-04', 140, 'studio', false],
      ['2026-12-05', 60, 'studio', true],
    ]);
    // A settled capture of the 5th (four days on) beats Studio's provisional value…
    await oneDay('2026-12-05', 74, at('2026-12-09', 10));
    expect((await viewsDays()).at(-1)).toEqual(['2026-12-05', 74, 'capture', false]);
    // …until Studio's final value comes.
    await saveStudioData(db, { ...week({ views5: 75, provisional: [] }), receivedAt: at('2026-12-08') }, at('2026-12-09'));
    expect((await viewsDays()).at(-1)).toEqual(['2026-12-05', 75, 'studio', false]);
  });

  it('follower days as far back as Studio sent, beside captured ones', async () => {
    await saveSnapshot(db, { page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', account: ACCOUNT, range: { days: 7 }, metrics: { followers: 1010 } }, at('2026-12-06', 21));
    await saveStudioData(db, week(), RECEIVED);
    const [records] = await readTimelines(db, ACCOUNT, ['followers']);
    expect(buildTimeline(records).days.map((d) => [d.date, d.v, d.source])).toEqual([
      ['2026-12-04', 1000, 'studio'],
      ['2026-12-05', 1004, 'studio'],
      ['2026-12-06', 1010, 'capture'],
    ]);
  });

  it("Studio's hours of activity join the exports' (moved to the UTC hour they stand for) and outrank them", async () => {
    await saveStudioData(db, week(), RECEIVED);
    const hours = await readActivityRecords(db, ACCOUNT);
    const utc = (hour: number) => {
      const d = new Date(`2026-12-05T${hour}:00:00`);
      return { date: d.toISOString().slice(0, 10), hour: d.getUTCHours() };
    };
    expect(hours.map((h) => ({ date: h.date, hour: h.hour, activeFollowers: h.activeFollowers }))).toEqual([
      { ...utc(19), activeFollowers: 210 },
      { ...utc(20), activeFollowers: 260 },
    ]);
  });
});

describe("Studio's data in backups and the CSV", () => {
  it('comes back whole from a backup, and a second restore adds nothing', async () => {
    await saveStudioData(db, week(), RECEIVED);
    const before = await stored();
    const backup = JSON.parse(JSON.stringify(await makeBackup(db, RECEIVED + 1000)));
    expect(backup.studio.days).toHaveLength(7);
    globalThis.indexedDB = new IDBFactory();
    db = await openLensDB();
    expect((await restoreBackup(db, backup, RECEIVED + 1000)).restoredStudioData).toBe(7 + 4 + 1 + 2);
    expect(await stored()).toEqual(before);
    expect((await restoreBackup(db, backup, RECEIVED + 1000)).restoredStudioData).toBe(0);
  });

  it('a restored provisional value never replaces a final one held', async () => {
    await saveStudioData(db, week(), RECEIVED);
    const backup = JSON.parse(JSON.stringify(await makeBackup(db, RECEIVED + 1000)));
    await saveStudioData(db, { ...week({ views5: 75, provisional: [] }), receivedAt: RECEIVED - 1000 }, RECEIVED);
    await restoreBackup(db, backup, RECEIVED + 1000);
    expect(await viewsDays()).toContainEqual(['2026-12-05', 75, 'studio', false]);
  });

  it('a backup with a bad record of Studio data is refused whole', async () => {
    await saveStudioData(db, week(), RECEIVED);
    const backup = JSON.parse(JSON.stringify(await makeBackup(db, RECEIVED + 1000)));
    backup.studio.videoValues[0].videoId = 'abc';
    backup.studio.retention[0].points = [[0, 101]];
    const fresh = await (async () => {
      globalThis.indexedDB = new IDBFactory();
      return openLensDB();
    })();
    const refused = await restoreBackup(fresh, backup, RECEIVED + 1000).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BackupError);
    expect((refused as BackupError).problems).toEqual(['studio.videoValues[0]: not a valid record', 'studio.retention[0]: not a valid record']);
  });

  it('writes one CSV row per value with the source "studio"', async () => {
    await saveStudioData(db, week(), RECEIVED);
    const rows = csvRows([], [], await allStudioData(db));
    const when = new Date(RECEIVED).toISOString();
    expect(rows).toContainEqual([when, ACCOUNT, '', 'videoViews', '2026-12-05..2026-12-05', 60, false, 'studio (provisional)']);
    expect(rows).toContainEqual([when, ACCOUNT, '', 'followers', '2026-12-04..2026-12-04', 1000, false, 'studio']);
    expect(rows).toContainEqual([when, ACCOUNT, VIDEO, 'videoViews', '2026-12-04T18', 40, false, 'studio']);
    expect(rows).toContainEqual([when, ACCOUNT, VIDEO, 'retention', '10s', 40, false, 'studio']);
    expect(rows).toContainEqual([when, ACCOUNT, '', 'activeFollowers', '2026-12-05T20', 260, false, 'studio']);
    expect(rows).toHaveLength(7 + 4 + 4 + 2);
  });

  it('counts Studio\'s values for "Your data" as the CSV writes them (a retention point each)', async () => {
    expect(await countStudioValues(db)).toBe(0);
    await saveStudioData(db, week(), RECEIVED);
    expect(await countStudioValues(db)).toBe(csvRows([], [], await allStudioData(db)).length);
    expect(await countStudioValues(db)).toBe(7 + 4 + 4 + 2);
  });
});
