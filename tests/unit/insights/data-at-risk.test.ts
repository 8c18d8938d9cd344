// Data at risk: days about to leave Studio's 365-day export that nothing holds, and young videos'
// day-1 and day-7 views that only a capture made now can still give.
import { describe, expect, it } from 'vitest';
import { dataAtRisk, EXPORT_WINDOW_DAYS, RISK_HORIZON_DAYS } from '@/utils/insights/data-at-risk';
import type { OwnVideo } from '@/utils/insights/own-videos';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = new Date(2026, 5, 15, 12).getTime(); // local noon: days are the creator's calendar days
const dayKey = (daysAgo: number) => {
  const d = new Date(NOW - daysAgo * DAY);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const days = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => dayKey(from + i));

describe('data at risk: daily history', () => {
  it('counts the days that leave the export within a week and that some series lacks', () => {
    // Views held for the whole year, followers only for its newest 300 days.
    const risk = dataAtRisk({ now: NOW, heldDays: { videoViews: days(1, 365), followers: days(1, 300) }, videos: [] });
    expect(risk.daily).toEqual({ days: RISK_HORIZON_DAYS, first: dayKey(EXPORT_WINDOW_DAYS), last: dayKey(EXPORT_WINDOW_DAYS - RISK_HORIZON_DAYS + 1), series: ['followers'] });
  });

  it('says nothing when every series holds those days', () => {
    expect(dataAtRisk({ now: NOW, heldDays: { videoViews: days(355, 370), followers: days(350, 366) }, videos: [] }).daily).toBeUndefined();
  });

  it('counts only the missing days, and none before there was anything to keep', () => {
    const partly = dataAtRisk({ now: NOW, heldDays: { videoViews: [dayKey(365), dayKey(363)] }, videos: [] });
    expect(partly.daily).toMatchObject({ days: RISK_HORIZON_DAYS - 2, first: dayKey(364) });
    const young = dataAtRisk({ now: NOW, heldDays: { videoViews: [] }, since: NOW - 361 * DAY, videos: [] });
    expect(young.daily).toMatchObject({ days: 3, first: dayKey(361), last: dayKey(359) });
    expect(dataAtRisk({ now: NOW, heldDays: { videoViews: [] }, since: NOW - 100 * DAY, videos: [] }).daily).toBeUndefined();
  });
});

describe('data at risk: young videos', () => {
  const video = (postedAgo: number, captures: number[]): OwnVideo => ({
    videoId: `v${postedAgo}`,
    caption: `posted ${postedAgo} h ago`,
    postedAt: NOW - postedAgo * HOUR,
    views: captures.map((ago) => ({ t: NOW - ago * HOUR, v: 1000 })),
  });

  it('lists a passed mark a capture now still reads, with when that chance closes', () => {
    // Posted 30 h ago, last captured 20 h ago (age 10 h): day 1 passed 6 h ago, readable until 10 h + 36 h.
    const risk = dataAtRisk({ now: NOW, heldDays: {}, videos: [video(30, [20])] });
    expect(risk.videos).toEqual([{ videoId: 'v30', caption: 'posted 30 h ago', mark: 'day1', closesAt: NOW - 20 * HOUR + 36 * HOUR }]);
  });

  it('leaves out marks already read, marks still ahead, and marks no capture can reach any more', () => {
    const read = video(30, [20, 2]);
    const ahead = video(10, [5]);
    const lost = video(60, [50]);
    expect(dataAtRisk({ now: NOW, heldDays: {}, videos: [read, ahead, lost] }).videos).toEqual([]);
  });

  it('reads day 7 with a wider gap: half the age', () => {
    const week = video(7 * 24 + 5, [2 * 24]);
    const risk = dataAtRisk({ now: NOW, heldDays: {}, videos: [week] });
    expect(risk.videos).toEqual([{ videoId: week.videoId, caption: week.caption, mark: 'day7', closesAt: NOW - 2 * DAY + 3.5 * DAY }]);
  });
});
