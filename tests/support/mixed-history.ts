// Generated histories of one creator that reach Creator Lens every way at once: follower totals and
// the day's views captured at any local time (around midnight and daylight-saving changes, rounded
// from 10K on, revisited minutes later), weekly and monthly totals, two or three overlapping
// Studio exports whose newest days are still being counted, and batches of Studio's own data (exact
// days, the newest marked not final, now and then two received at one moment). The expected winner of each day is
// worked out here from the contract alone, without the code under test.
import type { StudioFilePart } from '@/utils/import/studio-files';
import type { StudioSnapshot } from '@/utils/reader/snapshot';
import type { CapturedValue, ImportedDay, StudioDay, TimelineRecords } from '@/utils/timeline/timeline-contract';
import type { StudioDataBatch } from '@/utils/studio-data/studio-data-contract';
import { seededRandom } from './seeded-random';

export const ACCOUNT = 'mixed.maker';
/** West of UTC with daylight saving, a half-hour offset, the far east with southern daylight saving, none. */
export const ZONES = ['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC'] as const;
const DAY_MS = 86_400_000;
/** Daylight-saving changes of both hemispheres, a year's end and a leap day: where calendars trip. */
const ANCHORS = ['2026-03-08', '2026-11-01', '2026-04-05', '2026-09-27', '2025-12-31', '2024-02-29'];

/** Runs `fn` with the process in `zone` (Node re-reads TZ when it is assigned), restoring it after. */
export async function inZone<T>(zone: string, fn: () => T | Promise<T>): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

