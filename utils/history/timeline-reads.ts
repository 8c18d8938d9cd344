// The store's answer for views: records, windowed, never resolved. A timeline's records are the
// days exports and Studio's own data stated and the points captures gave (utils/timeline builds the timeline from them);
// the rest is what the popup's insights read (videos, posts lists, follower activity).
import type { IDBPTransaction } from 'idb';
import { COMMON_RANGES, type AccountRecency, type CapturedValue, type ImportedDay, type StudioDay, type TimelineMetric, type TimelineRecords } from '../timeline/timeline-contract';
import { DAY_MS, localDate } from '../platform/days';
import { toPoint } from '../timeline/chart-point';
import type { MetricKey, SeriesMetric, VideoRow } from '../reader/snapshot';
import type { LensDB, LensSchema } from './database';
import { RANGE_FREE_METRICS, rangeKey, scopeKey, type MetricPoint, type SnapshotRecord, type VideoRecord } from './records';
import { studioValueOf, windowDates } from '../timeline/window-check';
import { accountsByRecency, getScopeHistory, getSeriesRanges, listVideos } from './snapshots';
import { mergeHours, type ActivityRecord, type DailyRecord } from './imported-days';
import type { StudioActivityRecord, StudioDayRecord, StudioRetentionRecord, StudioVideoValueRecord } from './studio-data-records';

/** Custom ranges sort by their first day: 20xx dates lie below '21', which every common period ('28d', '7d') is above. */
const CUSTOM_LOW = '19';
const CUSTOM_HIGH = '21';

type ReadTx = IDBPTransaction<LensSchema, ('points' | 'daily' | 'studioDays')[], 'readonly'>;
const TIMELINE_STORES = ['points', 'daily', 'studioDays'] as const;

const captured = (p: MetricPoint): CapturedValue => ({ ...toPoint({ t: p.capturedAt, v: p.value, rounded: p.rounded }), range: p.range });
const imported = (r: DailyRecord): ImportedDay => ({ date: r.date, value: r.value, exportedAt: r.exportedAt, ...(r.provisional ? { provisional: true as const } : {}) });
const studioDay = (r: StudioDayRecord): StudioDay => ({ date: r.date, value: r.value, receivedAt: r.receivedAt, ...(r.provisional ? { provisional: true as const } : {}) });

/** The newest `n` values below `upper` in an index or store range, oldest first. */
async function newest<T>(open: () => Promise<{ value: T; continue(): Promise<unknown> } | null>, n: number): Promise<T[]> {
  const out: T[] = [];
  let cursor = await open();
  while (cursor && out.length < n) {
    out.unshift(cursor.value);
    cursor = (await cursor.continue()) as typeof cursor;
  }
  return out;
}

/**
 * One metric's records from `from` on (everything when undefined). Where a period's window holds
 * fewer than two values (or the imported days' window fewer than two), the newest two before it
 * come too, so a view can still say what the latest value was and how it changed.
 */
export async function readTimelineRecords(db: LensDB, q: { account: string; metric: TimelineMetric; from?: number }, tx: ReadTx = db.transaction(TIMELINE_STORES)): Promise<TimelineRecords> {
  const { account, metric } = q;
  const from = q.from ?? -Infinity;
  const index = tx.objectStore('points').index('bySeries');
  const span = (range: string, a: number, b: number) => IDBKeyRange.bound([account, '', metric, range, a], [account, '', metric, range, b]);
  const ranges = RANGE_FREE_METRICS.has(metric) ? ['lifetime'] : COMMON_RANGES;
  // One key read beside the windows (a seek; counting would walk every capture): an account known
  // only from imports has no period to look behind, and its popup skips a lookup per period.
  const anyCaptured = from === -Infinity ? Promise.resolve(false) : index.getKey(IDBKeyRange.bound([account, '', metric], [account, '', metric, []])).then((key) => key !== undefined);
  // Every period's window at once, each thin one with what came before it: a view picks a period by
  // its captures, and its latest change must not depend on whether another period was busier.
  const perRange = Promise.all(
    ranges.map(async (range) => {
      const window = await index.getAll(span(range, from, Infinity));
      if (window.length >= 2 || !(await anyCaptured)) return window;
      return [...(await newest(() => index.openCursor(span(range, -Infinity, from), 'prev'), 2 - window.length)), ...window];
    }),
  );
  // A day's window starts up to 14 hours before its UTC midnight: a day's margin covers every zone.
  const fromDate = q.from === undefined ? '' : localDate(q.from - DAY_MS);
  const custom = RANGE_FREE_METRICS.has(metric)
    ? Promise.resolve([])
    : index.getAll(IDBKeyRange.bound([account, '', metric, fromDate > CUSTOM_LOW ? fromDate : CUSTOM_LOW], [account, '', metric, CUSTOM_HIGH]));
  // Days of exports and of Studio's data: the window, with the newest two before a thin one.
  const dayWindow = async <R>(store: { getAll(range: IDBKeyRange): Promise<R[]>; openCursor(range: IDBKeyRange, direction: 'prev'): Promise<{ value: R; continue(): Promise<unknown> } | null> }) => {
    const dayRange = (low: string, high: string) => IDBKeyRange.bound([account, metric, low], [account, metric, high]);
    const window = await store.getAll(dayRange(fromDate, '\uffff'));
    if (window.length >= 2 || !fromDate) return window;
    return [...(await newest(() => store.openCursor(dayRange('', fromDate), 'prev'), 2 - window.length)), ...window];
  };
  const days = dayWindow<DailyRecord>(tx.objectStore('daily'));
  const studioDays = dayWindow<StudioDayRecord>(tx.objectStore('studioDays'));
  const [points, customPoints, dayRecords, studioRecords] = await Promise.all([perRange, custom, days, studioDays]);
  return {
    account,
    metric,
    imported: dayRecords.map(imported),
    captured: [...points.flat(), ...customPoints.filter((p) => p.capturedAt >= from)].map(captured),
    ...(studioRecords.length ? { studio: studioRecords.map(studioDay) } : {}),
  };
}

