import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openLensDB, type LensDB } from '@/utils/history/database';
import { getAudienceHistory, importStudioData } from '@/utils/history/save-import';
import { readActivityRecords } from '@/utils/history/timeline-reads';
import { historySource } from '@/utils/history/timeline-reads';
import { dailySeries } from '@/utils/views/dashboard-view';
import { noonOf } from '@/utils/platform/days';
import { studioImportErrors } from '@/utils/history/imported-days';
import { getSeries, listAccounts, listVideos, saveSnapshot } from '@/utils/history/snapshots';
import { readStudioFile, type StudioFilePart } from '@/utils/import/read-studio-files';
import { exportZips, makeModel } from '../../fixtures/studio-export/build';

const ACCOUNT = 'maker_studio.daily';

function read(exportDay: string, days = 30, options: { seed?: number; activityDays?: number } = {}): StudioFilePart[] {
  const model = makeModel({ exportDay, days, ...options });
  return exportZips(model).map((zip) => readStudioFile(zip, exportDay));
}

async function dump(db: LensDB) {
  return {
    daily: await db.getAll('daily'),
    activity: await db.getAll('activity'),
    activityDays: await db.getAll('activityDays'),
    audience: await db.getAll('audience'),
    videos: await db.getAll('videos'),
  };
}

let db: LensDB;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLensDB();
});

