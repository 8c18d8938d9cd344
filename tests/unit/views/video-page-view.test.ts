// A video's page: its exact days, its first 48 hours, its retention beside the creator's median
// (worked out by hand below), its numbers, and the empty page before Studio's data came.
import { describe, expect, it } from 'vitest';
import { medianCurve, retentionAt, sharedWatchSource, videoPage, videoPageOf, watchValueOf, type RetentionCurve, type VideoPageSource, type VideoValue } from '@/utils/views/video-page-view';
import type { VideoSummary } from '@/utils/views/view-source';

const VIDEO = '7301234567890123456';
const noon = (date: string) => new Date(`${date}T12:00:00`).getTime();
const hour = (key: string) => new Date(`${key}:00:00`).getTime();

// Three other videos of 10, 20 and 5 seconds, and the median of their curves by hand:
//   at   0 %: 100, 100, 100                  → 100
//   at  50 %: A at 5 s 75, B at 10 s 80, C at 2.5 s 60 → 75
//   at 100 %: 50, 60, 20                    → 50
//   at  25 %: A at 2.5 s 87.5, B at 5 s 90, C at 1.25 s 80 → 87.5
const A: RetentionCurve = { videoId: '1', points: [[0, 100], [10, 50]] };
const B: RetentionCurve = { videoId: '2', points: [[0, 100], [20, 60]] };
const C: RetentionCurve = { videoId: '3', points: [[0, 100], [5, 20]] };
const OWN: RetentionCurve = { videoId: VIDEO, points: [[0, 100], [4, 70], [8, 45]] };

describe('the median retention curve', () => {
  it('is the median of every curve at each percent of its length', () => {
    const median = medianCurve([A.points, B.points, C.points]);
    expect(median).toHaveLength(101);
    expect(median.filter((p) => [0, 25, 50, 100].includes(p.x))).toEqual([
      { x: 0, y: 100 },
      { x: 25, y: 87.5 },
      { x: 50, y: 75 },
      { x: 100, y: 50 },
    ]);
  });

  it('of two curves, the mean of the two; of none, nothing', () => {
    expect(medianCurve([A.points, C.points]).find((p) => p.x === 100)).toEqual({ x: 100, y: 35 });
    expect(medianCurve([])).toEqual([]);
    expect(medianCurve([[[0, 100]]])).toEqual([]);
  });

  it('reads a curve between its points on a straight line, and holds its ends', () => {
    expect(retentionAt(OWN.points, 2)).toBe(85);
    expect(retentionAt(OWN.points, 6)).toBe(57.5);
    expect(retentionAt(OWN.points, 99)).toBe(45);
  });
});

describe('videoPage', () => {
  const days: VideoValue[] = [
    { metric: 'videoViews', at: '2026-12-03', value: 900 },
    { metric: 'videoViews', at: '2026-12-02', value: 4000 },
    { metric: 'videoViews', at: '2026-12-04', value: 300, provisional: true },
    { metric: 'likes', at: '2026-12-02', value: 80 },
  ];
  // Hours from 20:00 on the 1st: 50 of them, so the last two fall beyond the first 48.
  const hours: VideoValue[] = Array.from({ length: 50 }, (_, i) => {
    const t = new Date(2026, 11, 1, 20 + i);
    const key = `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}T${String(t.getHours()).padStart(2, '0')}`;
    return { metric: 'videoViews', at: key, value: i + 1 };
  });
  const video: VideoSummary = { videoId: VIDEO, caption: 'Sourdough in 60 s', postedAt: '2026-12-01T20:00:00Z', lastSeenAt: 0, counters: { views: 5300, likes: 80 } };

  it('shows the daily views, the first 48 hours, the curve beside the median of the other videos, and the numbers', () => {
    const page = videoPage(VIDEO, { video, values: [...hours, ...days], retention: OWN, curves: [OWN, A, B, C] });
    expect(page.daily).toEqual([
      { at: '2026-12-02', t: noon('2026-12-02'), v: 4000 },
      { at: '2026-12-03', t: noon('2026-12-03'), v: 900 },
      { at: '2026-12-04', t: noon('2026-12-04'), v: 300, provisional: true },
    ]);
    expect(page.hours).toHaveLength(48);
    expect(page.hours[0]).toEqual({ at: '2026-12-01T20', t: hour('2026-12-01T20'), v: 1 });
    expect(page.hours[47].v).toBe(48);
    expect(page.retention).toEqual([{ x: 0, y: 100 }, { x: 50, y: 70 }, { x: 100, y: 45 }]);
    expect(page.lengthSeconds).toBe(8);
    // The video's own curve is not part of its median.
    expect(page.median?.videos).toBe(3);
    expect(page.median?.curve.find((p) => p.x === 50)).toEqual({ x: 50, y: 75 });
    expect(page.numbers).toEqual({ dailyViews: 5200, hourViews: (48 * 49) / 2, retentionEnd: 45, medianEnd: 50 });
    expect(page).toMatchObject({ caption: 'Sourdough in 60 s', counters: { views: 5300, likes: 80 }, empty: false });
  });

  it('is empty before Studio sent anything for the video, and has no median without other curves', () => {
    const page = videoPage(VIDEO, { video, values: [], curves: [] });
    expect(page).toMatchObject({ empty: true, daily: [], hours: [], numbers: {}, watch: {} });
    expect(page.retention).toBeUndefined();
    expect(page.median).toBeUndefined();
    expect(videoPage(VIDEO, { values: [], retention: OWN, curves: [OWN] })).toMatchObject({ empty: false, counters: {}, numbers: { retentionEnd: 45 } });
  });

  it('reads the video, its values and every curve of the account from the source', async () => {
    const source: VideoPageSource = {
      videos: async () => [video],
      studioVideo: async (account, id) => (account === 'maya.bakes' && id === VIDEO ? { values: days, retention: OWN } : { values: [] }),
      retentionCurves: async () => [OWN, A, B, C],
      // Two captures of the video's page: the newer one is the one said.
      videoSeries: async (account, id, metric) =>
        account === 'maya.bakes' && id === VIDEO && metric === 'averageWatchTime'
          ? [{ t: noon('2026-12-01'), v: 7.5, range: 'lifetime' }, { t: noon('2026-12-02'), v: 8.25, range: 'lifetime' }]
          : [],
    };
    const page = await videoPageOf(source, 'maya.bakes', VIDEO);
    expect(page.numbers).toEqual({ dailyViews: 5200, retentionEnd: 45, medianEnd: 50 });
    expect(page.watch).toEqual({ averageWatchTime: { value: 8.25, source: 'capture', asOf: '2026-12-02' } });
    expect((await videoPageOf(source, 'someone.else', VIDEO)).empty).toBe(true);
  });
});

