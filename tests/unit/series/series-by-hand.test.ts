// Series math stated on small cases worked out by hand (issue 37: raising the mutation score of
// utils/series by tests that say what the code must do at its edges).
import { describe, expect, it } from 'vitest';
import { activityHeatmap, EXPORT_HOURS_ZONE, hourLabel, peakHours, type ActivityHour } from '@/utils/series/follower-activity';
import { audienceShift } from '@/utils/series/audience-shift';
import { changeSince, lastChange, topMovers, viewsPerDay, withGaps } from '@/utils/series/series-math';
import { DAY_MS } from '@/utils/platform/days';

const days = (...ds: number[]) => ds.map((d, i) => ({ t: d * DAY_MS, v: i }));

describe('changes', () => {
  it('two points are enough for a change, one is not', () => {
    expect(changeSince([{ t: 0, v: 5 }, { t: 10, v: 9 }], 0)).toBe(4);
    expect(changeSince([{ t: 0, v: 5 }, { t: 10, v: 9 }], 5)).toBeUndefined();
    expect(lastChange([{ t: 0, v: 5 }, { t: 10, v: 9 }])).toBe(4);
    expect(lastChange([{ t: 0, v: 5 }])).toBeUndefined();
  });
});

describe('gaps in a line', () => {
  it('a gap is a step longer than three typical steps (the median step), with its null halfway', () => {
    // Steps 1, 1, 1, 10 days: typical 1 day, so the gap is 3 days; the 10-day step is one.
    const out = withGaps(days(0, 1, 2, 3, 13, 14));
    expect(out.map((p) => p.y)).toEqual([0, 1, 2, 3, null, 4, 5]);
    expect(out[4].x).toBe(8 * DAY_MS);
  });

  it('the typical step is the median of the steps in order of length, not of time', () => {
    // Steps 10, 1, 10, 1, 1 days: sorted 1, 1, 1, 10, 10, typical 1 day: both 10-day steps are gaps.
    expect(withGaps(days(0, 10, 11, 21, 22, 23)).filter((p) => p.y === null).map((p) => p.x / DAY_MS)).toEqual([5, 16]);
  });

  it('a step of exactly the gap, or under three typical steps, is no gap', () => {
    expect(withGaps(days(0, 1, 2, 3, 6, 7)).some((p) => p.y === null)).toBe(false);
    expect(withGaps(days(0, 1, 2, 3, 5.5, 6.5)).some((p) => p.y === null)).toBe(false);
  });

  it('keeps the rounded mark on points of a long line, and adds it to no other', () => {
    const out = withGaps([{ t: 0, v: 1 }, { t: DAY_MS, v: 2, rounded: true }, { t: 2 * DAY_MS, v: 3 }]);
    expect(out).toEqual([{ x: 0, y: 1 }, { x: DAY_MS, y: 2, rounded: true }, { x: 2 * DAY_MS, y: 3 }]);
  });
});

describe('top movers', () => {
  it('leaves out a video without views on either capture, counts missing likes as 0, and ranks by views then likes', () => {
    const latest = [
      { videoId: 'a', views: 100 },
      { videoId: 'b', views: 300, likes: 7 },
      { videoId: 'c' },
      { videoId: 'd', views: 50 },
      { videoId: 'e', views: 300, likes: 9 },
    ];
    const previous = [{ videoId: 'a', views: 90 }, { videoId: 'b', views: 100, likes: 2 }, { videoId: 'c', views: 1 }, { videoId: 'd' }, { videoId: 'e', views: 100 }];
    expect(topMovers(latest, previous)).toEqual([
      { videoId: 'e', caption: undefined, views: 300, likes: 9, gainedViews: 200, gainedLikes: 9 },
      { videoId: 'b', caption: undefined, views: 300, likes: 7, gainedViews: 200, gainedLikes: 5 },
      { videoId: 'a', caption: undefined, views: 100, likes: 0, gainedViews: 10, gainedLikes: 0 },
    ]);
  });

  it('keeps the five biggest of six movers, or as many as asked', () => {
    const latest = [1, 2, 3, 4, 5, 6].map((n) => ({ videoId: `v${n}`, views: 100 + n }));
    const previous = latest.map((row) => ({ videoId: row.videoId, views: 100 }));
    expect(topMovers(latest, previous).map((m) => m.videoId)).toEqual(['v6', 'v5', 'v4', 'v3', 'v2']);
    expect(topMovers(latest, previous, 2).map((m) => m.videoId)).toEqual(['v6', 'v5']);
  });
});

describe('views per day', () => {
  const now = Date.parse('2025-08-20T00:00:00Z');
  it('needs views and a real posting date no later than now; a video posted now counts one day', () => {
    expect(viewsPerDay(undefined, '2025-08-10', now)).toBeUndefined();
    expect(viewsPerDay(100, undefined, now)).toBeUndefined();
    expect(viewsPerDay(100, 'someday', now)).toBeUndefined();
    expect(viewsPerDay(100, '2025-08-21', now)).toBeUndefined();
    expect(viewsPerDay(100, '2025-08-20T00:00:00Z', now)).toBe(100);
    expect(viewsPerDay(100, '2025-08-10T00:00:00Z', now)).toBe(10);
  });
});

/** One export day's records: the hours given, with their active followers. */
const hours = (date: string, values: Record<number, number>): ActivityHour[] => Object.entries(values).map(([hour, activeFollowers]) => ({ date, hour: Number(hour), activeFollowers }));
/** The one cell of a heatmap that holds a value, as [weekday (0 = Monday), hour, value]. */
const filled = (records: ActivityHour[], zone: string) =>
  activityHeatmap(records, zone).cells.flatMap((row, w) => row.flatMap((v, h) => (v === undefined ? [] : [[w, h, v]])));

