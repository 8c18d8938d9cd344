// Issue 30: windows are computed from days wherever days exist. Sixty exact days from Studio's own
// data and a rounded "last 7 days" captured beside them: the popup's card is the exact sum of the
// week's days (and says it comes from days, not rounded), its chart draws the exact days, and a
// captured total those days do not confirm is said on the card, never mixed in. Beside a rounded
// value on a Studio page, Studio's exact one for the same period (the badges' tooltip). With
// Studio's data alone, the day-by-day section reaches as far back as Studio sent, and the
// best-time heatmap rests on its activity hours.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLensDB, type LensDB } from '@/utils/history/database';
import { saveStudioData } from '@/utils/history/studio-data-store';
import { saveSnapshot } from '@/utils/history/snapshots';
import { historySource, studioValuesOfRounded } from '@/utils/history/timeline-reads';
import { popupData } from '@/utils/views/popup-view';
import { dailySeries } from '@/utils/views/dashboard-view';
import { activityHeatmap } from '@/utils/series/follower-activity';
import { addDays, noonOf } from '@/utils/platform/days';
import { ACCOUNT, exactWeek, roundedWeek, sixtyStudioDays, studioDates, studioViews, today } from '../../support/studio-days';

let db: LensDB;
const morning = noonOf(today) - 3 * 3_600_000;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLensDB();
  await saveStudioData(db, sixtyStudioDays(morning - 60_000), morning - 60_000);
});
const popup = (days: number) => popupData(historySource(db), { account: ACCOUNT, metric: 'videoViews', days }, morning + 60_000);

describe("Studio's exact days in the popup", () => {
  it.each([7, 28, 60, 0])('over %i days, the Video views card is the exact sum of the last 7 days, from days, beside a rounded capture of the same week', async (days) => {
    await saveSnapshot(db, roundedWeek(), morning);
    const { cards, chart } = await popup(days);
    const card = cards.find((c) => c.metric === 'videoViews')!;
    expect(exactWeek).toBe(10_645);
    expect(card).toMatchObject({ range: '7d', kind: 'daily', latest: { v: exactWeek } });
    expect(card.latest!.rounded).toBeUndefined();
    expect(card.exactFromStudio).toBe(true);
    expect(card.unconfirmed).toBeUndefined();
    // The chart: the exact days themselves, the window's.
    // Its days are Studio's own data: the note under the chart says so, not "from your export".
    expect(chart).toMatchObject({ metric: 'videoViews', kind: 'daily', origin: 'studio' });
    const first = days ? addDays(today, -days) : '';
    const shown = studioDates.map((date, i) => [noonOf(date), studioViews[i]]).filter((_, i) => studioDates[i] >= first);
    expect(chart.points.map((p) => [p.t, p.v])).toEqual(shown);
    expect(chart.points.some((p) => p.rounded)).toBe(false);
  });

  it('a captured week the exact days do not confirm is said on the card with both values; the card stays the exact sum', async () => {
    await saveSnapshot(db, roundedWeek(12_300), morning);
    const card = (await popup(7)).cards.find((c) => c.metric === 'videoViews')!;
    expect(card.latest).toMatchObject({ v: exactWeek });
    expect(card.unconfirmed).toEqual({ range: '7d', through: addDays(today, -1), captured: { v: 12_300, rounded: true, at: morning }, days: { v: exactWeek, source: 'studio' } });
  });
});

describe("Studio's exact value beside a rounded one on a Studio page (the badges' tooltip)", () => {
  it('is the sum of the same days for a captured window, and the day of a running total', async () => {
    const { record } = await saveSnapshot(db, roundedWeek(), morning);
    expect(await studioValuesOfRounded(db, record)).toEqual({ videoViews: exactWeek });
    const custom = await saveSnapshot(db, { ...roundedWeek(), range: { start: studioDates[0], end: studioDates[2] }, metrics: { videoViews: 3_600 } }, morning);
    expect(await studioValuesOfRounded(db, custom.record)).toEqual({ videoViews: studioViews[0] + studioViews[1] + studioViews[2] });
    await saveStudioData(db, { ...sixtyStudioDays(morning), read: { ...sixtyStudioDays(morning).read, account: { followers: { [today]: 12_345 } } } }, morning);
    const followers = await saveSnapshot(db, { ...roundedWeek(), page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', metrics: { followers: 12_300 }, rounded: ['followers'] }, morning);
    expect(await studioValuesOfRounded(db, followers.record)).toEqual({ followers: 12_345 });
  });

  it('says nothing where the page was exact, a day is missing, the value agrees, or the page is a video\'s', async () => {
    expect(await studioValuesOfRounded(db, (await saveSnapshot(db, { ...roundedWeek(), rounded: [] }, morning)).record)).toEqual({});
    expect(await studioValuesOfRounded(db, (await saveSnapshot(db, { ...roundedWeek(exactWeek) }, morning + 1)).record)).toEqual({});
    expect(await studioValuesOfRounded(db, (await saveSnapshot(db, { ...roundedWeek(), range: { days: 60 } }, morning + 2)).record)).toEqual({ videoViews: studioViews.reduce((a, b) => a + b, 0) });
    expect(await studioValuesOfRounded(db, (await saveSnapshot(db, { ...roundedWeek(), range: { days: 90 } }, morning + 3)).record)).toEqual({});
    expect(await studioValuesOfRounded(db, (await saveSnapshot(db, { ...roundedWeek(), page: 'video-overview', url: 'https://www.tiktok.com/tiktokstudio/analytics/7301234567890123456', videoId: '7301234567890123456' }, morning + 4)).record)).toEqual({});
  });
});

describe("Studio's own data alone in the dashboard's day-by-day and best-time sections", () => {
  it('draws follower history as far back as Studio sent, and activity by weekday and hour in the local zone', async () => {
    globalThis.indexedDB = new IDBFactory();
    db = await openLensDB();
    // Two years of follower days (Studio's longest history) and a Monday evening of activity, nothing else.
    const followerDays = Object.fromEntries(Array.from({ length: 730 }, (_, i) => [addDays(today, i - 730), 5_000 + i]));
    const monday = '2026-11-30';
    await saveStudioData(db, { ...sixtyStudioDays(morning), read: { ...sixtyStudioDays(morning).read, account: { followers: followerDays }, activity: { [monday]: { 19: 210, 20: 260 } } } }, morning);
    const source = historySource(db);
    const daily = await dailySeries(source, ACCOUNT, 'followers');
    expect(daily).toHaveLength(730);
    expect(daily[0]).toMatchObject({ date: addDays(today, -730), v: 5_000, source: 'studio' });
    expect(daily.every((d) => d.source === 'studio')).toBe(true);
    const heatmap = activityHeatmap(await source.activity(ACCOUNT));
    expect(heatmap.cells[0][19]).toBe(210);
    expect(heatmap.cells[0][20]).toBe(260);
    expect(heatmap.cells.flat().filter((v) => v !== undefined)).toHaveLength(2);
  });
});
