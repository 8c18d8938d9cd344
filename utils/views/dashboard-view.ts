// What the dashboard's compare chart draws of a metric or a video: the same series the popup's
// chart picks from a timeline, over all time.
import { buildTimeline } from '../timeline/build-timeline';
import type { TimelineMetric } from '../timeline/timeline-contract';
import { chartSeries, type TimelineSeries } from './timeline-series';
import type { ViewSource } from './view-source';

export const VIDEO_PREFIX = 'video:';
/** A metric of the account, or `video:<id>` for one video's views. */
export type CompareKey = TimelineMetric | `${typeof VIDEO_PREFIX}${string}`;

export async function compareSeries(source: ViewSource, account: string, key: CompareKey): Promise<TimelineSeries> {
  if (key.startsWith(VIDEO_PREFIX)) {
    const { points } = await source.videoViews(account, key.slice(VIDEO_PREFIX.length));
    return { kind: 'captures', range: 'lifetime', points: points.map((p) => ({ t: p.t, v: p.v, ...(p.rounded ? { rounded: true as const } : {}) })) };
  }
  const [records] = await source.timelines(account, [key as TimelineMetric]);
  return chartSeries(buildTimeline(records));
}
