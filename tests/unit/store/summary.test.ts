import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoExport } from '../../../scripts/lib/demo-data';
import { openLensDB, type LensDB } from '@/utils/store/db';
import { getSeries } from '@/utils/store/store';
import { popupData } from '@/utils/store/summary';
import { importAll } from '@/utils/store/transfer';

const NOW = Date.UTC(2026, 10, 24, 12);
const DAY = 86_400_000;
let db: LensDB;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLensDB();
});

describe('popupData', () => {
  it('is empty, with no account, before any capture', async () => {
    const data = await popupData(db, {}, NOW);
    expect(data).toMatchObject({ accounts: [], cards: [], movers: [] });
    expect(data.account).toBeUndefined();
  });

  it('answers with headline cards, the chart series and top movers in one go', async () => {
    await importAll(db, demoExport({ days: 40, videos: 12, now: NOW - DAY }), NOW);
    const data = await popupData(db, { days: 30, metric: 'followers' }, NOW);
    const followers = await getSeries(db, { account: 'maya.bakes', metric: 'followers', range: 'lifetime' });
    expect(data.account).toBe('maya.bakes');
    const card = data.cards.find((c) => c.metric === 'followers')!;
    expect(card.latest).toEqual(followers[followers.length - 1]);
    expect(card.sincePrevious).toBe(followers[followers.length - 1].v - followers[followers.length - 2].v);
    const inWindow = followers.filter((p) => p.t >= NOW - 30 * DAY);
    expect(card.overWindow).toBe(inWindow[inWindow.length - 1].v - inWindow[0].v);
    expect(data.cards.find((c) => c.metric === 'videoViews')?.range).toBe('7d');
    expect(data.chart.points).toEqual(inWindow);
    expect(data.movers).toHaveLength(5);
    expect(data.movers[0].gainedViews).toBeGreaterThanOrEqual(data.movers[4].gainedViews);
  });

  it('draws one video when asked', async () => {
    await importAll(db, demoExport({ days: 10, videos: 3, now: NOW - DAY }), NOW);
    const [mover] = (await popupData(db, {}, NOW)).movers;
    const data = await popupData(db, { metric: 'views', videoId: mover.videoId }, NOW);
    expect(data.chart).toMatchObject({ videoId: mover.videoId, range: 'lifetime' });
    expect(data.chart.points[data.chart.points.length - 1].v).toBe(mover.views);
  });
});
