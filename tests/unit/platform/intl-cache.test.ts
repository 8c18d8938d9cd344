import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat, pluralRules } from '@/utils/platform/intl-cache';

describe('Intl formatters made once', () => {
  it('hands back the same formatter for the same locale and options', () => {
    expect(numberFormat('en', { notation: 'compact' })).toBe(numberFormat('en', { notation: 'compact' }));
    expect(dateTimeFormat('ja', { month: 'short' })).toBe(dateTimeFormat('ja', { month: 'short' }));
    expect(pluralRules('fr')).toBe(pluralRules('fr'));
  });

  it('keeps locales, options and kinds apart', () => {
    expect(numberFormat('en', { notation: 'compact' }).format(12_345)).toBe('12K');
    expect(numberFormat('en').format(12_345)).toBe('12,345');
    expect(numberFormat('de').format(12_345)).toBe('12.345');
    expect(numberFormat(undefined)).not.toBe(numberFormat('de'));
    expect(dateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 6))).toBe('December');
    expect(dateTimeFormat('fr', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 6))).toBe('décembre');
    expect(pluralRules('en').select(1)).toBe('one');
    expect(pluralRules('ja').select(1)).toBe('other');
  });
});
