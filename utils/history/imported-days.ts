// What the store keeps from TikTok Studio exports, and the rules for folding a new export into
// what is there. Pure: no IndexedDB here (utils/history/save-import.ts applies the plan).
import { DAILY_METRICS, type Audience, type DailyMetric, type StudioFilePart } from '../import/studio-files';
import { MAX_PLAUSIBLE } from '../reader/snapshot';
import { dayOutranks, provisionalDates } from '../timeline/day-precedence';
import { MAX_TEXT } from './validate-snapshot';

export const IMPORT_SOURCE = 'studio-export';
const DAILY_METRIC_SET: ReadonlySet<DailyMetric> = new Set(DAILY_METRICS);

/** One metric's value for one day, as an export stated it. */
export interface DailyRecord {
  account: string;
  metric: DailyMetric;
  /** YYYY-MM-DD, the day as Studio wrote it. */
  date: string;
  value: number;
  source: typeof IMPORT_SOURCE;
  /** The zip or CSV it came from. */
  file: string;
  /** When Studio made the export (from the zip name), else when it was imported. */
  exportedAt: number;
  importedAt: number;
  /** One of the export's newest days, which Studio has not finished counting. */
  provisional?: true;
}

export interface ActivityRecord {
  account: string;
  date: string;
  /** 0–23, as the export wrote it. */
  hour: number;
  activeFollowers: number;
  exportedAt: number;
}

/**
 * v6: one day's hours of follower activity from exports, in one record (by [account, date]): a
 * year is 365 puts instead of 8,760, and Chromium's IndexedDB spends its time per record. Each
 * hour keeps the export moment it came from (precedence is per hour); null: no hour held.
 */
export interface ActivityDayRecord {
  account: string;
  date: string;
  hours: Array<{ activeFollowers: number; exportedAt: number } | null>;
}

/** The hours of day records, in key order (date, hour), as records of one hour each. */
export function hoursOfDays(days: ActivityDayRecord[]): ActivityRecord[] {
  return days.flatMap(({ account, date, hours }) => hours.flatMap((h, hour) => (h ? [{ account, date, hour, activeFollowers: h.activeFollowers, exportedAt: h.exportedAt }] : [])));
}

/**
 * Hours from both places they are kept: v5's one record per hour (read as they are, never moved:
 * an open journal may still undo them) and v6's day records. Where both hold an hour, the one that
 * outranks the other, as one store would have kept; in key order.
 */
export function mergeHours(perHour: ActivityRecord[], days: ActivityDayRecord[]): ActivityRecord[] {
  if (!perHour.length) return hoursOfDays(days);
  const key = (r: ActivityRecord) => JSON.stringify([r.account, r.date, r.hour]);
  const held = new Map(perHour.map((r) => [key(r), r]));
  for (const r of hoursOfDays(days)) {
    const other = held.get(key(r));
    if (!other || activityOutranks(r, other)) held.set(key(r), r);
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...held.values()].sort((a, b) => order(a.account, b.account) || order(a.date, b.date) || a.hour - b.hour);
}

/**
 * A day record after some hours of one day (records that win over what is held: the caller's
 * choice), or undefined when they change nothing.
 */
export function withHours(account: string, date: string, held: ActivityDayRecord | undefined, hours: Array<Pick<ActivityRecord, 'hour' | 'activeFollowers' | 'exportedAt'>>): ActivityDayRecord | undefined {
  const next = held ? [...held.hours] : Array.from({ length: 24 }, () => null);
  let changed = false;
  for (const { hour, activeFollowers, exportedAt } of hours) {
    // The hour is a place in the day's list, no longer a key the store would refuse: checked here.
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error(`Not an hour of the day: ${hour}`);
    const h = next[hour];
    if (h && h.activeFollowers === activeFollowers && h.exportedAt === exportedAt) continue;
    next[hour] = { activeFollowers, exportedAt };
    changed = true;
  }
  return changed ? { account, date, hours: next } : undefined;
}

export interface AudienceRecord extends Audience {
  account: string;
  /** The export moment the picture belongs to. */
  takenAt: number;
  file: string;
}

/** The days of one export that are too fresh to be trusted over a later export's (the timeline's rule). */
export function provisionalDays(part: StudioFilePart, importedAt: number): Set<string> {
  return provisionalDates(Object.keys(part.days), part.exportedAt ?? importedAt);
}

