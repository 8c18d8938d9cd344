// The one rule for a day's value, and the timeline it builds: what wins when a capture and an
// import, or two exports, claim the same day, and what a capture says about a day at all.
import { describe, expect, it } from 'vitest';
import { dayOutranks, provisionalDates, type DayCandidate } from '@/utils/timeline/day-precedence';
import { buildTimeline } from '@/utils/timeline/build-timeline';
import { localDate, noonOf } from '@/utils/platform/days';

const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();

describe('dayOutranks', () => {
  const importSettled: DayCandidate = { source: 'import', asOf: at('2025-08-20', 18) };
  it('settled beats provisional, exact beats rounded, a capture beats an import, then the later one', () => {
    expect(dayOutranks({ source: 'import', asOf: at('2025-08-10', 9), provisional: true }, importSettled)).toBe(false);
    expect(dayOutranks(importSettled, { source: 'capture', asOf: at('2025-08-30', 9), provisional: true })).toBe(true);
    expect(dayOutranks({ source: 'capture', asOf: at('2025-08-30', 9), rounded: true }, importSettled)).toBe(false);
    expect(dayOutranks({ source: 'capture', asOf: at('2025-08-01', 9) }, importSettled)).toBe(true);
    expect(dayOutranks({ source: 'import', asOf: at('2025-08-27', 18) }, importSettled)).toBe(true);
    expect(dayOutranks({ source: 'import', asOf: at('2025-08-13', 18) }, importSettled)).toBe(false);
    // Equal rank keeps what is there.
    expect(dayOutranks({ ...importSettled }, importSettled)).toBe(false);
  });

  it("marks an export's newest days provisional only while Studio may still count them", () => {
    const dates = ['2025-08-16', '2025-08-17', '2025-08-18', '2025-08-19'];
    expect([...provisionalDates(dates, at('2025-08-20', 18))].sort()).toEqual(['2025-08-18', '2025-08-19']);
    expect([...provisionalDates(dates, at('2025-08-30', 18))]).toEqual([]);
  });
});

describe('buildTimeline', () => {
  const exportedAt = at('2025-08-20', 18);
  it('keeps one value per day: a follower capture beats the export, a rounded one does not', () => {
    const timeline = buildTimeline({
      account: 'a',
      metric: 'followers',
      imported: [
        { date: '2025-08-09', value: 1000, exportedAt },
        { date: '2025-08-10', value: 1010, exportedAt },
        { date: '2025-08-11', value: 12_345, exportedAt },
      ],
      captured: [
        { t: at('2025-08-10', 9), v: 1003, range: 'lifetime' },
        { t: at('2025-08-10', 21), v: 1008, range: 'lifetime' },
        { t: at('2025-08-11', 21), v: 12_300, range: 'lifetime', rounded: true },
        { t: at('2025-08-12', 21), v: 12_400, range: 'lifetime', rounded: true },
      ],
    });
    expect(timeline.shape).toBe('level');
    expect(timeline.days.map((d) => [d.date, d.v, d.source])).toEqual([
      ['2025-08-09', 1000, 'import'],
      ['2025-08-10', 1008, 'capture'], // the day's last capture
      ['2025-08-11', 12_345, 'import'], // exact beats Studio's rounding
      ['2025-08-12', 12_400, 'capture'],
    ]);
    expect(timeline.days[0].t).toBe(noonOf('2025-08-09'));
    expect(timeline.readings).toHaveLength(4);
  });

  it('takes a flow\'s day only from a one-day range; a 7-day total stays a reading', () => {
    const timeline = buildTimeline({
      account: 'a',
      metric: 'videoViews',
      imported: [{ date: '2025-08-19', value: 500, exportedAt, provisional: true }],
      captured: [
        { t: at('2025-08-21', 9), v: 7000, range: '7d' },
        // Captured the next morning: Studio still counts that day, so the provisional export value and this compete by time.
        { t: at('2025-08-20', 9), v: 480, range: '2025-08-19..2025-08-19' },
        { t: at('2025-08-25', 9), v: 610, range: '2025-08-18..2025-08-18' },
        { t: at('2025-08-25', 9), v: 3000, range: '2025-08-12..2025-08-18' },
      ],
    });
    expect(timeline.shape).toBe('flow');
    expect(timeline.days.map((d) => [d.date, d.v, d.source, d.provisional ?? false])).toEqual([
      ['2025-08-18', 610, 'capture', false],
      ['2025-08-19', 480, 'capture', true], // both provisional, both exact: the capture wins
    ]);
    // Oldest first; the two taken at one moment by their period, not by the order they came in.
    expect(timeline.readings.map((r) => r.range)).toEqual(['2025-08-19..2025-08-19', '7d', '2025-08-12..2025-08-18', '2025-08-18..2025-08-18']);
  });

  it('puts a capture on the local day it was taken', () => {
    const late = at('2025-08-10', 23) + 59 * 60_000;
    expect(localDate(late)).toBe('2025-08-10');
    expect(buildTimeline({ account: 'a', metric: 'followers', imported: [], captured: [{ t: late, v: 5, range: 'lifetime' }] }).days[0].date).toBe('2025-08-10');
  });
});
