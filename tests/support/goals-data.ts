// Goals, takeoff and proof seeded the way the in-page observer sends Studio's own data
// (saveStudioData): 60 days of followers (1,000 + 20 a day) and views (1,000 a day), 25 past
// videos' first 48 hours (40–70 views an hour) and one video 30 hours old at 600 an hour, named
// by a posts list. Shared by the Chromium and Firefox tests.
import { addDays, localDate } from '../../utils/platform/days';
import type { StudioDataBatch } from '../../utils/studio-data/studio-data-contract';

export const ACCOUNT = 'maya.bakes';
const HOUR = 3_600_000;
export const today = localDate(Date.now());
const pad = (n: number) => String(n).padStart(2, '0');
const hourKey = (t: number) => `${localDate(t)}T${pad(new Date(t).getHours())}`;
/** The start of the local hour `hoursAgo` hours before this one. */
const hourStart = (hoursAgo: number) => {
  const d = new Date(Date.now() - hoursAgo * HOUR);
  d.setMinutes(0, 0, 0);
  return d.getTime();
};
const PAST = Array.from({ length: 25 }, (_, i) => ({ id: `73000000000000001${pad(i)}`, postedAt: hourStart(24 * (12 + 2 * i) + 5) }));
export const FAST = { id: '7300000000000000999', postedAt: hourStart(30), caption: 'Croissant lamination, explained' };
/** Followers gain 20 a day from 1,000; views are 1,000 a day for 60 days. */
const followers = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [addDays(today, i - 60), 1_000 + 20 * i]));
const views = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [addDays(today, i - 60), 1_000]));
const hoursOf = (postedAt: number, count: number, perHour: (h: number) => number) =>
  Object.fromEntries(Array.from({ length: count }, (_, h) => [hourKey(postedAt + h * HOUR), perHour(h)]));

export const goalsBatch = (): StudioDataBatch => ({
  account: ACCOUNT,
  receivedAt: Date.now(),
  read: {
    account: { followers, videoViews: views },
    videos: {
      ...Object.fromEntries(PAST.map((v, i) => [v.id, { videoViews: hoursOf(v.postedAt, 48, () => 40 + (i % 7) * 5) }])),
      // 29 whole hours so far, each far ahead of any past video's.
      [FAST.id]: { videoViews: hoursOf(FAST.postedAt, 29, () => 600) },
    },
    retention: {},
    activity: {},
    provisional: [],
  },
});

export const goalsPostsList = {
  page: 'posts-list' as const,
  url: 'https://www.tiktok.com/tiktokstudio/content',
  account: ACCOUNT,
  range: 'lifetime' as const,
  metrics: {},
  videos: [
    ...PAST.map((v, i) => ({ videoId: v.id, caption: `Bake ${i}`, postedAt: new Date(v.postedAt).toISOString(), views: 3_000 + i * 10, likes: 100 + i })),
    { videoId: FAST.id, caption: FAST.caption, postedAt: new Date(FAST.postedAt).toISOString(), views: 17_400, likes: 2_000 },
  ],
};
