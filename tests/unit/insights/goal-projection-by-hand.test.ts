// Goal projections on three and four weeks of days whose weekly gains are set by hand; the
// expected days worked out from the formula in goal-projection.ts's header with a calculator:
// pace = median gain, spread = 1.4826 × median |gain − pace|, half-width
// t · spread · √(π/2 / weeks + 1 / weeksLeft), t Student's at 0.9 (1.886 for 2, 1.638 for 3 degrees of freedom).
import { describe, expect, it } from 'vitest';
import { projectGoal, rollingSums, weeklyGains } from '@/utils/insights/goal-projection';
import type { Point } from '@/utils/series/series-math';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 30, 12);
/** Days ending at NOW whose values at each week's end are `ends` (oldest first), straight lines between. */
function weeks(ends: number[]): Point[] {
  const days: Point[] = [];
  const total = (ends.length - 1) * 7;
  for (let d = 0; d <= total; d++) {
    const w = Math.min(Math.floor(d / 7), ends.length - 2);
    const v = ends[w] + ((ends[w + 1] - ends[w]) * (d - 7 * w)) / 7;
    days.push({ t: NOW - (total - d) * DAY, v });
  }
  return days;
}
// Weekly gains 150, 140, 130 (the newest last): pace 140, spread 1.4826 × 10.
const THREE = weeks([1_000, 1_150, 1_290, 1_420]);

describe('projectGoal by hand', () => {
  it('three weeks, 1,400 to go: 70 days at the pace, 60.46 to 83.11 days for the range', () => {
    expect(weeklyGains(THREE)).toEqual([130, 140, 150]);
    const p = projectGoal(THREE, 2_820);
    expect(p).toMatchObject({ state: 'projected', current: 1_420, target: 2_820, perDay: 20, weeks: 3, level: 0.8 });
    if (p.state !== 'projected') throw new Error(p.state);
    expect(p.days).toBeCloseTo(70, 9);
    expect(p.lowDays).toBeCloseTo(60.4636034552, 6);
    expect(p.highDays).toBeCloseTo(83.1078808094, 6);
    expect(p.at).toBeCloseTo(NOW + 70 * DAY, -1);
    expect(p.earliest).toBeCloseTo(NOW + 60.4636034552 * DAY, -1);
    expect(p.latest).toBeCloseTo(NOW + 83.1078808094 * DAY, -1);
  });

  it('with less than a week of pace to go, the weeks to come count as one', () => {
    const p = projectGoal(THREE, 1_490);
    if (p.state !== 'projected') throw new Error(p.state);
    expect(p.days).toBeCloseTo(3.5, 9);
    expect(p.lowDays).toBeCloseTo(2.8077903709, 6);
    expect(p.highDays).toBeCloseTo(4.6451861203, 6);
  });

  it('four weeks (gains 120, 150, 140, 130): pace 135, t 1.638', () => {
    const p = projectGoal(weeks([1_000, 1_120, 1_270, 1_410, 1_540]), 2_940);
    if (p.state !== 'projected') throw new Error(p.state);
    expect(p.weeks).toBe(4);
    expect(p.days).toBeCloseTo(72.5925925926, 6);
    expect(p.lowDays).toBeCloseTo(64.4803219660, 6);
    expect(p.highDays).toBeCloseTo(83.0398360684, 6);
  });

  it('leaves the range open when its slow end is past a year, and gives no date past a year at its fast end', () => {
    const open = projectGoal(THREE, 1_420 + 7_000);
    expect(open).toMatchObject({ state: 'projected' });
    if (open.state !== 'projected') throw new Error(open.state);
    expect(open.lowDays).toBeCloseTo(305.0754131746, 6);
    expect('highDays' in open).toBe(false);
    expect('latest' in open).toBe(false);
    expect(projectGoal(THREE, 1_420 + 8_400)).toEqual({ state: 'beyondYear', current: 1_420, target: 9_820, perDay: 20, weeks: 3 });
  });

  it('leaves the range open when weeks vary so much that the slow end does not grow (gains 210, 140, 70)', () => {
    // Spread 1.4826 × 70 = 103.78, half-width 154.57 > the pace of 140: the fast end alone, 33.27 days.
    const p = projectGoal(weeks([1_000, 1_070, 1_210, 1_420]), 2_820);
    if (p.state !== 'projected') throw new Error(p.state);
    expect(p.days).toBeCloseTo(70, 9);
    expect(p.lowDays).toBeCloseTo(33.2691885102, 6);
    expect('highDays' in p).toBe(false);
    expect('latest' in p).toBe(false);
  });

  it('gives a date exactly a year away, its range closed on it when every week gained the same', () => {
    // 7 a week, every week: no spread; 365 to go is 365 days at either end.
    const p = projectGoal(weeks([0, 7, 14, 21]), 21 + 365);
    expect(p).toMatchObject({ state: 'projected', days: 365, lowDays: 365, highDays: 365 });
  });

    it('is reached at the target itself, and three weeks are enough where two are not', () => {
    expect(projectGoal(THREE, 1_420)).toEqual({ state: 'reached', current: 1_420, target: 1_420 });
    expect(projectGoal(THREE.slice(1), 2_000)).toEqual({ state: 'shortHistory', current: 1_420, target: 2_000, haveWeeks: 2, needWeeks: 3 });
  });

  it('reads at most eight weeks back', () => {
    const ten = weeks([0, 1_000, 1_100, 1_200, 1_300, 1_400, 1_500, 1_600, 1_700, 1_800, 1_900]);
    expect(weeklyGains(ten)).toEqual([100, 100, 100, 100, 100, 100, 100, 100]);
    expect(weeklyGains([])).toEqual([]);
  });

  it('sums 30-day windows only where the 30 days are consecutive', () => {
    const days = Array.from({ length: 31 }, (_, i) => ({ t: NOW - (30 - i) * DAY, v: i }));
    // 0 + … + 29 = 435, 1 + … + 30 = 465.
    expect(rollingSums(days, 30)).toEqual([{ t: NOW - DAY, v: 435 }, { t: NOW, v: 465 }]);
  });
});
