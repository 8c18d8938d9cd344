// What the content script sends, at the edges, by hand: bodies of exactly 16 000 000 characters
// together, the note of a body that is not JSON (its URL cut to 80 characters), and video ids that
// are not digits among a few.
import { describe, expect, it } from 'vitest';
import { pageResponses } from '@/utils/studio-data/page-responses';

const VIDEO = '7500000000000000001';
const URL_90 = `https://www.tiktok.com/aweme/v2/data/insight/?type_requests=%5B%5D&pad=${'x'.repeat(19)}`;
const AT = Date.parse('2026-09-10T02:00:00Z');
const owner = { account: 'maya.bakes', ownVideos: new Set([VIDEO]) };

describe('pageResponses at its edges', () => {
  it('bodies of 16 000 000 characters together are sent', () => {
    // Two JSON strings of 8 000 000 characters each (their quotes included).
    const body = `"${'x'.repeat(7_999_998)}"`;
    const { page, notes } = pageResponses([{ url: `${URL_90}&n=1`, body, receivedAt: AT }, { url: `${URL_90}&n=2`, body, receivedAt: AT }], owner);
    expect([page?.responses.length, notes]).toEqual([2, []]);
  });

  it('only bodies that are not JSON: the notes alone, each URL cut to its first 80 characters', () => {
    expect(URL_90).toHaveLength(90);
    expect(pageResponses([{ url: URL_90, body: '<html>captcha</html>', receivedAt: AT }], owner)).toEqual({
      notes: ['not JSON: https://www.tiktok.com/aweme/v2/data/insight/?type_requests=%5B%5D&pad=xxxxxxxxx'],
    });
  });

  it('no calls: nothing said, even without an account', () => {
    expect(pageResponses([], { account: undefined, ownVideos: new Set() })).toEqual({ notes: [] });
  });

  it('a video id that is not digits is not sent, among a few', () => {
    const { page } = pageResponses([{ url: URL_90, body: '{}', receivedAt: AT }], { account: 'maya.bakes', ownVideos: new Set([VIDEO, 'abc', '12x']) });
    expect(page?.ownVideos).toEqual([VIDEO]);
  });
});
