// How "what works for you" and the early read are said, for the dashboard's section and the
// popup's line alike: typed message-key maps (the locale test reads them) and the sentences.
import type { Comparison, Dimension } from '@/utils/insights/what-works';
import type { EarlyRead } from '@/utils/insights/early-read';
import type { Outcome } from '@/utils/insights/own-videos';
import { MIN_VIDEOS } from '@/utils/insights/what-works';
import { fmt, fmtRatio } from '@/utils/metrics/format';
import { t, type MessageKey } from '@/utils/platform/i18n';
import { DAY_MS, HOUR_MS } from '@/utils/platform/days';

export const OUTCOME_LABEL = {
  views24h: 'wwOutcome_views24h',
  views7d: 'wwOutcome_views7d',
  lifetimeViews: 'wwOutcome_lifetimeViews',
  engagementRate: 'wwOutcome_engagementRate',
  followersGained: 'wwOutcome_followersGained',
  watchedFull: 'wwOutcome_watchedFull',
} as const satisfies Record<Outcome, MessageKey>;

export const DIMENSION_LABEL = {
  hour: 'wwDim_hour',
  weekday: 'wwDim_weekday',
  length: 'wwDim_length',
  caption: 'wwDim_caption',
  hashtag: 'wwDim_hashtag',
} as const satisfies Record<Dimension, MessageKey>;

/** Band names of hour, length and caption groups. */
export const BAND_LABEL = {
  night: 'wwHour_night',
  morning: 'wwHour_morning',
  afternoon: 'wwHour_afternoon',
  evening: 'wwHour_evening',
  under15s: 'wwLength_under15s',
  '15to30s': 'wwLength_15to30s',
  '30to60s': 'wwLength_30to60s',
  '1to3min': 'wwLength_1to3min',
  over3min: 'wwLength_over3min',
  short: 'wwCaption_short',
  medium: 'wwCaption_medium',
  long: 'wwCaption_long',
} as const satisfies Record<string, MessageKey>;

export const CONFIDENCE_LABEL = {
  high: 'wwConfidence_high',
  medium: 'wwConfidence_medium',
  low: 'wwConfidence_low',
} as const satisfies Record<string, MessageKey>;

/** How sure a finding is, in plain words. */
export const SURE_LABEL = { high: 'wwSure_high', medium: 'wwSure_medium' } as const satisfies Record<string, MessageKey>;

export const WHAT_WORKS_KEYS: readonly MessageKey[] = [
  ...Object.values(OUTCOME_LABEL),
  ...Object.values(DIMENSION_LABEL),
  ...Object.values(BAND_LABEL),
  ...Object.values(CONFIDENCE_LABEL),
  ...Object.values(SURE_LABEL),
];

// 4 January 1970 was a Sunday: weekday w is that day plus w.
const weekdayName = (w: number) => new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(1970, 0, 4 + w));

export function groupLabel(c: Pick<Comparison, 'dimension' | 'group'>): string {
  if (c.dimension === 'weekday') return weekdayName(Number(c.group));
  if (c.dimension === 'hashtag') return t('wwHashtag', c.group);
  return t(BAND_LABEL[c.group as keyof typeof BAND_LABEL]);
}

/** A ratio bound; an unbounded side (too few videos for the level) is a dash. */
const bound = (r: number | undefined) => (r === undefined || !Number.isFinite(r) || r === 0 ? '—' : fmtRatio(r));

/** "3.1× (1.9–5.2)". */
export const ratioWithRange = (c: Comparison) => t('wwCellFound', [fmtRatio(c.ratio!), bound(c.low), bound(c.high)]);

/** The finding as one sentence: group — outcome: ratio your other videos (range; counts). */
export const findingText = (c: Comparison) =>
  t('wwFound', [groupLabel(c), t(OUTCOME_LABEL[c.outcome]), fmtRatio(c.ratio!), bound(c.low), bound(c.high), String(c.videos), String(c.others)]);

