// The creator's goals as the popup shows them: each goal's value now, its progress and when it is
// reached at the creator's own pace (utils/insights/goal-projection.ts), from the one history.
// The programme presets are here too: their thresholds differ by region, so each one only fills
// in goals the creator can edit.
import { METRICS, type MetricKey } from '../metrics/metric-facts';
import { projectGoal, rollingSums, type GoalProjection } from '../insights/goal-projection';
import type { Goal } from '../platform/user-settings';
import { buildTimeline, dayPoints } from '../timeline/build-timeline';
import type { TimelineMetric } from '../timeline/timeline-contract';
import type { ViewSource } from './view-source';

/** A flow's goal sums this many days unless the creator chose another window. */
export const GOAL_WINDOW_DAYS = 30;

/** TikTok's programmes, with the thresholds most regions have shown (editable once added). */
export const GOAL_PRESETS = {
  creatorRewards: [
    { metric: 'followers', target: 10_000 },
    { metric: 'videoViews', target: 100_000, windowDays: 30 },
  ],
  live: [{ metric: 'followers', target: 1_000 }],
  marketplace: [{ metric: 'followers', target: 10_000 }],
} as const satisfies Record<string, ReadonlyArray<Omit<Goal, 'id'>>>;
export type GoalPreset = keyof typeof GOAL_PRESETS;

/** The metrics a goal can be set on: a running total, or a flow Studio counts day by day. */
export const GOAL_METRICS = (Object.keys(METRICS) as MetricKey[]).filter((m) => METRICS[m].rangeFree || METRICS[m].daily);

/** The window a goal's value sums over: none for a running total. */
export const goalWindow = (goal: Pick<Goal, 'metric' | 'windowDays'>) => (METRICS[goal.metric as MetricKey]?.rangeFree ? undefined : goal.windowDays ?? GOAL_WINDOW_DAYS);

export interface GoalProgress {
  goal: Goal;
  /** The goal's value on its latest day, and the share of the target it is (0–1, at most 1). */
  current?: number;
  share?: number;
  projection: GoalProjection;
}

/** Each goal's progress and projection for one account. */
export async function goalProgress(source: ViewSource, account: string, goals: Goal[]): Promise<GoalProgress[]> {
  const metrics = [...new Set(goals.map((g) => g.metric).filter((m): m is MetricKey => m in METRICS))] as TimelineMetric[];
  const records = metrics.length ? await source.timelines(account, metrics) : [];
  const days = new Map(records.map((r) => [r.metric as string, dayPoints(buildTimeline(r).days)]));
  return goals.map((goal) => {
    const window = goalWindow(goal);
    const held = days.get(goal.metric) ?? [];
    const series = window === undefined ? held : rollingSums(held, window);
    const projection = projectGoal(series, goal.target);
    const current = series.at(-1)?.v;
    return { goal, projection, ...(current === undefined ? {} : { current, share: Math.min(1, Math.max(0, current / goal.target)) }) };
  });
}