// Calendar arithmetic on YYYY-MM-DD in UTC (no zone moves a date), and local days by the Date getters.
const pad = (n: number) => String(n).padStart(2, '0');
export const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
export const dayOf = (t: number) => {
  const d = new Date(t);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
/** A local wall-clock moment (a time skipped by daylight saving moves on, as Date does). */
export const wallClock = (date: string, h: number, m: number, s = 0) => {
  const [y, mo, d] = date.split('-').map(Number);
  return new Date(y, mo - 1, d, h, m, s).getTime();
};

export interface TrueDay {
  date: string;
  followers: number;
  videoViews: number;
}

export interface Capture {
  at: number;
  snapshot: StudioSnapshot;
}

export interface Export {
  exportedAt: number;
  parts: StudioFilePart[];
}

/** One batch of Studio's own data: days as it stated them, the ones it had not finished counting marked. */
export interface StudioDelivery {
  receivedAt: number;
  days: Record<string, { followers: number; videoViews: number }>;
  provisional: string[];
}

export interface MixedHistory {
  seed: number;
  days: TrueDay[];
  captures: Capture[];
  exports: Export[];
  studio: StudioDelivery[];
  /** After everything happened: when the views are asked. */
  now: number;
}

const studio = (v: number, random: () => number): { v: number; rounded?: true } => (v >= 10_000 && random() < 0.8 ? { v: Math.round(v / 100) * 100, rounded: true } : { v });

/** A local moment on `date`: often near midnight or in the small hours daylight saving moves. */
function momentOn(date: string, random: () => number): number {
  const r = random();
  const ms = Math.floor(random() * 1000);
  if (r < 0.2) return wallClock(date, 23, 30 + Math.floor(random() * 30), Math.floor(random() * 60)) + ms;
  if (r < 0.35) return wallClock(date, 0, Math.floor(random() * 30), Math.floor(random() * 60)) + ms;
  if (r < 0.5) return wallClock(date, 1 + Math.floor(random() * 3), Math.floor(random() * 60)) + ms;
  return wallClock(date, Math.floor(random() * 24), Math.floor(random() * 60), Math.floor(random() * 60)) + ms;
}

/** How much of a day Studio had counted `k` days after it (k < 4: still counting). */
const counted = (k: number, random: () => number) => (k >= 4 ? 1 : Math.min(1, 0.3 + 0.2 * k + random() * 0.2));

export function mixedHistory(seed: number, options: { exports?: number } = {}): MixedHistory {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const start = addDays(ANCHORS[int(ANCHORS.length)], -int(14));
  const length = 12 + int(18);
  let followers = random() < 0.5 ? 800 + int(2000) : 9_000 + int(30_000);
  const days: TrueDay[] = Array.from({ length }, (_, i) => {
    followers += int(60) - 10;
    return { date: addDays(start, i), followers, videoViews: random() < 0.1 ? 0 : int(random() < 0.5 ? 4_000 : 40_000) };
  });
  const last = days[length - 1].date;
  const truth = new Map(days.map((d) => [d.date, d]));

  const exports: Export[] = [];
  const count = options.exports ?? 2 + int(2);
  for (let e = 0; e < count; e++) {
    const exportDay = addDays(start, 5 + int(length - 2));
    // Now and then two exports share their moment: which value wins may not depend on the order.
    const exportedAt = exports.length && random() < 0.15 ? exports[int(exports.length)].exportedAt : momentOn(exportDay, random);
    const madeOn = dayOf(exportedAt);
    const span = 4 + int(length);
    const rows: Record<string, { videoViews: number; followers: number }> = {};
    for (let k = 1; k <= span; k++) {
      const date = addDays(madeOn, -k);
      const day = truth.get(date);
      if (!day) continue;
      const restated = random() < 0.15 ? int(9) - 4 : 0;
      rows[date] = { videoViews: Math.max(0, Math.floor(day.videoViews * counted(k, random)) + restated), followers: day.followers + (k < 2 ? int(5) : restated) };
    }
    if (!Object.keys(rows).length) continue;
    // A renamed file says nothing of when it was made: the store counts it as made when imported.
    const renamed = random() < 0.1;
    const part = (name: string, pick: (r: { videoViews: number; followers: number }) => Partial<Record<'videoViews' | 'followers', number>>): StudioFilePart => ({
      name: `${name}_${seed}_${e}.zip`,
      files: [`${name}.csv`],
      ...(renamed ? {} : { exportedAt }),
      days: Object.fromEntries(Object.entries(rows).map(([date, r]) => [date, pick(r)])),
    });
    exports.push({
      exportedAt,
      parts: random() < 0.5 ? [part('Overview', (r) => r)] : [part('Overview', (r) => ({ videoViews: r.videoViews })), part('Followers', (r) => ({ followers: r.followers }))],
    });
  }

  const captures: Capture[] = [];
  const url = 'https://www.tiktok.com/tiktokstudio/analytics';
  const add = (at: number, snapshot: Omit<StudioSnapshot, 'url' | 'account'>) => captures.push({ at, snapshot: { url, account: ACCOUNT, ...snapshot } });
  for (let c = 12 + int(30); c > 0; c--) {
    const on = addDays(start, int(length + 2));
    const at = momentOn(on, random);
    const today = truth.get(dayOf(at)) ?? days[length - 1];
    const kind = random();
    let snapshot: Omit<StudioSnapshot, 'url' | 'account'>;
    if (kind < 0.4) {
      const value = studio(today.followers + int(4), random);
      // Followers show on the followers page and on Studio's home: two scopes of one metric.
      snapshot = { page: random() < 0.7 ? 'account-followers' : 'studio-home', range: { days: 7 }, metrics: { followers: value.v }, ...(value.rounded ? { rounded: ['followers'] } : {}) };
    } else if (kind < 0.75) {
      const k = int(7);
      const day = truth.get(addDays(dayOf(at), -k));
      if (!day) continue;
      const value = studio(Math.floor(day.videoViews * counted(k, random)), random);
      snapshot = { page: 'account-overview', range: { start: day.date, end: day.date }, metrics: { videoViews: value.v }, ...(value.rounded ? { rounded: ['videoViews'] } : {}) };
    } else {
      const n = random() < 0.7 ? 7 : 28;
      const value = studio(days.filter((d) => d.date < dayOf(at)).slice(-n).reduce((s, d) => s + d.videoViews, 0), random);
      snapshot = { page: 'account-overview', range: { days: n }, metrics: { videoViews: value.v }, ...(value.rounded ? { rounded: ['videoViews'] } : {}) };
    }
    add(at, snapshot);
    // A revisit minutes later showing the same: the store may keep it as one capture.
    if (random() < 0.3) add(at + (1 + int(40)) * 60_000, snapshot);
  }
  captures.sort((a, b) => a.at - b.at);
  const lastAt = Math.max(...captures.map((c) => c.at), ...exports.map((e) => e.exportedAt), wallClock(last, 12, 0));
  return { seed, days, captures, exports, studio: studioDeliveries(seed, days), now: lastAt + int(3 * DAY_MS) };
}

/**
 * Zero to three batches of Studio's own data, from a generator of their own (the rest of a
 * history stays as it was before Studio's data existed): a span of days before the day each was
 * received, exact when final; the newest one or two not final yet and partly counted.
 */
function studioDeliveries(seed: number, days: TrueDay[]): StudioDelivery[] {
  const random = seededRandom(seed * 104_729 + 17);
  const int = (n: number) => Math.floor(random() * n);
  const truth = new Map(days.map((d) => [d.date, d]));
  const out: StudioDelivery[] = [];
  for (let b = int(4); b > 0; b--) {
    // Received on a day before the history's last, so never after anything else happened.
    const on = days[3 + int(days.length - 4)].date;
    const receivedAt = out.length && random() < 0.2 ? out[int(out.length)].receivedAt : momentOn(on, random);
    const received = dayOf(receivedAt);
    const pending = 1 + int(2);
    const rows: StudioDelivery['days'] = {};
    const provisional: string[] = [];
    for (let k = 1; k <= 2 + int(days.length); k++) {
      const day = truth.get(addDays(received, -k));
      if (!day) continue;
      const final = k > pending;
      rows[day.date] = final ? { followers: day.followers, videoViews: day.videoViews } : { followers: day.followers + int(3), videoViews: Math.floor(day.videoViews * counted(k, random)) };
      if (!final) provisional.push(day.date);
    }
    if (Object.keys(rows).length) out.push({ receivedAt, days: rows, provisional });
  }
  return out;
}

/** A delivery as the batch a content script sends. */
export function studioBatchOf(delivery: StudioDelivery): StudioDataBatch {
  const metric = (m: 'followers' | 'videoViews') => Object.fromEntries(Object.entries(delivery.days).map(([date, v]) => [date, v[m]]));
  return {
    account: ACCOUNT,
    receivedAt: delivery.receivedAt,
    read: {
      account: { followers: metric('followers'), videoViews: metric('videoViews') },
      videos: {},
      retention: {},
      activity: {},
      provisional: delivery.provisional.flatMap((date) => [`account.followers.${date}`, `account.videoViews.${date}`]),
    },
  };
}

/** The newest days of an export, still counted when it was made: two newest dates, less than 4 days old. */
export const provisionalByContract = (dates: string[], exportedAt: number) =>
  new Set([...dates].sort().slice(-2).filter((date) => daysBetween(date, dayOf(exportedAt)) < 4));

/** The history as timeline records of one metric, every capture and every export's day as given. */
export function recordsOf(history: MixedHistory, metric: 'followers' | 'videoViews'): TimelineRecords {
  const imported: ImportedDay[] = history.exports.flatMap((e) =>
    e.parts.flatMap((part) => {
      // Imported at `now` (the store tests import then).
      const exportedAt = part.exportedAt ?? history.now;
      const fresh = provisionalByContract(Object.keys(part.days), exportedAt);
      return Object.entries(part.days).flatMap(([date, values]) => {
        const value = values[metric];
        return value === undefined ? [] : [{ date, value, exportedAt, ...(fresh.has(date) ? { provisional: true as const } : {}) }];
      });
    }),
  );
  const rangeOf = (s: StudioSnapshot) => (metric === 'followers' ? 'lifetime' : s.range && typeof s.range === 'object' ? ('days' in s.range ? `${s.range.days}d` : `${s.range.start}..${s.range.end}`) : 'lifetime');
  const captured: CapturedValue[] = history.captures.flatMap(({ at, snapshot }) => {
    const v = snapshot.metrics[metric];
    return v === undefined ? [] : [{ t: at, v, range: rangeOf(snapshot), ...(snapshot.rounded?.includes(metric) ? { rounded: true as const } : {}) }];
  });
  const studio: StudioDay[] = history.studio.flatMap((d) =>
    Object.entries(d.days).map(([date, values]) => ({ date, value: values[metric], receivedAt: d.receivedAt, ...(d.provisional.includes(date) ? { provisional: true as const } : {}) })),
  );
  return { account: ACCOUNT, metric, imported, captured, studio };
}

export interface ExpectedDay {
  date: string;
  v: number;
  source: 'import' | 'capture' | 'studio';
  provisional?: true;
  rounded?: true;
}

/**
 * Each day's winner by the contract: settled over provisional, exact over rounded, Studio's data
 * over a capture over an import, later over earlier, and (a true tie) the larger value. A running total's capture claims
 * the local day it was taken on; a flow's day comes only from a one-day range, provisional while
 * taken less than 4 days after its day.
 */
export function expectedDays(records: TimelineRecords): ExpectedDay[] {
  const level = records.metric === 'followers';
  const candidates = new Map<string, Array<{ rank: number[]; day: ExpectedDay }>>();
  const offer = (asOf: number, day: ExpectedDay) => {
    const rank = [day.provisional ? 0 : 1, day.rounded ? 0 : 1, { studio: 2, capture: 1, import: 0 }[day.source], asOf, day.v];
    candidates.set(day.date, [...(candidates.get(day.date) ?? []), { rank, day }]);
  };
  for (const r of records.imported) offer(r.exportedAt, { date: r.date, v: r.value, source: 'import', ...(r.provisional ? { provisional: true as const } : {}) });
  for (const r of records.studio ?? []) offer(r.receivedAt, { date: r.date, v: r.value, source: 'studio', ...(r.provisional ? { provisional: true as const } : {}) });
  for (const c of records.captured) {
    const oneDay = /^(\d{4}-\d{2}-\d{2})\.\.\1$/.exec(c.range)?.[1];
    const date = level ? (c.range === 'lifetime' ? dayOf(c.t) : undefined) : oneDay;
    if (!date) continue;
    const provisional = !level && daysBetween(date, dayOf(c.t)) < 4;
    offer(c.t, { date, v: c.v, source: 'capture', ...(provisional ? { provisional: true as const } : {}), ...(c.rounded ? { rounded: true as const } : {}) });
  }
  const better = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
    return false;
  };
  return [...candidates.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, list]) => list.reduce((best, c) => (better(c.rank, best.rank) ? c : best)).day);
}

