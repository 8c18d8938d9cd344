// What "what works" reads through the store's view source: each video's captured growth, counters, posting
// hour and the days held, read back from a restored demo history and a small import.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_EVENING_EFFECT, demoExport } from '../../support/demo-data';
import { openLensDB, type LensDB } from '@/utils/history/database';
import { restoreBackup } from '@/utils/history/backup';
import { importStudioData } from '@/utils/history/save-import';
import { saveSnapshot } from '@/utils/history/snapshots';
import { historySource } from '@/utils/history/timeline-reads';
import { whatWorksInputs as whatWorksView } from '@/utils/views/what-works-inputs';
import { mergeVideos } from '@/utils/history/records';
import { snapshotErrors } from '@/utils/history/validate-snapshot';
import { whatWorksReport, strongestFinding } from '@/utils/insights/what-works-report';

const NOW = Date.UTC(2026, 10, 24, 12);
const DAY = 86_400_000;
let db: LensDB;
const whatWorksInputs = (store: LensDB, account: string, now: number) => whatWorksView(historySource(store), account, now);

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLensDB();
});

describe('a video’s length', () => {
  it('is kept from the posts list (validated as seconds), newest capture first', () => {
    const row = { videoId: '7300000000000000001', caption: 'x', durationSeconds: 21 };
    const list = (capturedAt: number, durationSeconds: number) => ({ page: 'posts-list' as const, url: 'https://www.tiktok.com/tiktokstudio/content', account: 'a', scope: 's', capturedAt, lastSeenAt: capturedAt, range: 'lifetime' as const, metrics: {}, videos: [{ ...row, durationSeconds }] });
    const [first] = mergeVideos(list(1, 21), () => undefined);
    expect(first.durationSeconds).toBe(21);
    expect(mergeVideos(list(2, 22), () => first)[0].durationSeconds).toBe(22);
    expect(mergeVideos(list(0, 20), () => first)[0].durationSeconds).toBe(21);
    expect(snapshotErrors({ ...list(1, 21), videos: [{ ...row, durationSeconds: -1 }] }).join()).toContain('durationSeconds');
  });
});

describe('whatWorksInputs', () => {
  it('gives every posted video its growth from the posts list, its counters and its local posting hour', async () => {
    const file = demoExport({ days: 60, videos: 20, now: NOW - DAY });
    await restoreBackup(db, file, NOW);
    const input = await whatWorksInputs(db, 'maya.bakes', NOW);
    expect(input.videos).toHaveLength(20);
    const lastList = file.snapshots.filter((s) => s.page === 'posts-list').pop()!;
    const row = lastList.videos!.find((r) => r.views! > 0)!;
    const video = input.videos.find((v) => v.videoId === row.videoId)!;
    expect(video.hour).toBe(new Date(row.postedAt!).getHours());
    expect(video.durationSeconds).toBe(row.durationSeconds);
    expect(video.weekday).toBe(new Date(row.postedAt!).getDay());
    expect(video.counters).toMatchObject({ at: lastList.capturedAt, views: row.views, likes: row.likes });
    expect(video.views[video.views.length - 1]).toEqual({ t: lastList.capturedAt, v: row.views });
    expect(video.views.every((p, i) => i === 0 || p.t > video.views[i - 1].t)).toBe(true);
    // A day on which a follower count was captured holds that day (local calendar days).
    const day = (t: number) => new Date(t).toDateString();
    const followerDays = new Set(file.snapshots.filter((s) => s.page === 'account-followers').map((s) => day(s.capturedAt)));
    expect(input.heldDays.followers).toHaveLength(followerDays.size);
    expect(input.heldDays.videoViews).toEqual([]);
  });

  it('adds the video page’s followers gained and watched-full share, and its views to the growth', async () => {
    await restoreBackup(db, demoExport({ days: 20, videos: 3, now: NOW - DAY }), NOW);
    const [first] = await whatWorksInputs(db, 'maya.bakes', NOW).then((i) => i.videos);
    const url = `https://www.tiktok.com/tiktokstudio/analytics/${first.videoId}/overview`;
    await saveSnapshot(db, { page: 'video-overview', url, account: 'maya.bakes', videoId: first.videoId, range: 'lifetime', metrics: { videoViews: 123_456, newFollowers: 42, watchedFullVideo: 12.5 } }, NOW - 1000);
    const video = (await whatWorksInputs(db, 'maya.bakes', NOW)).videos.find((v) => v.videoId === first.videoId)!;
    expect(video.page).toEqual({ at: NOW - 1000, newFollowers: 42, watchedFullPercent: 12.5 });
    expect(video.views[video.views.length - 1]).toEqual({ t: NOW - 1000, v: 123_456 });
  });

  it('counts imported days as held, and starts the risk where the history starts', async () => {
    await importStudioData(db, { account: 'maya.bakes', parts: [{ name: 'Overview.zip', files: ['Overview.csv', 'FollowerHistory.csv'], exportedAt: NOW, days: { '2026-01-02': { videoViews: 10 }, '2026-01-03': { videoViews: 12, followers: 40 } } }] }, NOW);
    const input = await whatWorksInputs(db, 'maya.bakes', NOW);
    expect(input.heldDays).toEqual({ videoViews: ['2026-01-02', '2026-01-03'], followers: ['2026-01-03'] });
    expect(input.since).toBe(Date.parse('2026-01-02'));
  });

  it('finds the demo creator’s planted evening effect and no clear difference elsewhere', async () => {
    await restoreBackup(db, demoExport({ days: 200, videos: 120, now: NOW - DAY / 2 }), NOW);
    const report = whatWorksReport(await whatWorksInputs(db, 'maya.bakes', NOW));
    const evening = report.whatWorks.comparisons.find((c) => c.dimension === 'hour' && c.group === 'evening' && c.outcome === 'lifetimeViews')!;
    expect(evening.verdict).toBe('found');
    expect(evening.low!).toBeGreaterThan(1);
    expect(evening.low!).toBeLessThan(DEMO_EVENING_EFFECT);
    expect(report.whatWorks.comparisons.some((c) => c.dimension === 'hashtag' && c.verdict === 'noClearDifference')).toBe(true);
    // Lengths were read from the posts list and planted with no effect.
    expect(report.whatWorks.comparisons.filter((c) => c.dimension === 'length' && c.verdict !== 'notEnough').every((c) => c.verdict === 'noClearDifference')).toBe(true);
    expect(report.whatWorks.unknown).toEqual([]);
    expect(strongestFinding(report.whatWorks)?.group).toBe('evening');
    expect(report.early[0]).toMatchObject({ ready: true });
    expect(report.newest).toEqual(report.early[0]);
  }, 60_000);
});
