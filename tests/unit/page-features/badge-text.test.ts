import { describe, expect, it } from 'vitest';
import { describeChange, metricCaptures, pageBadges, pageLocale, rowCaptures, type BadgeWords } from '@/utils/page-features/badge-text';
import type { StudioSnapshot } from '@/utils/reader/snapshot';
import { formatValue, sinceWhen } from '@/utils/metrics/format';
import { messagesOf } from '../../support/messages';

const english = messagesOf('en');
const japanese = messagesOf('ja');

const NOW = new Date(2026, 10, 24, 15, 30).getTime(); // a Tuesday
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('sinceWhen', () => {
  it('says the time for today, the weekday this week, the date before that', () => {
    expect(sinceWhen(NOW - 2 * HOUR, NOW, 'en-GB')).toBe('13:30');
    expect(sinceWhen(NOW - 3 * DAY, NOW, 'en-US')).toBe('Sat');
    expect(sinceWhen(new Date(2026, 10, 3).getTime(), NOW, 'en-US')).toBe('Nov 3');
    expect(sinceWhen(new Date(2025, 10, 3).getTime(), NOW, 'en-US')).toBe('Nov 3, 2025');
  });
});

describe('describeChange', () => {
  it("keeps the page's change and adds Studio's exact value of a rounded one to the tooltip, only when it differs", () => {
    const shown = { capturedAt: NOW, value: 12_300, rounded: true };
    const before = [{ capturedAt: NOW - 3 * DAY, value: 11_000, rounded: true }];
    const plain = describeChange('Video views', 'videoViews', shown, before, NOW, english, 'en-US');
    const badge = describeChange('Video views', 'videoViews', shown, before, NOW, english, 'en-US', 12_345);
    expect(badge.text).toBe(plain.text);
    expect(badge.label).toBe(`${plain.label} exact: 12,345 (Studio's data)`);
    const first = describeChange('Video views', 'videoViews', shown, [], NOW, english, 'en-US');
    expect(describeChange('Video views', 'videoViews', shown, [], NOW, english, 'en-US', 12_345).label).toBe(`${first.label} exact: 12,345 (Studio's data)`);
    expect(describeChange('Video views', 'videoViews', shown, before, NOW, english, 'en-US', 12_300).label).toBe(plain.label);
    // An exact reading on the page needs no word from the data.
    expect(describeChange('Video views', 'videoViews', { ...shown, rounded: false }, before, NOW, english, 'en-US', 12_345).label).toBe(describeChange('Video views', 'videoViews', { ...shown, rounded: false }, before, NOW, english, 'en-US').label);
    expect(describeChange('動画の視聴数', 'videoViews', shown, before, NOW, japanese, 'ja-JP', 12_345).label).toContain('正確な値: 12,345（Studio のデータ）');
  });

  it('shows growth with the amount and when the previous capture was', () => {
    const badge = describeChange('Video views', 'videoViews', { capturedAt: NOW, value: 13404 }, [{ capturedAt: NOW - 3 * DAY, value: 12200 }], NOW, english, 'en-US');
    expect(badge).toMatchObject({ text: '▲ 1,204 since Sat', label: 'Video views: up 1,204 since Sat', direction: 'up' });
    expect(badge.history).toHaveLength(1);
    expect(badge.history[0]).toMatch(/Nov 21, 2026.*: 12,200/);
  });

  it('shows a fall, and marks a change between rounded values as approximate', () => {
    const badge = describeChange('Likes', 'likes', { capturedAt: NOW, value: 12000, rounded: true }, [{ capturedAt: NOW - HOUR, value: 12500, rounded: true }], NOW, english, 'en-GB');
    expect(badge.text).toBe('▼ ≈ 500 since 14:30');
    expect(badge.label).toContain('TikTok rounds this number');
    expect(badge.direction).toBe('down');
  });

  it('says "no change" and "first capture"', () => {
    expect(describeChange('Likes', 'likes', { capturedAt: NOW, value: 5 }, [{ capturedAt: NOW - 8 * DAY, value: 5 }], NOW, english, 'en-US').text).toBe('no change since Nov 16');
    expect(describeChange('Likes', 'likes', { capturedAt: NOW, value: 5 }, [], NOW, english).direction).toBe('first');
    // A previous capture that did not show this metric is no baseline.
    expect(describeChange('Likes', 'likes', { capturedAt: NOW, value: 5 }, [{ capturedAt: NOW - DAY }], NOW, english).text).toBe('first capture');
  });

  it('speaks the browser’s language', () => {
    const badge = describeChange('動画の視聴数', 'videoViews', { capturedAt: NOW, value: 13404 }, [{ capturedAt: NOW - 3 * DAY, value: 12200 }], NOW, japanese, 'ja-JP');
    expect(badge.text).toBe('▲ 1,204（土 から）');
    expect(badge.label).toBe('動画の視聴数：土 から 1,204 増加');
    expect(describeChange('いいね', 'likes', { capturedAt: NOW, value: 5 }, [], NOW, japanese).text).toBe('初回の記録');
  });

  it('formats durations, percents and large numbers', () => {
    // Durations in the language's own units: hours and minutes from an hour, minutes and seconds under one.
    expect(formatValue('totalPlayTime', 3723, 'en-US')).toBe('1 hr 2 min');
    expect(formatValue('totalPlayTime', 12_029, 'en-US')).toBe('3 hr 20 min');
    expect(formatValue('totalPlayTime', 125.4, 'es')).toBe('2 min 5 s');
    expect(formatValue('totalPlayTime', 59.96, 'en-US')).toBe('1 min 0 sec');
    expect(formatValue('averageWatchTime', 2.123, 'en-US')).toBe('2.12 sec');
    expect(formatValue('averageWatchTime', 12.44, 'es')).toBe('12,4 s');
    expect(formatValue('watchedFullVideo', 12.5, 'en-US')).toBe('12.5%');
    expect(formatValue('videoViews', 1_250_000, 'en-US')).toBe('1.3M');
    expect(formatValue('videoViews', 1204, 'de-DE')).toBe('1.204');
  });
});