/** Fisher–Yates with the test's own generator. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Every order of `items` (a few items only). */
export function orders<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/**
 * One history delivered three ways, every value exact and settled: all by an export made days after
 * its last day, all by captures (the follower total once a day at any local time, each day's views
 * by a one-day range at least four days on), or the first days by export and the rest by captures.
 */
export function splitDeliveries(history: MixedHistory, seed: number): Record<'imports' | 'captures' | 'half', { exports: Export[]; captures: Capture[] }> {
  const random = seededRandom(seed);
  const url = 'https://www.tiktok.com/tiktokstudio/analytics';
  const exportOf = (days: TrueDay[]): Export => {
    const exportedAt = momentOn(addDays(days[days.length - 1].date, 4 + Math.floor(random() * 3)), random);
    return { exportedAt, parts: [{ name: `Overview_${exportedAt}.zip`, files: ['Overview.csv'], exportedAt, days: Object.fromEntries(days.map((d) => [d.date, { videoViews: d.videoViews, followers: d.followers }])) }] };
  };
  const capturesOf = (days: TrueDay[]): Capture[] =>
    days
      .flatMap((d) => [
        { at: momentOn(d.date, random), snapshot: { page: 'account-followers' as const, url, account: ACCOUNT, range: { days: 7 }, metrics: { followers: d.followers } } },
        { at: momentOn(addDays(d.date, 4 + Math.floor(random() * 4)), random), snapshot: { page: 'account-overview' as const, url, account: ACCOUNT, range: { start: d.date, end: d.date }, metrics: { videoViews: d.videoViews } } },
      ])
      .sort((a, b) => a.at - b.at);
  const cut = 1 + Math.floor(random() * (history.days.length - 2));
  return {
    imports: { exports: [exportOf(history.days)], captures: [] },
    captures: { exports: [], captures: capturesOf(history.days) },
    half: { exports: [exportOf(history.days.slice(0, cut))], captures: capturesOf(history.days.slice(cut)) },
  };
}
