// Realistic demo history: daily captures of one creator's Studio pages over a year, as the
// export file the extension imports. Deterministic for a given seed and `now`.
import type { SnapshotRecord } from '../../utils/history/records';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '../../utils/history/backup';
import type { VideoRow } from '../../utils/reader/snapshot';
import type { StudioDataBatch } from '../../utils/studio-data/studio-data-contract';
import { normal } from './generated-videos';

const DAY = 86_400_000;
const CAPTIONS = ['Sourdough in 60 seconds', 'Croissant lamination', 'Focaccia garden', 'Bagels at dawn', 'Cinnamon rolls', 'Rye 101', 'Baguette scoring', 'Pizza night', 'Brioche buns', 'Milk bread'];
const TAGS = ['#bread', '#baking', '#fyp'];
/** The demo creator's evening posts (18:00–24:00 on the computer's clock) reach this many times more: an effect for "what works" to find. */
export const DEMO_EVENING_EFFECT = 3;

export interface DemoOptions {
  days?: number;
  videos?: number;
  now?: number;
  account?: string;
  seed?: number;
}

/** Rounds like Studio's cards: 12.3K, 1.2M. */
function studioRound(n: number): { value: number; rounded: boolean } {
  if (n < 10_000) return { value: n, rounded: false };
  const unit = n >= 1e6 ? 1e6 : 1e3;
  // Whole numbers, as the reader gives them (12.3K is 12300, never 12299.999…).
  return { value: Math.round((Math.round((n / unit) * 10) / 10) * unit), rounded: true };
}

interface DemoPost {
  videoId: string;
  caption: string;
  postedAt: number;
  reach: number;
  speed: number;
  likeRate: number;
  durationSeconds: number;
}

/** The demo's posts, and its random draws where they leave off (the captures continue them). */
function demoPosts({ days = 365, videos = 200, now = Date.now(), seed = 7 }: DemoOptions) {
  let s = seed;
  const rand = () => ((s = (s * 48271) % 2147483647) / 2147483647);
  const start = now - days * DAY;
  const posts: DemoPost[] = Array.from({ length: videos }, (_, i) => {
    // Posted at any hour of the day (the hour band is what "what works" compares).
    const postedAt = start + Math.floor((i / videos) * days * DAY) - 2 * DAY - Math.floor(rand() * 24) * 3_600_000;
    const evening = new Date(postedAt).getHours() >= 18;
    return {
      videoId: String(7200000000000000000n + BigInt(i * 104729 + 1)),
      caption: `${CAPTIONS[i % CAPTIONS.length]} #${i + 1} ${TAGS.filter(() => rand() < 0.4).join(' ')}`.trim(),
      postedAt,
      // Log-normal around the creator's usual, as real creators' views are.
      reach: Math.floor(30_000 * Math.exp(0.8 * normal(rand)) * (evening ? DEMO_EVENING_EFFECT : 1)),
      speed: 0.5 + rand() * 3,
      likeRate: 0.08 * Math.exp(0.3 * normal(rand)),
      // Lengths make no difference to this creator's reach: "what works" should say so.
      durationSeconds: Math.round(8 + rand() * 170),
    };
  });
  return { posts, rand, start };
}