describe('importing a Studio export', () => {
  it('keeps every day and metric with its source, and a fresh profile lists the account', async () => {
    const parts = read('2025-08-20');
    const result = await importStudioData(db, { account: ACCOUNT, parts }, Date.UTC(2025, 7, 20, 20));
    expect(result).toMatchObject({ account: ACCOUNT, updated: 0, unchanged: 0, firstDay: '2025-07-22', lastDay: '2025-08-19', activityHours: 7 * 24, audiencePictures: 1, videos: 2 });
    expect(result.added).toBe(29 * 9);
    const views = await dailySeries(historySource(db), ACCOUNT, 'videoViews');
    expect(views).toHaveLength(29);
    expect(views[0]).toEqual({ date: '2025-07-22', t: noonOf('2025-07-22'), v: parts[0].days['2025-07-22'].videoViews, source: 'import' });
    expect((await db.getAll('daily')).every((r) => r.source === 'studio-export' && r.file.endsWith('.zip'))).toBe(true);
    expect(await listAccounts(db)).toEqual([expect.objectContaining({ account: ACCOUNT, captures: 0, importedDays: 29 })]);
    expect((await listVideos(db, ACCOUNT)).map((v) => v.caption)).toContain('=HYPERLINK("https://example.com","x")');
  });

  it('importing the same export twice changes nothing', async () => {
    const parts = read('2025-08-20');
    await importStudioData(db, { account: ACCOUNT, parts }, Date.UTC(2025, 7, 20, 20));
    const before = await dump(db);
    const again = await importStudioData(db, { account: ACCOUNT, parts: [...parts].reverse() }, Date.UTC(2025, 7, 22, 9));
    expect(again).toMatchObject({ added: 0, updated: 0, activityHours: 0, audiencePictures: 0, videos: 0 });
    expect(await dump(db)).toEqual(before);
  });

  it('never overwrites what a capture saw on the same day', async () => {
    // The creator's own capture of the follower total on 2025-08-10, local time.
    const capturedAt = new Date(2025, 7, 10, 15, 0).getTime();
    await saveSnapshot(db, { page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', account: ACCOUNT, range: { days: 7 }, metrics: { followers: 123_456 } }, capturedAt);
    const pointsBefore = await db.getAll('points');
    await importStudioData(db, { account: ACCOUNT, parts: read('2025-08-20') }, Date.UTC(2025, 7, 20, 20));
    expect(await db.getAll('points')).toEqual(pointsBefore);
    const followers = await dailySeries(historySource(db), ACCOUNT, 'followers');
    expect(followers.find((p) => p.date === '2025-08-10')).toEqual({ date: '2025-08-10', t: noonOf('2025-08-10'), v: 123_456, source: 'capture' });
    expect(followers.filter((p) => p.source === 'capture')).toHaveLength(1);
    expect(await getSeries(db, { account: ACCOUNT, metric: 'followers', range: 'lifetime' })).toEqual([{ t: capturedAt, v: 123_456 }]);
  });

  it('the newest, unfinished days of an export give way to a later export, never the other way', async () => {
    const early = read('2025-08-20', 30, { seed: 1 });
    const later = read('2025-08-27', 30, { seed: 2 });
    const day = '2025-08-19'; // the early export's newest counted day, long finished by the later one
    const laterValue = later[0].days[day].videoViews;
    expect(laterValue).not.toBe(early[0].days[day].videoViews);

    await importStudioData(db, { account: ACCOUNT, parts: early }, Date.UTC(2025, 7, 20, 20));
    expect((await dailySeries(historySource(db), ACCOUNT, 'videoViews')).at(-1)).toMatchObject({ date: day, provisional: true });
    const second = await importStudioData(db, { account: ACCOUNT, parts: later }, Date.UTC(2025, 7, 27, 20));
    expect(second.updated).toBeGreaterThan(0);
    const afterLater = await dailySeries(historySource(db), ACCOUNT, 'videoViews');
    expect(afterLater.find((p) => p.date === day)).toEqual({ date: day, t: noonOf(day), v: laterValue, source: 'import' });

    // Importing the early export again later on does not bring its unfinished value back.
    await importStudioData(db, { account: ACCOUNT, parts: early }, Date.UTC(2025, 7, 28, 9));
    expect((await dailySeries(historySource(db), ACCOUNT, 'videoViews')).find((p) => p.date === day)?.v).toBe(laterValue);
  });

  it('follower activity days accumulate over imports; each import\'s audience picture is kept', async () => {
    await importStudioData(db, { account: ACCOUNT, parts: read('2025-08-20') }, Date.UTC(2025, 7, 20, 20));
    const later = read('2025-08-27');
    later[1].audience = { gender: { male: 45, female: 52, other: 3 }, territories: { US: 40, VN: 30 } };
    await importStudioData(db, { account: ACCOUNT, parts: later }, Date.UTC(2025, 7, 27, 20));
    const activity = await readActivityRecords(db, ACCOUNT);
    expect(new Set(activity.map((a) => a.date)).size).toBe(14);
    const pictures = await getAudienceHistory(db, ACCOUNT);
    expect(pictures.map((p) => p.territories?.US)).toEqual([50, 40]);
  });

  it('a write that fails leaves nothing behind', async () => {
    const parts = read('2025-08-20');
    parts[1].followerActivity = [{ date: '2025-08-19', hour: Number.NaN, activeFollowers: 3 }];
    await expect(importStudioData(db, { account: ACCOUNT, parts }, Date.UTC(2025, 7, 20, 20))).rejects.toThrow();
    expect(await dump(db)).toEqual({ daily: [], activity: [], activityDays: [], audience: [], videos: [] });
  });

  it('requests that did not come from the reader are refused with reasons', () => {
    expect(studioImportErrors({ account: ACCOUNT, parts: read('2025-08-20', 5) })).toEqual([]);
    expect(studioImportErrors(null)).toEqual(['not an import request']);
    expect(studioImportErrors({ account: 'a b', parts: [] })).toEqual(['account: a TikTok handle is needed', 'parts: no files']);
    expect(studioImportErrors({ account: 'me', parts: [{ name: 'x', days: { '2025-08-01': { videoViews: Number.NaN, saves: 3 } } }] })).toEqual([
      'parts[0].days.2025-08-01.videoViews: not a count',
      'parts[0].days.2025-08-01.saves: not a count',
    ]);
    // A negative day is a value (more comments deleted than written); videos keep the reader's bounds.
    expect(studioImportErrors({ account: 'me', parts: [{ name: 'x', days: { '2025-08-01': { comments: -3 } } }] })).toEqual([]);
    expect(studioImportErrors({ account: 'me', parts: [{ name: 'x', days: {}, videos: [{ videoId: '12ab', caption: '' }] }] })).toHaveLength(1);
    expect(studioImportErrors({ account: 'me', parts: [{ name: 'x', days: {}, videos: [{ videoId: '12', caption: 'x'.repeat(4097) }] }] })).toHaveLength(1);
  });
});

describe('database version 3', () => {
  it('upgrades a version 2 database holding captures, keeping them, and can then import', async () => {
    const name = 'upgrade-v2-v3';
    const v2 = await openLensDB(name, 2);
    expect(v2.objectStoreNames.contains('daily')).toBe(false);
    const t = Date.UTC(2025, 7, 1, 10);
    await saveSnapshot(v2, { page: 'account-overview', url: 'https://www.tiktok.com/tiktokstudio/analytics', account: ACCOUNT, range: { days: 7 }, metrics: { videoViews: 5000, followers: 900 } }, t);
    const before = { snapshots: await v2.getAll('snapshots'), points: await v2.getAll('points'), videos: await v2.getAll('videos') };
    v2.close();

    const v3 = await openLensDB(name);
    expect(v3.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(6);
    expect({ snapshots: await v3.getAll('snapshots'), points: await v3.getAll('points'), videos: await v3.getAll('videos') }).toEqual(before);
    await importStudioData(v3, { account: ACCOUNT, parts: read('2025-08-20') }, Date.UTC(2025, 7, 20, 20));
    const accounts = await listAccounts(v3);
    expect(accounts).toEqual([expect.objectContaining({ account: ACCOUNT, captures: 1, importedDays: 29 })]);
    expect(await getSeries(v3, { account: ACCOUNT, metric: 'videoViews', range: '7d' })).toEqual([{ t, v: 5000 }]);
    v3.close();
  });
});

describe('what the popup takes from exports', () => {
  it('a day-by-day chart only where an export brought days; the busiest hours from activity', async () => {
    const { popupData } = await import('@/utils/views/popup-view');
    const { popupInsights } = await import('@/utils/views/popup-insights-view');
    const { historySource } = await import('@/utils/history/timeline-reads');
    const source = historySource(db);
    const now = Date.UTC(2025, 7, 20, 20);
    const chart = async (metric: 'followers' | 'videoViews' | 'saves', days: number) => (await popupData(source, { account: ACCOUNT, metric, days }, now)).chart;
    expect(await chart('followers', 30)).toMatchObject({ points: [] });
    expect((await popupInsights(source, ACCOUNT, now)).peak).toBeUndefined();
    await importStudioData(db, { account: ACCOUNT, parts: read('2025-08-20', 60) }, now);
    const all = await chart('followers', 0);
    expect(all).toMatchObject({ kind: 'daily' });
    expect(all.points).toHaveLength(59);
    expect((await chart('videoViews', 7)).points.length).toBeLessThanOrEqual(8);
    expect(await chart('saves', 0)).toMatchObject({ points: [] });
    expect((await chart('saves', 0)).kind).toBeUndefined();
    expect(all.points.every((p, i) => i === 0 || p.t > all.points[i - 1].t)).toBe(true);
    // The fixture's three busiest hours are alike: the peak names all three.
    const { peak } = await popupInsights(source, ACCOUNT, now);
    expect(peak).toMatchObject({ end: (peak!.start + 3) % 24, days: 7 });
  });
});
