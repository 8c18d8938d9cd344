import { describe, expect, it } from 'vitest';
import { isMissing, parseCount, parseDuration, parseMoney, parsePercent } from '@/utils/reader/studio-numbers';

describe('parseCount', () => {
  it.each([
    ['514', undefined, 514, false],
    ['14,796', 'en', 14796, false],
    ['1.234.567', 'pt', 1234567, false],
    ['1.234.567', 'de', 1234567, false],
    ['1\u00a0234', 'fr', 1234, false],
    ['1\u202f234\u202f567', 'fr', 1234567, false],
    ['12\u200b345', 'en', 12345, false],
    ['2.2K', 'en', 2200, true],
    ['12K', 'en', 12000, true],
    ['5.5M', 'en', 5500000, true],
    ['1.1B', 'en', 1100000000, true],
    ['1,2\u00a0K', 'fr', 1200, true],
    ['1,2 M', 'es', 1200000, true],
    ['4.6万', 'ja', 46000, true],
    ['1.2億', 'ja', 120000000, true],
    ['3.4万', 'zh', 34000, true],
    ['1.5亿', 'zh', 150000000, true],
    ['1.2천', 'ko', 1200, true],
    ['3.4만', 'ko', 34000, true],
    ['12,5 mil', 'pt', 12500, true],
    ['5,5 mi', 'pt', 5500000, true],
    ['12,5 mil', 'es', 12500, true],
    ['1,2 Mio.', 'de', 1200000, true],
    ['3,4 Mrd.', 'de', 3400000000, true],
    ['2,5 Tsd.', 'de', 2500, true],
    ['12,5 tys.', 'pl', 12500, true],
    ['3.4萬', 'zh', 34000, true],
    ['12,5 rb', 'id', 12500, true],
    ['1,2 jt', 'id', 1200000, true],
    // Indonesian M is miliar, a thousand million (juta, jt, is the million).
    ['1,2 M', 'id', 1200000000, true],
    ['3 M', 'id-ID', 3000000000, true],
    ['12,5 N', 'vi', 12500, true],
    ['1,2 Tr', 'vi', 1200000, true],
    ['12,5 B', 'tr', 12500, true],
    ['1,2 Mn', 'tr', 1200000, true],
    ['１２３', 'ja', 123, false],
    ['1,204 (+12, +1%)', 'en', 1204, false],
    ['0 (-2, -100%)', 'en', 0, false],
    ['-2', 'en', -2, false],
    ['\u22123', 'en', -3, false],
  ])('%s (%s) = %d', (text, locale, value, rounded) => {
    expect(parseCount(text, locale)).toEqual({ value, rounded });
  });

  it.each(['--', '\u2011\u2011', '-', '-%', '', 'Processing', 'en cours de traitement', 'Views', 'K', '1,2,3.4.5', '1 Std. 2 Min.', '1 分 5 秒', '2 phút 3 giây', '5 May 2025'])(
    'shows no number in %j',
    (text) => {
      expect(parseCount(text)).toBeUndefined();
    },
  );
});

describe('parsePercent', () => {
  it.each([
    ['89.5%', 89.5],
    ['12,5%', 12.5],
    ['12,5\u00a0%', 12.5],
    ['%12,5', 12.5],
    ['<1%', 0.5],
    ['< 1 %', 0.5],
    // Half the bound, as the snapshot contract says: Studio also shows "<0.1%".
    ['<0.1%', 0.05],
    ['<0,1 %', 0.05],
    ['100%', 100],
    ['-11.3%', -11.3],
  ])('%s = %d', (text, value) => {
    expect(parsePercent(text)).toBe(value);
  });
  it.each(['-%', '--', '89.5', 'abc%'])('no percent in %j', (text) => {
    expect(parsePercent(text)).toBeUndefined();
  });
});

describe('parseDuration', () => {
  it.each([
    ['1h:8m:13s', 4093],
    ['0h:00m:00s', 0],
    ['16h:26m:21s', 59181],
    ['2.12s', 2.12],
    ['0s', 0],
    ['41秒', 41],
    ['1分5秒', 65],
    ['1時間2分3秒', 3723],
    ['1:24', 84],
    ['01:02:03', 3723],
    ['1 Std. 2 Min.', 3720],
    ['3,5 s', 3.5],
    ['1시간 2분 3초', 3723],
    ['2 phút 3 giây', 123],
    ['4 mnt 5 dtk', 245],
    ['1 j 2 mnt 3 dtk', 3723],
    ['1小時2分鐘', 3720],
    ['1 sa 2 dk 3 sn', 3723],
    ['2 min 5 s', 125],
  ])('%s = %d s', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });
  it.each(['--', '12 apples', 'Average watch time', '5'])('no duration in %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('parseMoney', () => {
  it.each([
    ['$0.5', 0.5, 'USD'],
    ['$1,234.56', 1234.56, 'USD'],
    ['£12', 12, 'GBP'],
    ['1.234,56\u00a0€', 1234.56, 'EUR'],
    ['R$ 12,40', 12.4, 'BRL'],
    ['₫12.000', 12000, 'VND'],
  ])('%s', (text, value, currency) => {
    expect(parseMoney(text)).toEqual({ value, currency });
  });
  it('is absent for --', () => expect(parseMoney('--')).toBeUndefined());
});

describe('isMissing', () => {
  it.each(['--', '\u2011\u2011', '-', '-%', '—'])('%j is missing', (t) => expect(isMissing(t)).toBe(true));
  it.each(['0', '0%'])('%j is a value', (t) => expect(isMissing(t)).toBe(false));
});
