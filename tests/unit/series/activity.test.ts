import { describe, expect, it } from 'vitest';
import { activityHeatmap, peakHours } from '@/utils/series/follower-activity';
import { audienceShift } from '@/utils/series/audience-shift';
import { makeModel } from '../../fixtures/studio-export/build';

// The fixture's followers are three times as active 19:00–21:59 (export hours, UTC).
const model = makeModel({ exportDay: '2025-08-20', days: 30, activityDays: 28 });

describe('best time to post', () => {
  it('the busiest hours in UTC, and the same moments in the creator\'s zone', () => {
    // Three hours alike: the two-hour window widens to all three rather than leave one out.
    expect(peakHours(model.activity, 'UTC')).toEqual({ start: 19, end: 22, days: 28 });
    expect(peakHours(model.activity, 'UTC', 3)).toEqual({ start: 19, end: 22, days: 28 });
    // Ho Chi Minh City is UTC+7 all year; Kolkata +5:30 puts 19:00 UTC at 00:30, in the 00:00 hour.
    expect(peakHours(model.activity, 'Asia/Ho_Chi_Minh')).toMatchObject({ start: 2, end: 5 });
    expect(peakHours(model.activity, 'Asia/Kolkata')).toMatchObject({ start: 0, end: 3 });
    expect(peakHours([], 'UTC')).toBeUndefined();
  });

  it('keeps a clear two-hour peak at two hours, and widens past midnight', () => {
    const day = (values: Record<number, number>) => Array.from({ length: 24 }, (_, hour) => ({ date: '2025-08-18', hour, activeFollowers: values[hour] ?? 100 }));
    expect(peakHours(day({ 19: 500, 20: 480, 21: 300 }), 'UTC')).toMatchObject({ start: 19, end: 21 });
    expect(peakHours(day({ 23: 500, 0: 500, 1: 490 }), 'UTC')).toMatchObject({ start: 23, end: 2 });
    // A flat day has no peak to widen to.
    expect(peakHours(day({ 5: 101 }), 'UTC')).toMatchObject({ start: 4, end: 6 });
  });

  it('the heatmap places each hour on its local weekday, says how many days it rests on, and ignores order', () => {
    const utc = activityHeatmap(model.activity, 'UTC');
    expect(utc.days).toBe(28);
    expect(utc.cells.flat().every((v) => v !== undefined)).toBe(true);
    // 2025-08-18 was a Monday: 23:00 UTC on Monday is 09:00 Tuesday in Sydney (UTC+10 in August).
    const one = [{ date: '2025-08-18', hour: 23, activeFollowers: 42 }];
    const sydney = activityHeatmap(one, 'Australia/Sydney');
    expect(sydney.cells[1][9]).toBe(42);
    expect(sydney.cells.flat().filter((v) => v !== undefined)).toEqual([42]);
    expect(activityHeatmap(one, 'America/Los_Angeles').cells[0][16]).toBe(42);
    const shuffled = [...model.activity].reverse();
    expect(activityHeatmap(shuffled, 'Europe/Berlin')).toEqual(activityHeatmap(model.activity, 'Europe/Berlin'));
    // Means, not sums: a second day at the same weekday and hour averages with the first.
    const twoMondays = [...one, { date: '2025-08-25', hour: 23, activeFollowers: 58 }];
    expect(activityHeatmap(twoMondays, 'UTC')).toMatchObject({ days: 2, max: 50 });
    expect(activityHeatmap(twoMondays, 'UTC').cells[0][23]).toBe(50);
  });
});

describe('local time, checked hour by hour against Intl', () => {
  const year = makeModel({ exportDay: '2025-12-31', days: 2, activityDays: 365 }).activity;
  it.each(['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'UTC'])('%s, a whole year with its DST switches', (zone) => {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
    const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    const sums = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    const counts = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    for (const a of year) {
      const parts = format.formatToParts(Date.parse(`${a.date}T${String(a.hour).padStart(2, '0')}:00:00Z`));
      const w = days.indexOf(parts.find((p) => p.type === 'weekday')!.value);
      const h = Number(parts.find((p) => p.type === 'hour')!.value) % 24;
      sums[w][h] += a.activeFollowers;
      counts[w][h] += 1;
    }
    const expected = sums.map((row, w) => row.map((sum, h) => (counts[w][h] ? sum / counts[w][h] : undefined)));
    expect(activityHeatmap(year, zone).cells).toEqual(expected);
  });
});

describe('audience over time', () => {
  it('each gender and territory with its share at every import and the shift in percentage points', () => {
    const shift = audienceShift([
      { takenAt: 2, gender: { male: 45, female: 52, other: 3 }, territories: { US: 40, VN: 30, FR: 5 } },
      { takenAt: 1, gender: { male: 41, female: 55, other: 4 }, territories: { US: 50, VN: 12, GB: 20 } },
    ]);
    expect(shift.takenAt).toEqual([1, 2]);
    expect(shift.rows.filter((r) => r.kind === 'gender').map((r) => [r.key, r.shift])).toEqual([['female', -3], ['male', 4], ['other', -1]]);
    expect(shift.rows.filter((r) => r.kind === 'territory')).toEqual([
      { kind: 'territory', key: 'US', values: [50, 40], shift: -10 },
      { kind: 'territory', key: 'VN', values: [12, 30], shift: 18 },
      { kind: 'territory', key: 'FR', values: [undefined, 5] },
      { kind: 'territory', key: 'GB', values: [20, undefined] },
    ]);
  });
});
