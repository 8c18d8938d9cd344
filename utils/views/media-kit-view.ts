// The media kit: one page a creator can print for a sponsor, made on the device from the one
// history. Key numbers over a chosen range (each daily metric summed over its days, followers at
// the start and end), the latest audience picture, the best videos and the followers' growth.
import { metricsWhere, type MetricKey } from '../metrics/metric-facts';
import type { AudiencePicture } from '../series/audience-shift';
import { addDays, localDate } from '../platform/days';
import type { Point } from '../series/series-math';
import { buildTimeline, dayPoints } from '../timeline/build-timeline';
import type { TimelineMetric } from '../timeline/timeline-contract';
import type { ViewSource } from './view-source';

/** The ranges the page offers, in days. */
export const MEDIA_KIT_RANGES = [28, 90, 365] as const;
const BEST_VIDEOS = 5;

/** The flows Studio counts day by day: the kit sums them over the range. */
const SUMMED = metricsWhere({ daily: true }).filter((m) => m !== 'followers');

/** The audience the kit shows: the latest picture's shares (percent). */
export type Audience = Pick<AudiencePicture, 'gender' | 'territories'>;

export interface MediaKitTotal {
  metric: MetricKey;
  value: number;
  /** Days of the range the sum rests on. */
  days: number;
}

export interface MediaKit {
  account: string;
  /** First and last day of the range (YYYY-MM-DD), and its length. */
  from: string;
  to: string;
  days: number;
  totals: MediaKitTotal[];
  /** Followers at the first and last day held in the range. */
  followers?: { start: number; end: number; gained: number; growth: Point[] };
  /** Likes, comments and shares per view over the range (0–1), when both are held. */
  engagementRate?: number;
  bestVideos: Array<{ videoId: string; caption?: string; views: number; likes?: number }>;
  audience?: Audience;
  /** When the newest value shown was captured or imported. */
  asOf?: number;
}

export async function mediaKit(source: ViewSource, account: string, days: number, audience: Audience | undefined, now: number): Promise<MediaKit> {
  const to = localDate(now);
  const from = addDays(to, 1 - days);
  const metrics: TimelineMetric[] = ['followers', ...SUMMED];
  const [records, videos] = await Promise.all([source.timelines(account, metrics), source.videos(account)]);
  const inRange = new Map(records.map((r) => [r.metric, buildTimeline(r).days.filter((d) => d.date >= from && d.date <= to)]));
  const totals = SUMMED.flatMap((metric) => {
    const held = inRange.get(metric) ?? [];
    return held.length ? [{ metric, value: held.reduce((sum, d) => sum + d.v, 0), days: held.length }] : [];
  });
  const growth = dayPoints(inRange.get('followers') ?? []);
  const first = growth[0];
  const last = growth.at(-1);
  const sum = (m: MetricKey) => totals.find((x) => x.metric === m)?.value;
  const views = sum('videoViews');
  const engaged = ['likes', 'comments', 'shares'].map((m) => sum(m as MetricKey));
  const bestVideos = videos
    .filter((v) => v.counters.views !== undefined)
    .sort((a, b) => b.counters.views! - a.counters.views!)
    .slice(0, BEST_VIDEOS)
    .map((v) => ({ videoId: v.videoId, ...(v.caption ? { caption: v.caption } : {}), views: v.counters.views!, ...(v.counters.likes === undefined ? {} : { likes: v.counters.likes }) }));
  const newest = Math.max(...[...inRange.values()].flat().map((d) => d.t), -Infinity);
  return {
    account, from, to, days, totals, bestVideos,
    ...(first && last ? { followers: { start: first.v, end: last.v, gained: last.v - first.v, growth } } : {}),
    ...(views && engaged[0] !== undefined ? { engagementRate: engaged.reduce<number>((a, b) => a + (b ?? 0), 0) / views } : {}),
    // Only the shares: the export's file name and the rest of the record stay out of the page.
    ...(audience ? { audience: { ...(audience.gender ? { gender: audience.gender } : {}), ...(audience.territories ? { territories: audience.territories } : {}) } } : {}),
    ...(newest > -Infinity ? { asOf: newest } : {}),
  };
}
