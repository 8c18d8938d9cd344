// A video's page in the dashboard: its exact daily views and first 48 hours by hour (Studio's own
// data), its retention curve beside the creator's median curve, how long it is watched, and its
// numbers. Pure: the store hands over records (VideoPageSource), this says what the page shows.
import { metricsWhere, type MetricKey, type MetricWhere } from '../metrics/metric-facts';
import { HOUR_MS, localDate, noonOf } from '../platform/days';
import type { VideoCounter } from '../reader/snapshot';
import type { CapturedValue } from '../timeline/timeline-contract';
import type { VideoSummary } from './view-source';

/** How long a video is watched (the metric-facts rows with `watch: true`): total play time, average watch time, watched full video. */
export type WatchMetric = MetricWhere<{ watch: true }>;
export const WATCH_METRICS: readonly WatchMetric[] = metricsWhere({ watch: true });

/** A watch-time value as the page says it: where it came from and the day it is as of. */
export interface WatchValue {
  value: number;
  /** Studio's own data (its "so far" values, kept as the page received them), or a capture of the video's page. */
  source: 'studio' | 'capture';
  /** The local day (YYYY-MM-DD) it is the video's total as of. */
  asOf: string;
  /** Studio had not finished counting it. */
  provisional?: true;
  /** Studio's page showed it rounded. */
  rounded?: true;
}

const FIRST_HOURS = 48;
/** The median curve is drawn at each percent of a video's length. */
const PERCENT_STEPS = 100;

/** One value of a video from Studio's data: a day (YYYY-MM-DD) or an hour of one (YYYY-MM-DDTHH). */
export interface VideoValue {
  metric: MetricKey;
  at: string;
  value: number;
  provisional?: true;
}

/** A video's retention curve: [seconds into it, percent still watching], by seconds. */
export interface RetentionCurve {
  videoId: string;
  points: Array<[number, number]>;
}

/** What the page reads of the store (utils/history/timeline-reads.ts, historySource, answers it). */
export interface VideoPageSource {
  videos(account: string): Promise<VideoSummary[]>;
  studioVideo(account: string, videoId: string): Promise<{ values: VideoValue[]; retention?: RetentionCurve }>;
  retentionCurves(account: string): Promise<RetentionCurve[]>;
  /** One lifetime value of the video at each capture of its own page, oldest first. */
  videoSeries(account: string, videoId: string, metric: WatchMetric): Promise<CapturedValue[]>;
}

/** A point of a day or an hour, where it sits on a time axis. */
export interface VideoPoint {
  /** YYYY-MM-DD or YYYY-MM-DDTHH. */
  at: string;
  t: number;
  v: number;
  provisional?: true;
}

/** A curve over the video's length: x in percent of it (0–100), y the percent still watching. */
export type LengthCurve = Array<{ x: number; y: number }>;

export interface VideoPage {
  videoId: string;
  caption?: string;
  postedAt?: string;
  counters: Partial<Record<VideoCounter, number>>;
  rounded?: VideoCounter[];
  /** Exact daily views, oldest first. */
  daily: VideoPoint[];
  /** Views in each of the first 48 hours Studio sent, oldest first. */
  hours: VideoPoint[];
  /** This video's curve, by percent of its length; absent when no curve was kept. */
  retention?: LengthCurve;
  /** Seconds the curve covers. */
  lengthSeconds?: number;
  /** The creator's median over their other videos' curves, at each percent of length, and how many it rests on. */
  median?: { curve: LengthCurve; videos: number };
  /** The numbers said beside the charts. */
  numbers: {
    /** Views over the days kept, and over the first hours kept. */
    dailyViews?: number;
    hourViews?: number;
    /** Percent still watching at the end: this video's, and the median's. */
    retentionEnd?: number;
    medianEnd?: number;
  };
  /** How long it is watched, each the freshest value kept (absent where none is). */
  watch: Partial<Record<WatchMetric, WatchValue>>;
  /** Nothing of Studio's data kept for this video yet. */
  empty: boolean;
}

/** Where a day or an hour key sits on a time axis: a day at its local noon, an hour at its start. */
export function momentOf(at: string): number {
  return at.length === 10 ? noonOf(at) : new Date(`${at}:00:00`).getTime();
}

const isHour = (at: string) => at.length === 13;

/** The seconds a curve covers: its last point (Studio sends a point per second up to the end). */
export const curveLength = (points: Array<[number, number]>) => (points.length ? points[points.length - 1][0] : 0);

/** The percent still watching at `seconds`, between the curve's points on a straight line (its ends held beyond them). */
export function retentionAt(points: Array<[number, number]>, seconds: number): number {
  if (seconds <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i++) {
    const [s1, p1] = points[i];
    if (seconds <= s1) {
      const [s0, p0] = points[i - 1];
      return p0 + ((p1 - p0) * (seconds - s0)) / (s1 - s0);
    }
  }
  return points[points.length - 1][1];
}

/** A curve over its own length, at each percent of it. */
export function byPercentOfLength(points: Array<[number, number]>): LengthCurve {
  const length = curveLength(points);
  return length > 0 ? points.map(([s, p]) => ({ x: (s / length) * 100, y: p })) : [];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The creator's median retention: at each percent of length (videos differ in length, so a second
 * says less than a share of the video), the median of every curve's value there.
 */