/** Several metrics' records in one transaction. */
export function readTimelines(db: LensDB, account: string, metrics: readonly TimelineMetric[], from?: number): Promise<TimelineRecords[]> {
  const tx = db.transaction(TIMELINE_STORES);
  return Promise.all(metrics.map((metric) => readTimelineRecords(db, { account, metric, from }, tx)));
}

/**
 * Studio's own values of the account's metrics a capture showed rounded, for the same period,
 * where its data holds every day of it (the badges' "exact: 12,345 (Studio's data)"); a value
 * equal to the shown one says nothing new and is left out. A video's page: none yet.
 */
export async function studioValuesOfRounded(db: LensDB, capture: Pick<SnapshotRecord, 'account' | 'videoId' | 'range' | 'metrics' | 'rounded' | 'capturedAt'>): Promise<Partial<Record<MetricKey, number>>> {
  const exact: Partial<Record<MetricKey, number>> = {};
  if (capture.videoId || !capture.rounded?.length) return exact;
  const store = db.transaction('studioDays').objectStore('studioDays');
  for (const metric of capture.rounded) {
    const range = RANGE_FREE_METRICS.has(metric) ? 'lifetime' : rangeKey(capture.range);
    const dates = range === 'lifetime' ? [localDate(capture.capturedAt)] : windowDates(range, capture.capturedAt);
    if (!dates?.length) continue;
    const days = await store.getAll(IDBKeyRange.bound([capture.account, metric, dates[dates.length - 1]], [capture.account, metric, dates[0]]));
    const value = studioValueOf({ metric, studio: days.map(studioDay) }, range, capture.capturedAt);
    if (value !== undefined && value !== capture.metrics[metric]) exact[metric] = value;
  }
  return exact;
}

type SeriesIndex = ReturnType<typeof seriesIndex>;
const seriesIndex = (db: LensDB) => db.transaction('points').store.index('bySeries');

/** One lifetime value of a video at each capture from `from` to `to`, oldest first. */
export async function readVideoSeries(db: LensDB, account: string, videoId: string, metric: SeriesMetric, from = -Infinity, to = Infinity, index: SeriesIndex = seriesIndex(db)): Promise<CapturedValue[]> {
  const points = await index.getAll(IDBKeyRange.bound([account, videoId, metric, 'lifetime', from], [account, videoId, metric, 'lifetime', to]));
  return points.map(captured);
}

/**
 * The points index, shared by every read asked in the same turn: "what works" asks four series of
 * each of a thousand videos at once, and a transaction each (four thousand) cost Chromium more than
 * the reads. A transaction stays usable until the turn that made it ends; the next turn opens another.
 */
function sharedSeriesIndex(db: LensDB): () => SeriesIndex {
  let index: SeriesIndex | undefined;
  return () => {
    if (!index) {
      index = seriesIndex(db);
      queueMicrotask(() => (index = undefined));
    }
    return index;
  };
}

/** A video's lifetime views over time: the posts list's counter, else its own page's. */
export async function readVideoViews(db: LensDB, account: string, videoId: string, from = -Infinity, to = Infinity): Promise<{ metric: 'views' | 'videoViews'; points: CapturedValue[] }> {
  const listed = await readVideoSeries(db, account, videoId, 'views', from, to);
  if (listed.length || (await getSeriesRanges(db, { account, videoId, metric: 'views' })).length) return { metric: 'views', points: listed };
  return { metric: 'videoViews', points: await readVideoSeries(db, account, videoId, 'videoViews', from, to) };
}

