// The timeline's small rules stated on cases worked out by hand (issue 37: raising the mutation
// score of utils/timeline by tests that say what the code must do).
import { describe, expect, it } from 'vitest';
import { anyImported, buildTimeline, dayPoints, oneDayOf } from '@/utils/timeline/build-timeline';
import { toPoint } from '@/utils/timeline/chart-point';
import { dayOutranks, provisionalDates } from '@/utils/timeline/day-precedence';

describe('a one-day custom range', () => {
  it('is a range from a date to the same date, written in full', () => {
    expect(oneDayOf('2025-08-18..2025-08-18')).toBe('2025-08-18');
    expect(oneDayOf('2025-08-18..2025-08-19')).toBeUndefined();
    expect(oneDayOf('28d')).toBeUndefined();
  });

  it('nothing else reads as one: short fields, letters, anything after the second date', () => {
    for (const range of ['2025-8-18..2025-8-18', '2025-08-8..2025-08-8', 'abcd-08-18..abcd-08-18', '2025-08-ab..2025-08-ab', '2025-08-18..2025-08-18x', '5-08-18..5-08-18'])
      expect(oneDayOf(range), range).toBeUndefined();
  });
});

describe('chart points of days', () => {
  it('carry `rounded` only when Studio rounded the value, and nothing else of the day', () => {
    expect(toPoint({ t: 1, v: 2, rounded: true })).toEqual({ t: 1, v: 2, rounded: true });
    expect(toPoint({ t: 1, v: 2 })).toEqual({ t: 1, v: 2 });
    expect(Object.keys(toPoint({ t: 1, v: 2, rounded: false }))).toEqual(['t', 'v']);
    expect(dayPoints([
      { date: '2025-08-18', t: 10, v: 5, source: 'import', asOf: 1, provisional: true },
      { date: '2025-08-19', t: 20, v: 6, source: 'capture', asOf: 2, rounded: true },
    ])).toEqual([{ t: 10, v: 5 }, { t: 20, v: 6, rounded: true }]);
  });
});

describe('whether an import brought any day', () => {
  const day = (date: string) => ({ date, value: 1, exportedAt: 0 });
  it('is true when one day of the timeline is imported, false when every day is captured', () => {
    const imported = buildTimeline({ account: 'a', metric: 'videoViews', imported: [day('2025-08-18')], captured: [{ t: Date.parse('2025-08-25T12:00:00'), v: 3, range: '2025-08-19..2025-08-19' }] });
    expect(imported.days.map((d) => d.source)).toEqual(['import', 'capture']);
    expect(anyImported(imported)).toBe(true);
    const captured = buildTimeline({ account: 'a', metric: 'videoViews', imported: [], captured: [{ t: Date.parse('2025-08-25T12:00:00'), v: 3, range: '2025-08-19..2025-08-19' }] });
    expect(anyImported(captured)).toBe(false);
  });
});

describe('the precedence rule at its last step', () => {
  it('between two known at the same moment, a value beats none', () => {
    expect(dayOutranks({ source: 'import', asOf: 1, value: 5 }, { source: 'import', asOf: 1 })).toBe(true);
    expect(dayOutranks({ source: 'import', asOf: 1 }, { source: 'import', asOf: 1, value: 5 })).toBe(false);
  });

  it('an export\'s provisional days are its two newest, whatever order its dates come in', () => {
    const exportedAt = Date.parse('2025-08-20T09:00:00');
    expect([...provisionalDates(['2025-08-19', '2025-08-16', '2025-08-18', '2025-08-17'], exportedAt)].sort()).toEqual(['2025-08-18', '2025-08-19']);
    // 08-17 is fresh enough to be still counted, yet not among the two newest: settled.
    expect([...provisionalDates(['2025-08-15', '2025-08-16', '2025-08-17', '2025-08-18', '2025-08-19'], exportedAt)].sort()).toEqual(['2025-08-18', '2025-08-19']);
  });
});

describe('what a capture says about a day', () => {
  const capture = (range: string) => ({ t: Date.parse('2025-08-25T12:00:00'), v: 500, range });
  it('a running total (followers) read live is that day\'s; read for a period, it is no day\'s', () => {
    expect(buildTimeline({ account: 'a', metric: 'followers', imported: [], captured: [capture('lifetime')] }).days.map((d) => d.date)).toEqual(['2025-08-25']);
    expect(buildTimeline({ account: 'a', metric: 'followers', imported: [], captured: [capture('28d')] }).days).toEqual([]);
  });
});
