// What a badge says: the change of one value since the previous capture of the same scope.
// Pure: numbers, dates and a locale in, words out. Written in the background when a capture is
// saved (the page's language tag comes with the capture), so none of this ships in the content script.
import { formatValue, sinceWhen } from '../metrics/format';
import { dateTimeFormat } from '../platform/intl-cache';
import type { MetricKey, StudioSnapshot, VideoCounter } from '../reader/snapshot';

export interface Capture {
  capturedAt: number;
  value?: number;
  rounded?: boolean;
}

export interface BadgeText {
  /** Short text on the page: "▲ 1,204 since Tue". */
  text: string;
  /** The full sentence for assistive technology. */
  label: string;
  direction: 'up' | 'down' | 'same' | 'first';
  /** One line per earlier capture, newest first, for the tooltip. */
  history: string[];
}

/** The messages a badge is made of; the content script says them in the browser's language. */
export const BADGE_MESSAGES = [
  'badgeFirst', 'badgeFirstLabel', 'badgeNoChange', 'badgeNoChangeLabel', 'badgeUp', 'badgeDown', 'badgeUpLabel',
  'badgeDownLabel', 'badgeRoundedNote', 'badgeExact',
] as const;
export type BadgeMessage = (typeof BADGE_MESSAGES)[number];
/** Looks a message up and fills in its $1, $2… */
export type Say = (key: BadgeMessage, substitutions?: string[]) => string;


/**
 * The change the page's own reading shows (what the creator saw). `exact`: Studio's own value of
 * the same metric and period, when the page showed it rounded: the tooltip and the spoken label
 * say it too, "exact: 12,345 (Studio's data)" (the data is trusted for values).
 */
export function describeChange(
  name: string,
  metric: MetricKey | VideoCounter,
  current: Capture,
  previous: Capture[],
  now: number,
  say: Say,
  locale?: string,
  exact?: number,
): BadgeText {
  const badge = changeOf(name, metric, current, previous, now, say, locale);
  if (exact === undefined || !current.rounded || exact === current.value) return badge;
  return { ...badge, label: `${badge.label} ${say('badgeExact', [formatValue(metric, exact, locale, Infinity)])}` };
}

function changeOf(name: string, metric: MetricKey | VideoCounter, current: Capture, previous: Capture[], now: number, say: Say, locale?: string): BadgeText {
  const history = previous
    .filter((p) => p.value !== undefined)
    .slice(0, 5)
    .map((p) => `${dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(p.capturedAt)}: ${p.rounded ? '≈ ' : ''}${formatValue(metric, p.value!, locale, Infinity)}`);
  const before = previous.find((p) => p.value !== undefined);
  if (current.value === undefined || !before) {
    return { text: say('badgeFirst'), label: say('badgeFirstLabel', [name]), direction: 'first', history };
  }
  const since = sinceWhen(before.capturedAt, now, locale);
  const delta = current.value - before.value!;
  const approx = current.rounded || before.rounded ? '≈ ' : '';
  if (Math.abs(delta) < 1e-9) {
    return { text: say('badgeNoChange', [since]), label: say('badgeNoChangeLabel', [name, since]), direction: 'same', history };
  }
  const amount = `${approx}${formatValue(metric, Math.abs(delta), locale)}`;
  const up = delta > 0;
  const label = say(up ? 'badgeUpLabel' : 'badgeDownLabel', [name, amount, since]);
  return {
    text: say(up ? 'badgeUp' : 'badgeDown', [amount, since]),
    label: approx ? `${label} ${say('badgeRoundedNote')}` : label,
    direction: up ? 'up' : 'down',
    history,
  };
}

/** The captures of one metric, newest first, from a snapshot and the records before it. */
export function metricCaptures(metric: MetricKey, records: Array<Pick<StudioSnapshot, 'metrics' | 'rounded'> & { capturedAt: number }>): Capture[] {
  return records.map((r) => ({ capturedAt: r.capturedAt, value: r.metrics[metric], rounded: r.rounded?.includes(metric) }));
}

/** The captures of one video counter, found by videoId in list snapshots. */
export function rowCaptures(
  videoId: string,
  counter: VideoCounter,
  records: Array<Pick<StudioSnapshot, 'videos'> & { capturedAt: number }>,
): Capture[] {
  return records.map((r) => {
    const row = r.videos?.find((v) => v.videoId === videoId);
    return { capturedAt: r.capturedAt, value: row?.[counter], rounded: row?.rounded?.includes(counter) };
  });
}

/** Every badge a saved capture gets, written where it is saved (the background), sent to the page. */
export interface PageBadges {
  /** Per metric the snapshot holds. */
  metrics: Partial<Record<MetricKey, BadgeText>>;
  /** Per video row with a view count, by video id; the label names the row's caption. */
  rows: Record<string, BadgeText>;
}

/** What the page's badges say besides the change itself. */
export interface BadgeWords {
  say: Say;
  /** A metric's name ("Video views"). */
  name: (metric: MetricKey | VideoCounter) => string;
  /** A row's spoken label: its caption (or "post" when it has none) and the change's label. */
  rowLabel: (caption: string | undefined, label: string) => string;
}

/**
 * The badges of one saved capture: each metric and each video row against the captures before it,
 * in the page's own language tag (`locale`: dates and numbers as the page writes them).
 */
export function pageBadges(
  snapshot: StudioSnapshot,
  saved: { record: { capturedAt: number }; previous: Array<StudioSnapshot & { capturedAt: number }>; exact?: Partial<Record<MetricKey, number>> },
  now: number,
  words: BadgeWords,
  locale?: string,
): PageBadges {
  const captures = [{ ...snapshot, capturedAt: saved.record.capturedAt }, ...saved.previous];
  const metrics: PageBadges['metrics'] = {};
  for (const metric of Object.keys(snapshot.metrics) as MetricKey[]) {
    const [current, ...earlier] = metricCaptures(metric, captures);
    metrics[metric] = describeChange(words.name(metric), metric, current, earlier, now, words.say, locale, saved.exact?.[metric]);
  }
  const rows: PageBadges['rows'] = {};
  for (const video of snapshot.videos ?? []) {
    if (Object.hasOwn(rows, video.videoId)) continue;
    const [current, ...earlier] = rowCaptures(video.videoId, 'views', captures);
    if (current.value === undefined) continue;
    const view = describeChange(words.name('views'), 'views', current, earlier, now, words.say, locale);
    rows[video.videoId] = { ...view, label: words.rowLabel(video.caption, view.label) };
  }
  return { metrics, rows };
}

/** A page's language tag as Intl takes it ("en-GB", "zh-TW"), or none (the browser's) for one Intl refuses. */
export function pageLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || !tag || tag.length > 64) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
