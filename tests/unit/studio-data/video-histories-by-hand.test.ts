// A video's first hours and days at their edges, expected values written by hand: a video made at
// the first instant the reader takes (2016-01-01T00:00:00Z) or at the very moment of the response,
// date_keys with anything around the date, entries that are not objects, and the exact notes.
import { describe, expect, it } from 'vitest';
import { readStudioData } from '@/utils/studio-data/studio-data-contract';
import { dayOfDateKey } from '@/utils/studio-data/video-histories';
import { dataInsightUrl } from '../../fixtures/studio-data/studio-data-fixtures';

/** 2026-09-10T02:00:00Z. */
const NOW = 1789005600000;
/** Made 2026-09-08T15:20:00Z (the fixtures' video). */
const VIDEO = '7683184532881357901';

function readArrays(arrays: Record<string, unknown>, videoId = VIDEO, tzOffset = 0) {
  const url = dataInsightUrl(Object.keys(arrays).map((name) => ({ insigh_type: name, aweme_id: videoId })), tzOffset);
  const result = readStudioData({ url, body: { status_code: 0, extra: { now: NOW }, ...arrays } });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('the times a video id may say', () => {
  it('2016-01-01T00:00:00Z itself (1451606400 << 32) is a video\'s; a second before is not', () => {
    const first = readArrays({ video_vv_history_7d: [{ status: 0, value: 4 }] }, '6234602014664294400');
    expect(first.read.videos).toEqual({ '6234602014664294400': { videoViews: { '2016-01-01': 4 } } });
    const before = readArrays({ video_vv_history_7d: [{ status: 0, value: 4 }] }, '6234602014664294399');
    expect(before.read.videos).toEqual({});
  });

  it('a video made at the very moment of the response (1789005600 << 32) has its first hour', () => {
    const result = readArrays({ video_vv_history_48_hours: [{ status: 0, value: 3 }] }, '7683720544360857600');
    expect(result.read.videos).toEqual({ '7683720544360857600': { videoViews: { '2026-09-10T02': 3 } } });
    expect(result.notes).toEqual([]);
  });
});

describe('entries and notes', () => {
  it('a history read whole leaves no note', () => {
    const result = readArrays({ video_vv_history_7d: [{ status: 0, value: 10 }, { status: 0, value: 20 }] });
    expect(result.read.videos[VIDEO]?.videoViews).toEqual({ '2026-09-08': 10, '2026-09-09': 20 });
    expect(result.notes).toEqual([]);
  });

  it('an entry that is not an object is one not a value it could hold', () => {
    const result = readArrays({ video_vv_history_7d: [5, { status: 0, value: 20 }] });
    expect(result.read.videos[VIDEO]?.videoViews).toEqual({ '2026-09-09': 20 });
    expect(result.notes).toEqual(['video_vv_history_7d: left out 1 entry not a value it could hold']);
  });

  it('one unreadable date_key is "1 entry"; a history that is not a list is said so', () => {
    const one = readArrays({ video_like_history_7d: [{ status: 0, value: 5, date_key: 'Sep 9' }] });
    expect(one.notes).toEqual(['video_like_history_7d: left out 1 entry whose date_key is not YYYYMMDD or YYYY-MM-DD']);
    const notList = readArrays({ video_like_history_7d: { 0: { status: 0, value: 5 } } });
    expect(notList.notes).toEqual(['video_like_history_7d: not a list: not read']);
  });
});

describe('dayOfDateKey', () => {
  it.each([['x20260908', null], ['20260908x', null], [[20260908], null], [{}, null], [true, null]])('%j is %j: nothing may stand around the date', (key, day) => {
    expect(dayOfDateKey(key)).toBe(day);
  });
});
