// What is about to be lost for good: days of daily history that leave the longest export TikTok
// Studio gives (365 days), and young videos' day-1 and day-7 views, which exist only if the posts
// list is captured around those moments (Studio keeps a video's total, never its curve). Each
// comes with the one action that saves it. Pure.
import { DAY_MS, localDate } from '../platform/days';
import { maxGapAt, type OwnVideo } from './own-videos';

/**
 * Studio shows at most 60 days per range on screen (those screens give totals, not days), and an
 * export reaches back 365 days: a day not imported by then is gone.
 */
export const EXPORT_WINDOW_DAYS = 365;
/** "In the next week". */
export const RISK_HORIZON_DAYS = 7;
/** The marks a video's growth is compared at (the early read and "what works" outcomes). */
const MARKS = [
  ['day1', DAY_MS],
  ['day7', 7 * DAY_MS],
] as const;
export type VideoMark = (typeof MARKS)[number][0];

export interface RiskInput {
  now: number;
  /** Days (YYYY-MM-DD) held per daily series an export brings (e.g. `videoViews`, `followers`). */
  heldDays: Record<string, readonly string[]>;
  /** The first day there is anything to keep (the oldest known video or held day); none before it is at risk. */
  since?: number;
  videos: OwnVideo[];
}

export interface DailyRisk {
  /** Days leaving Studio's export within the horizon that some series lacks. */
  days: number;
  first: string;
  last: string;
  /** The series that lack them. */
  series: string[];
}

export interface VideoRisk {
  videoId: string;
  caption?: string;
  mark: VideoMark;
  /** After this moment no capture can give the mark's views any more. */
  closesAt: number;
}

export interface DataAtRisk {
  /** Saved by importing Studio's Download data (365 days). */
  daily?: DailyRisk;
  /** Saved by opening Studio's posts list now. */
  videos: VideoRisk[];
}

export function dataAtRisk({ now, heldDays, since, videos }: RiskInput): DataAtRisk {
  return { ...dailyRisk(now, heldDays, since), videos: videoRisks(now, videos) };
}

/** The creator's calendar day of `t`, as UTC midnight (days are then plain 24-hour steps). */
const dayOf = (t: number) => Date.parse(`${localDate(t)}T00:00:00Z`);
const dayKey = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10);

function dailyRisk(now: number, heldDays: Record<string, readonly string[]>, since: number | undefined): { daily?: DailyRisk } {
  // Today's export reaches back to (today − 365); over the horizon the oldest days fall out.
  const oldest = dayOf(now) - EXPORT_WINDOW_DAYS * DAY_MS;
  const start = Math.max(oldest, since === undefined ? oldest : dayOf(since));
  const held = Object.entries(heldDays).map(([series, days]) => [series, new Set(days)] as const);
  const missing: string[] = [];
  const lacking = new Set<string>();
  for (let t = start; t < oldest + RISK_HORIZON_DAYS * DAY_MS; t += DAY_MS) {
    const day = dayKey(t);
    const without = held.filter(([, days]) => !days.has(day)).map(([series]) => series);
    if (!without.length) continue;
    missing.push(day);
    for (const s of without) lacking.add(s);
  }
  if (!missing.length) return {};
  return { daily: { days: missing.length, first: missing[0], last: missing[missing.length - 1], series: [...lacking].sort() } };
}

/**
 * Marks already passed whose views a capture made now could still give (interpolated between the
 * last capture before the mark and this one): each closes when that gap grows too wide.
 */
function videoRisks(now: number, videos: OwnVideo[]): VideoRisk[] {
  const risks: VideoRisk[] = [];
  for (const video of videos) {
    for (const [mark, age] of MARKS) {
      const at = video.postedAt + age;
      if (at > now || video.views.some((p) => p.t >= at)) continue;
      const before = video.views.filter((p) => p.t >= video.postedAt && p.t < at).pop()?.t ?? video.postedAt;
      const closesAt = before + maxGapAt(age);
      if (closesAt > now) risks.push({ videoId: video.videoId, ...(video.caption === undefined ? {} : { caption: video.caption }), mark, closesAt });
    }
  }
  return risks.sort((a, b) => a.closesAt - b.closesAt);
}
