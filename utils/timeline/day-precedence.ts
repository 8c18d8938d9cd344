// The one precedence rule for a day's value, written once: imports (two exports disagreeing), the
// store's import plan, Studio's own data, backup restore and every timeline use it. Pure.
import type { DaySource } from './timeline-contract';
import { addDays, dayStart } from '../platform/days';

/** Studio's newest days are still being counted ("data lags 24–48 h"); a day of slack for time zones. */
export const SETTLE_DAYS = 2;

/** A candidate value for one day, from an export, a capture or Studio's own data. */
export interface DayCandidate {
  source: DaySource;
  /** When the value was known: the export's moment, the capture's, or when the page received Studio's data. */
  asOf: number;
  /** Studio had not finished counting the day when the value was known. */
  provisional?: boolean;
  /** Studio showed it rounded (12.3K). */
  rounded?: boolean;
  /** The value itself: the last word between two known at the same moment (the larger: more of the day counted). */
  value?: number;
}

/** Among settled exact values: Studio's own data (the exact day it counted) above a capture (what the creator saw) above an import. */
const SOURCE_RANK: Record<DaySource, number> = { studio: 2, capture: 1, import: 0 };

const rank = (c: DayCandidate): number[] => [c.provisional ? 0 : 1, c.rounded ? 0 : 1, SOURCE_RANK[c.source], c.asOf, c.value ?? -Infinity];

/**
 * True when `next` should replace `current` as the day's value: settled beats provisional, exact
 * beats rounded, Studio's own data beats a capture and a capture beats an import, then the later
 * one wins, and between two known at the same moment the larger value, so no order of arrival
 * decides. An equal rank keeps `current`.
 */
export function dayOutranks(next: DayCandidate, current: DayCandidate): boolean {
  const a = rank(next);
  const b = rank(current);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

/**
 * A value of `date` known at `asOf` is provisional while Studio may still be counting that day: the
 * day itself, its lag, and a day of slack for time zones. It settles at a local midnight, counted
 * in days, not hours: a daylight-saving change between does not move it.
 */
export const provisionalAt = (date: string, asOf: number) => asOf < dayStart(addDays(date, 2 + SETTLE_DAYS));

/** The dates of one export (`dates`, any order) too fresh to trust: its newest ones, still counted when it was made. */
export function provisionalDates(dates: string[], exportedAt: number): Set<string> {
  return new Set([...dates].sort().slice(-SETTLE_DAYS).filter((date) => provisionalAt(date, exportedAt)));
}