/** A post's lifetime views at `t`: its reach, approached at its own speed. */
const viewsAt = (p: DemoPost, t: number) => (t <= p.postedAt ? 0 : Math.floor(p.reach * (1 - Math.exp(-(t - p.postedAt) / DAY / (10 * p.speed)))));

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (t: number) => {
  const d = new Date(t);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const shiftDay = (date: string, n: number) => {
  const [y, m, d] = date.split('-').map(Number);
  return localDay(new Date(y, m - 1, d + n, 12).getTime());
};
const midnight = (date: string) => new Date(`${date}T00:00:00`).getTime();

export type DemoFlows = Record<'videoViews' | 'profileViews' | 'likes' | 'comments' | 'shares', number>;

/**
 * The account's numbers on one local day: the views its posts gained that day (up to `now`), and
 * the rest as shares of them. Captured weekly totals and imported days are both made of these, so
 * the demo agrees with itself (within Studio's rounding).
 */
function dayFlows(posts: DemoPost[], date: string, now: number): DemoFlows {
  const [from, to] = [midnight(date), Math.min(now, midnight(shiftDay(date, 1)))];
  const videoViews = posts.reduce((sum, p) => sum + viewsAt(p, to) - viewsAt(p, from), 0);
  return { videoViews, profileViews: Math.floor(videoViews * 0.04), likes: Math.floor(videoViews * 0.08), comments: Math.floor(videoViews * 0.004), shares: Math.floor(videoViews * 0.002) };
}

/** The demo's day-by-day numbers, as Studio's Download data would give them for the same creator. */
export function demoDayFlows(options: DemoOptions = {}): (date: string) => DemoFlows {
  const { posts } = demoPosts(options);
  return (date) => dayFlows(posts, date, options.now ?? Date.now());
}

export function demoExport({ days = 365, videos = 200, now = Date.now(), account = 'maya.bakes', seed = 7 }: DemoOptions = {}): BackupFile {
  const { posts, rand, start } = demoPosts({ days, videos, now, seed });
  const snapshots: BackupFile['snapshots'] = [];
  let followers = 1200;
  for (let d = 0; d < days; d++) {
    // Captured when the creator happened to look: mornings and evenings, some days skipped.
    if (d % 37 === 19 || d % 37 === 20 || d % 37 === 21) continue;
    const at = start + d * DAY + Math.floor((8 + rand() * 12) * 3_600_000);
    const rows: VideoRow[] = [];
    for (const p of posts) {
      if (p.postedAt > at) continue;
      const views = viewsAt(p, at);
      rows.push({ videoId: p.videoId, caption: p.caption, postedAt: new Date(p.postedAt).toISOString(), durationSeconds: p.durationSeconds, views, likes: Math.floor(views * p.likeRate), comments: Math.floor(views * 0.004) });
    }
    const gained = Math.floor(20 + rand() * 90 + d * 0.6);
    followers += gained;
    // Drawn still, so every later draw (capture times, followers) stays as it was.
    rand();
    // "Last 7 days" on the day of the capture: the seven days before it, each as the import has it.
    const today = localDay(at);
    const weekDays = Array.from({ length: 7 }, (_, i) => dayFlows(posts, shiftDay(today, i - 7), now));
    const sum = (key: keyof DemoFlows) => weekDays.reduce((total, f) => total + f[key], 0);
    const week = {
      videoViews: studioRound(sum('videoViews')),
      profileViews: studioRound(sum('profileViews')),
      likes: studioRound(sum('likes')),
      comments: studioRound(sum('comments')),
      shares: studioRound(sum('shares')),
    };
    const common = { account, capturedAt: at, lastSeenAt: at, locale: 'en' };
    const overview: Omit<SnapshotRecord, 'id' | 'scope'> = {
      ...common,
      page: 'account-overview',
      url: 'https://www.tiktok.com/tiktokstudio/analytics',
      range: { days: 7 },
      metrics: Object.fromEntries(Object.entries(week).map(([k, v]) => [k, v.value])),
      rounded: Object.entries(week).filter(([, v]) => v.rounded).map(([k]) => k) as SnapshotRecord['rounded'],
    };
    snapshots.push(
      overview,
      { ...common, capturedAt: at + 60_000, lastSeenAt: at + 60_000, page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', range: { days: 7 }, metrics: { followers, netFollowers: gained } },
      { ...common, capturedAt: at + 120_000, lastSeenAt: at + 120_000, page: 'posts-list', url: 'https://www.tiktok.com/tiktokstudio/content', range: 'lifetime', metrics: {}, videos: rows.reverse() },
    );
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), snapshots };
}

/**
 * What Studio's own data calls would have sent for the demo's `count` most-viewed videos, opened in
 * Studio at `now`: their first 7 days and 48 hours of views (the same views the posts list counts),
 * a retention curve, and their watch time so far, made from that curve (average watch time is the
 * area under it; total play time that times the views; watched full video its end).
 */
export function demoStudioData(options: DemoOptions & { count?: number } = {}): { batch: StudioDataBatch; videoIds: string[] } {
  const { now = Date.now(), account = 'maya.bakes', count = 3 } = options;
  const { posts } = demoPosts(options);
  const top = [...posts].sort((a, b) => viewsAt(b, now) - viewsAt(a, now)).slice(0, count);
  const today = localDay(now);
  const videos: StudioDataBatch['read']['videos'] = {};
  const retention: StudioDataBatch['read']['retention'] = {};
  const provisional: string[] = [];
  for (const [i, p] of top.entries()) {
    const hourKey = (t: number) => `${localDay(t)}T${pad(new Date(t).getHours())}`;
    const hourStart = Math.floor(p.postedAt / 3_600_000) * 3_600_000;
    const hours = Object.fromEntries(
      Array.from({ length: 48 }, (_, h) => hourStart + h * 3_600_000)
        .filter((t) => t < now)
        .map((t) => [hourKey(t), viewsAt(p, Math.min(now, t + 3_600_000)) - viewsAt(p, Math.max(p.postedAt, t))]),
    );
    const posted = localDay(p.postedAt);
    const days = Object.fromEntries(
      Array.from({ length: 7 }, (_, d) => shiftDay(posted, d))
        .filter((date) => date <= today)
        .map((date) => [date, viewsAt(p, Math.min(now, midnight(shiftDay(date, 1)))) - viewsAt(p, midnight(date))]),
    );
    // Viewers leave quickly at first, then steadily: a curve per second to the video's end.
    const leave = 0.012 + 0.006 * i;
    const curve: Array<[number, number]> = Array.from({ length: p.durationSeconds + 1 }, (_, sec) => [sec, Math.round((100 * (0.55 * Math.exp(-sec / 4) + 0.45 * Math.exp(-leave * sec))) * 10) / 10]);
    const average = Math.round(curve.slice(1).reduce((sum, [, share]) => sum + share / 100, 0) * 10) / 10;
    const views = viewsAt(p, now);
    // Studio's "so far" values, read today: always provisional.
    const soFar = {
      averageWatchTime: average,
      totalPlayTime: Math.round(average * views),
      watchedFullVideo: curve[curve.length - 1][1],
    };
    videos[p.videoId] = { videoViews: { ...days, ...hours }, ...Object.fromEntries(Object.entries(soFar).map(([metric, v]) => [metric, { [today]: v }])) };
    retention[p.videoId] = curve;
    for (const metric of Object.keys(soFar)) provisional.push(`videos.${p.videoId}.${metric}.${today}`);
    if (days[today] !== undefined) provisional.push(`videos.${p.videoId}.videoViews.${today}`);
  }
  return { batch: { account, receivedAt: now, read: { account: {}, videos, retention, activity: {}, provisional } }, videoIds: top.map((p) => p.videoId) };
}
