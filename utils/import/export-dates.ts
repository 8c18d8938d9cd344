// Studio's export writes days without a year, in the UI language: "August 18", "18 de agosto",
// "18. srpna", "8月18日", "18 августа", "18 tháng Tám". Month names come from Intl for every
// language Studio's web UI offers (nothing to keep up by hand), plus the word forms Intl does not
// print (Vietnamese word months, genitive Russian and Ukrainian months). Years come from the order
// of a file's rows (placeYears), never from one date alone.
import { addDays } from '../platform/days';
import { normalizeLabel } from '../reader/vocabulary';

/** The languages TikTok's web UI (and so Studio's Download data) can be set to. */
export const STUDIO_LANGUAGES = [
  'ar', 'bn', 'ceb', 'cs', 'de', 'el', 'en', 'es', 'fi', 'fil', 'fr', 'he', 'hi', 'hu', 'id', 'it', 'ja', 'jv', 'km', 'ko',
  'ms', 'my', 'nl', 'pl', 'pt', 'ro', 'ru', 'sv', 'th', 'tr', 'uk', 'ur', 'vi', 'zh', 'zh-TW',
] as const;

// Genitive month names ("28 апреля") in case an engine's Intl prints only the nominative.
const GENITIVE_MONTHS = [
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
];

// Vietnamese writes months as "tháng" + a number word (tháng Mười Một = the eleventh month);
// Intl prints "tháng 8". Giêng and Chạp are the traditional names of the first and last month.
const VI_MONTH_WORDS: Array<[string, number]> = [
  ['muoi mot', 11], ['muoi hai', 12], ['muoi', 10], ['mot', 1], ['gieng', 1], ['hai', 2], ['ba', 3], ['tu', 4], ['bon', 4],
  ['nam', 5], ['sau', 6], ['bay', 7], ['tam', 8], ['chin', 9], ['chap', 12],
];

/** Short forms that are not prefixes of a full name. */
const EXTRA_ABBREVIATIONS: Record<string, number> = { sept: 9, agt: 8, juil: 7, juill: 7 };

/** Words around a month that say nothing ("18 de agosto", "the 18th of August", "2025 г."). */
const FILLER = new Set(['de', 'del', 'of', 'the', 'le', 'г', 'года']);

// Bidi marks Intl and spreadsheets put around Arabic and Hebrew text.
const BIDI = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
// Zero of each decimal digit block Intl uses for these languages (Arabic, Persian, Devanagari, Bengali, Thai, Myanmar, Khmer).
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1040, 0x17e0];
const NATIVE_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\u1040-\u1049\u17e0-\u17e9]/g;

