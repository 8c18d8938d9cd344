import { describe, expect, it } from 'vitest';
import { pageInfo, rangeFromQuery } from '@/utils/reader/page-kinds';

const A = 'https://www.tiktok.com';
const q = (json: string) => `?dateRange=${encodeURIComponent(json)}`;

describe('pageInfo', () => {
  it.each([
    ['/tiktokstudio/analytics', { page: 'account-overview', range: { days: 7 } }],
    ['/tiktokstudio/analytics/overview', { page: 'account-overview', range: { days: 7 } }],
    [`/tiktokstudio/analytics${q('{"type":"fixed","pastDay":28}')}&activeAnalyticsMetric=video_views`, { page: 'account-overview', range: { days: 28 } }],
    ['/tiktokstudio/analytics/content', { page: 'account-content', range: { days: 7 } }],
    ['/tiktokstudio/analytics/viewers', { page: 'account-viewers', range: { days: 7 } }],
    [`/tiktokstudio/analytics/followers${q('{"type":"fixed","pastDay":365}')}`, { page: 'account-followers', range: { days: 365 } }],
    ['/tiktokstudio/analytics/7301234567890123456', { page: 'video-overview', videoId: '7301234567890123456', range: 'lifetime' }],
    ['/tiktokstudio/analytics/7301234567890123456/overview?qa_enter_from=analytics', { page: 'video-overview', videoId: '7301234567890123456', range: 'lifetime' }],
    ['/tiktokstudio/analytics/7301234567890123456/viewers', { page: 'video-viewers', videoId: '7301234567890123456', range: 'lifetime' }],
    ['/tiktokstudio/analytics/7301234567890123456/engagement', { page: 'video-engagement', videoId: '7301234567890123456', range: 'lifetime' }],
    ['/tiktokstudio/content', { page: 'posts-list', range: 'lifetime' }],
    // Studio Home names its range on the page ("Last 28 days"), not in the URL.
    ['/tiktokstudio', { page: 'studio-home' }],
    ['/tiktokstudio?lang=fr', { page: 'studio-home' }],
    ['/creator-center/analytics/overview', { page: 'account-overview', range: { days: 7 } }],
    ['/creator-center/content', { page: 'posts-list', range: 'lifetime' }],
    ['/analytics', { page: 'account-overview', range: { days: 7 } }],
    ['/analytics/followers', { page: 'account-followers', range: { days: 7 } }],
    [`/tiktokstudio/analytics${q('{"type":"custom","dateRange":{"start":1759276800000,"end":1761868800000}}')}`, { page: 'account-overview', range: { start: '2025-10-01', end: '2025-10-31' } }],
  ])('%s', (path, expected) => {
    expect(pageInfo(A + path)).toEqual(expected);
  });

  it.each([
    'https://www.tiktok.com/@maya.bakes',
    'https://www.tiktok.com/tiktokstudio/upload',
    'https://www.tiktok.com/tiktokstudiox',
    'https://www.tiktok.com/tiktokstudio/analytics/7301234567890123456/comments',
    'https://www.tiktok.com/tiktokstudio/analytics/whatever/else/deep',
    'https://tiktok.com.evil.xyz/tiktokstudio/analytics',
    'https://www.tiktokstudio.com/tiktokstudio/analytics',
    'not a url',
  ])('declines %s', (url) => {
    expect(pageInfo(url)).toBeUndefined();
  });
});

describe('rangeFromQuery', () => {
  it.each([
    ['{"type":"fixed","pastDay":60}', { days: 60 }],
    ['{"type":"fixed","pastDay":-1}', undefined],
    ['{"type":"fixed","pastDay":"7"}', undefined],
    ['{"type":"custom","dateRange":{"start":1761868800000,"end":1759276800000}}', undefined],
    ['{not json', undefined],
    ['null', undefined],
  ])('%s', (raw, expected) => {
    expect(rangeFromQuery(raw)).toEqual(expected);
  });
});