/** The rows of the newest `n` captures of the posts list, newest first. */
export async function readPostsLists(db: LensDB, account: string, n: number): Promise<VideoRow[][]> {
  return (await getScopeHistory(db, scopeKey({ account, page: 'posts-list', range: 'lifetime' }), n)).map((r) => r.videos ?? []);
}

/**
 * The account's stored hours of follower activity: the exports' (hours in UTC), and Studio's own
 * data's (local hours, moved to the UTC hour they stand for), which outranks an export's hour.
 */
export async function readActivityRecords(db: LensDB, account: string): Promise<ActivityRecord[]> {
  const tx = db.transaction(['activity', 'activityDays', 'studioActivity']);
  const range = IDBKeyRange.bound([account], [account, []]);
  const [perHour, days, studio] = await Promise.all([tx.objectStore('activity').getAll(range), tx.objectStore('activityDays').getAll(range), tx.objectStore('studioActivity').getAll(range)]);
  const exported = mergeHours(perHour, days);
  if (!studio.length) return exported;
  const hours = new Map(exported.map((r) => [`${r.date}|${r.hour}`, r]));
  for (const r of studio) {
    const hour = utcHourOf(r);
    hours.set(`${hour.date}|${hour.hour}`, { account, ...hour, activeFollowers: r.activeFollowers, exportedAt: r.receivedAt });
  }
  return [...hours.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.hour - b.hour));
}

/** The UTC date and hour a local (date, hour) of this browser's time zone stands for. */
function utcHourOf(r: Pick<StudioActivityRecord, 'date' | 'hour'>): { date: string; hour: number } {
  const d = new Date(`${r.date}T${String(r.hour).padStart(2, '0')}:00:00`);
  return { date: d.toISOString().slice(0, 10), hour: d.getUTCHours() };
}

/** One video's Studio values (days and hours, every metric) and its retention curve. */
export async function readStudioVideo(db: LensDB, account: string, videoId: string): Promise<{ values: StudioVideoValueRecord[]; retention?: StudioRetentionRecord }> {
  const tx = db.transaction(['studioVideoValues', 'studioRetention']);
  const [values, retention] = await Promise.all([
    tx.objectStore('studioVideoValues').getAll(IDBKeyRange.bound([account, videoId], [account, videoId, []])),
    tx.objectStore('studioRetention').get([account, videoId]),
  ]);
  return { values, ...(retention ? { retention } : {}) };
}

/** Every retention curve of an account (one per video). */
export function readRetentionCurves(db: LensDB, account: string): Promise<StudioRetentionRecord[]> {
  return db.getAll('studioRetention', IDBKeyRange.bound([account], [account, []]));
}

/** The pages whose captures carry breakdowns (shares in percent): the account's and a video's. */
const BREAKDOWN_PAGES = ['account-overview', 'account-viewers', 'account-followers', 'video-overview', 'video-viewers'] as const;

/** Every capture of the account that showed breakdowns, oldest first (utils/views names the shape: BreakdownReading). */
export async function readBreakdowns(db: LensDB, account: string) {
  const scoped = await Promise.all(BREAKDOWN_PAGES.map((page) => db.getAllFromIndex('snapshots', 'byScope', IDBKeyRange.bound([`${account}|${page}|`, -Infinity], [`${account}|${page}|\uffff`, Infinity]))));
  return scoped
    .flat()
    .filter((r) => r.breakdowns && Object.keys(r.breakdowns).length)
    .map((r) => ({ at: r.capturedAt, page: r.page, ...(r.videoId ? { videoId: r.videoId } : {}), range: scopeKey(r).split('|')[3], breakdowns: r.breakdowns! }))
    .sort((a, b) => a.at - b.at);
}

/** What views read of the store, as one object (utils/views names its shape; the page or background hands it over). */
export function historySource(db: LensDB) {
  const videoSeriesIndex = sharedSeriesIndex(db);
  return {
    accounts: (): Promise<AccountRecency[]> => accountsByRecency(db),
    timelines: (account: string, metrics: readonly TimelineMetric[], from?: number) => readTimelines(db, account, metrics, from),
    videos: (account: string): Promise<VideoRecord[]> => listVideos(db, account),
    videoViews: (account: string, videoId: string, from?: number, to?: number) => readVideoViews(db, account, videoId, from, to),
    videoSeries: (account: string, videoId: string, metric: SeriesMetric, from?: number, to?: number) => readVideoSeries(db, account, videoId, metric, from, to, videoSeriesIndex()),
    postsLists: (account: string, n: number) => readPostsLists(db, account, n),
    activity: (account: string) => readActivityRecords(db, account),
    studioVideo: (account: string, videoId: string) => readStudioVideo(db, account, videoId),
    retentionCurves: (account: string) => readRetentionCurves(db, account),
    breakdowns: (account: string) => readBreakdowns(db, account),
  };
}
