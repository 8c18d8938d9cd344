// Days, one way everywhere. A creator's day is a local calendar date (YYYY-MM-DD): the day they
// lived it in this browser's time zone. Arithmetic on dates counts calendar days, so no clock
// change (daylight saving) moves a date. Pure.

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of the moment `t` in this browser's time zone. */
export function localDate(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A day's point sits at local noon, so no time zone moves it onto a neighbouring day. */
export const noonOf = (date: string) => new Date(`${date}T12:00:00`).getTime();

/** Local midnight starting `date`. */
export const dayStart = (date: string) => new Date(`${date}T00:00:00`).getTime();

/** The calendar date `n` days after `date` (before it when `n` is negative), counted on dates. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}
