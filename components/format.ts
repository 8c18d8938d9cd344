// Numbers and dates as the creator's browser language writes them.
import { formatValue } from '@/utils/badges/change';

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
