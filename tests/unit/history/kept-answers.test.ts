// The "what works" report is kept between openings until the store changes (issue 34: every popup
// and dashboard opening asked for it, seconds at 1,000 videos). Through the background's own handlers.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStoreHandlers, READ_ONLY_MESSAGES } from '@/entrypoints/background/history-service';
import { openLensDB } from '@/utils/history/database';
import type { StudioSnapshot } from '@/utils/reader/snapshot';

const ACCOUNT = 'maya.bakes';
const HOUR = 3_600_000;

/** The posts list with these videos, each posted `hoursAgo` before now. */
function postsList(videos: Array<{ id: string; hoursAgo: number; views: number }>): StudioSnapshot {
  return {
    page: 'posts-list', url: 'https://www.tiktok.com/tiktokstudio/content', account: ACCOUNT, range: 'lifetime', metrics: {}, locale: 'en',
    videos: videos.map((v) => ({ videoId: v.id, caption: `video ${v.id}`, postedAt: new Date(Date.now() - v.hoursAgo * HOUR).toISOString(), views: v.views })),
  };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('answers kept until a write', () => {
  it('a second opening gets the kept report; after a capture the report is read anew and has the new video', async () => {
    const store = createStoreHandlers();
    await store.saveSnapshot(postsList([{ id: '7400000000000000001', hoursAgo: 300, views: 1200 }]));
    const first = await store.getWhatWorks(ACCOUNT);
    expect(first.newest).toMatchObject({ videoId: '7400000000000000001' });
    expect(await store.getWhatWorks(ACCOUNT)).toBe(first);

    await store.saveSnapshot(postsList([{ id: '7400000000000000001', hoursAgo: 300, views: 1300 }, { id: '7400000000000000002', hoursAgo: 20, views: 90 }]));
    const after = await store.getWhatWorks(ACCOUNT);
    expect(after).not.toBe(first);
    expect(after.newest).toMatchObject({ videoId: '7400000000000000002' });
  });

  it('the takeoff read shares the videos read for the report (a read per video), until a capture', async () => {
    // Counts the reads of Studio's per-video values: one transaction per video and reading.
    let videoReads = 0;
    const store = createStoreHandlers(async () => {
      const db = await openLensDB();
      const transaction = db.transaction.bind(db) as (...args: unknown[]) => unknown;
      (db as { transaction: unknown }).transaction = (names: string | string[], ...rest: unknown[]) => {
        if ([names].flat().includes('studioVideoValues')) videoReads++;
        return transaction(names, ...rest);
      };
      return db;
    });
    await store.saveSnapshot(postsList([{ id: '7400000000000000001', hoursAgo: 300, views: 1200 }, { id: '7400000000000000002', hoursAgo: 20, views: 90 }]));
    await store.getWhatWorks(ACCOUNT);
    expect(videoReads).toBe(2);
    await store.getTakeoffs(ACCOUNT);
    await store.getTakeoffs(ACCOUNT);
    expect(videoReads).toBe(2);

    await store.saveSnapshot(postsList([{ id: '7400000000000000002', hoursAgo: 21, views: 120 }]));
    await store.getTakeoffs(ACCOUNT);
    expect(videoReads).toBe(4);
  });

  it('deleting everything ends the kept report', async () => {
    const store = createStoreHandlers();
    await store.saveSnapshot(postsList([{ id: '7400000000000000001', hoursAgo: 300, views: 1200 }]));
    const first = await store.getWhatWorks(ACCOUNT);
    await store.clearAll(undefined);
    const after = await store.getWhatWorks(ACCOUNT);
    expect(after).not.toBe(first);
    expect(after.newest).not.toHaveProperty('videoId');
  });

  it('names only messages the store answers as read-only, and no write among them', () => {
    const names = Object.keys(createStoreHandlers());
    for (const name of READ_ONLY_MESSAGES) expect(names).toContain(name);
    for (const write of ['saveSnapshot', 'capturePage', 'saveStudioResponses', 'saveStudioData', 'restoreBackup', 'clearAll', 'importStudioData', 'importStudioPiece'] as const) {
      expect(READ_ONLY_MESSAGES.has(write)).toBe(false);
    }
  });
});