describe('captures from records', () => {
  const records = [
    { capturedAt: 3, metrics: { likes: 30 }, rounded: ['likes' as const], videos: [{ videoId: '1', views: 300 }] },
    { capturedAt: 2, metrics: {}, videos: [{ videoId: '2', views: 5 }] },
  ];
  it('reads one metric and one row counter, newest first', () => {
    expect(metricCaptures('likes', records)).toEqual([
      { capturedAt: 3, value: 30, rounded: true },
      { capturedAt: 2, value: undefined, rounded: undefined },
    ]);
    expect(rowCaptures('1', 'views', records).map((c) => c.value)).toEqual([300, undefined]);
  });
});

// The background writes a saved capture's badges (the content script carries no formatting): the
// same words the page wrote itself before, in the page's own language tag.
describe('pageBadges', () => {
  const words: BadgeWords = {
    say: english,
    name: (metric) => english(`metric_${metric}`),
    rowLabel: (caption, label) => english('badgeRowLabel', [caption ?? english('badgePost'), label]),
  };
  const list = (views: [string, number | undefined, string?][], metrics: StudioSnapshot['metrics'] = {}): StudioSnapshot => ({
    page: 'posts-list',
    url: 'https://www.tiktok.com/tiktokstudio/content',
    account: 'maya.bakes',
    range: 'lifetime',
    metrics,
    rounded: ['videoViews'],
    videos: views.map(([videoId, v, caption]) => ({ videoId, caption, views: v, rounded: [] })),
  });
  const before = { ...list([['7301', 100, 'Sourdough'], ['7302', 40]], { videoViews: 11_000, likes: 50 }), capturedAt: NOW - 3 * DAY };
  const now = list([['7301', 160, 'Sourdough'], ['7302', 40], ['7303', undefined, 'Draft'], ['7301', 999, 'Copy']], { videoViews: 12_300, likes: 48 });

  it('says for every metric and row what describeChange says, with the row caption in its label', () => {
    const badges = pageBadges(now, { record: { capturedAt: NOW }, previous: [before], exact: { videoViews: 12_345 } }, NOW, words, 'en-US');
    expect(badges.metrics.videoViews).toEqual(describeChange('Video views', 'videoViews', { capturedAt: NOW, value: 12_300, rounded: true }, [{ capturedAt: before.capturedAt, value: 11_000, rounded: true }], NOW, english, 'en-US', 12_345));
    expect(badges.metrics.videoViews?.label).toContain("exact: 12,345 (Studio's data)");
    expect(badges.metrics.likes).toMatchObject({ text: '▼ 2 since Sat', direction: 'down' });
    // A row without views gets no badge; a repeated id keeps its first row (its caption and its value).
    expect(Object.keys(badges.rows).sort()).toEqual(['7301', '7302']);
    expect(badges.rows['7301']).toMatchObject({ text: '▲ 60 since Sat', direction: 'up' });
    expect(badges.rows['7301'].label).toBe(english('badgeRowLabel', ['Sourdough', describeChange(english('metric_views'), 'views', { capturedAt: NOW, value: 160, rounded: false }, [{ capturedAt: before.capturedAt, value: 100, rounded: false }], NOW, english, 'en-US').label]));
    expect(badges.rows['7302']).toMatchObject({ direction: 'same' });
    expect(badges.rows['7302'].label.startsWith(english('badgeRowLabel', [english('badgePost'), '']).trim())).toBe(true);
  });

  it("writes dates and numbers in the page's full tag, not only its language", () => {
    const saved = { record: { capturedAt: NOW }, previous: [before] };
    const weekdays = new Set(['zh-TW', 'zh-CN'].map((tag) => pageBadges(now, saved, NOW, words, tag).metrics.likes?.text));
    // Traditional and Simplified Chinese name Saturday differently (週六, 周六).
    expect(weekdays.size).toBe(2);
    const older = { ...saved, previous: [{ ...before, capturedAt: new Date(2026, 10, 3).getTime() }] };
    expect(pageBadges(now, older, NOW, words, 'en-GB').metrics.likes?.text).toBe('▼ 2 since 3 Nov');
    expect(pageBadges(now, older, NOW, words, 'en-US').metrics.likes?.text).toBe('▼ 2 since Nov 3');
    // The messages stay the extension's (English here); the number and the date are the page's.
    expect(pageBadges(now, older, NOW, words, 'de-DE').metrics.videoViews?.text).toBe('▲ ≈ 1.300 since 3. Nov.');
  });
});

describe('pageLocale', () => {
  it("takes a tag Intl takes, in Intl's spelling, and the browser's for anything else", () => {
    expect(pageLocale('en-gb')).toBe('en-GB');
    expect(pageLocale('zh-Hant-TW')).toBe('zh-Hant-TW');
    for (const refused of ['en_US', '', 'x'.repeat(100), 42, null, undefined, { toString: () => 'en' }]) expect(pageLocale(refused)).toBeUndefined();
  });
});
