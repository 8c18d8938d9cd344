// Studio's export writes days without a year, in the UI language: "August 18", "18 de agosto",
// "18. August", "8月18日", "8월 18일", "18 tháng Tám". Months for every language the page reader
// knows (utils/studio/labels.ts) plus Vietnamese words; the year follows from the import day.
import { normalizeLabel } from '../reader/vocabulary';

/** Full month names, January first, per UI language. Abbreviations are their unambiguous prefixes. */
const MONTHS: Record<string, string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['januar|jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  id: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
};
/** Short forms that are not prefixes of a full name. */
const EXTRA_ABBREVIATIONS: Record<string, number> = { sept: 9, agt: 8, juil: 7, juill: 7 };

// Vietnamese writes months as "tháng" + a number word (tháng Mười Một = the eleventh month).
// Giêng and Chạp are the traditional names of the first and last month.
const VI_MONTH_WORDS: Array<[string, number]> = [
  ['muoi mot', 11], ['muoi hai', 12], ['muoi', 10], ['mot', 1], ['gieng', 1], ['hai', 2], ['ba', 3], ['tu', 4], ['bon', 4],
  ['nam', 5], ['sau', 6], ['bay', 7], ['tam', 8], ['chin', 9], ['chap', 12],
];

/** Lowercase, accents off (labels.ts's folding), punctuation to spaces. */
export function foldText(text: string): string {
  return normalizeLabel(text).replace(/[.,;/\-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

let monthIndex: Map<string, number> | undefined;

/** Every full name and every prefix of at least three letters that means one month only. */
function monthsByName(): Map<string, number> {
  if (monthIndex) return monthIndex;
  const candidates = new Map<string, Set<number>>();
  const add = (word: string, month: number) => candidates.set(word, (candidates.get(word) ?? new Set()).add(month));
  const full = new Map<string, number>();
  for (const names of Object.values(MONTHS)) {
    names.forEach((alternatives, i) => {
      for (const name of alternatives.split('|')) {
        const folded = foldText(name);
        full.set(folded, i + 1);
        for (let n = 3; n < folded.length; n++) add(folded.slice(0, n), i + 1);
      }
    });
  }
  monthIndex = new Map(Object.entries(EXTRA_ABBREVIATIONS));
  for (const [prefix, months] of candidates) if (months.size === 1) monthIndex.set(prefix, [...months][0]);
  for (const [name, month] of full) monthIndex.set(name, month);
  return monthIndex;
}

export interface MonthDay {
  month: number;
  day: number;
  /** Present only when the cell wrote one. */
  year?: number;
}

const FILLER = new Set(['de', 'del', 'of', 'the', 'le']);

/** Reads one date cell; undefined when it is not a date this reader can be sure of. */
export function parseMonthDay(cell: string): MonthDay | undefined {
  const text = cell.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(text);
  if (m) return valid({ year: +m[1], month: +m[2], day: +m[3] });
  // Chinese, Japanese, Korean: 8月18日, 8월 18일, optionally after a year (2024年).
  m = /^(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?$/.exec(text);
  if (m) return valid({ ...(m[1] ? { year: +m[1] } : {}), month: +m[2], day: +m[3] });

  const folded = foldText(text);
  const vi = /^(?:ngay )?(?:(\d{1,2}) )?(?:thang|thg) (.+?)(?: (\d{1,2}))?(?: nam (\d{4}))?$/.exec(folded);
  if (vi) {
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

  // Word months: one month name, one day number, maybe a four-digit year, filler words.
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  for (const token of folded.split(' ')) {
    if (FILLER.has(token)) continue;
    if (/^\d{4}$/.test(token) && year === undefined) year = +token;
    else if (/^\d{1,2}(?:st|nd|rd|th|er|e)?$/.test(token) && day === undefined) day = parseInt(token, 10);
    else if (month === undefined && monthsByName().has(token)) month = monthsByName().get(token);
    else return undefined;
  }
  if (month === undefined || day === undefined) return undefined;
  return valid({ ...(year !== undefined ? { year } : {}), month, day });
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(d: MonthDay): MonthDay | undefined {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > DAYS_IN_MONTH[d.month - 1]) return undefined;
  if (d.year !== undefined && (d.year < 2000 || d.year > 2999)) return undefined;
  return d;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local calendar day as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The calendar day a yearless date means: this year's, unless that is after the import day,
 * then last year's. 29 February of a year without one falls back to the last leap year.
 */
export function resolveDay(d: MonthDay, today: string): string | undefined {
  const build = (year: number) => `${year}-${pad(d.month)}-${pad(d.day)}`;
  const exists = (year: number) => d.month !== 2 || d.day !== 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  if (d.year !== undefined) return exists(d.year) ? build(d.year) : undefined;
  let year = Number(today.slice(0, 4));
  if (build(year) > today) year -= 1;
  while (!exists(year)) year -= 1;
  return build(year);
}