export function medianCurve(curves: Array<Array<[number, number]>>): LengthCurve {
  const usable = curves.filter((points) => curveLength(points) > 0);
  if (!usable.length) return [];
  return Array.from({ length: PERCENT_STEPS + 1 }, (_, x) => ({ x, y: median(usable.map((points) => retentionAt(points, (curveLength(points) * x) / PERCENT_STEPS))) }));
}

/**
 * One watch-time metric's value: the freshest of Studio's "so far" values (keyed by the day they were
 * read) and the latest capture of the video's page; on the same day Studio's own value, which is exact.
 */
export function watchValueOf(metric: WatchMetric, values: VideoValue[], captured?: CapturedValue): WatchValue | undefined {
  const studio = values.filter((v) => v.metric === metric && !isHour(v.at)).reduce<VideoValue | undefined>((last, v) => (!last || v.at > last.at ? v : last), undefined);
  const fromStudio: WatchValue | undefined = studio && { value: studio.value, source: 'studio', asOf: studio.at, ...(studio.provisional ? { provisional: true as const } : {}) };
  const fromCapture: WatchValue | undefined = captured && { value: captured.v, source: 'capture', asOf: localDate(captured.t), ...(captured.rounded ? { rounded: true as const } : {}) };
  if (!fromStudio || !fromCapture) return fromStudio ?? fromCapture;
  return fromCapture.asOf > fromStudio.asOf ? fromCapture : fromStudio;
}

/** Where every watch-time value came from and its day, when they all share them (said once); else undefined (said by each). */
export function sharedWatchSource(watch: VideoPage['watch']): Pick<WatchValue, 'source' | 'asOf'> | undefined {
  const [first, ...rest] = Object.values(watch);
  return first && rest.every((w) => w.source === first.source && w.asOf === first.asOf) ? { source: first.source, asOf: first.asOf } : undefined;
}

/** The page, from what the store holds of the video and the account (`captured`: each watch metric's latest capture). */
export function videoPage(
  videoId: string,
  input: { video?: VideoSummary; values: VideoValue[]; retention?: RetentionCurve; curves: RetentionCurve[]; captured?: Partial<Record<WatchMetric, CapturedValue>> },
): VideoPage {
  const views = input.values.filter((v) => v.metric === 'videoViews');
  const point = (v: VideoValue): VideoPoint => ({ at: v.at, t: momentOf(v.at), v: v.value, ...(v.provisional ? { provisional: true as const } : {}) });
  const byTime = (a: VideoPoint, b: VideoPoint) => a.t - b.t;
  const daily = views.filter((v) => !isHour(v.at)).map(point).sort(byTime);
  const allHours = views.filter((v) => isHour(v.at)).map(point).sort(byTime);
  const hours = allHours.length ? allHours.filter((h) => h.t < allHours[0].t + FIRST_HOURS * HOUR_MS) : [];
  const own = input.retention?.points.length ? input.retention.points : undefined;
  const others = input.curves.filter((c) => c.videoId !== videoId).map((c) => c.points);
  const median = medianCurve(others);
  const video = input.video;
  const sum = (points: VideoPoint[]) => (points.length ? points.reduce((total, p) => total + p.v, 0) : undefined);
  const numbers = {
    ...(daily.length ? { dailyViews: sum(daily) } : {}),
    ...(hours.length ? { hourViews: sum(hours) } : {}),
    ...(own ? { retentionEnd: own[own.length - 1][1] } : {}),
    ...(median.length ? { medianEnd: median[median.length - 1].y } : {}),
  };
  return {
    videoId,
    ...(video?.caption ? { caption: video.caption } : {}),
    ...(video?.postedAt ? { postedAt: video.postedAt } : {}),
    counters: video?.counters ?? {},
    ...(video?.rounded?.length ? { rounded: video.rounded } : {}),
    daily,
    hours,
    ...(own ? { retention: byPercentOfLength(own), lengthSeconds: curveLength(own) } : {}),
    ...(median.length ? { median: { curve: median, videos: others.filter((c) => curveLength(c) > 0).length } } : {}),
    numbers,
    watch: Object.fromEntries(
      WATCH_METRICS.flatMap((m) => {
        const value = watchValueOf(m, input.values, input.captured?.[m]);
        return value ? [[m, value]] : [];
      }),
    ),
    empty: !input.values.length && !own,
  };
}

/** Reads what the page needs and makes it. */
export async function videoPageOf(source: VideoPageSource, account: string, videoId: string): Promise<VideoPage> {
  const [videos, studio, curves, captured] = await Promise.all([
    source.videos(account),
    source.studioVideo(account, videoId),
    source.retentionCurves(account),
    Promise.all(WATCH_METRICS.map(async (m) => [m, (await source.videoSeries(account, videoId, m)).at(-1)] as const)),
  ]);
  const latest = Object.fromEntries(captured.filter(([, v]) => v !== undefined));
  return videoPage(videoId, { video: videos.find((v) => v.videoId === videoId), values: studio.values, retention: studio.retention, curves, captured: latest });
}
