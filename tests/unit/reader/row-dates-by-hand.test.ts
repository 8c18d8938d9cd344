// Posting dates at their edges, by hand: month names spelled out or with a dot, padding of a day of
// 10 and a month of 9, the last year taken (2100), a month 0 refused.
import { describe, expect, it } from 'vitest';
import { parseDate } from '@/utils/reader/video-rows';

describe('parseDate by hand', () => {
  it('reads a month spelled out or abbreviated with a dot, pads a day of 10 and a month of 9, and keeps 2100', () => {
    expect(parseDate('September 4, 2025')).toBe('2025-09-04');
    expect(parseDate('Sep. 10, 2025')).toBe('2025-09-10');
    expect(parseDate('2100/1/1')).toBe('2100-01-01');
    expect(parseDate('2025-9-1')).toBe('2025-09-01');
  });

  it('refuses a month 0, a month name it does not know, and a lower-case month', () => {
    // Month 0 would otherwise roll back into December of the year before.
    for (const text of ['2025/0/5', 'Foo 4, 2025', 'sep 4, 2025']) expect(parseDate(text), text).toBeUndefined();
  });
});
