import { describe, expect, it } from 'vitest';
import { valueAt, weeklyRecap } from '@/utils/insights/weekly-recap';
import type { Point } from '@/utils/series/series-math';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 30, 12);
const daily = (days: number, value: (dayIndex: number) => number, end = NOW): Point[] =>
  Array.from({ length: days }, (_, i) => ({ t: end - (days - 1 - i) * DAY, v: value(i) }));

describe('valueAt', () => {
  const points = [{ t: 0, v: 0 }, { t: DAY, v: 100 }];
  it('interpolates between close captures and uses a lone close one as is', () => {
    expect(valueAt(points, DAY / 4)).toBe(25);
    expect(valueAt(points, 2 * DAY)).toBe(100);
    expect(valueAt(points, 3 * DAY)).toBeUndefined();
  });
});

describe('weeklyRecap', () => {
  it('takes a running total’s weekly changes from values a week apart', () => {
    // Followers: +10 a day for two weeks ago → one week ago, then +20 a day.
    const followers = daily(15, (i) => 1_000 + (i <= 7 ? i * 10 : 70 + (i - 7) * 20));
    const [row] = weeklyRecap([{ metric: 'followers', kind: 'total', points: followers }], NOW);
    expect(row).toEqual({ metric: 'followers', ready: true, thisWeek: 140, lastWeek: 70, change: 1, approximate: false });
  });

  it('reads a 7-day total as the week’s figure, and last week’s from the capture a week earlier', () => {
    const views = daily(8, (i) => (i === 0 ? 40_000 : i === 7 ? 30_000 : 35_000));
    const [row] = weeklyRecap([{ metric: 'videoViews', kind: 'week', points: views }], NOW);
    expect(row).toEqual({ metric: 'videoViews', ready: true, thisWeek: 30_000, lastWeek: 40_000, change: -0.25, approximate: false });
  });

  it('gives the same recap from captures every few days as from daily ones', () => {
    const followers = daily(15, (i) => 500 + i * i);
    const sparse = followers.filter((_, i) => [0, 7, 14].includes(i));
    expect(weeklyRecap([{ metric: 'followers', kind: 'total', points: sparse }], NOW)).toEqual(
      weeklyRecap([{ metric: 'followers', kind: 'total', points: followers }], NOW),
    );
  });

  it('says what each metric is missing', () => {
    const rows = weeklyRecap(
      [
        { metric: 'followers', kind: 'total', points: daily(4, (i) => 100 + i) },
        { metric: 'likes', kind: 'week', points: [] },
        { metric: 'profileViews', kind: 'week', points: daily(3, () => 9, NOW - 10 * DAY) },
        { metric: 'videoViews', kind: 'other' },
      ],
      NOW,
    );
    expect(rows).toEqual([
      { metric: 'followers', ready: false, missing: 'needsCaptureNear', near: NOW - 7 * DAY },
      { metric: 'likes', ready: false, missing: 'noCaptures' },
      { metric: 'profileViews', ready: false, missing: 'outdated', lastAt: NOW - 10 * DAY },
      { metric: 'videoViews', ready: false, missing: 'noWeeklyTotals' },
    ]);
  });

  it('has no relative change after a week of zero, and flags rounded figures', () => {
    const views = daily(8, (i) => (i === 0 ? 0 : 12_000)).map((p) => ({ ...p, rounded: true as const }));
    expect(weeklyRecap([{ metric: 'videoViews', kind: 'week', points: views }], NOW)[0]).toEqual({
      metric: 'videoViews', ready: true, thisWeek: 12_000, lastWeek: 0, change: undefined, approximate: true,
    });
  });
});

describe('weeklyRecap over days', () => {
  // Days end on the newest one, which Studio gives a day or two late.
  const yesterday = NOW - DAY;
  it('sums a flow\'s 14 newest days into two weeks, and differences a total\'s days a week apart', () => {
    const [views, followers] = weeklyRecap(
      [
        { metric: 'videoViews', kind: 'dayFlow', points: daily(20, (i) => (i >= 13 ? 10 : 5), yesterday) },
        { metric: 'followers', kind: 'dayTotal', points: daily(20, (i) => 1000 + i * i, yesterday) },
      ],
      NOW,
    );
    expect(views).toMatchObject({ ready: true, thisWeek: 70, lastWeek: 35, change: 1 });
    expect(followers).toMatchObject({ ready: true, thisWeek: 19 * 19 - 12 * 12, lastWeek: 12 * 12 - 5 * 5 });
  });

  it('says which day is missing, and when the days end too long ago', () => {
    const gap = daily(20, () => 5, yesterday).filter((_, i) => i !== 10);
    expect(weeklyRecap([{ metric: 'likes', kind: 'dayFlow', points: gap }], NOW)[0]).toEqual({ metric: 'likes', ready: false, missing: 'needsCaptureNear', near: yesterday - 9 * DAY });
    expect(weeklyRecap([{ metric: 'likes', kind: 'dayFlow', points: daily(20, () => 5, NOW - 4 * DAY) }], NOW)[0]).toMatchObject({ ready: false, missing: 'outdated' });
    // A total's missing day borrows its neighbour's value.
    const totals = daily(20, (i) => 100 + i, yesterday).filter((_, i) => i !== 12);
    expect(weeklyRecap([{ metric: 'followers', kind: 'dayTotal', points: totals }], NOW)[0]).toMatchObject({ ready: true, thisWeek: 7, lastWeek: 7 });
  });
});
