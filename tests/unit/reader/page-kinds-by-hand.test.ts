// Page kinds at their edges, by hand: how deep each kind of URL may go, the range query's bounds
// (1 to 3,650 days; a custom range of epoch milliseconds, as numbers or digit strings), and the
// account page a creator is sent to for each metric.
import { describe, expect, it } from 'vitest';
import { pageInfo, rangeFromQuery, whereToCapture } from '@/utils/reader/page-kinds';

const A = 'https://www.tiktok.com';

describe('page kinds by hand', () => {
  it('knows tiktok.com without www, and no path deeper than its kind', () => {
    expect(pageInfo('https://tiktok.com/tiktokstudio')).toEqual({ page: 'studio-home' });
    expect(pageInfo('https://tiktok.com/tiktokstudio/content')).toEqual({ page: 'posts-list', range: 'lifetime' });
    for (const path of [
      '/tiktokstudio/content/drafts',
      '/tiktokstudio/analytics/overview/extra',
      '/tiktokstudio/analytics/7301234567890123456/overview/extra',
      '/analytics/followers/extra',
      '/analytics/nowhere',
      '/creator-center/upload',
      '/somewhere/analytics',
      // Five digits are no video id, nor an account tab.
      '/tiktokstudio/analytics/12345',
    ]) expect(pageInfo(A + path), path).toBeUndefined();
    expect(pageInfo(`${A}/tiktokstudio/analytics/123456`)).toEqual({ page: 'video-overview', videoId: '123456', range: 'lifetime' });
    expect(pageInfo(`${A}/analytics/content`)).toEqual({ page: 'account-content', range: { days: 7 } });
  });

  it('gives a video page the range its URL names, else its lifetime', () => {
    const q = `?dateRange=${encodeURIComponent('{"type":"fixed","pastDay":28}')}`;
    expect(pageInfo(`${A}/tiktokstudio/analytics/7301234567890123456${q}`)).toEqual({ page: 'video-overview', videoId: '7301234567890123456', range: { days: 28 } });
    expect(pageInfo(`${A}/analytics/viewers${q}`)).toEqual({ page: 'account-viewers', range: { days: 28 } });
  });

  it('takes 1 to 3,650 whole past days', () => {
    expect(rangeFromQuery('{"type":"fixed","pastDay":1}')).toEqual({ days: 1 });
    expect(rangeFromQuery('{"type":"fixed","pastDay":3650}')).toEqual({ days: 3650 });
    for (const raw of ['{"type":"fixed","pastDay":0}', '{"type":"fixed","pastDay":3651}', '{"type":"fixed","pastDay":7.5}', '{"type":"rolling","pastDay":7}', '{"pastDay":7}'])
      expect(rangeFromQuery(raw), raw).toBeUndefined();
  });

  it('takes a custom range of epoch milliseconds, one day long or more, and nothing that is no date', () => {
    // 1759276800000 ms is 2025-10-01 00:00 UTC; a day later is 1759363200000.
    expect(rangeFromQuery('{"type":"custom","dateRange":{"start":"1759276800000","end":"1759363200000"}}')).toEqual({ start: '2025-10-01', end: '2025-10-02' });
    expect(rangeFromQuery('{"type":"custom","dateRange":{"start":1759276800000,"end":1759276800000}}')).toEqual({ start: '2025-10-01', end: '2025-10-01' });
    for (const raw of [
      '{"type":"custom"}',
      '{"type":"fixed","dateRange":{"start":1759276800000,"end":1759363200000}}',
      '{"type":"custom","dateRange":{"start":0,"end":1759363200000}}',
      '{"type":"custom","dateRange":{"start":-5,"end":1759363200000}}',
      '{"type":"custom","dateRange":{"start":"soon","end":1759363200000}}',
      '{"type":"custom","dateRange":{"start":1759276800000}}',
      '{"type":"custom","dateRange":{"start":1759276800000,"end":true}}',
      // Past the last day a Date can hold.
      '{"type":"custom","dateRange":{"start":1759276800000,"end":1e16}}',
    ]) expect(rangeFromQuery(raw), raw).toBeUndefined();
  });

  it('reads nothing from no query, an empty one, or JSON that is no object', () => {
    for (const raw of [null, '', '5', '"fixed"', 'true', '[]']) expect(rangeFromQuery(raw), String(raw)).toBeUndefined();
  });

  it('sends a creator to the overview or the followers tab, for the metrics those show', () => {
    expect(whereToCapture('videoViews')).toEqual({ url: 'https://www.tiktok.com/tiktokstudio/analytics', hint: 'howOverview' });
    expect(whereToCapture('estimatedRewards')).toEqual({ url: 'https://www.tiktok.com/tiktokstudio/analytics', hint: 'howOverview' });
    expect(whereToCapture('netFollowers')).toEqual({ url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', hint: 'howFollowers' });
    // Shown on pages no creator is sent to (the viewers tab, a video's pages).
    expect(whereToCapture('totalViewers')).toBeUndefined();
    expect(whereToCapture('saves')).toBeUndefined();
    expect(whereToCapture('nothing')).toBeUndefined();
  });
});
