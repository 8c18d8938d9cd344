// What the popup shows below the chart, from timelines: the next follower milestone (followers by
// day), this week against last, top movers, busiest hours and where views come from most. (The newest video's early read comes
// with "what works for you", from the background.)
import { milestoneEta, type Milestone } from '../insights/milestone';
import { weeklyRecap, type RecapRow, type RecapSeries } from '../insights/weekly-recap';
import { peakHours, type PeakHours } from '../series/follower-activity';
import { topMovers, type Mover } from '../series/series-math';
import { DAY_MS } from '../platform/days';
import { buildTimeline, dayPoints } from '../timeline/build-timeline';
import { toPoint } from '../timeline/chart-point';
import type { Timeline } from '../timeline/timeline-contract';
import { HEADLINE_METRICS, type HeadlineMetric } from './popup-view';
import type { BreakdownReading, ViewSource } from './view-source';

export interface PopupInsights {
  milestone: Milestone;
  recap: Array<RecapRow<HeadlineMetric>>;
  /** The videos that gained the most views between the two latest captures of the posts list. */
  movers: Mover[];
  /** When followers are most active, from imported follower activity. */
  peak?: PeakHours;
  /** The account's largest traffic source as Studio's Overview last showed it (percent), and when. */
  topSource?: { label: string; share: number; at: number };
}

/** The largest row of the account's newest traffic-source breakdown, if any was read. */
export function topTrafficSource(readings: BreakdownReading[]): PopupInsights['topSource'] {
  const latest = readings.filter((r) => !r.videoId && r.breakdowns.trafficSource && Object.keys(r.breakdowns.trafficSource).length).pop();
  if (!latest) return undefined;
  const [label, share] = Object.entries(latest.breakdowns.trafficSource!).sort((a, b) => b[1] - a[1])[0];
  return { label, share, at: latest.at };
}

/** Two weeks of days and the week before them (a weekly total at the start needs its week). */
const RECAP_SPAN_MS = 22 * DAY_MS;
const FULL_WEEKS = 14;

/**
 * Which series a recap row reads: sums (or differences) of days where there are days, Studio's
 * 7-day totals otherwise; a flow captured only over other periods has no weekly figure.
 */
export function recapSeriesOf<M extends string>(metric: M, timeline: Timeline): RecapSeries<M> | { metric: M; kind: 'other' } {
  const days = dayPoints(timeline.days);
  if (timeline.shape === 'level') {
    return days.length ? { metric, kind: 'dayTotal', points: days } : { metric, kind: 'total', points: [] };
  }
  const recent = days.filter((p) => p.t > days[days.length - 1].t - FULL_WEEKS * DAY_MS);
  if (recent.length >= FULL_WEEKS) return { metric, kind: 'dayFlow', points: days };
  const weekly = timeline.readings.filter((r) => r.range === '7d').map(toPoint);
  if (weekly.length) return { metric, kind: 'week', points: weekly };
  if (days.length) return { metric, kind: 'dayFlow', points: days };
  return timeline.readings.length ? { metric, kind: 'other' } : { metric, kind: 'week', points: [] };
}

export async function popupInsights(source: ViewSource, account: string, now = Date.now()): Promise<PopupInsights> {
  const [[followerRecords], flowRecords, lists, activity, shares] = await Promise.all([
    source.timelines(account, ['followers']),
    source.timelines(account, HEADLINE_METRICS.filter((m) => m !== 'followers'), now - RECAP_SPAN_MS),
    source.postsLists(account, 2),
    source.activity(account),
    source.breakdowns?.(account) ?? Promise.resolve([]),
  ]);
  const followers = buildTimeline(followerRecords);
  const timelines = new Map([followers, ...flowRecords.map(buildTimeline)].map((t) => [t.metric, t]));
  const recap = weeklyRecap(HEADLINE_METRICS.map((m) => recapSeriesOf(m, timelines.get(m)!)), now);

  const [latestList, previousList] = lists;
  const movers = latestList && previousList ? topMovers(latestList, previousList) : [];
  const peak = peakHours(activity);
  const topSource = topTrafficSource(shares);
  return { movers, milestone: milestoneEta(dayPoints(followers.days), now), recap, ...(peak ? { peak } : {}), ...(topSource ? { topSource } : {}) };
}
