// Takeoff and the early read on small histories worked out by hand: each past video counted once at
// exactly the age compared (so no interpolation), every expected number written out below.
import { describe, expect, it } from 'vitest';
import { ageIn, takeoffOf, takeoffs } from '@/utils/insights/takeoff';
import { earlyReadOf, earlyReads, newestEarlyRead } from '@/utils/insights/early-read';
import type { OwnVideo } from '@/utils/insights/own-videos';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 1);
/** Past video i, posted on day i, counted `atTwoDays` views at exactly two days (and `day7` / `day28` if given). */
const past = (i: number, atTwoDays: number, day7?: number, day28?: number): OwnVideo => ({
  videoId: `p${i}`,
  postedAt: T0 + i * DAY,
  views: [
    { t: T0 + i * DAY + 2 * DAY, v: atTwoDays },
    ...(day7 === undefined ? [] : [{ t: T0 + i * DAY + 7 * DAY, v: day7 }]),
    ...(day28 === undefined ? [] : [{ t: T0 + i * DAY + 28 * DAY, v: day28 }]),
  ],
});
const POSTED = T0 + 100 * DAY;
/** The video judged: posted after every past one, counted once at two days. */
const young = (views: number, id = 'new', postedAt = POSTED): OwnVideo => ({ videoId: id, caption: 'sourdough #bread', postedAt, views: [{ t: postedAt + 2 * DAY, v: views }] });
/** n past videos with 100, 200, … n × 100 views at two days. */
const ladder = (n: number) => Array.from({ length: n }, (_, i) => past(i, (i + 1) * 100));

describe('takeoff, by hand', () => {
  it('with 21 past videos the bar is the largest (the ⌈0.95 × 22⌉ = 21st smallest), passed by a quarter', () => {
    const history = ladder(21);
    // Bar 2,100 × 1.25 = 2,625: 2,626 takes off, 2,625 does not, nor 2,600 (which the 20th, 2,000, would let through).
    expect(takeoffOf(young(2_626), [...history, young(2_626)])).toEqual({
      videoId: 'new', caption: 'sourdough #bread', postedAt: POSTED, ageMs: 2 * DAY, views: 2_626, by: 'days',
      typical: 1_100, ratio: 2_626 / 1_100, references: 21, ahead: 21,
    });
    expect(takeoffOf(young(2_625), history)).toBeUndefined();
    expect(takeoffOf(young(2_600), history)).toBeUndefined();
  });

  it('needs 19 past videos at that age: 19 speak (bar: the 19th), 18 do not', () => {
    expect(takeoffOf(young(2_376), ladder(19))).toMatchObject({ references: 19, typical: 1_000, ahead: 19 });
    expect(takeoffOf(young(1_000_000), ladder(18))).toBeUndefined();
  });

  it('compares only with videos posted before it, and counts how many it is ahead of', () => {
    const later = { ...past(0, 1_000_000), videoId: 'later', postedAt: POSTED + DAY, views: [{ t: POSTED + 3 * DAY, v: 1_000_000 }] };
    const sameTime = { ...young(1_000_000), videoId: 'twin' };
    const t = takeoffOf(young(2_626), [...ladder(21), later, sameTime]);
    expect(t).toMatchObject({ references: 21, ahead: 21 });
    // 40 past videos: the bar is the 39th smallest (⌈0.95 × 41⌉), 3,900; 5,000 passes it by more
    // than a quarter and is ahead of 39, not of the one with as many views.
    const forty = [...ladder(39), past(39, 5_000)];
    expect(takeoffOf(young(5_000), forty)).toMatchObject({ references: 40, ahead: 39, typical: 2_050 });
  });

  it('names no caption when the video has none', () => {
    const t = takeoffOf({ ...young(2_626), caption: undefined }, ladder(21))!;
    expect(t.views).toBe(2_626);
    expect('caption' in t).toBe(false);
  });

  it('has an infinite ratio over a typical past video with no views', () => {
    const zeros = Array.from({ length: 19 }, (_, i) => past(i, 0));
    expect(takeoffOf(young(5), zeros)).toMatchObject({ typical: 0, ratio: Infinity });
  });

  it('judges only a count after posting and before day 7', () => {
    // Past videos counted at posting (0), at two days (100) and at day 7 (200): a count of a
    // million at posting or at day 7 would pass any of them.
    const counted = Array.from({ length: 21 }, (_, i) => {
      const p = past(i, 100, 200);
      return { ...p, views: [{ t: p.postedAt, v: 0 }, ...p.views] };
    });
    const at7 = { ...young(0), views: [{ t: POSTED + 2 * DAY, v: 100 }, { t: POSTED + 7 * DAY, v: 1_000_000 }] };
    expect(takeoffOf(at7, counted)).toBeUndefined();
    const atPosting = { ...young(0), views: [{ t: POSTED, v: 1_000_000 }] };
    expect(takeoffOf(atPosting, counted)).toBeUndefined();
    expect(earlyReadOf(at7, counted)).toMatchObject({ ready: true, ageMs: 2 * DAY, views: 100 });
    expect(earlyReadOf(atPosting, counted)).toMatchObject({ ready: false, missing: 'notCaptured' });
  });

  it('lists the young videos taking off, furthest ahead first, and leaves out those past a week', () => {
    const history = ladder(21);
    const a = young(3_000, 'a', POSTED);
    const b = young(6_000, 'b', POSTED + HOUR);
    const old = young(9_000, 'old', POSTED - 8 * DAY + 30 * DAY);
    const now = POSTED + 3 * DAY;
    expect(takeoffs([...history, a, b], now).map((t) => t.videoId)).toEqual(['b', 'a']);
    const stale = { ...old, postedAt: now - 7 * DAY, views: [{ t: now - 5 * DAY, v: 9_000 }] };
    expect(takeoffs([...history, stale], now)).toEqual([]);
  });

  it('says the age in whole hours or days, at least one', () => {
    expect(ageIn({ ageMs: 2 * DAY + 23 * HOUR, by: 'days' })).toBe(2);
    expect(ageIn({ ageMs: 2 * DAY + 23 * HOUR, by: 'hours' })).toBe(71);
    expect(ageIn({ ageMs: 20 * 60_000, by: 'hours' })).toBe(1);
  });
});

