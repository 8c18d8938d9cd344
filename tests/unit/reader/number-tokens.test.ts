// The number parser's token tests (what a text on Studio's page is: a value, a change beside one,
// a date) and its separators' edges, each case written by hand from how Studio prints them.
import { describe, expect, it } from 'vitest';
import { cleanText, isChangeToken, isDateToken, isValueToken, parseCount, parseCountToken, parseDuration, parseMoney } from '@/utils/reader/studio-numbers';

describe('parseCountToken', () => {
  it.each([
    ['1,204', 1_204, false, false],
    ['0 (-2, -100%)', 0, false, false],
  ])('%j is a count (%d, rounded %s, signed %s)', (text, value, rounded, signed) => {
    expect(parseCountToken(text)).toEqual({ value, rounded, signed });
  });

  it.each(['3-ingredient bagels', 'Top 10'])('%j is not a count alone', (text) => {
    expect(parseCountToken(text)).toBeUndefined();
  });
});

describe('isValueToken', () => {
  it.each(['1,204', '89.5%', '1:24', '$0.5', '--', '12K'])('%j is a value', (text) => expect(isValueToken(text)).toBe(true));
  it.each(['+12', 'Views'])('%j is not a value', (text) => expect(isValueToken(text)).toBe(false));
});

describe('isChangeToken', () => {
  it.each(['+1.2K', '(-5, -29.4%)', '( +5, +2%)'])('%j is a change', (text) => expect(isChangeToken(text)).toBe(true));
  it.each(['12', 'x +3'])('%j is not a change', (text) => expect(isChangeToken(text)).toBe(false));
});

describe('isDateToken', () => {
  it.each(['05/08/2025', '2025/5/8に投稿', 'May 8, 2025', 'Aug 4, 2025, 8:09 AM', 'Sept. 8'])('%j is a date', (text) => expect(isDateToken(text)).toBe(true));
  it.each(['1,204'])('%j is not a date', (text) => expect(isDateToken(text)).toBe(false));
});

describe('separators, by hand', () => {
  it.each([
    ['12,5', 12.5],
    ['1.234,5', 1_234.5],
  ])('%j = %d', (text, value) => expect(parseCount(text)?.value).toBe(value));

  it.each(['1,234,5'])('%j is no number', (text) => expect(parseCount(text)).toBeUndefined());

  it('reads a decimal before an abbreviation whatever the separator, grouping included', () => {
    expect(parseCount('1.234,5K')?.value).toBe(1_234_500);
    expect(parseCount('1 234K')?.value).toBe(1_234_000);
  });

  it('refuses a count over a trillion', () => {
    expect(parseCount('1000B')).toEqual({ value: 1e12, rounded: true });
    expect(parseCount('1001B')).toBeUndefined();
  });

  it('folds look-alike characters and spacing, and leaves clean text as it is', () => {
    expect(cleanText('\u00a012\u2009345\u200b ')).toBe('12 345');
    expect(cleanText('１２－３')).toBe('12-3');
    expect(cleanText('a\tb')).toBe('a b');
    expect(cleanText('a  b')).toBe('a b');
    expect(cleanText('plain text')).toBe('plain text');
  });
});

describe('percent, duration and money edges, by hand', () => {
  it('reads clocks of minutes and of hours, and refuses unknown units or leftovers', () => {
    expect(parseDuration('10:05')).toBe(605);
    expect(parseDuration('1:00:01')).toBe(3_601);
    expect(parseDuration('2 fortnights')).toBeUndefined();
    expect(parseDuration('5s later')).toBeUndefined();
    expect(parseDuration('1,5 min')).toBe(90);
  });

  it('reads currencies by symbol before or after, or by ISO code', () => {
    expect(parseMoney('12,40 €')).toEqual({ value: 12.4, currency: 'EUR' });
    expect(parseMoney('USD 3.50')).toEqual({ value: 3.5, currency: 'USD' });
    expect(parseMoney('3.50 EUR')).toEqual({ value: 3.5, currency: 'EUR' });
    expect(parseMoney('¥1,234')).toEqual({ value: 1_234, currency: 'JPY' });
    expect(parseMoney('1 234 ₩')).toEqual({ value: 1_234, currency: 'KRW' });
    expect(parseMoney('1.234.567,89 TL')).toEqual({ value: 1_234_567.89, currency: 'TRY' });
    expect(parseMoney('Rp 12.500')).toEqual({ value: 12_500, currency: 'IDR' });
    expect(parseMoney('12')).toEqual({ value: 12 });
    expect(parseMoney('$abc')).toBeUndefined();
  });

  it('reads three digits after the one separator of its kind as decimals only beside another separator', () => {
    expect(parseMoney('$1,234')).toEqual({ value: 1_234, currency: 'USD' });
    expect(parseMoney('$1,234.567')).toEqual({ value: 1_234.567, currency: 'USD' });
    expect(parseMoney('₫1.234.567')).toEqual({ value: 1_234_567, currency: 'VND' });
    // A symbol found, a code after it is no part of the amount.
    expect(parseMoney('€12 USD')).toBeUndefined();
  });
});
