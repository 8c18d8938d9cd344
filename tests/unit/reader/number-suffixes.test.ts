// Every abbreviation the number parser knows, each with its value written out by hand (Studio's
// compact numbers in the languages that print them; CLDR's short decimal formats). A suffix
// dropped from the table or from the pattern, or given another power of ten, fails its own line.
import { describe, expect, it } from 'vitest';
import { parseCount } from '@/utils/reader/studio-numbers';

describe('each abbreviation of the number parser, by hand', () => {
  it.each([
    // English: thousand, million, billion, in either case where Studio prints it so.
    ['3k', 'en', 3_000],
    ['2b', 'en', 2_000_000_000],
    ['2B', 'en', 2_000_000_000],
    ['7M', 'en', 7_000_000],
    // Portuguese and Spanish: mil = thousand, mi = million.
    ['1,5 Mil', 'pt', 1_500],
    ['4 mi', 'pt', 4_000_000],
    // Italian, Polish: mln = million; Polish tys = thousand.
    ['2,5 mln', 'pl', 2_500_000],
    ['2,5 Mln', 'it', 2_500_000],
    ['7 tys', 'pl', 7_000],
    // German: Tsd. thousand, Mio. million, Mrd. billion (with or without the point).
    ['4 Tsd', 'de', 4_000],
    ['1,2 Mio', 'de', 1_200_000],
    ['3 Mrd', 'de', 3_000_000_000],
    // French: Md / Mds = milliard.
    ['1,5 Md', 'fr', 1_500_000_000],
    ['2 Mds', 'fr', 2_000_000_000],
    // Russian: тыс. thousand, млн million.
    ['12,5 тыс.', 'ru', 12_500],
    ['1,2 млн', 'ru', 1_200_000],
    // Indonesian: rb (ribu) thousand, jt (juta) million, capitalised too.
    ['12,5 Rb', 'id', 12_500],
    ['1,2 Jt', 'id', 1_200_000],
    // Vietnamese: N (nghìn) thousand, Tr (triệu) million, Tỷ billion.
    ['1,2 tr', 'vi', 1_200_000],
    ['1,2 Tỷ', 'vi', 1_200_000_000],
    ['3 tỷ', 'vi', 3_000_000_000],
    // Turkish: Mn million, Mr / Myr (milyar) billion.
    ['1,2 Mr', 'tr', 1_200_000_000],
    ['4 Myr', 'tr', 4_000_000_000],
    // Malay: B is bilion; M the million as in English.
    ['2 B', 'ms', 2_000_000_000],
    // Chinese and Japanese: 千 thousand, 万/萬 ten thousand, 億/亿 a hundred million.
    ['3千', 'zh', 3_000],
    ['2万', 'zh', 20_000],
    ['2萬', 'zh-Hant', 20_000],
    ['2億', 'ja', 200_000_000],
    ['2亿', 'zh', 200_000_000],
    // Korean: 천 thousand, 만 ten thousand, 억 a hundred million.
    ['5천', 'ko', 5_000],
    ['5만', 'ko', 50_000],
    ['1.2억', 'ko', 120_000_000],
  ])('%s (%s) = %d', (text, locale, value) => {
    expect(parseCount(text, locale)).toEqual({ value, rounded: true });
  });

  it('reads Turkish B as bin (thousand) and Indonesian M as miliar only in those languages', () => {
    expect(parseCount('12 B', 'tr-TR')?.value).toBe(12_000);
    expect(parseCount('12 B', 'id')?.value).toBe(12_000_000_000);
    expect(parseCount('12 M', 'tr')?.value).toBe(12_000_000);
    expect(parseCount('12 M', 'id-ID')?.value).toBe(12_000_000_000);
    expect(parseCount('12 M')?.value).toBe(12_000_000);
  });
});