/** Two exports' values of a day, ranked by the timeline's one precedence rule; equal rank keeps what is there. */
export function outranks(next: Pick<DailyRecord, 'provisional' | 'exportedAt' | 'value'>, current: Pick<DailyRecord, 'provisional' | 'exportedAt' | 'value'>): boolean {
  return dayOutranks({ source: 'import', asOf: next.exportedAt, provisional: next.provisional, value: next.value }, { source: 'import', asOf: current.exportedAt, provisional: current.provisional, value: current.value });
}

/**
 * An hour of follower activity from a later export replaces the held one (a tie at one export
 * moment: the larger count), the same whether it comes by import or by a backup's restore.
 */
export const activityOutranks = (next: Pick<ActivityRecord, 'exportedAt' | 'activeFollowers'>, held: Pick<ActivityRecord, 'exportedAt' | 'activeFollowers'>) =>
  next.exportedAt > held.exportedAt || (next.exportedAt === held.exportedAt && next.activeFollowers > held.activeFollowers);

export interface DailyPlan {
  put: DailyRecord[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * What changes when `parts` are imported for `account` over `existing` records: nothing for a
 * value already held at the same or a better rank, so importing the same export twice is a no-op.
 */
export function planDaily(account: string, parts: StudioFilePart[], existing: Map<string, DailyRecord>, importedAt: number): DailyPlan {
  const held = new Map(existing);
  const changed = new Map<string, DailyRecord>();
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const ordered = [...parts].sort((a, b) => (a.exportedAt ?? importedAt) - (b.exportedAt ?? importedAt));
  for (const part of ordered) {
    const fresh = provisionalDays(part, importedAt);
    for (const [date, values] of Object.entries(part.days)) {
      for (const [metric, value] of Object.entries(values) as Array<[DailyMetric, number]>) {
        const key = dailyKey(account, metric, date);
        const next: DailyRecord = {
          account, metric, date, value, source: IMPORT_SOURCE, file: part.name, exportedAt: part.exportedAt ?? importedAt, importedAt,
          ...(fresh.has(date) ? { provisional: true as const } : {}),
        };
        const current = held.get(key);
        if (!current) {
          added++;
        } else if (!outranks(next, current)) {
          unchanged++;
          continue;
        } else if (!existing.has(key) || changed.has(key)) {
          // Replacing a value added by this same import is still one addition.
        } else if (current.value === value) {
          // The same value from a better export is kept with that export's rank: a third export
          // between the two must not outrank what this one said.
          unchanged++;
        } else {
          updated++;
        }
        held.set(key, next);
        changed.set(key, next);
      }
    }
  }
  return { put: [...changed.values()], added, updated, unchanged };
}

export const dailyKey = (account: string, metric: string, date: string) => `${account}|${metric}|${date}`;

/** Two audience pictures that say the same. */
export function sameAudience(a: Audience, b: Audience): boolean {
  const norm = (x: Audience) => JSON.stringify([x.gender ?? {}, Object.entries(x.territories ?? {}).sort()].map((o) => (Array.isArray(o) ? o : Object.entries(o).sort())));
  return norm(a) === norm(b);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Every record of an import keeps its file's name: no file system allows a longer one. */
const MAX_FILE_NAME = 255;
const isFileName = (v: unknown) => typeof v === 'string' && v.length <= MAX_FILE_NAME;
const count = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
/** Daily values are changes as well as totals: Studio prints negative days (more comments deleted than written). */
const dayValue = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** What is wrong with an import request that did not come from the reader (empty when nothing). */
export function studioImportErrors(request: unknown): string[] {
  const r = request as { account?: unknown; parts?: unknown } | null;
  if (!r || typeof r !== 'object') return ['not an import request'];
  const errors: string[] = [];
  if (typeof r.account !== 'string' || !/^@?[\w.]{1,64}$/.test(r.account.trim())) errors.push('account: a TikTok handle is needed');
  if (!Array.isArray(r.parts) || !r.parts.length) return [...errors, 'parts: no files'];
  r.parts.forEach((raw: unknown, i) => {
    const part = raw as Partial<StudioFilePart> | null;
    const at = `parts[${i}]`;
    if (!part || typeof part !== 'object' || typeof part.name !== 'string') return void errors.push(`${at}: not a read export`);
    if (part.name.length > MAX_FILE_NAME) errors.push(`${at}.name: longer than a file name can be`);
    if (part.exportedAt !== undefined && !count(part.exportedAt)) errors.push(`${at}.exportedAt: not a time`);
    for (const [date, values] of Object.entries(part.days ?? {})) {
      if (!DAY.test(date)) errors.push(`${at}.days: ${JSON.stringify(date).slice(0, 20)} is not a day`);
      for (const [metric, value] of Object.entries(values ?? {})) {
        if (!(DAILY_METRIC_SET as ReadonlySet<string>).has(metric) || !dayValue(value)) errors.push(`${at}.days.${date}.${metric}: not a count`);
      }
    }
    for (const a of part.followerActivity ?? []) {
      if (!DAY.test(a.date) || !Number.isInteger(a.hour) || a.hour < 0 || a.hour > 23 || !count(a.activeFollowers)) {
        errors.push(`${at}.followerActivity: ${JSON.stringify(a).slice(0, 60)} is not an hour of activity`);
        break;
      }
    }
    // The reader's bounds (utils/import/read-bounds.ts), held here for messages it did not write:
    // ids of 1–25 digits, captions of at most 4,096 characters (the store cuts longer ones too).
    for (const v of part.videos ?? []) {
      const counters = [v?.views, v?.likes, v?.comments, v?.shares].filter((c) => c !== undefined);
      if (!v || typeof v.videoId !== 'string' || !/^\d{1,25}$/.test(v.videoId) || typeof v.caption !== 'string' || v.caption.length > MAX_TEXT || (v.postedAt !== undefined && !(typeof v.postedAt === 'string' && v.postedAt.length <= 64)) || !counters.every((c) => Number.isInteger(c) && count(c) && (c as number) <= MAX_PLAUSIBLE)) {
        errors.push(`${at}.videos: ${JSON.stringify(v).slice(0, 60)} is not a video row`);
        break;
      }
    }
  });
  return errors.slice(0, 10);
}

/** What a backup file carries of imported history (the records as stored). */
export interface ImportedBackup {
  daily: DailyRecord[];
  activity: ActivityRecord[];
  audience: AudienceRecord[];
}

const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;
const isHandle = (v: unknown) => typeof v === 'string' && /^[\w.]{1,64}$/.test(v);

/** Problems with a backup's imported history, by path (empty when it can be restored as is). */
export function importedBackupErrors(data: unknown, path = 'imported'): string[] {
  const b = data as Partial<ImportedBackup> | null;
  if (!b || typeof b !== 'object') return [`${path}: not imported history`];
  const errors: string[] = [];
  const list = (name: keyof ImportedBackup, ok: (r: Record<string, unknown>) => boolean) => {
    const records = b[name] ?? [];
    if (!Array.isArray(records)) return void errors.push(`${path}.${name}: must be a list`);
    records.forEach((r: unknown, i: number) => {
      if (!r || typeof r !== 'object' || !ok(r as Record<string, unknown>)) errors.push(`${path}.${name}[${i}]: not a valid record`);
    });
  };
  list('daily', (r) => isHandle(r.account) && DAILY_METRIC_SET.has(r.metric as DailyMetric) && DAY.test(String(r.date)) && dayValue(r.value) && r.source === IMPORT_SOURCE && isFileName(r.file) && isTime(r.exportedAt) && isTime(r.importedAt) && (r.provisional === undefined || r.provisional === true));
  list('activity', (r) => isHandle(r.account) && DAY.test(String(r.date)) && Number.isInteger(r.hour) && (r.hour as number) >= 0 && (r.hour as number) <= 23 && count(r.activeFollowers) && isTime(r.exportedAt));
  // Shares of at most every territory there is, each named in a few words.
  const shares = (o: unknown) =>
    o === undefined || (typeof o === 'object' && o !== null && Object.keys(o).length <= 300 && Object.entries(o).every(([k, v]) => k.length <= 64 && count(v) && (v as number) <= 100));
  list('audience', (r) => isHandle(r.account) && isTime(r.takenAt) && isFileName(r.file) && shares(r.gender) && shares(r.territories));
  return errors;
}
