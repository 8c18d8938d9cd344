// A creator at real scale (issue 34), for the bench, the large-store test and the scale e2e:
// 1,000 videos over three years, Studio's own data (exact days of every account metric for three
// years, each video's daily views for its first 60 days and hourly for its first 48 hours, its
// retention curve), captures as a backup file, and a 365-day Download data export on top.
// Deterministic for a seed and `now`. Everything loads through the extension's real save paths.
import type { BackupFile } from '../../utils/history/backup';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../utils/history/backup';
import type { SnapshotRecord } from '../../utils/history/records';
import type { StudioImport } from '../../utils/import/import-batch';
import { DAILY_METRICS } from '../../utils/import/studio-files';
import { readStudioFile } from '../../utils/import/read-studio-files';
import type { MetricKey } from '../../utils/metrics/metric-facts';
import { addDays, DAY_MS, HOUR_MS, localDate } from '../../utils/platform/days';
import type { VideoRow } from '../../utils/reader/snapshot';
import { emptyStudioDataRead, type StudioDataBatch, type StudioDataRead } from '../../utils/studio-data/studio-data-contract';
import { exportZips, makeModel } from '../fixtures/studio-export/build';
import { normal } from './generated-videos';
import { seededRandom } from './seeded-random';

export interface ScaleOptions {
  seed?: number;
  videos?: number;
  years?: number;
  now?: number;
  account?: string;
  /** Videos a posts-list capture holds on other days than the monthly scroll to the end. */
  listRows?: number;
}

export interface ScaleProfile {
  account: string;
  now: number;
  /** Captures over the last year, as the backup file the extension restores. */
  captures: BackupFile;
  /** Studio's own data, one batch per page visit: the account's days a year at a time, then each video's page. */
  studioData: StudioDataBatch[];
  /** A 365-day Download data export (four zips), read as the dashboard's worker reads them. */
  exportImport: StudioImport;
}

/** The account's metrics Studio's own responses carry day by day. */
export const ACCOUNT_DAY_METRICS: readonly MetricKey[] = [...DAILY_METRICS, 'netFollowers', 'newFollowers', 'totalPlayTime', 'averageWatchTime'];
const VIDEO_DAYS = 60;
const VIDEO_HOURS = 48;
const CAPTIONS = ['Sourdough in 60 seconds', 'Croissant lamination', 'Focaccia garden', 'Bagels at dawn', 'Cinnamon rolls', 'Rye 101', 'Baguette scoring', 'Pizza night'];

export const scaleVideoId = (i: number) => String(7_100_000_000_000_000_000n + BigInt(i * 7919 + 3));
const hourKey = (t: number) => `${localDate(t)}T${String(new Date(t).getHours()).padStart(2, '0')}`;

interface Video {
  videoId: string;
  caption: string;
  postedAt: number;
  reach: number;
  /** Days until about two thirds of its views. */
  tau: number;
  length: number;
}

