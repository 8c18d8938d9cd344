// Numbers and dates as the creator's browser language writes them.
import { formatValue } from '@/utils/badges/change';

export const fmt = (metric: string, value: number | undefined): string => (value === undefined ? '—' : formatValue(metric, value));

export function fmtChange(metric: string, value: number | undefined): string {
  if (value === undefined) return '—';
  if (value === 0) return '±0';
  return `${value > 0 ? '+' : '−'}${formatValue(metric, Math.abs(value))}`;
}

export const fmtDate = (t: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(t);