/** Digits of any script as ASCII, bidi marks dropped. */
function plainDigits(text: string): string {
  return text.replace(BIDI, '').replace(NATIVE_DIGIT, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

/** Lowercase, accents off (labels' folding), punctuation to spaces. */
export function foldText(text: string): string {
  return normalizeLabel(plainDigits(text)).replace(/[.,;/\-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const withoutFiller = (folded: string) => folded.split(' ').filter((w) => !FILLER.has(w)).join(' ');

let monthIndex: Map<string, number> | undefined;

/**
 * Folded month text → month (1–12): what Intl writes around the day in each language, long and
 * short, in a date and standing alone, and every prefix of three letters or more of one word that
 * means one month only. A text two languages use for different months is left out.
 */
function monthsByName(): Map<string, number> {
  if (monthIndex) return monthIndex;
  const names = new Map<string, number>();
  const conflicts = new Set<string>();
  const add = (text: string, month: number) => {
    for (const key of new Set([text, withoutFiller(text)])) {
      if (!key || /\d/.test(key)) continue;
      if (names.has(key) && names.get(key) !== month) conflicts.add(key);
      names.set(key, month);
    }
  };
  for (const lang of STUDIO_LANGUAGES) {
    const formats = (['long', 'short'] as const).flatMap((month) => [
      new Intl.DateTimeFormat(lang, { month, day: 'numeric', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' }),
    ]);
    for (let m = 0; m < 12; m++) {
      for (const format of formats) {
        // The text around the day: "de agosto", "באוגוסט", "ส ค".
        add(foldText(format.formatToParts(Date.UTC(2024, m, 18)).filter((p) => p.type !== 'day').map((p) => p.value).join('')), m + 1);
      }
    }
  }
  for (const list of GENITIVE_MONTHS) list.split(' ').forEach((name, i) => add(name, i + 1));
  const prefixes = new Map<string, Set<number>>();
  for (const [name, month] of names) {
    if (name.includes(' ')) continue;
    for (let n = 3; n < name.length; n++) prefixes.set(name.slice(0, n), (prefixes.get(name.slice(0, n)) ?? new Set()).add(month));
  }
  monthIndex = new Map(Object.entries(EXTRA_ABBREVIATIONS));
  for (const [prefix, months] of prefixes) if (months.size === 1 && !names.has(prefix)) monthIndex.set(prefix, [...months][0]);
  for (const [name, month] of names) if (!conflicts.has(name)) monthIndex.set(name, month);
  return monthIndex;
}

export interface MonthDay {
  month: number;
  day: number;
  /** Present only when the cell wrote one. */
  year?: number;
}

/** Reads one date cell; undefined when it is not a date this reader can be sure of. */
export function parseMonthDay(cell: string): MonthDay | undefined {
  const text = plainDigits(cell).trim();
  if (text.length > 60) return undefined;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(text);
  if (m) return valid({ year: +m[1], month: +m[2], day: +m[3] });
  // Day-first with dots, as Czech and Finnish write short dates: "8. 5.", "8.5.2021".
  m = /^(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}))?$/.exec(text);
  if (m) return valid({ ...(m[3] ? { year: +m[3] } : {}), month: +m[2], day: +m[1] });
  // Chinese, Japanese, Korean: 8月18日, 8월 18일, optionally after a year (2024年).
  m = /^(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?$/.exec(text);
  if (m) return valid({ ...(m[1] ? { year: +m[1] } : {}), month: +m[2], day: +m[3] });

  const folded = foldText(text);
  const vi = /^(?:ngay )?(?:(\d{1,2}) )?(?:thang|thg) (.+?)(?: (\d{1,2}))?(?: nam (\d{4}))?$/.exec(folded);
  if (vi) return vietnamese(vi);

  // Word months: one month text, one day number, maybe a four-digit year.
  let day: number | undefined;
  let year: number | undefined;
  const words: string[] = [];
  for (const token of folded.split(' ')) {
    if (/^\d{4}$/.test(token) && year === undefined) year = +token;
    else if (/^\d{1,2}(?:st|nd|rd|th|er|e)?$/.test(token) && day === undefined) day = parseInt(token, 10);
    else if (/\d/.test(token)) return undefined;
    else words.push(token);
  }
  const rest = words.join(' ');
  const month = monthsByName().get(rest) ?? monthsByName().get(withoutFiller(rest));
  if (month === undefined || day === undefined) return undefined;
  return valid({ ...(year !== undefined ? { year } : {}), month, day });
}

function vietnamese(vi: RegExpExecArray): MonthDay | undefined {
  const numbers = [vi[1], vi[3]].filter(Boolean);
  let rest = vi[2];
  let month: number | undefined;
  const digits = /^(\d{1,2})(?: (.*))?$/.exec(rest);
  if (digits) {
    month = +digits[1];
    rest = digits[2] ?? '';
  } else {
    const word = VI_MONTH_WORDS.find(([w]) => rest === w || rest.startsWith(`${w} `));
    if (word) {
      month = word[1];
      rest = rest.slice(word[0].length).trim();
    }
  }
  if (rest && /^\d{1,2}$/.test(rest)) numbers.push(rest);
  else if (rest) return undefined;
  if (month === undefined || numbers.length !== 1) return undefined;
  return valid({ ...(vi[4] ? { year: +vi[4] } : {}), month, day: +numbers[0] });
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(d: MonthDay): MonthDay | undefined {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > DAYS_IN_MONTH[d.month - 1]) return undefined;
  if (d.year !== undefined && (d.year < 2000 || d.year > 2999)) return undefined;
  return d;
}

const pad = (n: number) => String(n).padStart(2, '0');

const leap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const build = (year: number, d: MonthDay) => `${year}-${pad(d.month)}-${pad(d.day)}`;
const exists = (year: number, d: MonthDay) => d.month !== 2 || d.day !== 29 || leap(year);

/**
 * The latest calendar day a yearless date can mean on or before `last` (29 February falls back
 * to the last leap year). For dates that stand alone, like a video's posting day.
 */
export function resolveDay(d: MonthDay, last: string): string | undefined {
  if (d.year !== undefined) return exists(d.year, d) ? build(d.year, d) : undefined;
  let year = Number(last.slice(0, 4));
  if (build(year, d) > last) year -= 1;
  while (!exists(year, d)) year -= 1;
  return build(year, d);
}

/** What fixes the years of a file's rows. */
export interface YearAnchor {
  /** The window's first day with its year (a Studio zip name's `<date>`), when known. */
  firstDay?: string;
  /** No row is after this day: the import day. */
  lastDay: string;
  /** The export day a Studio name's `<number>` gives (with a day's slack for time zones), when known. */
  exportDay?: string;
}

/** The newest day a file's rows can hold: the export day, or the import day when that is earlier. */
export const newestPossibleDay = (anchor: YearAnchor) => (anchor.exportDay && anchor.exportDay < anchor.lastDay ? anchor.exportDay : anchor.lastDay);

const order = (d: MonthDay) => d.month * 32 + d.day;

/**
 * Years for a file's dates in row order. Studio writes one row per day (or 24 for follower
 * activity), oldest first, so every step back to a later month-day crosses New Year: counted
 * forward from the window's first day when the zip name gives it, else back from the newest
 * row, which lies on or before `lastDay`. Imported the day of the download or 300 days later,
 * a 365-day export lands on the same days. Undefined where a row cannot be placed (29 February
 * in a year without one). A file written newest first is read the same.
 */
export function placeYears(dates: MonthDay[], anchor: YearAnchor): Array<string | undefined> {
  if (!dates.length) return [];
  if (dates.some((d) => d.year !== undefined)) return dates.map((d) => resolveDay(d, newestPossibleDay(anchor)));
  let down = 0;
  let up = 0;
  for (let i = 1; i < dates.length; i++) {
    if (order(dates[i]) < order(dates[i - 1])) down++;
    else if (order(dates[i]) > order(dates[i - 1])) up++;
  }
  if (down > up) return placeYears([...dates].reverse(), anchor).reverse();

  const years = new Array<number>(dates.length);
  if (anchor.firstDay && anchor.firstDay <= anchor.lastDay) {
    const first = { month: Number(anchor.firstDay.slice(5, 7)), day: Number(anchor.firstDay.slice(8, 10)) };
    years[0] = Number(anchor.firstDay.slice(0, 4)) + (order(dates[0]) < order(first) ? 1 : 0);
    for (let i = 1; i < dates.length; i++) years[i] = years[i - 1] + (order(dates[i]) < order(dates[i - 1]) ? 1 : 0);
    const newest = build(years[years.length - 1], dates[dates.length - 1]);
    // A first day that would put rows after the import day is not this file's: count back instead.
    // (Rows after the name's export time, but not after the import day, are the caller's to tell.)
    if (newest <= anchor.lastDay) return dates.map((d, i) => (exists(years[i], d) ? build(years[i], d) : undefined));
  }
  const last = dates.length - 1;
  const lastDay = newestPossibleDay(anchor);
  let year = Number(lastDay.slice(0, 4));
  if (build(year, dates[last]) > lastDay) year -= 1;
  if (!exists(year, dates[last])) year = [year - 1, year - 2, year - 3].find((y) => exists(y, dates[last]))!;
  years[last] = year;
  for (let i = last - 1; i >= 0; i--) years[i] = years[i + 1] - (order(dates[i]) > order(dates[i + 1]) ? 1 : 0);
  return dates.map((d, i) => (exists(years[i], d) ? build(years[i], d) : undefined));
}

// Re-saved files write days as numbers: `09-09-24`, `13/09/2024`, `9.9.24`. Whether the first
// number is the day or the month no single cell says; the whole file usually does.
const NUMERIC_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;

export type NumericDateOrder = 'day-month-year' | 'month-day-year';
const NUMERIC_ORDERS: NumericDateOrder[] = ['day-month-year', 'month-day-year'];

/** A numeric date cell read in the given order; undefined when it is not one, or not a day in that order. */
export function parseNumericDate(cell: string, order: NumericDateOrder): MonthDay | undefined {
  const m = NUMERIC_DATE.exec(plainDigits(cell).trim());
  if (!m) return undefined;
  const [first, second] = [Number(m[1]), Number(m[2])];
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const d = order === 'day-month-year' ? { year, month: second, day: first } : { year, month: first, day: second };
  return valid(d) && exists(year, d) ? d : undefined;
}

const dayNumber = (d: MonthDay) => Date.UTC(d.year!, d.month - 1, d.day) / 86_400_000;

/**
 * The order a file's numeric dates are written in, from all of them (in row order): the one order
 * in which every cell is a day, and, when both are, the one in which the rows step a day at a time
 * as Studio's files do (24 rows a day for follower activity; newest first too). 'ambiguous' when
 * that does not settle it; undefined when no cell is a numeric date.
 */
export function numericDateOrder(cells: string[]): NumericDateOrder | 'ambiguous' | undefined {
  const numeric = cells.filter((c) => NUMERIC_DATE.test(plainDigits(c).trim()));
  if (!numeric.length) return undefined;
  const readable = NUMERIC_ORDERS.filter((order) => numeric.every((c) => parseNumericDate(c, order)));
  if (readable.length < 2) return readable[0] ?? 'ambiguous';
  const daily = readable.filter((order) => {
    const days = numeric.map((c) => dayNumber(parseNumericDate(c, order)!));
    const steps = days.slice(1).map((day, i) => day - days[i]);
    const ascending = steps.every((s) => s === 0 || s === 1);
    const descending = steps.every((s) => s === 0 || s === -1);
    return steps.some((s) => s !== 0) && (ascending || descending);
  });
  return daily.length === 1 ? daily[0] : 'ambiguous';
}

/** 2016-01-01 in Unix seconds: no TikTok video id is older. */
const FIRST_VIDEO_SECONDS = 1_451_606_400;
/** How many days after its upload a video can be posted (TikTok schedules posts up to 10 days ahead). */
const SCHEDULE_DAYS = 10;

/** A TikTok video id's creation day (UTC): its top 32 bits are Unix seconds. Undefined for ids that hold no plausible time. */
export function videoIdDay(videoId: string): string | undefined {
  if (!/^\d{15,25}$/.test(videoId)) return undefined;
  const seconds = Number(BigInt(videoId) >> 32n);
  if (seconds < FIRST_VIDEO_SECONDS) return undefined;
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/**
 * The day a yearless posting date means, placed by the video's own id: the year in which the shown
 * day falls from the day before the id's day (time zones) to SCHEDULE_DAYS after it, and not after
 * `last`. Undefined when the id holds no time or the shown day does not fit it (then the caller
 * falls back to resolveDay).
 */
export function placeByVideoId(d: MonthDay, videoId: string, last: string): string | undefined {
  const created = videoIdDay(videoId);
  if (d.year !== undefined || !created || created > addDays(last, 1)) return undefined;
  const year = Number(created.slice(0, 4));
  for (const y of [year - 1, year, year + 1]) {
    if (!exists(y, d)) continue;
    const day = build(y, d);
    if (day >= addDays(created, -1) && day <= addDays(created, SCHEDULE_DAYS) && day <= last) return day;
  }
  return undefined;
}
