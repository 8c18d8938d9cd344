// The content script's capture message: the background saves the page's snapshot and answers with
// its badges, written in the page's language tag (the content script carries no formatting).
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { messagesOf } from '../../support/messages';
import type { StudioSnapshot } from '@/utils/reader/snapshot';

vi.mock('@/utils/platform/i18n', () => ({ t: (key: string, substitutions?: string | string[]) => messagesOf('en')(key, substitutions) }));

const { createStoreHandlers } = await import('@/entrypoints/background/history-service');
const { openLensDB } = await import('@/utils/history/database');

const list = (views: number, followers: number): StudioSnapshot => ({
  page: 'posts-list',
  url: 'https://www.tiktok.com/tiktokstudio/content',
  account: 'maya.bakes',
  range: 'lifetime',
  metrics: {},
  videos: [{ videoId: '7301', caption: 'Sourdough', views, likes: followers, rounded: [] }],
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('capturePage', () => {
  it("saves the capture and answers with its badges in the page's tag", async () => {
    const store = createStoreHandlers(() => openLensDB('capture-page'));
    const first = await store.capturePage({ snapshot: list(1200, 3), locale: 'de-DE' });
    expect(first.rows['7301']).toMatchObject({ text: messagesOf('en')('badgeFirst'), direction: 'first' });
    expect(first.rows['7301'].label).toContain('Sourdough');
    const second = await store.capturePage({ snapshot: list(2500, 3), locale: 'de-DE' });
    expect(second.rows['7301'].text).toMatch(/^▲ 1\.300 since /);
    // A tag Intl refuses writes in the browser's language rather than failing the badges.
    const third = await store.capturePage({ snapshot: list(2600, 3), locale: 'en_US' });
    expect(third.rows['7301'].direction).toBe('up');
    expect((await store.storeStats(undefined)).snapshots).toBe(3);
  });

  it('refuses what the store refuses, saving nothing', async () => {
    const store = createStoreHandlers(() => openLensDB('capture-page-refused'));
    await expect(store.capturePage({ snapshot: { ...list(10, 1), videos: [{ videoId: '7301', views: -1, rounded: [] }] } })).rejects.toThrow(/Snapshot rejected/);
    await expect(store.capturePage(null as never)).rejects.toThrow(/Snapshot rejected/);
    expect((await store.storeStats(undefined)).snapshots).toBe(0);
  });
});