export function scaleProfile({ seed = 34, videos = 1000, years = 3, now = Date.now(), account = 'maya.bakes', listRows = 60 }: ScaleOptions = {}): ScaleProfile {
  const random = seededRandom(seed);
  const today = localDate(now);
  const days = years * 365;
  const firstDay = addDays(today, -days);
  const posts: Video[] = Array.from({ length: videos }, (_, i) => ({
    videoId: scaleVideoId(i),
    caption: `${CAPTIONS[i % CAPTIONS.length]} #${i + 1}`,
    postedAt: now - days * DAY_MS + Math.floor(((i + 0.5) / videos) * days * DAY_MS) - Math.floor(random() * 24) * HOUR_MS,
    reach: Math.floor(20_000 * Math.exp(0.9 * normal(random))),
    tau: 0.5 + random() * 4,
    length: Math.round(8 + random() * 170),
  }));
  const viewsAt = (v: Video, t: number) => (t <= v.postedAt ? 0 : Math.floor(v.reach * (1 - Math.exp(-(t - v.postedAt) / (v.tau * DAY_MS)))));

  // Studio's own data: the account's exact days, a year per batch (a visit of its overview per year).
  const studioData: StudioDataBatch[] = [];
  let followers = 800;
  const followersOn = new Map<string, number>();
  let read = emptyStudioDataRead();
  for (let d = 0; d < days; d++) {
    const date = addDays(firstDay, d);
    const views = posts.reduce((sum, v) => sum + viewsAt(v, new Date(`${date}T23:59:59`).getTime()) - viewsAt(v, new Date(`${date}T00:00:00`).getTime()), 0);
    const gained = Math.max(0, Math.floor(views * 0.004 + random() * 40));
    const lost = Math.floor(random() * 12);
    followers += gained - lost;
    followersOn.set(date, followers);
    const totalViewers = Math.floor(views * 0.7);
    const newViewers = Math.floor(totalViewers * (0.5 + random() * 0.3));
    const values: Record<string, number> = {
      videoViews: views, profileViews: Math.floor(views * 0.03), likes: Math.floor(views * 0.08), comments: Math.floor(views * 0.004), shares: Math.floor(views * 0.002),
      followers, totalViewers, newViewers, returningViewers: totalViewers - newViewers, netFollowers: gained - lost, newFollowers: gained,
      totalPlayTime: Math.floor(views * 11), averageWatchTime: Math.round(6 + random() * 10),
    };
    for (const metric of ACCOUNT_DAY_METRICS) (read.account[metric] ??= {})[date] = values[metric];
    if ((d + 1) % 365 === 0 || d === days - 1) {
      studioData.push({ account, receivedAt: Math.min(now, new Date(`${date}T23:00:00`).getTime()), read });
      read = emptyStudioDataRead();
    }
  }
  // Each video's page, visited once it had its first 60 days (or today, for younger ones).
  for (const v of posts) studioData.push(videoVisit(account, v, viewsAt, now));

  return { account, now, captures: captures(account, posts, viewsAt, (t) => followersOn.get(localDate(t)) ?? followers, now, listRows, random), studioData, exportImport: yearExport(account, today, posts, viewsAt, now) };
}

/** One video page's data: its daily views for its first 60 days, hourly for 48 hours, its retention. */
function videoVisit(account: string, v: Video, viewsAt: (v: Video, t: number) => number, now: number): StudioDataBatch {
  const read: StudioDataRead = emptyStudioDataRead();
  const curve: Record<string, number> = {};
  const postedDay = localDate(v.postedAt);
  for (let d = 0; d < VIDEO_DAYS; d++) {
    const date = addDays(postedDay, d);
    const start = new Date(`${date}T00:00:00`).getTime();
    if (start > now) break;
    curve[date] = viewsAt(v, Math.min(now, start + DAY_MS)) - viewsAt(v, start);
  }
  const firstHour = v.postedAt - (v.postedAt % HOUR_MS);
  for (let h = 0; h < VIDEO_HOURS && firstHour + h * HOUR_MS < now; h++) {
    const t = firstHour + h * HOUR_MS;
    curve[hourKey(t)] = viewsAt(v, t + HOUR_MS) - viewsAt(v, t);
  }
  read.videos[v.videoId] = { videoViews: curve };
  // Retention: everyone at 0 s, a steep first drop, then a slow decline to the end.
  const hold = 0.25 + (v.reach % 17) / 40;
  read.retention[v.videoId] = Array.from({ length: Math.min(v.length, 60) + 1 }, (_, i) => {
    const s = Math.round((i / Math.min(v.length, 60)) * v.length);
    return [s, Math.round(1000 * (100 * (hold + (1 - hold) * Math.exp(-s / 3)) * (1 - (0.5 * s) / v.length))) / 1000] as [number, number];
  });
  return { account, receivedAt: Math.min(now, v.postedAt + VIDEO_DAYS * DAY_MS), read };
}

/**
 * Captures of the last year, when the creator happened to look (a few days skipped): the overview's
 * 7-day totals, the follower count, and the posts list with the rows it had loaded (all of them
 * once a month).
 */
