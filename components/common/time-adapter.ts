// chart.js's date adapter: the calendar steps its time axis takes (add, diff, start and end of a
// unit, in the browser's time zone), and the few labels it writes itself, by Intl. It replaces
// chartjs-adapter-date-fns, which brought date-fns's parser and formatter (about 47 KB minified of
// the popup's and the dashboard's charts chunk) to charts that hand chart.js numbers and write their
// ticks and tooltips with Intl (TimeChart.tsx). Same answers as date-fns for every unit
// (tests/unit/ui/time-adapter.test.ts holds it to date-fns over a range of moments).
import { _adapters, type TimeUnit } from 'chart.js';
import { dateTimeFormat } from '@/utils/platform/intl-cache';

const MS: Partial<Record<TimeUnit, number>> = { millisecond: 1, second: 1000, minute: 60_000, hour: 3_600_000 };
const MONTHS: Partial<Record<TimeUnit, number>> = { month: 1, quarter: 3, year: 12 };

/** What chart.js asks to write, by unit: Intl's options (chart.js passes these names back to format). */
const FORMATS: Record<TimeUnit | 'datetime', Intl.DateTimeFormatOptions> = {
  datetime: { dateStyle: 'medium', timeStyle: 'medium' },
  millisecond: { timeStyle: 'medium' },
  second: { timeStyle: 'medium' },
  minute: { timeStyle: 'short' },
  hour: { hour: 'numeric' },
  day: { month: 'short', day: 'numeric' },
  week: { dateStyle: 'medium' },
  month: { month: 'short', year: 'numeric' },
  quarter: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

const local = (t: number, set: (d: Date) => void) => {
  const d = new Date(t);
  set(d);
  return d.getTime();
};

/** Months later (or earlier), on the same day of the month or the month's last (Jan 31 + 1 month: Feb 28/29). */
function addMonths(t: number, n: number): number {
  const d = new Date(t);
  const day = d.getDate();
  d.setDate(1);
  d.setMonth(d.getMonth() + n);
  d.setDate(Math.min(day, new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate()));
  return d.getTime();
}

export function add(t: number, amount: number, unit: TimeUnit): number {
  if (MS[unit]) return t + amount * MS[unit]!;
  if (unit === 'day' || unit === 'week') return local(t, (d) => d.setDate(d.getDate() + amount * (unit === 'week' ? 7 : 1)));
  return MONTHS[unit] ? addMonths(t, amount * MONTHS[unit]!) : t;
}

/** -1, 0 or 1 as the local date and time of a is before, at or after b's (date-fns's compareLocalAsc). */
function compareLocal(a: Date, b: Date): number {
  return Math.sign(
    a.getFullYear() - b.getFullYear() || a.getMonth() - b.getMonth() || a.getDate() - b.getDate() || a.getHours() - b.getHours() ||
      a.getMinutes() - b.getMinutes() || a.getSeconds() - b.getSeconds() || a.getMilliseconds() - b.getMilliseconds(),
  );
}

/** Whole local days from b to a, a partial last day not counted (date-fns's differenceInDays, step by step). */
function daysBetween(a: number, b: number): number {
  const later = new Date(a);
  const earlier = new Date(b);
  const sign = compareLocal(later, earlier);
  const difference = Math.abs(Math.round((startOf(a, 'day') - startOf(b, 'day')) / 86_400_000));
  later.setDate(later.getDate() - sign * difference);
  return sign * (difference - (compareLocal(later, earlier) === -sign ? 1 : 0)) || 0;
}

/** Whole months from b to a (date-fns's differenceInMonths, step by step, its month-end rule too). */
function monthsBetween(a: number, b: number): number {
  const working = new Date(a);
  const sign = Math.sign(a - b);
  const difference = Math.abs((working.getFullYear() - new Date(b).getFullYear()) * 12 + working.getMonth() - new Date(b).getMonth());
  if (difference < 1) return 0;
  if (working.getMonth() === 1 && working.getDate() > 27) working.setDate(30);
  working.setMonth(working.getMonth() - sign * difference);
  let lastMonthNotFull = Math.sign(working.getTime() - b) === -sign;
  // The last day of a month a month after: a full month (Jan 31 → Feb 29).
  if (endOf(a, 'day') === endOf(a, 'month') && difference === 1 && a > b) lastMonthNotFull = false;
  return sign * (difference - (lastMonthNotFull ? 1 : 0)) || 0;
}

export function diff(a: number, b: number, unit: TimeUnit): number {
  if (MS[unit]) return Math.trunc((a - b) / MS[unit]!) || 0;
  if (unit === 'day' || unit === 'week') return Math.trunc(daysBetween(a, b) / (unit === 'week' ? 7 : 1)) || 0;
  return MONTHS[unit] ? Math.trunc(monthsBetween(a, b) / MONTHS[unit]!) || 0 : 0;
}

export function startOf(t: number, unit: TimeUnit | 'isoWeek', weekday?: number | boolean): number {
  switch (unit) {
    case 'second': return local(t, (d) => d.setMilliseconds(0));
    case 'minute': return local(t, (d) => d.setSeconds(0, 0));
    case 'hour': return local(t, (d) => d.setMinutes(0, 0, 0));
    case 'day': return local(t, (d) => d.setHours(0, 0, 0, 0));
    case 'week':
    case 'isoWeek': {
      const first = unit === 'isoWeek' ? +(weekday ?? 0) : 0;
      return local(t, (d) => (d.setDate(d.getDate() - ((d.getDay() - first + 7) % 7)), d.setHours(0, 0, 0, 0)));
    }
    case 'month': return local(t, (d) => (d.setDate(1), d.setHours(0, 0, 0, 0)));
    case 'quarter': return local(t, (d) => (d.setMonth(d.getMonth() - (d.getMonth() % 3), 1), d.setHours(0, 0, 0, 0)));
    case 'year': return local(t, (d) => (d.setMonth(0, 1), d.setHours(0, 0, 0, 0)));
    default: return t;
  }
}

export function endOf(t: number, unit: TimeUnit): number {
  if (unit === 'millisecond') return t;
  return add(startOf(t, unit), 1, unit) - 1;
}

export function parse(value: unknown): number | null {
  const t = typeof value === 'number' ? value : value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(t) ? t : null;
}

/** Registers the adapter with chart.js (once: every chart shares it). */
export function registerTimeAdapter(locale: () => string | undefined): void {
  _adapters._date.override({
    formats: () => Object.fromEntries(Object.keys(FORMATS).map((k) => [k, k])) as Record<TimeUnit | 'datetime', string>,
    parse,
    format: (t: number, name: string) => dateTimeFormat(locale(), FORMATS[name as TimeUnit] ?? FORMATS.datetime).format(t),
    add,
    diff,
    startOf,
    endOf,
  });
}
