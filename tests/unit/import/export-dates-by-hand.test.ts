// Export dates read from month names written by hand (issue 37): the reader builds its month names
// with Intl, so dates written with the same Intl cannot catch Intl (or the reader) going wrong.
// Each table is written out from the Unicode CLDR's Gregorian month names (format context, wide:
// the form a date prints, genitive where the language has one), as TikTok Studio's exports print
// them. Languages whose real exports docs/studio-export-contract.md describes come first (English
// "August 18", Vietnamese "18 tháng Tám", Russian "28 апреля", Spanish "8 de marzo",
// Japanese and Chinese "8月18日", Swedish business files); the rest are common UI languages.
import { describe, expect, it } from 'vitest';
import { parseMonthDay } from '@/utils/import/export-dates';

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const arabic = (n: number) => [...String(n)].map((d) => ARABIC_DIGITS[Number(d)]).join('');

/** Language → the twelve month names, January first, and how a day and month are written. */
const BY_HAND: Record<string, { months: string; write: (day: number, month: string) => string }> = {
  en: { months: 'January February March April May June July August September October November December', write: (d, m) => `${m} ${d}` },
  vi: { months: 'Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Mười Một|Mười Hai', write: (d, m) => `${d} tháng ${m}` },
  ru: { months: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря', write: (d, m) => `${d} ${m}` },
  es: { months: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre', write: (d, m) => `${d} de ${m}` },
  ja: { months: '1 2 3 4 5 6 7 8 9 10 11 12', write: (d, m) => `${m}月${d}日` },
  zh: { months: '1 2 3 4 5 6 7 8 9 10 11 12', write: (d, m) => `${m}月${d}日` },
  sv: { months: 'januari februari mars april maj juni juli augusti september oktober november december', write: (d, m) => `${d} ${m}` },
  pt: { months: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro', write: (d, m) => `${d} de ${m}` },
  fr: { months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre', write: (d, m) => `${d} ${m}` },
  de: { months: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember', write: (d, m) => `${d}. ${m}` },
  it: { months: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre', write: (d, m) => `${d} ${m}` },
  nl: { months: 'januari februari maart april mei juni juli augustus september oktober november december', write: (d, m) => `${d} ${m}` },
  uk: { months: 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня', write: (d, m) => `${d} ${m}` },
  pl: { months: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia', write: (d, m) => `${d} ${m}` },
  cs: { months: 'ledna února března dubna května června července srpna září října listopadu prosince', write: (d, m) => `${d}. ${m}` },
  tr: { months: 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık', write: (d, m) => `${d} ${m}` },
  id: { months: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember', write: (d, m) => `${d} ${m}` },
  ro: { months: 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie', write: (d, m) => `${d} ${m}` },
  hu: { months: 'január február március április május június július augusztus szeptember október november december', write: (d, m) => `${m} ${d}.` },
  fi: { months: 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta', write: (d, m) => `${d}. ${m}` },
  el: { months: 'Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου', write: (d, m) => `${d} ${m}` },
  ko: { months: '1 2 3 4 5 6 7 8 9 10 11 12', write: (d, m) => `${m}월 ${d}일` },
  ar: { months: 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر', write: (d, m) => `${arabic(d)} ${m}` },
};

const DAYS = [1, 9, 18, 28];

describe('export dates in month names written by hand', () => {
  it.each(Object.keys(BY_HAND))('%s: every month, early, middle and late days', (lang) => {
    const { months, write } = BY_HAND[lang];
    const names = months.includes('|') ? months.split('|') : months.split(' ');
    expect(names).toHaveLength(12);
    names.forEach((name, i) => {
      for (const day of DAYS) expect(parseMonthDay(write(day, name)), `${lang} ${write(day, name)}`).toEqual({ month: i + 1, day });
    });
  });

  it('a real export\'s own lines, as the contract quotes them', () => {
    expect(parseMonthDay('August 18')).toEqual({ month: 8, day: 18 });
    expect(parseMonthDay('18 tháng Tám')).toEqual({ month: 8, day: 18 });
    expect(parseMonthDay('28 апреля')).toEqual({ month: 4, day: 28 });
    expect(parseMonthDay('8 de marzo')).toEqual({ month: 3, day: 8 });
    expect(parseMonthDay('8月18日')).toEqual({ month: 8, day: 18 });
  });
});