describe('early read, by hand', () => {
  it('places the video by the share of past ones behind it at that age, a tie counting half', () => {
    // 100 … 1,000: four below 500, one equal: (4 + ½) / 10.
    const read = earlyReadOf(young(500), ladder(10));
    expect(read).toMatchObject({ ready: true, ageMs: 2 * DAY, views: 500, percentile: 45, compared: 10, day7Missing: { have: 0, need: 10 } });
    expect(earlyReadOf(young(500), ladder(9))).toMatchObject({ ready: false, missing: 'fewVideos', have: 9, need: 10 });
  });

  /** Twenty past videos, each 100 at two days and `factor` × 100 at day 7 (day 28 when given). */
  const grew = (factors: number[], day28?: (i: number) => number | undefined) => factors.map((f, i) => past(i, 100, f * 100, day28?.(i)));

  it('brackets day 7 between the 2nd smallest and 2nd largest growth of 20 (level 17/21), confident when they agree', () => {
    const read = earlyReadOf(young(300), grew([1, ...Array(18).fill(2), 5]));
    expect(read).toMatchObject({ ready: true, day7: { low: 600, mid: 600, high: 600, level: 17 / 21, references: 20, confidence: 'high', reachedShare: 0.5 } });
    expect(read.ready && read.day7 && 'keepsGrowing' in read.day7).toBe(false);
  });

  it('with 10 the range runs from the smallest to the largest growth (level 9/11), and confidence is low', () => {
    const read = earlyReadOf(young(300), grew([1, 2, 2, 2, 2, 3, 3, 3, 3, 4]));
    // Shares in by two days: 1, ½ ×4, ⅓ ×4, ¼; their median is halfway between ⅓ and ½.
    expect(read).toMatchObject({ ready: true, day7: { low: 300, mid: 750, high: 1_200, level: 9 / 11, references: 10, confidence: 'low' } });
    expect(read.ready && read.day7?.reachedShare).toBeCloseTo((1 / 3 + 1 / 2) / 2, 12);
  });

  it('is medium when the range spans over 1.6×, up to 2.5× (2nd and 19th growth)', () => {
    const spread = (lo: number, hi: number) => grew([1, lo, ...Array(17).fill(lo), hi, 9]);
    // Growths under 2.5, so that more than 40 % of day 7 is in by two days.
    expect(earlyReadOf(young(100), spread(1.25, 2))).toMatchObject({ day7: { low: 125, high: 200, confidence: 'high' } });
    expect(earlyReadOf(young(100), spread(1.25, 2.1))).toMatchObject({ day7: { confidence: 'medium' } });
    expect(earlyReadOf(young(100), spread(1, 2.5))).toMatchObject({ day7: { confidence: 'medium' } });
    expect(earlyReadOf(young(100), spread(1, 2.6))).toMatchObject({ day7: { confidence: 'low' } });
    // The spread is the 19th growth over the 2nd (2.1 / 1), not over the 4th (2.1 / 2).
    expect(earlyReadOf(young(100), grew([1, 1, ...Array(16).fill(2), 2.1, 9]))).toMatchObject({ day7: { low: 100, high: 210, confidence: 'medium' } });
  });

  it('is low when little of a week’s views is in by then (under 40 %)', () => {
    // Each at a third of its day 7: every growth ×3, the range closed, but only a third is in.
    expect(earlyReadOf(young(100), grew(Array(20).fill(3)))).toMatchObject({ day7: { low: 300, high: 300, reachedShare: 1 / 3, confidence: 'low' } });
    expect(earlyReadOf(young(100), grew(Array(20).fill(2.5)))).toMatchObject({ day7: { reachedShare: 0.4, confidence: 'high' } });
  });

  it('says the videos keep growing when day 28 is typically 1.5× day 7 or more (over ten of them)', () => {
    const keep = earlyReadOf(young(100), grew(Array(20).fill(2), (i) => (i < 10 ? 300 : undefined)));
    expect(keep).toMatchObject({ day7: { keepsGrowing: 1.5, confidence: 'low' } });
    const nine = earlyReadOf(young(100), grew(Array(20).fill(2), (i) => (i < 9 ? 1_000 : undefined)));
    expect(nine).toMatchObject({ day7: { confidence: 'high' } });
    expect(nine.ready && nine.day7 && 'keepsGrowing' in nine.day7).toBe(false);
    const settled = earlyReadOf(young(100), grew(Array(20).fill(2), () => 290));
    expect(settled.ready && settled.day7 && 'keepsGrowing' in settled.day7).toBe(false);
  });

  it('is low with fewer than 20 past videos, even when they agree', () => {
    expect(earlyReadOf(young(100), grew(Array(19).fill(2)))).toMatchObject({ day7: { low: 200, high: 200, references: 19, confidence: 'low' } });
  });

  it('reads a young video posted before now by under a week, the newest first even when listed last or tied', () => {
    const history = ladder(10);
    const a = young(500, 'a', POSTED);
    const b = young(500, 'b', POSTED + HOUR);
    expect(earlyReads([...history, b, a], POSTED + 7 * DAY - 1).map((r) => ('videoId' in r ? r.videoId : ''))).toEqual(['b', 'a']);
    expect(earlyReads([...history, a], POSTED + 7 * DAY)).toEqual([]);
    expect(newestEarlyRead([...history, b, a], POSTED + 3 * DAY)).toMatchObject({ videoId: 'b', ready: true });
    // Two posted at the same moment: the first listed is the newest.
    const twin = young(500, 'twin', POSTED);
    expect(newestEarlyRead([...history, a, twin], POSTED + 3 * DAY)).toMatchObject({ videoId: 'a' });
    // A video posted a week ago to the millisecond, never counted: past day 7, not "not captured".
    const unseen: OwnVideo = { videoId: 'u', postedAt: POSTED, views: [] };
    expect(newestEarlyRead([unseen], POSTED + 7 * DAY)).toEqual({ ready: false, missing: 'noYoungVideo', videoId: 'u', postedAt: POSTED });
    expect(newestEarlyRead([unseen], POSTED + 7 * DAY - 1)).toEqual({ ready: false, missing: 'notCaptured', videoId: 'u', postedAt: POSTED });
  });

  it('compares with earlier videos only, not one posted at the same moment, and names no caption it lacks', () => {
    const read = earlyReadOf({ ...young(500), caption: undefined }, [...ladder(10), { ...young(100), videoId: 'twin' }]);
    expect(read).toMatchObject({ ready: true, compared: 10 });
    expect('caption' in read).toBe(false);
  });

  it('leaves past videos with no views at that age out of the growth, not out of the comparison', () => {
    const history = [...grew(Array(10).fill(2)), past(10, 0, 50)];
    expect(earlyReadOf(young(100), history)).toMatchObject({ compared: 11, percentile: 100 * (1 + 0.5 * 10) / 11, day7: { references: 10 } });
  });
});
