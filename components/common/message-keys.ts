// Every message key the UI builds from data, as typed maps: the typecheck proves each exists in
// English, and the locale test reads these maps to check every language has them.
import type { GoalPreset } from '@/utils/views/goals-view';
import type { DaysOrigin } from '@/utils/views/timeline-series';
import type { Milestone } from '@/utils/insights/milestone';
import type { RecapRow } from '@/utils/insights/weekly-recap';
import type { MessageKey } from '@/utils/platform/i18n';
import type { PluralForms } from '@/utils/platform/ui-language';
import { PAGE_KIND_FACTS } from '@/utils/reader/page-kinds';
import type { BreakdownKey, SeriesMetric } from '@/utils/reader/snapshot';
import { METRIC_KEYS, VIDEO_COUNTERS } from '@/utils/reader/snapshot';

/**
 * Each metric's display name: `metric_<key>` for every row of the metric facts and every video
 * counter. Built from the table, so a new row needs only its name in each locale; the typecheck
 * fails here while English lacks it.
 */
export const METRIC_LABEL = (Object.fromEntries([...new Set<SeriesMetric>([...METRIC_KEYS, ...VIDEO_COUNTERS])].map((m) => [m, `metric_${m}`])) as {
  readonly [M in SeriesMetric]: `metric_${M}`;
}) satisfies Record<SeriesMetric, MessageKey>;

export const GENDER_LABEL = {
  male: 'gender_male',
  female: 'gender_female',
  other: 'gender_other',
} as const satisfies Record<string, MessageKey>;

/** The popup's chart windows, in days (0: everything). */
export const RANGES = [
  { days: 7, label: 'range_7d' },
  { days: 30, label: 'range_30d' },
  { days: 90, label: 'range_90d' },
  { days: 365, label: 'range_1y' },
  { days: 0, label: 'range_all' },
] as const satisfies ReadonlyArray<{ days: number; label: MessageKey }>;

export const COLUMN_LABEL = {
  caption: 'col_caption',
  postedAt: 'col_postedAt',
  views: 'col_views',
  likes: 'col_likes',
  comments: 'col_comments',
  shares: 'col_shares',
  perDay: 'col_perDay',
  engagement: 'col_engagement',
} as const satisfies Record<string, MessageKey>;

/** The popup's note under a day-by-day chart: where its days came from. */
export const DAYS_ORIGIN_NOTE = {
  export: 'popupDailyNote',
  studio: 'popupDailyNoteStudio',
  both: 'popupDailyNoteBoth',
  captures: 'popupDailyNoteCaptures',
} as const satisfies Record<DaysOrigin, MessageKey>;

type Missing<T> = T extends { ready: false; missing: infer M } ? M & string : never;

export const MILESTONE_MISSING = {
  noCaptures: 'milestoneNoCaptures',
  shortHistory: 'milestoneShortHistory',
  outdated: 'milestoneOutdated',
  notGrowing: 'milestoneNotGrowing',
} as const satisfies Record<Missing<Milestone>, MessageKey>;

export const RECAP_MISSING = {
  noCaptures: 'recapNoCaptures',
  noWeeklyTotals: 'recapNoWeeklyTotals',
  outdated: 'recapOutdated',
  needsCaptureNear: 'recapNeedsCaptureNear',
} as const satisfies Record<Missing<RecapRow>, MessageKey>;

/** Counts with their nouns, in the UI language's plural forms ("1 capture", "2 captures"). */
export const CAPTURE_COUNT = { one: 'captureCount_one', other: 'captureCount_other' } as const satisfies PluralForms;
export const DAY_COUNT = { one: 'dayCount_one', other: 'dayCount_other' } as const satisfies PluralForms;
export const VALUE_COUNT = { one: 'valueCount_one', other: 'valueCount_other' } as const satisfies PluralForms;
export const VIDEO_COUNT = { one: 'videoCount_one', other: 'videoCount_other' } as const satisfies PluralForms;
/** A card's change over the chart's window: "in 30 days". */
export const CHANGE_IN_DAYS = { one: 'changeInDays_one', other: 'changeInDays_other' } as const satisfies PluralForms;
/** The period a card's value covers: "last 7 days". */
export const LAST_DAYS = { one: 'lastDays_one', other: 'lastDays_other' } as const satisfies PluralForms;
/** A rolling window's change against the window before it: "vs previous 7 days". */
export const VS_PREVIOUS_DAYS = { one: 'vsPreviousDays_one', other: 'vsPreviousDays_other' } as const satisfies PluralForms;
const PLURALS = [CAPTURE_COUNT, DAY_COUNT, VALUE_COUNT, VIDEO_COUNT, CHANGE_IN_DAYS, LAST_DAYS, VS_PREVIOUS_DAYS];

/** Each breakdown Studio's pages show, by name. */
export const BREAKDOWN_LABEL = {
  trafficSource: 'breakdown_trafficSource',
  searchQueries: 'breakdown_searchQueries',
  gender: 'breakdown_gender',
  age: 'breakdown_age',
  locations: 'breakdown_locations',
  viewerTypes: 'breakdown_viewerTypes',
} as const satisfies Record<BreakdownKey, MessageKey>;

/** The programmes' goal presets (utils/views/goals-view.ts). */
export const GOAL_PRESET_LABEL = {
  creatorRewards: 'goalPreset_creatorRewards',
  live: 'goalPreset_live',
  marketplace: 'goalPreset_marketplace',
} as const satisfies Record<GoalPreset, MessageKey>;

/**
 * Every key above, for the locale test. Marked pure: built only where it is read, so the pages and
 * the content script that import a map or two of this file do not carry every map (0.5 KB gz of
 * the content script).
 */
export const BUILT_KEYS: readonly MessageKey[] = /* @__PURE__ */ (() => [
  ...Object.values(METRIC_LABEL),
  ...RANGES.map((r) => r.label),
  ...Object.values(COLUMN_LABEL),
  ...Object.values(DAYS_ORIGIN_NOTE),
  ...Object.values(GENDER_LABEL),
  ...Object.values(BREAKDOWN_LABEL),
  ...Object.values(PAGE_KIND_FACTS).flatMap((facts) => (facts.open ? [facts.open.hint] : [])),
  ...Object.values(MILESTONE_MISSING),
  ...Object.values(RECAP_MISSING),
  ...Object.values(GOAL_PRESET_LABEL),
  ...PLURALS.flatMap((forms) => [forms.one, forms.other]),
])();
