// Sixty exact days of account views from Studio's own data (as the in-page observer sends them,
// saveStudioData) and the rounded "last 7 days" a Studio page showed this morning: shared by the
// unit test of the popup's views and the Chromium test of the popup and "Your data".
import { addDays, localDate } from '../../utils/platform/days';
import type { StudioSnapshot } from '../../utils/reader/snapshot';
import type { StudioDataBatch } from '../../utils/studio-data/studio-data-contract';

export const ACCOUNT = 'nora.knits';
export const today = localDate(Date.now());
/** Day i (0 = sixty days ago): an uneven 1,000–2,000 views, so no window sums to a round number. */
export const studioViews = Array.from({ length: 60 }, (_, i) => 1000 + ((i * 373) % 997));
export const studioDates = studioViews.map((_, i) => addDays(today, i - 60));
/** The last week of exact days, through yesterday. */
export const exactWeek = studioViews.slice(-7).reduce((a, b) => a + b, 0);

export const sixtyStudioDays = (receivedAt = Date.now()): StudioDataBatch => ({
  account: ACCOUNT,
  receivedAt,
  read: { account: { videoViews: Object.fromEntries(studioDates.map((date, i) => [date, studioViews[i]])) }, videos: {}, retention: {}, activity: {}, provisional: [] },
});

/** Studio's card for the same week, rounded as its pages round ("10.2K"), or any other shown value. */
export const roundedWeek = (shown = Math.round(exactWeek / 100) * 100): StudioSnapshot => ({
  page: 'account-overview',
  url: 'https://www.tiktok.com/tiktokstudio/analytics',
  account: ACCOUNT,
  range: { days: 7 },
  metrics: { videoViews: shown },
  rounded: ['videoViews'],
});