function captures(account: string, posts: Video[], viewsAt: (v: Video, t: number) => number, followersAt: (t: number) => number, now: number, listRows: number, random: () => number): BackupFile {
  const snapshots: BackupFile['snapshots'] = [];
  for (let d = 365; d >= 1; d--) {
    if (d % 29 === 3 || d % 29 === 4) continue;
    const at = now - d * DAY_MS + Math.floor((1 + random() * 10) * HOUR_MS);
    const published = posts.filter((p) => p.postedAt <= at);
    // Once a month the creator scrolls the list to its end: every video is captured.
    const rows: VideoRow[] = (d % 30 === 1 ? published : published.slice(-listRows)).reverse().map((p) => {
      const views = viewsAt(p, at);
      return { videoId: p.videoId, caption: p.caption, postedAt: new Date(p.postedAt).toISOString(), durationSeconds: p.length, views, likes: Math.floor(views * 0.08), comments: Math.floor(views * 0.004) };
    });
    const week = published.reduce((sum, p) => sum + viewsAt(p, at) - viewsAt(p, at - 7 * DAY_MS), 0);
    const followers = followersAt(at);
    const common = { account, locale: 'en' };
    const stamp = (t: number) => ({ capturedAt: t, lastSeenAt: t });
    const overview: Omit<SnapshotRecord, 'id' | 'scope'> = {
      ...common, ...stamp(at), page: 'account-overview', url: 'https://www.tiktok.com/tiktokstudio/analytics', range: { days: 7 },
      metrics: { videoViews: week, profileViews: Math.floor(week * 0.03), likes: Math.floor(week * 0.08), comments: Math.floor(week * 0.004), shares: Math.floor(week * 0.002) },
    };
    snapshots.push(
      overview,
      { ...common, ...stamp(at + 60_000), page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', range: { days: 7 }, metrics: { followers, netFollowers: followers - followersAt(at - 7 * DAY_MS) } },
      { ...common, ...stamp(at + 120_000), page: 'posts-list', url: 'https://www.tiktok.com/tiktokstudio/content', range: 'lifetime', metrics: {}, videos: rows },
    );
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), snapshots };
}

/** A year of every file Studio's Download data gives, exported today (its Content file: the year's videos), read as the dashboard's worker reads it. */
function yearExport(account: string, today: string, posts: Video[], viewsAt: (v: Video, t: number) => number, now: number): StudioImport {
  const model = makeModel({ account, exportDay: today, days: 365, activityDays: 28 });
  // Studio's own days already hold the followers; the model's own would contradict them.
  for (const day of model.days) delete day.followers;
  model.videos = posts.filter((v) => v.postedAt > now - 365 * DAY_MS).map((v) => {
    const views = viewsAt(v, now);
    return { videoId: v.videoId, caption: v.caption, postedAt: localDate(v.postedAt), views, likes: Math.floor(views * 0.08), comments: Math.floor(views * 0.004), shares: Math.floor(views * 0.002) };
  });
  return { account, parts: exportZips(model).map((z) => readStudioFile(z, today)) };
}

/** Saves the profile's Studio data through `save` (the store's saveStudioData, directly or by message). */
export async function saveProfileStudioData(profile: Pick<ScaleProfile, 'studioData'>, save: (batch: StudioDataBatch) => Promise<unknown>): Promise<void> {
  for (const batch of profile.studioData) await save(batch);
}

/**
 * One visit to Studio as the content script would forward it (the `n`th, each a little later
 * than the profile's last): the account's last 28 days as the overview loads them, and one
 * video's page (its curves and retention), the values moved on by the visit.
 */
export function studioVisit(profile: Pick<ScaleProfile, 'account' | 'now' | 'studioData'>, n: number): StudioDataBatch {
  const years = profile.studioData.filter((b) => Object.keys(b.read.account).length);
  const videoPages = profile.studioData.filter((b) => Object.keys(b.read.videos).length);
  const last = years[years.length - 1].read.account;
  const read = emptyStudioDataRead();
  for (const [metric, values] of Object.entries(last) as Array<[MetricKey, Record<string, number>]>) {
    read.account[metric] = Object.fromEntries(Object.entries(values).slice(-28).map(([date, value]) => [date, value + n]));
  }
  const page = videoPages[videoPages.length - 1 - (n % videoPages.length)].read;
  Object.assign(read.videos, page.videos);
  Object.assign(read.retention, page.retention);
  return { account: profile.account, receivedAt: profile.now + (n + 1) * 60_000, read };
}
