// One creator's Studio data for a video's page, as the in-page observer would send it
// (saveStudioData), and the posts list that names the video: shared by the Chromium and Firefox tests.
import { addDays, localDate } from '../../utils/platform/days';
import type { StudioDataBatch } from '../../utils/studio-data/studio-data-contract';

export const ACCOUNT = 'maya.bakes';
export const VIDEO = '7301234567890123456';
const OTHERS = ['7301234567890000001', '7301234567890000002'];
export const EMPTY_VIDEO = '7301234567890000009';
export const today = localDate(Date.now());
const pad = (n: number) => String(n).padStart(2, '0');
const hourKey = (t: number) => `${localDate(t)}T${pad(new Date(t).getHours())}`;
const postedAt = new Date(`${addDays(today, -6)}T18:00:00`).getTime();
// Seven days of views (the newest not final), 48 hours from posting (10 views each, 1 more each hour), a 20-second curve.
export const dailyViews = [4000, 2500, 1200, 800, 600, 450, 300];
const days = Object.fromEntries(dailyViews.map((v, i) => [addDays(today, i - 6), v]));
const hours = Object.fromEntries(Array.from({ length: 48 }, (_, h) => [hourKey(postedAt + h * 3_600_000), 10 + h]));
// Studio's "so far" values of the video, read today (always provisional): 12.4 s on average, 3 h 20 min in all, 31.5 % to the end.
export const watch = { averageWatchTime: 12.4, totalPlayTime: 12_000, watchedFullVideo: 31.5 };
const watchSoFar = Object.fromEntries(Object.entries(watch).map(([metric, v]) => [metric, { [today]: v }]));
export const studioBatch = (): StudioDataBatch => ({
  account: ACCOUNT,
  receivedAt: Date.now(),
  read: {
    account: { followers: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [addDays(today, i - 30), 1000 + i * 3])) },
    videos: { [VIDEO]: { videoViews: { ...days, ...hours }, ...watchSoFar } },
    retention: {
      [VIDEO]: [[0, 100], [10, 60], [20, 45]],
      [OTHERS[0]]: [[0, 100], [30, 40]],
      [OTHERS[1]]: [[0, 100], [15, 60]],
    },
    activity: { [addDays(today, -1)]: { 19: 210, 20: 260 } },
    provisional: [`videos.${VIDEO}.videoViews.${today}`, ...Object.keys(watch).map((metric) => `videos.${VIDEO}.${metric}.${today}`)],
  },
});

export const postsList = {
  page: 'posts-list' as const,
  url: 'https://www.tiktok.com/tiktokstudio/content',
  account: ACCOUNT,
  range: 'lifetime' as const,
  metrics: {},
  videos: [
    { videoId: VIDEO, caption: 'Sourdough in 60 seconds', postedAt: new Date(postedAt).toISOString(), views: 9850, likes: 700 },
    { videoId: EMPTY_VIDEO, caption: 'Rye crackers', views: 120 },
  ],
};

