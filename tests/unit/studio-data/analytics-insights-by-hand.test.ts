// `/tiktok/v1/analytics/insights/` at its edges, expected values written by hand: which types count
// as numbered (a number, not its text), the first and last day stamps it takes (1451606400 is
// 2016-01-01T00:00:00Z, 4102444800 is 2100-01-01T00:00:00Z), the largest list, and each note's words.
import { describe, expect, it } from 'vitest';
import { readStudioData, type StudioDataResult } from '@/utils/studio-data/studio-data-contract';
import { analyticsInsightsUrl } from '../../fixtures/studio-data/studio-data-fixtures';

const urlFor = (...types: unknown[]) => analyticsInsightsUrl(types.map((type) => (type === undefined ? { data_date_range: 1 } : { insight_type: type, data_date_range: 1 })), 0);
const views = (value: unknown[]) => ({ status_code: 0, analytics_overview_views: { list: { value } } });

function read(result: StudioDataResult) {
  if (!result.ok) throw new Error(`expected a read, got: ${result.reason}`);
  return result;
}

describe('which types it reads', () => {
  it('a call with no numbered type it reads is refused by name: 999, a left-out 126, or "121" as text', () => {
    expect(readStudioData({ url: urlFor(999), body: views([]) })).toEqual({ ok: false, reason: 'none of the requested types is one this reader reads: "999"' });
    expect(readStudioData({ url: urlFor(126), body: views([]) })).toEqual({ ok: false, reason: 'none of the requested types is one this reader reads: "126"' });
    expect(readStudioData({ url: urlFor('121'), body: views([]) })).toEqual({ ok: false, reason: 'none of the requested types is one this reader reads: "121"' });
  });

  it('beside one it reads: a type as text, a type it does not know, and a request without a type are each said', () => {
    const body = views([{ message: { status: 1, timestamp: 1788998400 }, value: 12 }]);
    const result = read(readStudioData({ url: urlFor(121, '121', 'abc', undefined), body }));
    // 1788998400 is 2026-09-10T00:00:00Z.
    expect(result.read.account).toEqual({ videoViews: { '2026-09-10': 12 } });
    expect(result.notes).toEqual([
      'insight_type "121": not a type this reader knows',
      'insight_type "abc": not a type this reader knows',
      'a type request with no insight_type: not read',
    ]);
  });

  it('a type asked twice is read once: its note is said once', () => {
    const result = read(readStudioData({ url: urlFor(121, 121), body: { status_code: 0 } }));
    expect(result.notes).toEqual(['analytics_overview_views: asked for, not in the response']);
  });
});

describe('the list of days', () => {
  it('1500 entries are read (here all broken: one note); a series without a list is said', () => {
    const result = read(readStudioData({ url: urlFor(121), body: views(Array.from({ length: 1500 }, () => ({}))) }));
    expect(result.notes).toEqual(['analytics_overview_views: left out 1500 entries not a value it could hold']);
    expect(read(readStudioData({ url: urlFor(121), body: { status_code: 0, analytics_overview_views: {} } })).notes).toEqual(['analytics_overview_views: no list of days: not read']);
  });

  it('a day sent final and not final with the same number is two readings: not trusted', () => {
    const result = read(readStudioData({
      url: urlFor(121),
      body: views([{ message: { status: 1, timestamp: 1788998400 }, value: 5 }, { message: { status: 2, timestamp: 1788998400 }, value: 5 }]),
    }));
    expect(result.read.account).toEqual({});
    expect(result.notes).toEqual(['analytics_overview_views: left out 1 day(s) sent twice with two values']);
  });

  it('stamps from 2016-01-01 to 2099-12-31 are days; 2015-12-31 and 2100-01-01 are not', () => {
    const result = read(readStudioData({
      url: urlFor(121),
      body: views([1451520000, 1451606400, 4102358400, 4102444800].map((timestamp, i) => ({ message: { status: 1, timestamp }, value: i + 1 }))),
    }));
    expect(result.read.account).toEqual({ videoViews: { '2016-01-01': 2, '2099-12-31': 3 } });
    expect(result.notes).toEqual(['analytics_overview_views: left out 2 entries not a value it could hold']);
  });
});