describe('how long a video is watched', () => {
  // Studio's "so far" values, keyed by the day the page received them; a 7-day finish rate's day is that day's own.
  const studio: VideoValue[] = [
    { metric: 'averageWatchTime', at: '2026-12-03', value: 9.1 },
    { metric: 'averageWatchTime', at: '2026-12-05', value: 8.4, provisional: true },
    { metric: 'averageWatchTime', at: '2026-12-04', value: 8.7 },
    { metric: 'totalPlayTime', at: '2026-12-05', value: 45_120 },
    { metric: 'watchedFullVideo', at: '2026-12-05', value: 31.5 },
    { metric: 'videoViews', at: '2026-12-06', value: 300 },
  ];

  it("says Studio's freshest value of each, with its day", () => {
    expect(watchValueOf('averageWatchTime', studio)).toEqual({ value: 8.4, source: 'studio', asOf: '2026-12-05', provisional: true });
    expect(watchValueOf('totalPlayTime', studio)).toEqual({ value: 45_120, source: 'studio', asOf: '2026-12-05' });
    expect(watchValueOf('watchedFullVideo', [])).toBeUndefined();
  });

  it('a capture of a later day wins; on the same day or before, Studio\'s exact value does', () => {
    const later = { t: noon('2026-12-06'), v: 8.3, range: 'lifetime', rounded: true as const };
    expect(watchValueOf('averageWatchTime', studio, later)).toEqual({ value: 8.3, source: 'capture', asOf: '2026-12-06', rounded: true });
    expect(watchValueOf('averageWatchTime', studio, { t: noon('2026-12-05'), v: 8.3, range: 'lifetime' })).toMatchObject({ value: 8.4, source: 'studio' });
    expect(watchValueOf('watchedFullVideo', [], { t: noon('2026-12-01'), v: 12.5, range: 'lifetime' })).toEqual({ value: 12.5, source: 'capture', asOf: '2026-12-01' });
  });

  it('is on the page for every watch metric kept, and only those', () => {
    const page = videoPage(VIDEO, { values: studio, curves: [], captured: { watchedFullVideo: { t: noon('2026-12-07'), v: 30, range: 'lifetime' } } });
    expect(page.watch).toEqual({
      totalPlayTime: { value: 45_120, source: 'studio', asOf: '2026-12-05' },
      averageWatchTime: { value: 8.4, source: 'studio', asOf: '2026-12-05', provisional: true },
      watchedFullVideo: { value: 30, source: 'capture', asOf: '2026-12-07' },
    });
    // Two sources: each value says its own.
    expect(sharedWatchSource(page.watch)).toBeUndefined();
  });

  it('says the source and day once when every value shares them', () => {
    const studioDay = { source: 'studio' as const, asOf: '2026-12-05' };
    expect(sharedWatchSource({ totalPlayTime: { value: 1, ...studioDay }, averageWatchTime: { value: 2, ...studioDay, provisional: true } })).toEqual(studioDay);
    expect(sharedWatchSource({ totalPlayTime: { value: 1, ...studioDay }, averageWatchTime: { value: 2, source: 'studio', asOf: '2026-12-04' } })).toBeUndefined();
    expect(sharedWatchSource({ averageWatchTime: { value: 2, source: 'capture', asOf: '2026-12-04' } })).toEqual({ source: 'capture', asOf: '2026-12-04' });
    expect(sharedWatchSource({})).toBeUndefined();
  });
});
