// A video's views at a given age, read from captures around it (the early read and the
// outcomes stand on it), and the median both take.
import { describe, expect, it } from 'vitest';
import { maxGapAt, median, viewsAtAge } from '@/utils/insights/own-videos';
import type { Point } from '@/utils/series/series-math';

const HOUR = 3_600_000;
const POSTED = Date.UTC(2026, 3, 1, 9);
const viewsAfterOneDay = (points: Point[], postedAt: number) => viewsAtAge(points, postedAt, 24 * HOUR, maxGapAt(24 * HOUR));

describe('viewsAtAge one day after posting', () => {
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

  it('bridges a wider gap later in a video’s life, when views move slowly', () => {
    const points = [{ t: POSTED + 6 * 24 * HOUR, v: 8_000 }, { t: POSTED + 9 * 24 * HOUR, v: 11_000 }];
    expect(viewsAtAge(points, POSTED, 7 * 24 * HOUR, maxGapAt(7 * 24 * HOUR))).toBe(9_000);
    expect(viewsAtAge(points, POSTED, 7 * 24 * HOUR, 36 * HOUR)).toBeUndefined();
  });
});

describe('median', () => {
  it.each([[[], undefined], [[5], 5], [[3, 1, 2], 2], [[4, 1, 3, 2], 2.5]])('%j → %s', (values, m) => expect(median(values)).toBe(m));
});
