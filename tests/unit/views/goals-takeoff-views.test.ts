// The views behind goals, takeoff and the media kit: Studio's hours and days summed into a video's
// growth from posting (and the early read then compares by the hour), goals read from the one
// history, and the media kit's sums over its range.
import { describe, expect, it } from 'vitest';
import { earlyReadOf } from '@/utils/insights/early-read';
import { addDays, HOUR_MS, localDate } from '@/utils/platform/days';
import { goalProgress, goalWindow } from '@/utils/views/goals-view';
import { mediaKit } from '@/utils/views/media-kit-view';
import type { TimelineMetric, TimelineRecords } from '@/utils/timeline/timeline-contract';
import type { ViewSource, VideoSummary } from '@/utils/views/view-source';
import type { VideoValue } from '@/utils/views/video-page-view';
import { studioGrowth, whatWorksInputs } from '@/utils/views/what-works-inputs';

const NOW = new Date('2026-12-07T15:30:00').getTime();
const today = localDate(NOW);
const pad = (n: number) => String(n).padStart(2, '0');
const hourKey = (t: number) => `${localDate(t)}T${pad(new Date(t).getHours())}`;
const views = (at: string, value: number, provisional?: true): VideoValue => ({ metric: 'videoViews', at, value, ...(provisional ? { provisional } : {}) });

/** A source holding Studio days for some metrics and videos with Studio hours. */
function source(days: Partial<Record<TimelineMetric, Record<string, number>>>, videos: VideoSummary[] = [], studio: Record<string, VideoValue[]> = {}): ViewSource {
  return {
    accounts: async () => [],
    timelines: async (account, metrics): Promise<TimelineRecords[]> =>
      metrics.map((metric) => ({ account, metric, imported: [], captured: [], studio: Object.entries(days[metric] ?? {}).map(([date, value]) => ({ date, value, receivedAt: NOW })) })),
    videos: async () => videos,
    videoViews: async () => ({ metric: 'views', points: [] }),
    videoSeries: async () => [],
    postsLists: async () => [],
    activity: async () => [],
    studioVideo: async (_account, videoId) => ({ values: studio[videoId] ?? [] }),
  };
}

describe('studioGrowth', () => {
  const posted = new Date('2026-12-01T18:20:00').getTime();
  const start = new Date('2026-12-01T18:00:00').getTime();
  it('sums hours from the one it was posted in, at the end of each, and stops at a gap or a value still counted', () => {
    const hours = [0, 1, 2, 4].map((h) => views(hourKey(start + h * HOUR_MS), 10 * (h + 1)));
    expect(studioGrowth(posted, hours).hourly).toEqual([
      { t: start + HOUR_MS, v: 10 }, { t: start + 2 * HOUR_MS, v: 30 }, { t: start + 3 * HOUR_MS, v: 60 },
    ]);
    expect(studioGrowth(posted, [views(hourKey(start), 5), views(hourKey(start + HOUR_MS), 7, true)]).hourly).toEqual([{ t: start + HOUR_MS, v: 5 }]);
  });
  it('takes days only from the day it was posted on, and after the hours end', () => {
    const growth = studioGrowth(posted, [views('2026-12-01', 100), views('2026-12-02', 50), views(hourKey(start), 40)]);
    expect(growth.views.map((p) => p.v)).toEqual([40, 100, 150]);
    expect(studioGrowth(posted, [views('2026-12-02', 50)]).views).toEqual([]);
  });
  it('lets the early read compare by the hour when only Studio hours are kept', async () => {
    const summaries: VideoSummary[] = Array.from({ length: 12 }, (_, i) => ({
      videoId: `v${i}`, postedAt: new Date(NOW - (11 - i) * 48 * HOUR_MS - 10 * HOUR_MS).toISOString(), lastSeenAt: NOW, counters: {},
    }));
    const studio = Object.fromEntries(summaries.map((s, i) => {
      const at = Date.parse(s.postedAt!);
      const first = new Date(at);
      first.setMinutes(0, 0, 0);
      const count = i === 11 ? 6 : 48;
      return [s.videoId, Array.from({ length: count }, (_, h) => views(hourKey(first.getTime() + h * HOUR_MS), i === 11 ? 500 : 10 + i))];
    }));
    const input = await whatWorksInputs(source({}, summaries, studio), 'a', NOW);
    const newest = input.videos.find((v) => v.videoId === 'v11')!;
    expect(newest.hourly).toHaveLength(6);
    const read = earlyReadOf(newest, input.videos);
    if (!read.ready) throw new Error(read.missing);
    expect(read.compared).toBe(11);
    expect(read.percentile).toBe(100);
  });
});

describe('goalProgress', () => {
  it('reads a running total as it is and a flow as its sum over the window', async () => {
    const followers = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [addDays(today, i - 30), 100 + 10 * i]));
    const viewDays = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [addDays(today, i - 40), 50]));
    const [f, v] = await goalProgress(source({ followers, videoViews: viewDays }), 'a', [
      { id: '1', metric: 'followers', target: 1_000 },
      { id: '2', metric: 'videoViews', target: 3_000, windowDays: 30 },
    ]);
    expect(f).toMatchObject({ current: 390, share: 0.39, projection: { state: 'projected', perDay: 10 } });
    // 40 days make 11 sums of 30: one week of them, too few to tell.
    expect(v).toMatchObject({ current: 1_500, share: 0.5, projection: { state: 'shortHistory', haveWeeks: 1 } });
    expect(goalWindow({ metric: 'followers', windowDays: 30 })).toBeUndefined();
    expect(goalWindow({ metric: 'likes' })).toBe(30);
  });
});

describe('mediaKit', () => {
  it('sums each daily metric over the range and keeps followers at its ends', async () => {
    const followers = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [addDays(today, i - 60), 1_000 + i]));
    const viewDays = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [addDays(today, i - 60), 100]));
    const likes = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [addDays(today, i - 60), 5]));
    const videos: VideoSummary[] = [
      { videoId: 'a', caption: 'A', lastSeenAt: NOW, counters: { views: 10 } },
      { videoId: 'b', caption: 'B', lastSeenAt: NOW, counters: { views: 900, likes: 40 } },
    ];
    const kit = await mediaKit(source({ followers, videoViews: viewDays, likes }, videos), 'a', 28, { gender: { female: 60 } }, NOW);
    expect(kit.from).toBe(addDays(today, -27));
    expect(kit.totals.find((x) => x.metric === 'videoViews')).toEqual({ metric: 'videoViews', value: 2_700, days: 27 });
    expect(kit.followers).toMatchObject({ start: 1_033, end: 1_059, gained: 26 });
    expect(kit.engagementRate).toBeCloseTo(5 / 100, 6);
    expect(kit.bestVideos.map((v) => v.videoId)).toEqual(['b', 'a']);
    expect(kit.audience).toEqual({ gender: { female: 60 } });
  });
});
