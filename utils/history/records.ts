// What the store keeps and how records are keyed. Pure: no IndexedDB here.
import { METRICS, VIDEO_COUNTER_METRICS } from '../metrics/metric-facts';
import { METRIC_KEYS, VIDEO_COUNTERS, type MetricKey, type SnapshotRange, type StudioSnapshot, type VideoCounter } from '../reader/snapshot';

/** A stored capture: the contract's snapshot plus when it was taken and last seen again. */
export interface SnapshotRecord extends StudioSnapshot {
  id?: number;
  /** Handle the capture belongs to; '' when the page never showed one. */
  account: string;
  /** `account|page|videoId|range`: captures of one scope are comparable with each other. */
  scope: string;
  capturedAt: number;
  /** The last time the same page showed the same numbers (duplicates refresh this instead of adding). */
  lastSeenAt: number;
}

/** One value of one metric at one moment: the unit every chart and badge reads. */
export interface MetricPoint {
  id?: number;
  snapshotId: number;
  account: string;
  /** '' for account-level metrics. */
  videoId: string;
  metric: MetricKey | VideoCounter;
  range: string;
  capturedAt: number;
  value: number;
  rounded?: true;
}

/** What the store knows of one video of an account: its latest lifetime counters. */
export interface VideoRecord {
  account: string;
  videoId: string;
  caption?: string;
  postedAt?: string;
  durationSeconds?: number;
  pinned?: boolean;
  scheduled?: boolean;
  firstSeenAt: number;
  lastSeenAt: number;
  counters: Partial<Record<VideoCounter, number>>;
  rounded?: VideoCounter[];
}

export function rangeKey(range: SnapshotRange | undefined): string {
  if (range === undefined) return 'default';
  if (range === 'lifetime') return 'lifetime';
  if ('days' in range) return `${range.days}d`;
  return `${range.start}..${range.end}`;
}

export function scopeKey(s: Pick<SnapshotRecord, 'account' | 'page' | 'videoId' | 'range'>): string {
  return [s.account, s.page, s.videoId ?? '', rangeKey(s.range)].join('|');
}

// Totals that do not depend on the period the page shows (from the metric facts): one series whatever range was picked.
export const RANGE_FREE_METRICS: ReadonlySet<string> = new Set(METRIC_KEYS.filter((m) => METRICS[m].rangeFree));

/** Flattens a capture into the points that charts, badges and exports read. */
export function pointsOf(record: SnapshotRecord & { id: number }): MetricPoint[] {
  const base = { snapshotId: record.id, account: record.account, capturedAt: record.capturedAt };
  const points: MetricPoint[] = [];
  const rounded = new Set(record.rounded ?? []);
  const range = rangeKey(record.range);
  for (const [metric, value] of Object.entries(record.metrics) as [MetricKey, number][]) {
    if (typeof value !== 'number') continue;
    points.push({
      ...base,
      videoId: record.videoId ?? '',
      metric,
      range: RANGE_FREE_METRICS.has(metric) ? 'lifetime' : range,
      value,
      ...(rounded.has(metric) ? { rounded: true as const } : {}),
    });
  }
  // Rows of the posts list carry lifetime counters; rows of "top posts in period" carry the period's.
  const rowRange = record.page === 'posts-list' ? 'lifetime' : range;
  for (const row of record.videos ?? []) {
    const rowRounded = new Set(row.rounded ?? []);
    for (const counter of VIDEO_COUNTERS) {
      const value = row[counter];
      if (typeof value !== 'number') continue;
      points.push({
        ...base,
        videoId: row.videoId,
        metric: counter,
        range: rowRange,
        value,
        ...(rowRounded.has(counter) ? { rounded: true as const } : {}),
      });
    }
  }
  return points;
}

/** Merges what a capture says about videos into their records (latest counters win). */
export function mergeVideos(
  record: SnapshotRecord,
  existing: (account: string, videoId: string) => VideoRecord | undefined,
): VideoRecord[] {
  const updates = new Map<string, VideoRecord>();
  const touch = (videoId: string): VideoRecord => {
    const known = updates.get(videoId) ?? existing(record.account, videoId);
    const video: VideoRecord = known
      ? { ...known, counters: { ...known.counters } }
      : { account: record.account, videoId, firstSeenAt: record.capturedAt, lastSeenAt: record.capturedAt, counters: {} };
    video.firstSeenAt = Math.min(video.firstSeenAt, record.capturedAt);
    updates.set(videoId, video);
    return video;
  };
  const newer = (video: VideoRecord) => record.capturedAt >= video.lastSeenAt;

  for (const row of record.videos ?? []) {
    const video = touch(row.videoId);
    const isNewer = newer(video);
    if (row.caption && (isNewer || !video.caption)) video.caption = row.caption;
    if (row.postedAt && (isNewer || !video.postedAt)) video.postedAt = row.postedAt;
    if (row.durationSeconds !== undefined && (isNewer || video.durationSeconds === undefined)) video.durationSeconds = row.durationSeconds;
    if (record.page !== 'posts-list' || !isNewer) continue;
    if (row.pinned !== undefined) video.pinned = row.pinned;
    if (row.scheduled !== undefined) video.scheduled = row.scheduled;
    for (const counter of VIDEO_COUNTERS) {
      if (typeof row[counter] === 'number') video.counters[counter] = row[counter];
    }
    video.rounded = row.rounded?.length ? [...row.rounded] : undefined;
    video.lastSeenAt = record.capturedAt;
  }
  if (record.page === 'video-overview' && record.videoId && record.range === 'lifetime') {
    const video = touch(record.videoId);
    if (newer(video)) {
      const rounded = new Set(record.rounded ?? []);
      const roundedCounters: VideoCounter[] = [];
      // Video pages' lifetime metrics are the same counters the posts list shows.
      for (const metric of VIDEO_COUNTER_METRICS) {
        const counter = METRICS[metric].counter!;
        const value = record.metrics[metric];
        if (typeof value !== 'number') continue;
        video.counters[counter] = value;
        if (rounded.has(metric)) roundedCounters.push(counter);
      }
      video.rounded = roundedCounters.length ? roundedCounters : undefined;
      video.lastSeenAt = record.capturedAt;
    }
  }
  return [...updates.values()];
}

/** Same page, same numbers: a revisit, not news. */
export function sameContent(a: StudioSnapshot, b: StudioSnapshot): boolean {
  return (
    stableJson(a.metrics) === stableJson(b.metrics) &&
    stableJson(a.breakdowns ?? {}) === stableJson(b.breakdowns ?? {}) &&
    stableJson(a.videos ?? []) === stableJson(b.videos ?? []) &&
    stableJson(a.rounded ?? []) === stableJson(b.rounded ?? [])
  );
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