describe('the heatmap in the creator\'s zone, worked out by hand', () => {
  it('export hours are UTC', () => {
    expect(EXPORT_HOURS_ZONE).toBe('UTC');
  });

  it('east of UTC: Monday 23:00 UTC is Tuesday 13:00 in Kiritimati (+14); Sunday 23:00 UTC is Monday 13:00 there', () => {
    expect(filled(hours('2025-01-06', { 23: 10 }), 'Pacific/Kiritimati')).toEqual([[1, 13, 10]]);
    expect(filled(hours('2025-01-05', { 23: 10 }), 'Pacific/Kiritimati')).toEqual([[0, 13, 10]]);
  });

  it('west of UTC: Tuesday 02:00 UTC is Monday 15:00 in Pago Pago (−11); Monday 02:00 UTC is Sunday 15:00', () => {
    expect(filled(hours('2025-01-07', { 2: 10 }), 'Pacific/Pago_Pago')).toEqual([[0, 15, 10]]);
    expect(filled(hours('2025-01-06', { 2: 10 }), 'Pacific/Pago_Pago')).toEqual([[6, 15, 10]]);
  });

  it('half-hour zones keep the hour the half hour falls in', () => {
    expect(filled(hours('2025-01-06', { 2: 10 }), 'America/St_Johns')).toEqual([[6, 22, 10]]); // 22:30 Sunday
    expect(filled(hours('2025-01-06', { 20: 10 }), 'Asia/Kolkata')).toEqual([[1, 1, 10]]); // 01:30 Tuesday
  });

  it('a day the clocks change on: New York, Sunday 9 March 2025 (02:00 EST became 03:00 EDT)', () => {
    // 00:00 UTC is Saturday 19:00 EST; 06:00 UTC is 01:00 EST; 07:00 UTC is 03:00 EDT; 23:00 UTC is 19:00 EDT.
    expect(filled(hours('2025-03-09', { 0: 1, 6: 2, 7: 3, 23: 4 }), 'America/New_York')).toEqual([[5, 19, 1], [6, 1, 2], [6, 3, 3], [6, 19, 4]]);
    // Sunday 2 November 2025: 05:00 and 06:00 UTC are both 01:00 there (EDT, then EST): one cell, their mean.
    expect(filled(hours('2025-11-02', { 5: 10, 6: 30 }), 'America/New_York')).toEqual([[6, 1, 20]]);
  });
});

describe('peak hours, worked out by hand', () => {
  const dayOf = (values: Record<number, number>) => hours('2025-08-18', Object.fromEntries(Array.from({ length: 24 }, (_, h) => [h, values[h] ?? 0])));

  it('a day with no active follower has no peak', () => {
    expect(peakHours(dayOf({}), 'UTC')).toBeUndefined();
  });

  it('one follower at 05:00: the first two-hour window holding it, 04:00–06:00', () => {
    expect(peakHours(dayOf({ 5: 1 }), 'UTC')).toEqual({ start: 4, end: 6, days: 1 });
  });

  it('compares hours by their mean over the days they were seen on', () => {
    // 10:00 seen twice at 100 (mean 100), 15:00 once at 150: 15:00 is busier.
    const records = [...hours('2025-08-18', { 10: 100, 15: 150 }), ...hours('2025-08-19', { 10: 100 })];
    expect(peakHours(records, 'UTC', 1)).toEqual({ start: 15, end: 16, days: 2 });
  });

  it('widens by a neighbour within 90 % of the window\'s quietest hour (not its busiest), the boundary included', () => {
    expect(peakHours(dayOf({ 9: 100, 10: 60, 11: 58 }), 'UTC')).toMatchObject({ start: 9, end: 12 });
    expect(peakHours(dayOf({ 9: 100, 10: 100, 11: 90 }), 'UTC')).toMatchObject({ start: 9, end: 12 });
    expect(peakHours(dayOf({ 9: 100, 10: 100, 11: 89 }), 'UTC')).toMatchObject({ start: 9, end: 11 });
  });

  it('widens to the left too', () => {
    expect(peakHours(dayOf({ 18: 95, 19: 100, 20: 100 }), 'UTC')).toMatchObject({ start: 18, end: 21 });
  });

  it('keeps a twelve-hour window; a longer one, or a day all alike, is no peak to widen to', () => {
    const twelve = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [8 + i, 100]));
    expect(peakHours(dayOf(twelve), 'UTC')).toMatchObject({ start: 8, end: 20 });
    expect(peakHours(dayOf({ ...twelve, 20: 100 }), 'UTC')).toMatchObject({ start: 8, end: 10 });
    const flat = Object.fromEntries(Array.from({ length: 24 }, (_, h) => [h, 100]));
    expect(peakHours(dayOf(flat), 'UTC')).toMatchObject({ start: 0, end: 2 });
  });

  it('labels hours as a clock does', () => {
    expect([0, 7, 19].map(hourLabel)).toEqual(['00:00', '07:00', '19:00']);
  });
});

describe('audience shift', () => {
  it('lists rows by the latest share, a key the latest picture lacks last', () => {
    const { rows } = audienceShift([
      { takenAt: 1, territories: { A: 0.2, B: 0.5 } },
      { takenAt: 2, territories: { A: 0.4 } },
    ]);
    expect(rows).toEqual([
      { kind: 'territory', key: 'A', values: [0.2, 0.4], shift: 0.2 },
      { kind: 'territory', key: 'B', values: [0.5, undefined] },
    ]);
  });
});
