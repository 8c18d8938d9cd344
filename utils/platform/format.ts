// Numbers and dates as the creator's browser language writes them.
import { unitOf } from '../reader/metric-facts';

const DAY = 86_400_000;

/** When the previous capture was, as briefly as is unambiguous: "14:05", "Tue", "Nov 3", "Nov 3, 2025". */
export function sinceWhen(then: number, now: number, locale?: string): string {
  const a = new Date(then);
  const b = new Date(now);
  if (a.toDateString() === b.toDateString()) return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(a);
  if (now - then < 6 * DAY) return new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(a);
  const sameYear = a.getFullYear() === b.getFullYear();
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) }).format(a);
}

/** `compactFrom`: from this size on, 12.3K style (badges sit beside Studio's numbers: keep them short). */
export function formatValue(metric: string, value: number, locale?: string, compactFrom = 10_000): string {
  if (unitOf(metric) === 'seconds') return formatSeconds(value);
  const n = new Intl.NumberFormat(locale, {
    maximumFractionDigits: Math.abs(value) < 10 && !Number.isInteger(value) ? 2 : 1,
    ...(Math.abs(value) >= compactFrom ? { notation: 'compact' as const } : {}),
  }).format(value);
  return unitOf(metric) === 'percent' ? `${n}%` : n;
}

function formatSeconds(seconds: number): string {
  const s = Math.abs(seconds);
  if (s < 60) return `${Math.round(s * 100) / 100}s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = Math.round(s % 60);
  return h ? `${h}h ${m}m` : `${m}m ${rest}s`;
}


// Pages have room for full numbers up to six digits; badges compact sooner.
const COMPACT_FROM = 100_000;

export const fmt = (metric: string, value: number | undefined): string => (value === undefined ? '—' : formatValue(metric, value, undefined, COMPACT_FROM));

export function fmtChange(metric: string, value: number | undefined): string {
  if (value === undefined) return '—';
  if (value === 0) return '±0';
  return `${value > 0 ? '+' : '−'}${formatValue(metric, Math.abs(value), undefined, COMPACT_FROM)}`;
}

export const fmtDate = (t: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(t);

export const fmtDay = (t: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(t);

/** 2.3 (one decimal at most; 0.005 for a tiny ratio, never a bare 0). */
export const fmtRatio = (r: number) =>
  new Intl.NumberFormat(undefined, r < 0.1 ? { maximumSignificantDigits: 1 } : { maximumFractionDigits: r < 10 ? 1 : 0 }).format(r);

/** +25 %, −8 %. */
export const fmtPercentChange = (r: number) => new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(r);
