// Reads numbers the way TikTok Studio prints them, in any UI language. Pure functions:
// text in, number (or undefined when the text shows no trustworthy number) out.
import { MAX_PLAUSIBLE } from './snapshot';

export interface ParsedNumber {
  value: number;
  /** The page showed an abbreviation (12K, 4.6万): the true value is near, not equal. */
  rounded: boolean;
}

const NEEDS_CLEANING = /[\u200b-\u200d\u2060\ufeff\u00a0\u2007\u2009\u202f\u3000\u2010-\u2015\u2212\ufe63\uff0d\uff10-\uff19]|\s\s|[^\S ]|^ | $/;

/** Folds the invisible and look-alike characters Studio sprinkles into numbers. */
export function cleanText(text: string): string {
  // Most page text is already clean: skip five replacements (and their garbage) for it.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2007\u2009\u202f\u3000]/g, ' ')
    .replace(/[\u2010-\u2015\u2212\ufe63\uff0d]/g, '-')
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, ' ')
    .trim();
}

// '-' alone, '--', '-%' and the like: Studio's "no data".
const MISSING = /^(?:-+%?|—|–|n\/a|n\.a\.)$/i;

export function isMissing(text: string): boolean {
  return MISSING.test(cleanText(text));
}

// Multipliers by suffix, matched case-sensitively first, then lowercased. Locale-dependent
// ones (Turkish B = bin = thousand) are resolved in suffixValue().
const SUFFIXES: Record<string, number> = {
  K: 1e3, k: 1e3, M: 1e6, B: 1e9, b: 1e9,
  mil: 1e3, Mil: 1e3, mi: 1e6, mln: 1e6, Mln: 1e6,
  Tsd: 1e3, 'Tsd.': 1e3, Mio: 1e6, 'Mio.': 1e6, Mrd: 1e9, 'Mrd.': 1e9, Md: 1e9, Mds: 1e9,
  'tys.': 1e3, tys: 1e3, 'тыс.': 1e3, 'млн': 1e6,
  rb: 1e3, Rb: 1e3, jt: 1e6, Jt: 1e6,
  N: 1e3, n: 1e3, Tr: 1e6, tr: 1e6, 'Tỷ': 1e9, 'tỷ': 1e9,
  Mn: 1e6, Mr: 1e9, Myr: 1e9,
  万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 千: 1e3,
  천: 1e3, 만: 1e4, 억: 1e8,
};

function suffixValue(suffix: string, locale?: string): number | undefined {
  const lang = locale?.slice(0, 2);
  if (lang === 'tr' && suffix === 'B') return 1e3;
  if (lang === 'id' && suffix === 'M') return 1e9;
  return SUFFIXES[suffix];
}

