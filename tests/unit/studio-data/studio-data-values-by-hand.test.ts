// The checks every value Studio sends passes, at their bounds, and the words of a response's status,
// each expected value written by hand: 10^12 is the largest plausible count (utils/reader/snapshot.ts),
// 1451606400000 is 2016-01-01T00:00:00Z and 4102444800000 is 2100-01-01T00:00:00Z.
import { describe, expect, it } from 'vitest';
import { mergeStudioData, readStudioData, type StudioDataRead } from '@/utils/studio-data/studio-data-contract';
import { isCount, isFraction, isInstantMs, oneLine, studioValueCheck } from '@/utils/studio-data/studio-data-values';
import { dataInsightUrl } from '../../fixtures/studio-data/studio-data-fixtures';

const read = (parts: Partial<StudioDataRead>): StudioDataRead => ({ account: {}, videos: {}, retention: {}, activity: {}, provisional: [], ...parts });

describe('the checks of a value', () => {
  it('a count is below 10^12, signed or not', () => {
    expect([isCount(999_999_999_999), isCount(1e12), isCount(-999_999_999_999, true), isCount(-1e12, true)]).toEqual([true, false, true, false]);
  });

  it('seconds: 0 and up, finite, below 10^12; text is not seconds', () => {
    const seconds = studioValueCheck('averageWatchTime');
    expect([0, 6.4, 999_999_999_999].map(seconds)).toEqual([true, true, true]);
    expect([-0.1, 1e12, 2e12, '5', null].map(seconds)).toEqual([false, false, false, false, false]);
  });

  it('a fraction is 0 to 1, both ends taken', () => {
    expect([0, 1, 0.27].map(isFraction)).toEqual([true, true, true]);
    expect([-0.5, 1.01, '0.5'].map(isFraction)).toEqual([false, false, false]);
  });

  it('an amount (estimated rewards) is never a value this reader takes from Studio', () => {
    expect([5, 0].map(studioValueCheck('estimatedRewards'))).toEqual([false, false]);
  });

  it('an instant is a whole number of ms from 2016-01-01 up to, not including, 2100-01-01', () => {
    expect([1451606400000, 4102444799999].map(isInstantMs)).toEqual([true, true]);
    expect([1451606399999, 4102444800000, 5e15, 1789005600000.5].map(isInstantMs)).toEqual([false, false, false, false]);
  });
});

describe('oneLine', () => {
  it('trims, and keeps a text of exactly the limit whole', () => {
    expect(oneLine('  a\nb  ')).toBe('a b');
    expect(oneLine('abc', 3)).toBe('abc');
    expect(oneLine('abcd', 3)).toBe('ab…');
  });
});

describe('merging reads: only numbers, and what was provisional stays so', () => {
  it('an activity hour that was provisional is still provisional after a merge', () => {
    const a = read({ activity: { '2026-12-06': { 13: 5 } }, provisional: ['activity.2026-12-06.13'] });
    expect(mergeStudioData(a, read({}))).toEqual(a);
  });

  it("values that are not finite numbers are not merged in a video's series", () => {
    const bad = read({ videos: { 75: { videoViews: { '2026-12-06T13': Number.NaN, '2026-12-06T14': '2' as unknown as number, '2026-12-06': 4 } } } });
    expect(mergeStudioData(read({}), bad)).toEqual(read({ videos: { 75: { videoViews: { '2026-12-06': 4 } } } }));
  });

  it('values that are not finite numbers are not merged, in account histories and activity', () => {
    const bad = read({
      account: { videoViews: { '2026-12-05': Number.NaN, '2026-12-06': '7' as unknown as number, '2026-12-07': 8 } },
      activity: { '2026-12-06': { 1: Number.POSITIVE_INFINITY, 2: '3' as unknown as number, 3: 4 } },
    });
    expect(mergeStudioData(read({}), bad)).toEqual(read({ account: { videoViews: { '2026-12-07': 8 } }, activity: { '2026-12-06': { 3: 4 } } }));
  });
});

describe('an entry not final yet', () => {
  it('with a number it could not hold (a negative count) is broken, not pending', () => {
    const url = dataInsightUrl([{ insigh_type: 'vv_history', days: 1, end_days: 0 }], 0);
    const body = { status_code: 0, extra: { now: Date.parse('2026-09-10T02:00:00Z') }, vv_history: [{ status: 2, value: -5 }] };
    const result = readStudioData({ url, body });
    expect(result.ok && [result.read.account, result.notes]).toEqual([{}, ['vv_history: left out 1 entry not a value it could hold']]);
  });
});

describe("a response's status, in words", () => {
  const url = dataInsightUrl([{ insigh_type: 'vv_history', days: 1, end_days: 0 }], 0);
  const reason = (body: unknown, at = url) => {
    const result = readStudioData({ url: at, body });
    return result.ok ? 'read' : result.reason;
  };

  it('an error code is said as sent: a number bare, anything else quoted; a message only when it has words', () => {
    expect(reason({ status_code: 7 })).toBe('Studio answered status_code 7');
    expect(reason({ status_code: 'oops' })).toBe('Studio answered status_code "oops"');
    expect(reason({ status_code: 7, status_msg: 42 })).toBe('Studio answered status_code 7');
    expect(reason({ status_code: 7, status_msg: '   ' })).toBe('Studio answered status_code 7');
    expect(reason({ status_code: 7, status_msg: '  rate limited ' })).toBe('Studio answered status_code 7: rate limited');
  });

  it('"success" stands in for a missing status_code only: beside an error code it is still an error', () => {
    expect(reason({ status_code: 5, status: 'success' })).toBe('Studio answered status_code 5');
  });

  it('a request without type_requests is said before the body is looked at', () => {
    const bare = 'https://www.tiktok.com/aweme/v2/data/insight/?tz_offset=0';
    expect(reason({ status_code: 0 }, bare)).toBe('the request has no type_requests (a JSON array of {"insigh_type": …})');
  });

  it('a call of no type it reads names the first eight types asked, comma separated', () => {
    const types = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((name) => ({ insigh_type: name }));
    expect(reason({ status_code: 0 }, dataInsightUrl(types, 0))).toBe('none of the requested types is one this reader reads: "a", "b", "c", "d", "e", "f", "g", "h"');
  });
});
