import { describe, expect, it } from 'vitest';
import { milestoneEta, nextMilestone } from '@/utils/insights/milestone';
import type { Point } from '@/utils/series/series-math';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 30, 12);
/** One capture a day for `days` days up to `end`, growing by `perDay`. */
const daily = (days: number, start: number, perDay: number, end = NOW): Point[] =>
  Array.from({ length: days }, (_, i) => ({ t: end - (days - 1 - i) * DAY, v: start + i * perDay }));

describe('nextMilestone', () => {
  it.each([
    [0, 1], [1, 2], [7, 10], [99, 100], [100, 200], [1_999, 2_000], [4_200, 5_000], [9_640, 10_000], [10_000, 20_000], [730_000, 1_000_000],
  ])('%d → %d', (value, target) => expect(nextMilestone(value)).toBe(target));
});

describe('milestoneEta', () => {
  it('estimates the days to the next round number at this month’s pace', () => {
    // 30 days gaining 12 a day, now at 9,640: 360 to go at 12 a day is 30 days.
    const points = daily(31, 9_640 - 30 * 12, 12);
    expect(milestoneEta(points, NOW)).toEqual({ ready: true, current: 9_640, target: 10_000, perDay: 12, paceDays: 30, days: 30, approximate: false });
  });

  it('measures the pace over the last month only, whatever came before', () => {
    const lastMonth = daily(31, 5_000, 50);
    const withSlowYear = [...daily(300, 100, 1, NOW - 31 * DAY), ...lastMonth];
    const a = milestoneEta(lastMonth, NOW);
    const b = milestoneEta(withSlowYear, NOW);
    expect(b).toEqual(a);
    expect(a).toMatchObject({ ready: true, perDay: 50 });
  });

  it('does not depend on how often the creator looked', () => {
    const every = daily(31, 9_000, 20);
    const sparse = every.filter((_, i) => i % 6 === 0 || i === every.length - 1);
    expect(milestoneEta(sparse, NOW)).toEqual(milestoneEta(every, NOW));
  });

  it('counts the days since the latest capture as already spent', () => {
    const points = daily(31, 9_640 - 30 * 12, 12, NOW - 5 * DAY);
    expect(milestoneEta(points, NOW)).toMatchObject({ ready: true, days: 25 });
  });

  it('says what is missing: no captures, too short a history, old captures', () => {
    expect(milestoneEta([], NOW)).toEqual({ ready: false, missing: 'noCaptures' });
    expect(milestoneEta(daily(4, 100, 5), NOW)).toEqual({ ready: false, missing: 'shortHistory', haveDays: 3, needDays: 7 });
    expect(milestoneEta(daily(20, 100, 5, NOW - 40 * DAY), NOW)).toEqual({ ready: false, missing: 'outdated', lastAt: NOW - 40 * DAY });
  });

  it('does not promise a milestone when followers are flat or falling', () => {
    expect(milestoneEta(daily(15, 800, -2), NOW)).toMatchObject({ ready: false, missing: 'notGrowing', current: 772, perDay: -2 });
    expect(milestoneEta(daily(15, 800, 0), NOW)).toMatchObject({ ready: false, missing: 'notGrowing' });
  });

  it('gives no date beyond a year, and flags rounded values', () => {
    const slow = daily(31, 1_001_000, 1);
    expect(milestoneEta(slow, NOW)).toMatchObject({ ready: true, target: 2_000_000, days: undefined });
    const rounded = daily(31, 12_000, 100).map((p) => ({ ...p, rounded: true as const }));
    expect(milestoneEta(rounded, NOW)).toMatchObject({ ready: true, approximate: true });
  });
});
