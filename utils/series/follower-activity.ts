// Best time to post, from the follower activity Studio exports (active followers per day and
// hour). Pure: records in, a weekday × hour grid in the creator's time zone out.
import { HOUR_MS } from '../platform/days';

export interface ActivityHour {
  date: string;
  hour: number;
  activeFollowers: number;
}

/**
 * The zone the export's hours are written in. Studio's follower activity chart states its hours
 * in UTC; this one constant is where that assumption lives.
 */
export const EXPORT_HOURS_ZONE = 'UTC';

export interface Heatmap {
  /** [weekday 0 = Monday … 6][hour 0–23]: mean active followers, undefined where no data. */
  cells: Array<Array<number | undefined>>;
  max: number;
  /** Distinct export days the grid rests on. */
  days: number;
  timeZone: string;
}

const WEEKDAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };


/** The moment an export's (date, hour) stands for. */
function momentOf(a: Pick<ActivityHour, 'date' | 'hour'>): number {
  const [y, m, d] = a.date.split('-').map(Number);
  return Date.UTC(y, m - 1, d, a.hour);
}

/**
 * Places every record in the zone's weekday × hour. Asking Intl costs microseconds each, so the
 * zone's offset is asked at the start and end of each export day and reused for the hours
 * between when both agree (offsets change only at DST switches); quarter-hour zones are kept.
 */
function localSlots(records: ActivityHour[], timeZone: string): Array<[number, number]> {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
  const offsetAt = (t: number) => {
    let weekday = 0;
    let hour = 0;
    let minute = 0;
    for (const part of format.formatToParts(t)) {
      if (part.type === 'weekday') weekday = WEEKDAYS[part.value] ?? 0;
      else if (part.type === 'hour') hour = Number(part.value) % 24;
      else if (part.type === 'minute') minute = Number(part.value);
    }
    const utc = new Date(t);
    const utcWeekday = (utc.getUTCDay() + 6) % 7;
    let diff = (weekday - utcWeekday) * 1440 + (hour - utc.getUTCHours()) * 60 + (minute - utc.getUTCMinutes());
    if (diff > 7 * 720) diff -= 7 * 1440;
    if (diff < -7 * 720) diff += 7 * 1440;
    return diff;
  };
  const byDate = new Map<string, [number, number]>();
  return records.map((a) => {
    const t = momentOf(a);
    let offsets = byDate.get(a.date);
    if (!offsets) {
      const start = momentOf({ ...a, hour: 0 });
      offsets = [offsetAt(start), offsetAt(start + 23 * HOUR_MS)];
      byDate.set(a.date, offsets);
    }
    const offset = offsets[0] === offsets[1] ? offsets[0] : offsetAt(t);
    const local = new Date(t + offset * 60_000);
    return [(local.getUTCDay() + 6) % 7, local.getUTCHours()];
  });
}

export function activityHeatmap(records: ActivityHour[], timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): Heatmap {
  const sums = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const counts = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  localSlots(records, timeZone).forEach(([weekday, hour], i) => {
    sums[weekday][hour] += records[i].activeFollowers;
    counts[weekday][hour] += 1;
  });
  const cells = sums.map((row, w) => row.map((sum, h) => (counts[w][h] ? sum / counts[w][h] : undefined)));
  const max = Math.max(0, ...cells.flat().filter((v): v is number => v !== undefined));
  return { cells, max, days: new Set(records.map((r) => r.date)).size, timeZone };
}

export interface PeakHours {
  /** Local hour the window starts at, 0–23. */
  start: number;
  /** Local hour it ends at (exclusive), may wrap past midnight. */
  end: number;
  days: number;
}

/** Within this share of the window's quietest hour, a neighbouring hour counts as just as busy. */
const ALIKE = 0.9;

/**
 * The `width` (or more) consecutive local hours when followers are most active, over every day
 * known: the busiest `width` hours, widened by the neighbours about as busy as they are.
 */
export function peakHours(records: ActivityHour[], timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone, width = 2): PeakHours | undefined {
  if (!records.length) return undefined;
  const sums = new Array<number>(24).fill(0);
  const counts = new Array<number>(24).fill(0);
  localSlots(records, timeZone).forEach(([, hour], i) => {
    sums[hour] += records[i].activeFollowers;
    counts[hour] += 1;
  });
  const mean = sums.map((s, h) => (counts[h] ? s / counts[h] : 0));
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start < 24; start++) {
    let score = 0;
    for (let i = 0; i < width; i++) score += mean[(start + i) % 24];
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  if (bestScore <= 0) return undefined;
  // Neighbours as busy as the window's quietest hour belong to it: "19:00–22:00" when 19, 20 and
  // 21 are alike, never a window that leaves out an hour the heatmap shows as equal.
  const floor = ALIKE * Math.min(...Array.from({ length: width }, (_, i) => mean[(best + i) % 24]));
  let start = best;
  let end = best + width;
  while (end - start < 24 && mean[end % 24] >= floor) end++;
  while (end - start < 24 && mean[(start + 23) % 24] >= floor) start--;
  // Half the day alike is no peak to widen to: the busiest `width` hours then.
  if (end - start > 12) [start, end] = [best, best + width];
  return { start: (start + 24) % 24, end: end % 24, days: new Set(records.map((r) => r.date)).size };
}

export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
