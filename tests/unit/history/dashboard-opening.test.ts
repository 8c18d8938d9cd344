// The dashboard opens on one message (issue 34: the accounts, then the first series, was two round
// trips before its first chart). Through the background's own handlers, over fake IndexedDB.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStoreHandlers } from '@/entrypoints/background/history-service';
import type { StudioSnapshot } from '@/utils/reader/snapshot';
import { openLensDB } from '@/utils/history/database';
import { historySource } from '@/utils/history/timeline-reads';
import { dashboardOpening } from '@/utils/views/dashboard-view';

const followersPage = (account: string, followers: number): StudioSnapshot => ({
  page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', account, range: { days: 7 }, metrics: { followers },
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the dashboard opening', () => {
  it('names the accounts newest first and brings the newest one\'s series, the same as asked on its own', async () => {
    const store = createStoreHandlers();
    await store.saveSnapshot(followersPage('older.one', 10));
    await new Promise((r) => setTimeout(r, 5));
    await store.saveSnapshot(followersPage('maya.bakes', 1200));
    const opening = await store.getDashboardOpening('followers');
    expect(opening.accounts.map((a) => a.account)).toEqual(['maya.bakes', 'older.one']);
    expect(opening.first?.account).toBe('maya.bakes');
    expect(opening.first?.key).toBe('followers');
    expect(opening.first?.series.points.map((p) => p.v)).toEqual([1200]);
    expect(opening.first?.series).toEqual(await store.getCompareSeries({ account: 'maya.bakes', key: 'followers' }));
  });

  it('has no series on an empty store', async () => {
    expect(await createStoreHandlers().getDashboardOpening('followers')).toEqual({ accounts: [] });
  });
});

describe('the dashboard opening with a guess of its account', () => {
  it('reads the guessed account\'s series beside the accounts, and the newest account\'s when the guess is wrong', async () => {
    const store = createStoreHandlers();
    await store.saveSnapshot(followersPage('older.one', 10));
    await new Promise((r) => setTimeout(r, 5));
    await store.saveSnapshot(followersPage('maya.bakes', 1200));
    const source = historySource(await openLensDB());
    const asked: string[] = [];
    const counting: typeof source = { ...source, timelines: (account, metrics, from) => (asked.push(account), source.timelines(account, metrics, from)) };

    const right = await dashboardOpening(counting, 'followers', 'maya.bakes');
    expect(right.first).toMatchObject({ account: 'maya.bakes', key: 'followers' });
    expect(right.first?.series.points.map((p) => p.v)).toEqual([1200]);
    expect(asked).toEqual(['maya.bakes']);

    asked.length = 0;
    const wrong = await dashboardOpening(counting, 'followers', 'older.one');
    expect(wrong.first?.account).toBe('maya.bakes');
    expect(wrong.first?.series.points.map((p) => p.v)).toEqual([1200]);
    expect(asked).toEqual(['older.one', 'maya.bakes']);
  });
});
