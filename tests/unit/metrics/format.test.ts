// One number and date format in the UI's language (issue 23): values as Studio wrote them (exact
// stays exact, rounded is compact and marked), dates one way, plurals by the language's rules,
// countries by name. The UI language here is Japanese, as a Japanese browser's messages say.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: (key: string, subs?: string[]) => (key === 'uiLanguage' ? 'ja' : `${key}(${(subs ?? []).join('|')})`) } },
}));

const { fmt, fmtChange, fmtCount, fmtExact, fmtIsoDay, fmtPercent, fmtRegion, formatValue } = await import('@/utils/metrics/format');
const { plural, uiLocale } = await import('@/utils/platform/ui-language');

describe('format in the UI language', () => {
  it('takes the language from the shipped messages, not the runtime', () => {
    expect(uiLocale()).toBe('ja');
  });

  it('writes exact values exactly and rounded ones compact with ≈, the whole number for hover', () => {
    expect(fmt('followers', 14_796)).toBe('14,796');
    expect(fmt('videoViews', 128_400, true)).toBe('≈ 12.8万');
    expect(fmt('videoViews', 3_500, true)).toBe('≈ 3,500');
    expect(fmtExact('videoViews', 128_400, true)).toBe('≈ 128,400');
    expect(fmt('videoViews', undefined)).toBe('—');
  });

  it('writes watch times in the language\'s units, rounded or not', () => {
    expect(fmt('averageWatchTime', 12.44)).toBe('12.4 秒');
    expect(fmt('totalPlayTime', 12_000, true)).toBe('≈ 3 時間20 分');
    expect(fmtChange('totalPlayTime', -90)).toBe('−1 分30 秒');
  });

  it('signs changes, and marks those between rounded values', () => {
    expect(fmtChange('followers', 204)).toBe('+204');
    expect(fmtChange('followers', -35)).toBe('−35');
    expect(fmtChange('followers', 0)).toBe('±0');
    expect(fmtChange('videoViews', 3_500, true)).toBe('≈ +3,500');
  });

  it('writes counts with separators, every date one way, shares and countries in words', () => {
    expect(fmtCount(104_270)).toBe('104,270');
    expect(fmtIsoDay('2025-12-07')).toBe(new Intl.DateTimeFormat('ja', { dateStyle: 'medium' }).format(new Date(2025, 11, 7)));
    expect(fmtIsoDay('not a day')).toBe('not a day');
    expect(fmtPercent(0.55)).toBe('55%');
    expect(fmtRegion('US')).toBe('アメリカ合衆国');
    expect(fmtRegion('Others')).toBe('Others');
  });

  it('picks plural forms by the language: Japanese has one form', () => {
    const forms = { one: 'captureCount_one', other: 'captureCount_other' } as const;
    expect(plural(forms, 1)).toBe('captureCount_other(1)');
    expect(plural(forms, 12_000)).toBe('captureCount_other(12,000)');
  });

  it('puts a percent where the language writes it (CLDR, written out): after, after a space, before', () => {
    expect(formatValue('watchedFullVideo', 12.5, 'en')).toBe('12.5%');
    expect(formatValue('watchedFullVideo', 12.5, 'de')).toBe('12,5\u00a0%');
    expect(formatValue('watchedFullVideo', 12.5, 'fr')).toBe('12,5\u00a0%'); // CLDR's French percent: a no-break space (its grouping is the narrow one)
    expect(formatValue('watchedFullVideo', 12.5, 'tr')).toBe('%12,5');
    expect(formatValue('watchedFullVideo', 40, 'en')).toBe('40%');
    expect(formatValue('watchedFullVideo', 3.25, 'en')).toBe('3.25%');
  });
});
