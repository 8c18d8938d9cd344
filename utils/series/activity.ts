// Best time to post, from the follower activity Studio exports (active followers per day and
// hour). Pure: records in, a weekday × hour grid in the creator's time zone out.

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

/** Weekday (0 = Monday) and hour of a moment in a time zone. */
function localSlot(format: Intl.DateTimeFormat, t: number): [number, number] {
  let weekday = 0;
  let hour = 0;
  for (const part of format.formatToParts(t)) {
    if (part.type === 'weekday') weekday = WEEKDAYS[part.value] ?? 0;
    else if (part.type === 'hour') hour = Number(part.value) % 24;
  }
  return [weekday, hour];
}

const slotFormat = (timeZone: string) => new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });

/** The moment an export's (date, hour) stands for. */
function momentOf(a: ActivityHour): number {
  const [y, m, d] = a.date.split('-').map(Number);
  return Date.UTC(y, m - 1, d, a.hour);
}

export function activityHeatmap(records: ActivityHour[], timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): Heatmap {
  const sums = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const counts = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const format = slotFormat(timeZone);
  for (const a of records) {
    const [weekday, hour] = localSlot(format, momentOf(a));
    sums[weekday][hour] += a.activeFollowers;
    counts[weekday][hour] += 1;
  }
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

/** The `width` consecutive local hours when followers are most active, over every day known. */
export function peakHours(records: ActivityHour[], timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone, width = 2): PeakHours | undefined {
  if (!records.length) return undefined;
  const sums = new Array<number>(24).fill(0);
  const counts = new Array<number>(24).fill(0);
  const format = slotFormat(timeZone);
  for (const a of records) {
    const [, hour] = localSlot(format, momentOf(a));
    sums[hour] += a.activeFollowers;
    counts[hour] += 1;
  }
  const mean = sums.map((s, h) => (counts[h] ? s / counts[h] : 0));
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start < 24; start++) {
    let score = 0;
    for (let i = 0; i < width; i++) score += mean[(start + i) % 24];
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  if (bestScore <= 0) return undefined;
  return { start: best, end: (best + width) % 24, days: new Set(records.map((r) => r.date)).size };
}

export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
