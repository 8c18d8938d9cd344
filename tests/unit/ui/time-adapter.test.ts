// The charts' date adapter (components/common/time-adapter.ts) answers as date-fns did (through
// chartjs-adapter-date-fns, which it replaced): the same steps of every unit from the same moments,
// in a time zone with daylight saving (Europe/Berlin) and one without (Asia/Kolkata, half-hour offset).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { add, diff, endOf, parse, startOf } from '@/components/common/time-adapter';
import { compareWithDateFns } from './time-adapter-compare';

describe('the charts date adapter', () => {
  // The process's own zone first (it stands for whatever zone the browser has).
  it('matches date-fns in this time zone', () => {
    expect(compareWithDateFns()).toEqual([]);
  }, 30_000);

  it.each(['Europe/Berlin', 'Asia/Kolkata', 'America/Sao_Paulo'])('matches date-fns in %s (daylight saving, month ends, leap days)', (zone) => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', `import('./tests/unit/ui/time-adapter-compare.ts').then((m) => console.log(JSON.stringify(m.compareWithDateFns())))`], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual([]);
  }, 60_000);

  it('parses what chart.js may hand it: numbers, dates, ISO text; nothing else', () => {
    expect(parse(1_733_400_000_000)).toBe(1_733_400_000_000);
    expect(parse(new Date(1_733_400_000_000))).toBe(1_733_400_000_000);
    expect(parse('2024-12-05T12:00:00Z')).toBe(Date.parse('2024-12-05T12:00:00Z'));
    for (const nothing of [null, undefined, NaN, 'yesterday', {}]) expect(parse(nothing)).toBeNull();
  });

  it('ends a unit a millisecond before the next one starts', () => {
    const t = new Date(2024, 1, 29, 13, 45, 12, 345).getTime();
    expect(endOf(t, 'day')).toBe(new Date(2024, 2, 1).getTime() - 1);
    expect(endOf(t, 'month')).toBe(new Date(2024, 2, 1).getTime() - 1);
    expect(startOf(t, 'isoWeek', 1)).toBe(new Date(2024, 1, 26).getTime());
    expect(add(new Date(2024, 0, 31).getTime(), 1, 'month')).toBe(new Date(2024, 1, 29).getTime());
    expect(diff(new Date(2024, 2, 1).getTime(), new Date(2024, 0, 31).getTime(), 'month')).toBe(1);
  });
});
