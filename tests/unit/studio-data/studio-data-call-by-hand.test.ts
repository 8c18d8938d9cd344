// Which requests are Studio's data calls, and what their query says, at the edges, by hand: URLs of
// 8192 characters and one more, type_requests that are not a list of 1–64 objects, and a tz_offset
// with anything around its digits.
import { describe, expect, it } from 'vitest';
import { isStudioDataUrl, readStudioData } from '@/utils/studio-data/studio-data-contract';
import { dataInsightUrl } from '../../fixtures/studio-data/studio-data-fixtures';

const BASE = 'https://www.tiktok.com/aweme/v2/data/insight/?tz_offset=0';
const NO_TYPES = 'the request has no type_requests (a JSON array of {"insigh_type": …})';
const HISTORY = { insigh_type: 'vv_history', days: 1, end_days: 0 };
const BODY = { status_code: 0, extra: { now: Date.parse('2026-09-10T02:00:00Z') }, vv_history: [{ status: 0, value: 5 }] };

describe('isStudioDataUrl', () => {
  it('takes a URL of 8192 characters, not of 8193', () => {
    const url = (length: number) => `${BASE}&x=${'1'.repeat(length - BASE.length - 3)}`;
    expect([url(8192).length, isStudioDataUrl(url(8192))]).toEqual([8192, true]);
    expect([url(8193).length, isStudioDataUrl(url(8193))]).toEqual([8193, false]);
  });

  it('takes only text: a String object holding a data call is not one', () => {
    expect(isStudioDataUrl(new String(BASE) as unknown as string)).toBe(false);
  });

  it('a URL that cannot be parsed is not one, without a throw', () => {
    expect(isStudioDataUrl('https://[bad/aweme/v2/data/insight/')).toBe(false);
  });
});

describe('type_requests', () => {
  const reason = (typeRequests: string) => {
    const result = readStudioData({ url: `${BASE}&type_requests=${encodeURIComponent(typeRequests)}`, body: BODY });
    return result.ok ? 'read' : result.reason;
  };

  it('an object, an empty list, 65 requests, or a list with one that is not an object: none', () => {
    expect(reason('{}')).toBe(NO_TYPES);
    expect(reason('[]')).toBe(NO_TYPES);
    expect(reason(JSON.stringify([HISTORY, ...Array.from({ length: 64 }, () => ({ insigh_type: 'x' }))]))).toBe(NO_TYPES);
    expect(reason(JSON.stringify([HISTORY, 5]))).toBe(NO_TYPES);
  });

  it('64 requests are read', () => {
    expect(reason(JSON.stringify([HISTORY, ...Array.from({ length: 63 }, () => ({ insigh_type: 'x' }))]))).toBe('read');
  });
});

describe('tz_offset', () => {
  it('digits with a space before or after are not an offset', () => {
    for (const offset of ['%2025200', '25200%20']) {
      const result = readStudioData({ url: dataInsightUrl([HISTORY], offset), body: BODY });
      expect(result.ok && [result.read.account, result.notes[0]]).toEqual([{}, 'the request has no tz_offset in seconds east of UTC: no day could be dated']);
    }
  });
});
