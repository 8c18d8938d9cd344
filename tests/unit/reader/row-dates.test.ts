// A posts-list row's posting date, written as an ISO day by hand (not by toISOString): padded
// months and days, a day the month does not have refused.
import { describe, expect, it } from 'vitest';
import { parseDate } from '@/utils/reader/video-rows';

describe('parseDate', () => {
  it('writes the day of every date shape with a year, padded', () => {
    expect(parseDate('Aug 4, 2025, 8:09 AM')).toBe('2025-08-04');
    expect(parseDate('Dec 31, 2025')).toBe('2025-12-31');
    expect(parseDate('2025年8月4日')).toBe('2025-08-04');
    expect(parseDate('2025/10/14')).toBe('2025-10-14');
    expect(parseDate('2024.2.29')).toBe('2024-02-29');
    expect(parseDate('2016-01-01')).toBe('2016-01-01');
  });

  it('refuses days a month does not have, years out of range and dates without a year', () => {
    // A 13th month rolls into the next year, as it always did (only the day is checked).
    expect(parseDate('2025/13/1')).toBe('2026-01-01');
    for (const text of ['Feb 29, 2025', 'Apr 31, 2025', '2025/2/30', '2015/8/4', '2101/1/1', 'May 8, 9:35 PM', 'Sourdough 2025/8/4'])
      expect(parseDate(text), text).toBeUndefined();
  });
});