const NUMBER_BODY = String.raw`\d{1,3}(?:[., ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const SUFFIX_PATTERN = String.raw`(?:Tsd\.?|Mio\.?|Mrd\.?|Mds|Mln|mln|Myr|mil|Mil|tys\.?|тыс\.|млн|Tỷ|tỷ|Md|Mn|Mr|rb|Rb|jt|Jt|Tr|tr|mi|[KkMBbN万萬億亿千천만억])`;
// Not followed by more of the number, an unknown abbreviation (`2 Std.`) or a word and another
// number (`1 分 5 秒`, `5 May 2025`): those are durations and dates, never counts.
const COUNT = new RegExp(String.raw`^([+-])?\s*(${NUMBER_BODY})\s*(${SUFFIX_PATTERN})?(?![\p{L}\d:/]|[.,]\d|\s*\p{L}+\.|\s*\p{L}+\s*\d)`, 'u');

/**
 * Reads a count such as `14,796`, `1.234.567`, `1 234`, `12K`, `1,2 K`, `4.6万`, `5,5 mi`.
 * Only the leading number counts: `1,204 (+12, +1%)` is 1204. Returns the sign separately via
 * the value, so callers decide whether a signed number (a delta) is acceptable.
 */
export function parseCount(text: string, locale?: string): ParsedNumber | undefined {
  const clean = cleanText(text);
  if (!clean || MISSING.test(clean)) return undefined;
  const match = COUNT.exec(clean);
  if (!match) return undefined;
  const [, sign, body, suffix] = match;
  const multiplier = suffix ? suffixValue(suffix, locale) : 1;
  if (multiplier === undefined) return undefined;
  const n = suffix ? readDecimal(body) : readInteger(body);
  if (n === undefined) return undefined;
  const value = roundTo(n * multiplier, suffix ? 0 : 6) * (sign === '-' ? -1 : 1);
  return Number.isFinite(value) && Math.abs(value) <= MAX_PLAUSIBLE ? { value, rounded: Boolean(suffix) } : undefined;
}

export interface CountToken extends ParsedNumber {
  /** Printed with a sign: a change, not a value (except for signed metrics). */
  signed: boolean;
}

/**
 * A text that is a count and nothing else, optionally followed by its change in brackets
 * (`1,204`, `12K`, `0 (-2, -100%)`). `3-ingredient bagels`, `9+`, `Top 10` and `05/08` are not.
 */
export function parseCountToken(text: string, locale?: string): CountToken | undefined {
  const clean = cleanText(text);
  const match = COUNT.exec(clean);
  if (!match) return undefined;
  const rest = clean.slice(match[0].length).trim();
  if (rest && !/^\([^()]*\)$/.test(rest)) return undefined;
  const parsed = parseCount(match[0], locale);
  return parsed && { ...parsed, signed: Boolean(match[1]) };
}

/** A value slot: a count, percent, duration or amount standing alone, or Studio's "no data" (`--`). */
export function isValueToken(text: string): boolean {
  if (isMissing(text)) return true;
  if (/^[+-]/.test(text)) return false;
  return (
    parseCountToken(text) !== undefined ||
    parsePercent(text) !== undefined ||
    parseDuration(text) !== undefined ||
    parseMoney(text) !== undefined
  );
}

/** A change printed beside a value: `+1.2K`, `-3`, `+11.3%`, `(-5, -29.4%)`, `-$1.10`. */
export function isChangeToken(text: string): boolean {
  return /^[+-]\s*[\d$€£¥₩₫%]|^\(\s*[+-]/.test(cleanText(text)) && !isMissing(text);
}

/** A calendar date standing alone or after a word (`05/08/2025`, `2025/5/8に投稿`, `May 8, 2025`, `Aug 4, 2025, 8:09 AM`). */
export function isDateToken(text: string): boolean {
  const clean = cleanText(text);
  return (
    /(?:^|\s)\d{1,4}[/.\-年]\s?\d{1,2}[/.\-月]\s?\d{1,4}(?:日|\.)?(?=$|\s|[^\d])/.test(clean) ||
    /\b[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?(?:, \d{1,2}:\d{2}(?: [AP]M)?)?$/.test(clean)
  );
}

/** `1.2` / `1,2` before an abbreviation: the separator is always a decimal point. */
function readDecimal(body: string): number | undefined {
  const compact = body.replace(/ /g, '');
  const lastSep = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  if (lastSep === -1) return Number(compact);
  const whole = compact.slice(0, lastSep).replace(/[.,]/g, '');
  return Number(`${whole}.${compact.slice(lastSep + 1)}`);
}

/**
 * Without an abbreviation a count is whole: a separator followed by exactly three digits
 * groups thousands (1,234 / 1.234 / 1 234); anything else is a decimal (12,5).
 */
function readInteger(body: string): number | undefined {
  const seps = body.match(/[., ]/g) ?? [];
  if (!seps.length) return Number(body);
  const groups = body.split(/[., ]/);
  // 1,234 is one thousand two hundred thirty-four in every Studio locale: counts are whole.
  if (new Set(seps).size === 1 && groups.slice(1).every((g) => g.length === 3)) return Number(groups.join(''));
  // Otherwise the last separator is a decimal mark (1.234,5 / 12,5), used once, never a space.
  const last = seps[seps.length - 1];
  if (last === ' ' || seps.slice(0, -1).includes(last)) return undefined;
  return Number(`${groups.slice(0, -1).join('')}.${groups[groups.length - 1]}`);
}

function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

// The whole text is the percent: `12.5% of viewers` is a sentence, not a value.
const PERCENT = new RegExp(String.raw`^(<\s*)?(?:%\s*)?([+-])?\s*(\d+(?:[.,]\d+)?)\s*%?$`);

/** Reads `89.5%`, `12,5 %`, `%12,5` (Turkish), and `<x%` as half its bound (the contract's rule: `<1%` 0.5, `<0.1%` 0.05). */
export function parsePercent(text: string): number | undefined {
  const clean = cleanText(text);
  if (!clean.includes('%') || MISSING.test(clean)) return undefined;
  const match = PERCENT.exec(clean);
  if (!match) return undefined;
  const [, lessThan, sign, digits] = match;
  const value = Number(digits.replace(',', '.')) * (sign === '-' ? -1 : 1);
  if (!Number.isFinite(value)) return undefined;
  return lessThan ? (sign ? undefined : value / 2) : value;
}

// Units of a spelled-out duration, by language: hours, minutes, seconds.
const HOUR_UNITS = ['h', 'hr', 'hrs', 'hour', 'hours', 'std', 'std.', 'stunde', 'stunden', 'heure', 'heures', 'hora', 'horas', '時間', '小时', '小時', '시간', 'giờ', 'j', 'jam', 'sa', 'saat', 'sa.'];
const MINUTE_UNITS = ['m', 'min', 'min.', 'mins', 'minute', 'minutes', 'minuten', 'minuto', 'minutos', '分', '分钟', '分鐘', '분', 'phút', 'mnt', 'menit', 'dk', 'dk.', 'dakika'];
const SECOND_UNITS = ['s', 'sec', 'secs', 'second', 'seconds', 'sek', 'sek.', 'sekunden', 'seconde', 'secondes', 'seg', 'seg.', 'segundo', 'segundos', '秒', '秒钟', '秒鐘', '초', 'giây', 'dtk', 'detik', 'sn', 'sn.', 'saniye'];
const UNIT_SECONDS = new Map<string, number>([
  ...HOUR_UNITS.map((u) => [u, 3600] as const),
  ...MINUTE_UNITS.map((u) => [u, 60] as const),
  ...SECOND_UNITS.map((u) => [u, 1] as const),
]);
const DURATION_PART = /(\d+(?:[.,]\d+)?)\s*([^\d\s:.,]+\.?)\s*:?/gu;

/** Reads `1h:8m:13s`, `2.12s`, `41秒`, `1分5秒`, `1:24`, `01:02:03`, `1 Std. 2 Min.` as seconds. */
export function parseDuration(text: string): number | undefined {
  const clean = cleanText(text).toLowerCase();
  if (!clean || MISSING.test(clean)) return undefined;
  const clock = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(clean);
  if (clock) {
    const [, a, b, c] = clock;
    return c === undefined ? Number(a) * 60 + Number(b) : Number(a) * 3600 + Number(b) * 60 + Number(c);
  }
  let total = 0;
  let consumed = '';
  for (const [part, amount, unit] of clean.matchAll(DURATION_PART)) {
    const seconds = UNIT_SECONDS.get(unit);
    if (seconds === undefined) return undefined;
    total += Number(amount.replace(',', '.')) * seconds;
    consumed += part;
  }
  if (!consumed || consumed.replace(/\s/g, '') !== clean.replace(/\s/g, '')) return undefined;
  return roundTo(total, 2);
}

const CURRENCY_SYMBOLS: Array<[string, string]> = [
  ['R$', 'BRL'], ['US$', 'USD'], ['Rp', 'IDR'], ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'],
  ['₫', 'VND'], ['¥', 'JPY'], ['￥', 'JPY'], ['₩', 'KRW'], ['₺', 'TRY'], ['TL', 'TRY'],
];

/** Reads a money amount such as `$0.5`, `1.234,56 €`, `R$ 12,40`: value and ISO currency. */
export function parseMoney(text: string): { value: number; currency?: string } | undefined {
  const clean = cleanText(text);
  if (!clean || MISSING.test(clean)) return undefined;
  let currency: string | undefined;
  let rest = clean;
  for (const [symbol, code] of CURRENCY_SYMBOLS) {
    if (rest.startsWith(symbol) || rest.endsWith(symbol)) {
      currency = code;
      rest = rest.startsWith(symbol) ? rest.slice(symbol.length) : rest.slice(0, -symbol.length);
      break;
    }
  }
  const iso = /^([A-Z]{3})\s|\s([A-Z]{3})$/.exec(rest);
  if (!currency && iso) {
    currency = iso[1] ?? iso[2];
    rest = rest.replace(iso[0], '');
  }
  rest = rest.trim();
  if (!/^\d[\d., ]*$/.test(rest)) return undefined;
  const groups = rest.split(/[., ]/);
  const seps = rest.match(/[., ]/g) ?? [];
  let value: number;
  if (!seps.length) value = Number(rest);
  else {
    const last = seps[seps.length - 1];
    const tail = groups[groups.length - 1];
    // A single separator followed by 1-2 digits is a decimal mark in money ($0.5, 12,40 €).
    if (last !== ' ' && (tail.length !== 3 || seps.filter((s) => s === last).length === 1 && seps.length > 1)) {
      value = Number(`${groups.slice(0, -1).join('')}.${tail}`);
    } else {
      value = Number(groups.join(''));
    }
  }
  return Number.isFinite(value) ? { value, ...(currency ? { currency } : {}) } : undefined;
}
