// Numbers and dates, one way everywhere, in the language of the UI's text. A value is written as
// Studio wrote it: one Studio rounded is compact and marked "≈ 128.4K" (the whole number goes in
// a hover title), one it gave exactly stays exact ("14,796"), so the popup shows what the page
// showed. Dates are the locale's medium date ("Dec 6, 2026").
import { unitOf } from './metric-facts';
import { dateTimeFormat, listFormat, numberFormat } from '../platform/intl-cache';
import { uiLocale } from '../platform/ui-language';
import { DAY_MS } from '../platform/days';

/** When the previous capture was, as briefly as is unambiguous: "14:05", "Tue", "Nov 3", "Nov 3, 2025". */
export function sinceWhen(then: number, now: number, locale?: string): string {
  const a = new Date(then);
  const b = new Date(now);
  if (a.toDateString() === b.toDateString()) return dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(a);
  if (now - then < 6 * DAY_MS) return dateTimeFormat(locale, { weekday: 'short' }).format(a);
  const sameYear = a.getFullYear() === b.getFullYear();
  return dateTimeFormat(locale, { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) }).format(a);
}

/** From this size on, 12.3K style, as Studio writes its numbers. */
export const COMPACT_FROM = 10_000;

/** `compactFrom`: Infinity for the exact number. */
export function formatValue(metric: string, value: number, locale?: string, compactFrom = COMPACT_FROM): string {
  if (unitOf(metric) === 'seconds') return formatSeconds(value, locale);
  // A percent where the UI language puts it ("12.5%", "12,5 %", "%12,5"): values are in percent.
  const percent = unitOf(metric) === 'percent';
  return numberFormat(locale, {
    maximumFractionDigits: Math.abs(value) < 10 && !Number.isInteger(value) ? 2 : 1,
    ...(Math.abs(value) >= compactFrom ? { notation: 'compact' as const } : {}),
    ...(percent ? { style: 'percent' as const } : {}),
  }).format(percent ? value / 100 : value);
}

const unitAmount = (locale: string | undefined, unit: 'hour' | 'minute' | 'second', n: number, maximumFractionDigits = 0) =>
  numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits }).format(n);

/**
 * A duration as the UI language writes one: "12.4 sec", "2 min 5 sec", "3 hr 20 min" ("12,4 s",
 * "3 h 20 min" in Spanish). Under a minute to a tenth of a second (a hundredth under ten, as Studio
 * writes average watch times); from an hour on, hours and minutes.
 */
function formatSeconds(seconds: number, locale?: string): string {
  const s = Math.abs(seconds);
  // 59.96 s is written as a minute, never as "60 sec".
  if (Math.round(s * 10) < 600) return unitAmount(locale, 'second', s, s < 10 ? 2 : 1);
  const whole = Math.round(s);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const parts = h ? [unitAmount(locale, 'hour', h), unitAmount(locale, 'minute', m)] : [unitAmount(locale, 'minute', m), unitAmount(locale, 'second', whole % 60)];
  return listFormat(locale, { type: 'unit', style: 'narrow' }).format(parts);
}

/** A metric's value for the page: "14,796", or "≈ 128.4K" for a value Studio rounded. */
export const fmt = (metric: string, value: number | undefined, rounded = false): string =>
  value === undefined ? '—' : `${rounded ? '≈ ' : ''}${formatValue(metric, value, uiLocale(), rounded ? COMPACT_FROM : Infinity)}`;

/** The whole value, for a hover title ("≈ 128,400"). */
export const fmtExact = (metric: string, value: number | undefined, rounded = false): string =>
  value === undefined ? '' : `${rounded ? '≈ ' : ''}${formatValue(metric, value, uiLocale(), Infinity)}`;

/** A plain count in running text: "3,276", "104,270". */
export const fmtCount = (n: number): string => numberFormat(uiLocale()).format(n);

/** Any number in running text, one decimal at most: "2.5". */
export const fmtNumber = (n: number): string => numberFormat(uiLocale(), { maximumFractionDigits: 1 }).format(n);

const sign = (value: number) => (value > 0 ? '+' : value < 0 ? '−' : '±');

/** +204, −35, ±0; "≈ +3.5K" for a change between values Studio rounded. */
export function fmtChange(metric: string, value: number | undefined, rounded = false): string {
  if (value === undefined) return '—';
  return `${rounded ? '≈ ' : ''}${sign(value)}${formatValue(metric, Math.abs(value), uiLocale(), rounded ? COMPACT_FROM : Infinity)}`;
}

export const fmtDate = (t: number) => dateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(t);

export const fmtDay = (t: number) => dateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(t);

/** A calendar day kept as "2025-12-07" (Studio's exports), written like every other date. */
export function fmtIsoDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return Number.isFinite(y) && m && d ? fmtDay(new Date(y, m - 1, d).getTime()) : day;
}

/** 2.3 (one decimal at most). */
export const fmtRatio = (r: number) => numberFormat(uiLocale(), { maximumFractionDigits: r < 10 ? 1 : 0 }).format(r);

/** A share: 55%, 12.5% (as the UI language writes percentages). */
export const fmtPercent = (share: number) => numberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** +25%, −8%. */
export const fmtPercentChange = (r: number) => numberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(r);

/** A country or region by its code ("US" → "United States", "アメリカ合衆国"); the code when unknown. */
export function fmtRegion(code: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