/** How sure a finding is, in words: the whole range well away from "the same" is fairly sure. */
const SURE_AT = 1.5;
const sureness = (c: Comparison) => ((c.low ?? 0) >= SURE_AT || ((c.high ?? Infinity) > 0 && (c.high ?? Infinity) <= 1 / SURE_AT) ? 'high' : 'medium');

/** The finding in plain words first: "Evening (18–24 h) videos got about 3.1× the lifetime views of your others; we are fairly sure." */
export const plainFindingText = (c: Comparison) =>
  t('wwPlainFound', [groupLabel(c), fmtRatio(c.ratio!), t(OUTCOME_LABEL[c.outcome]).toLocaleLowerCase(), t(SURE_LABEL[sureness(c)])]);

/** Which side lacks videos, named: "not enough long-caption videos yet: 2 of 10", or the others. */
export const notEnoughText = (c: Comparison) =>
  c.videos < c.need ? t('wwCellNotEnoughSide', [groupLabel(c), String(c.videos), String(c.need)]) : t('wwCellNotEnoughOthers', [String(c.others), String(c.need)]);

export const popupFindingText = (c: Comparison) => t('wwPopupFound', [groupLabel(c), t(OUTCOME_LABEL[c.outcome]), fmtRatio(c.ratio!), bound(c.low), bound(c.high)]);

/** Videos a comparison needs with an outcome before any speaks: a group and as many others. */
export const VIDEOS_TO_SPEAK = 2 * MIN_VIDEOS;

const age = (ms: number) => (ms < 48 * HOUR_MS ? t('wwAgeHours', String(Math.round(ms / HOUR_MS))) : t('wwAgeDays', String(Math.floor(ms / DAY_MS))));

/** The early read's sentences: where the video stands, and its day-7 range with confidence. */
export function earlyReadText(read: Extract<EarlyRead, { ready: true }>): { position: string; day7: string; notes: string[] } {
  const position = t('wwEarlyPosition', [age(read.ageMs), fmt('views', read.views), String(Math.round(read.percentile)), String(read.compared)]);
  if (!read.day7) return { position, day7: t('wwEarlyDay7Few', [String(read.day7Missing?.have ?? 0), String(read.day7Missing?.need ?? 0)]), notes: [] };
  const d = read.day7;
  const day7 = t('wwEarlyDay7', [fmt('views', Math.round(d.low)), fmt('views', Math.round(d.high)), String(Math.round(d.level * 100)), String(d.references)]);
  const notes = [t(CONFIDENCE_LABEL[d.confidence]), ...(d.keepsGrowing ? [t('wwKeepsGrowing', fmtRatio(d.keepsGrowing))] : [])];
  return { position, day7, notes };
}

/** Why the newest video has no read yet, and what brings one (the popup's line). */
export function earlyMissingText(read: Extract<EarlyRead, { ready: false }>, now: number): string {
  const daily = t('wwPopupEarlyDaily');
  switch (read.missing) {
    case 'fewVideos': return `${t('wwEarlyFew', [String(read.have), String(read.need)])} ${daily}`;
    case 'notCaptured': return `${t('wwPopupEarlyNotCaptured')} ${daily}`;
    case 'noYoungVideo': return t('wwPopupEarlyOld', String(Math.floor((now - read.postedAt) / DAY_MS)));
    case 'noVideos': return `${t('wwPopupEarlyNoVideos')} ${daily}`;
  }
}

/** The popup's shorter read: where it stands, the day-7 range and the confidence. */
export function shortEarlyReadText(read: Extract<EarlyRead, { ready: true }>): string {
  const position = t('wwEarlyPosition', [age(read.ageMs), fmt('views', read.views), String(Math.round(read.percentile)), String(read.compared)]);
  if (!read.day7) return position;
  return `${position} ${t('wwPopupDay7', [fmt('views', Math.round(read.day7.low)), fmt('views', Math.round(read.day7.high))])} ${t(CONFIDENCE_LABEL[read.day7.confidence])}`;
}
