import { describe, expect, it } from 'vitest';
import { earlyPerformance, median, viewsAfterOneDay, type VideoViews } from '@/utils/insights/early-performance';

const HOUR = 3_600_000;
const POSTED = Date.UTC(2026, 3, 1, 9);

describe('viewsAfterOneDay', () => {
  it('reads a capture taken exactly a day after posting', () => {
    expect(viewsAfterOneDay([{ t: POSTED + 24 * HOUR, v: 5_000 }], POSTED)).toBe(5_000);
  });

  it('interpolates between the captures around the one-day mark', () => {
    const points = [{ t: POSTED + 20 * HOUR, v: 4_000 }, { t: POSTED + 30 * HOUR, v: 6_500 }, { t: POSTED + 60 * HOUR, v: 9_000 }];
    expect(viewsAfterOneDay(points, POSTED)).toBe(5_000);
  });

  it('starts from zero views at posting when the first capture comes after the mark', () => {
    expect(viewsAfterOneDay([{ t: POSTED + 30 * HOUR, v: 3_000 }], POSTED)).toBe(2_400);
  });

  it('knows nothing when the captures around the mark are too far apart, or none follows it', () => {
    expect(viewsAfterOneDay([{ t: POSTED + 2 * HOUR, v: 100 }, { t: POSTED + 50 * HOUR, v: 9_000 }], POSTED)).toBeUndefined();
    expect(viewsAfterOneDay([{ t: POSTED + 80 * HOUR, v: 9_000 }], POSTED)).toBeUndefined();
    expect(viewsAfterOneDay([{ t: POSTED + 10 * HOUR, v: 900 }], POSTED)).toBeUndefined();
    expect(viewsAfterOneDay([], POSTED)).toBeUndefined();
  });

  it('ignores captures from before the posting time', () => {
    expect(viewsAfterOneDay([{ t: POSTED - HOUR, v: 7 }, { t: POSTED + 24 * HOUR, v: 800 }], POSTED)).toBe(800);
  });
});

describe('median', () => {
  it.each([[[], undefined], [[5], 5], [[3, 1, 2], 2], [[4, 1, 3, 2], 2.5]])('%j → %s', (values, m) => expect(median(values)).toBe(m));
});

/** A video posted `daysAgo` days before the newest, captured 24 h after posting with `views`. */
const video = (i: number, views: number): VideoViews => ({
  videoId: `v${i}`,
  caption: `Video ${i}`,
  postedAt: POSTED + i * 3 * 24 * HOUR,
  points: [{ t: POSTED + i * 3 * 24 * HOUR + 24 * HOUR, v: views }, { t: POSTED + i * 3 * 24 * HOUR + 72 * HOUR, v: views * 3 }],
});

describe('earlyPerformance', () => {
  it('compares the newest video’s first day with the median first day of the others', () => {
    const videos = [video(0, 1_000), video(1, 3_000), video(2, 2_000), video(3, 5_000), video(4, 4_000), video(5, 6_900)];
    expect(earlyPerformance(videos)).toEqual({ ready: true, videoId: 'v5', caption: 'Video 5', postedAt: videos[5].postedAt, views: 6_900, median: 3_000, ratio: 2.3, compared: 5 });
  });

  it('does not depend on the order videos come in', () => {
    const videos = [video(0, 1_000), video(1, 3_000), video(2, 2_000), video(3, 5_000), video(4, 4_000), video(5, 600)];
    expect(earlyPerformance([...videos].reverse())).toEqual(earlyPerformance(videos));
    expect(earlyPerformance(videos)).toMatchObject({ ready: true, ratio: 0.2 });
  });

  it('skips videos whose first day was not captured', () => {
    const uncaptured: VideoViews = { videoId: 'late', postedAt: POSTED + 100 * 24 * HOUR, points: [{ t: POSTED + 140 * 24 * HOUR, v: 10 }] };
    const videos = [video(0, 1_000), video(1, 3_000), video(2, 2_000), video(3, 5_000), video(4, 4_000), video(5, 6_900)];
    expect(earlyPerformance([...videos, uncaptured])).toEqual(earlyPerformance(videos));
  });

  it('says how many more videos it needs', () => {
    expect(earlyPerformance([video(0, 1_000), video(1, 3_000)])).toEqual({ ready: false, missing: 'fewVideos', have: 2, need: 6 });
    expect(earlyPerformance([])).toEqual({ ready: false, missing: 'fewVideos', have: 0, need: 6 });
  });
});
