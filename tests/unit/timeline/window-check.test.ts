// A window total a Studio page showed against Studio's own exact days of the same dates: agreeing
// within the page's rounding says nothing; disagreeing is said with both values, never mixed.
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '@/utils/timeline/build-timeline';
import { madeOfStudioDays, roundingSlack, unconfirmedWindows } from '@/utils/timeline/window-check';
import type { CapturedValue, StudioDay } from '@/utils/timeline/timeline-contract';
import { addDays, noonOf } from '@/utils/platform/days';

const TODAY = '2026-12-07';
/** Thirty final Studio days up to yesterday: 1,000 + the day's index (the last week sums to 7,000 + 23+…+29 = 7,182). */
const studio: StudioDay[] = Array.from({ length: 30 }, (_, i) => ({ date: addDays(TODAY, i - 30), value: 1000 + i, receivedAt: noonOf(TODAY) }));
const LAST_WEEK = studio.slice(-7).reduce((sum, d) => sum + d.value, 0);
const timeline = (captured: CapturedValue[], days = studio, metric: 'videoViews' | 'followers' = 'videoViews') =>
  buildTimeline({ account: 'a', metric, imported: [], captured, studio: days });
/** "Last 7 days" as a page showed it this morning. */
const week = (v: number, rounded = true): CapturedValue => ({ t: noonOf(TODAY) - 3 * 3_600_000, v, range: '7d', ...(rounded ? { rounded: true as const } : {}) });

describe('roundingSlack', () => {
  it.each([
    [12_300, true, 50],
    [12_000, true, 500],
    [1_200_000, true, 50_000],
    [1_234_000, true, 500],
    [7_200, true, 50],
    [950, true, 0.5], // Studio never rounds below a thousand
    [12_345, false, 0],
  ])('%d (rounded: %s) hides ±%d', (v, rounded, slack) => expect(roundingSlack(v, rounded)).toBe(slack));
});

describe('unconfirmedWindows', () => {
  it('a rounded total within its rounding of the exact days is confirmed', () => {
    expect(LAST_WEEK).toBe(7182);
    expect(unconfirmedWindows(timeline([week(7_200)]))).toEqual([]);
    expect(unconfirmedWindows(timeline([week(7_182, false)]))).toEqual([]);
  });

  it('a total above the exact days beyond its rounding could not be confirmed: both values said', () => {
    const t = week(7_300);
    expect(unconfirmedWindows(timeline([t]))).toEqual([
      { range: '7d', through: addDays(TODAY, -1), captured: { v: 7_300, rounded: true, at: t.t }, days: { v: LAST_WEEK, source: 'studio' } },
    ]);
    // An exact total one above is off too.
    expect(unconfirmedWindows(timeline([week(7_183, false)]))).toHaveLength(1);
  });

  it('a total below the final days by more than the days Studio was still counting then could not be confirmed', () => {
    // The newest three days (3,084) were still being counted this morning: 4.1K (from 7,182 − 3,084 = 4,098) holds, 3.9K does not.
    expect(unconfirmedWindows(timeline([week(4_100)]))).toEqual([]);
    expect(unconfirmedWindows(timeline([week(3_900)]))).toMatchObject([{ captured: { v: 3_900 }, days: { v: LAST_WEEK } }]);
  });

  it('says nothing where a day of the window is missing, provisional or not Studio\'s own', () => {
    const gap = studio.filter((d) => d.date !== addDays(TODAY, -4));
    expect(unconfirmedWindows(timeline([week(20_000)], gap))).toEqual([]);
    const counting = studio.map((d, i) => (i === studio.length - 1 ? { ...d, provisional: true as const } : d));
    expect(unconfirmedWindows(timeline([week(20_000)], counting))).toEqual([]);
    expect(unconfirmedWindows(buildTimeline({ account: 'a', metric: 'videoViews', imported: studio.map((d) => ({ date: d.date, value: d.value, exportedAt: d.receivedAt })), captured: [week(20_000)] }))).toEqual([]);
  });

  it('checks 28- and 60-day windows too, and the later capture of a window is the one judged', () => {
    const month = { ...week(20_000), range: '28d' };
    expect(unconfirmedWindows(timeline([month])).map((w) => w.range)).toEqual(['28d']);
    const corrected = { ...week(7_200), t: week(0).t + 60_000 };
    expect(unconfirmedWindows(timeline([week(20_000), corrected]))).toEqual([]);
  });

  it('checks flows only: a running total has no window to sum', () => {
    expect(unconfirmedWindows(timeline([{ ...week(20_000), range: '7d' }], studio, 'followers'))).toEqual([]);
  });
});

describe('madeOfStudioDays', () => {
  const yesterday = addDays(TODAY, -1);
  it("is true for a window whose every day is Studio's own, false with a day missing or from an export", () => {
    expect(madeOfStudioDays(timeline([]), '7d', yesterday)).toBe(true);
    expect(madeOfStudioDays(timeline([]), '28d', yesterday)).toBe(true);
    expect(madeOfStudioDays(timeline([]), '60d', yesterday)).toBe(false);
    expect(madeOfStudioDays(timeline([], studio.filter((d) => d.date !== addDays(TODAY, -3))), '7d', yesterday)).toBe(false);
    const exported = buildTimeline({ account: 'a', metric: 'videoViews', imported: studio.map((d) => ({ date: d.date, value: d.value, exportedAt: d.receivedAt })), captured: [] });
    expect(madeOfStudioDays(exported, '7d', yesterday)).toBe(false);
  });

  it("is a running total's own day", () => {
    expect(madeOfStudioDays(timeline([], studio, 'followers'), 'lifetime', yesterday)).toBe(true);
    expect(madeOfStudioDays(timeline([], studio, 'followers'), 'lifetime', TODAY)).toBe(false);
  });
});
