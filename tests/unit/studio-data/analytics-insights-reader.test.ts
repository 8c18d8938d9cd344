// `/tiktok/v1/analytics/insights/`: numbered types, each day stamped at UTC midnight and marked
// final (1) or not (2). Expected values are written by hand from the fixtures' numbers.
import { describe, expect, it } from 'vitest';
import { readStudioData, type StudioDataRead } from '@/utils/studio-data/studio-data-contract';
import { analyticsInsightsUrl, inTimeZone, studioDataFixture } from '../../fixtures/studio-data/studio-data-fixtures';

function readOk(input: Parameters<typeof readStudioData>[0]): { read: StudioDataRead; notes: string[] } {
  const result = readStudioData(input);
  if (!result.ok) throw new Error(`expected a read, got: ${result.reason}`);
  return result;
}

const midnight = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;
const day = (date: string, value: number | undefined, status = 1) => ({
  message: { status, timestamp: midnight(date) },
  ...(value === undefined ? {} : { value }),
});

describe('numbered types (121 views, 160 followers …)', () => {
  it('a 7-day view asked 2026-09-09 in UTC+7: final days 2026-09-02 … 09-07, the pending 09-08 left out; totals are not days', () => {
    const week = studioDataFixture('v1-analytics-insights-7d.shaped');
    const { read, notes } = readOk({ url: week.url, body: week.body });
    expect(read.account).toEqual({
      followers: { '2026-09-02': 28790, '2026-09-03': 28842, '2026-09-04': 28901, '2026-09-05': 28950, '2026-09-06': 29003, '2026-09-07': 29075 },
      videoViews: { '2026-09-02': 1210, '2026-09-03': 980, '2026-09-04': 1430, '2026-09-05': 870, '2026-09-06': 1650, '2026-09-07': 1320 },
    });
    expect(read.provisional).toEqual([]);
    expect(notes).toEqual([
      'analytics_follower_total_followers: left out 1 entry not final yet',
      'analytics_overview_views: left out 1 entry not final yet',
    ]);
  });

  it('a metric with no days yet (status 2, an empty list) gives nothing and says so', () => {
    const empty = studioDataFixture('v1-analytics-insights-empty.shaped');
    const { read, notes } = readOk({ url: empty.url, body: empty.body });
    expect(read).toEqual({ account: {}, videos: {}, retention: {}, activity: {}, provisional: [] });
    expect(notes).toEqual(['analytics_overview_views: no days yet']);
  });

  it("Studio's error answer is a one-line reason", () => {
    const error = studioDataFixture('v1-analytics-insights-error-invalid-params.shaped');
    expect(readStudioData({ url: error.url, body: error.body })).toEqual({ ok: false, reason: 'Studio answered status_code 5: Invalid parameters' });
  });

  it('every metric of the family lands under its own name; 161 may be negative, the others may not', () => {
    const keys: Array<[number, string, string]> = [
      [121, 'analytics_overview_views', 'videoViews'],
      [122, 'analytics_overview_profile_views', 'profileViews'],
      [123, 'analytics_overview_likes', 'likes'],
      [124, 'analytics_overview_comments', 'comments'],
      [125, 'analytics_overview_shares', 'shares'],
      [140, 'analytics_viewer_new_viewer', 'newViewers'],
      [141, 'analytics_viewer_total_viewer', 'totalViewers'],
      [160, 'analytics_follower_total_followers', 'followers'],
      [161, 'analytics_follower_net_followers', 'netFollowers'],
    ];
    const body = Object.fromEntries([
      ['status_code', 0],
      ...keys.map(([type, key]) => [key, { list: { value: [day('2026-06-01', type), day('2026-06-02', -3)] } }]),
    ]);
    const url = analyticsInsightsUrl(keys.map(([type]) => ({ insight_type: type, data_date_range: 1 })), 0);
    const { read } = readOk({ url, body });
    const expected = Object.fromEntries(keys.map(([type, , metric]) => [metric, metric === 'netFollowers' ? { '2026-06-01': type, '2026-06-02': -3 } : { '2026-06-01': type }]));
    expect(read.account).toEqual(expected);
  });

  it('a not-final day with a number is provisional; with 0 or nothing it is left out', () => {
    const body = {
      status_code: 0,
      analytics_overview_views: { list: { value: [day('2026-09-06', 1650), day('2026-09-07', 1400, 2), day('2026-09-08', 0, 2), day('2026-09-09', undefined, 2)] } },
    };
    const { read } = readOk({ url: analyticsInsightsUrl([{ insight_type: 121, data_date_range: 1 }], 25200), body });
    expect(read.account.videoViews).toEqual({ '2026-09-06': 1650, '2026-09-07': 1400 });
    expect(read.provisional).toEqual(['account.videoViews.2026-09-07']);
  });

  it('statuses other than 1 and 2 (7, 9, 10: not applicable) are never values', () => {
    const body = { status_code: 0, analytics_overview_views: { list: { value: [day('2026-09-06', 5, 7), day('2026-09-07', 6, 10)] } } };
    const { read, notes } = readOk({ url: analyticsInsightsUrl([{ insight_type: 121, data_date_range: 1 }], 0), body });
    expect(read.account).toEqual({});
    expect(notes).toEqual(['analytics_overview_views: left out 2 entries with a status it does not know']);
  });

  it('a type asked for but absent, or sent as null, is said; one asked twice is read once', () => {
    const types = [121, 121, 122, 160].map((type) => ({ insight_type: type, data_date_range: 1 }));
    const body = { status_code: 0, analytics_overview_views: { list: { value: [day('2026-09-06', 5)] } }, analytics_follower_total_followers: null };
    const { read, notes } = readOk({ url: analyticsInsightsUrl(types, 0), body });
    expect(read.account).toEqual({ videoViews: { '2026-09-06': 5 } });
    expect(notes).toEqual([
      'analytics_overview_profile_views: asked for, not in the response',
      'analytics_follower_total_followers: Studio sent no data (null)',
    ]);
  });

  it('types seen but not read (rewards, traffic sources, active days and hours) are said, not guessed', () => {
    const types = [121, 126, 127, 145, 146, 999].map((type) => ({ insight_type: type, data_date_range: 1 }));
    const body = { status_code: 0, analytics_overview_views: { list: { value: [day('2026-09-06', 5)] } } };
    const { notes } = readOk({ url: analyticsInsightsUrl(types, 0), body });
    expect(notes).toEqual([
      'insight_type 126: left out: only a window total of rewards is publicly known, not its days',
      'insight_type 127: left out: traffic sources are a breakdown, not a daily value',
      'insight_type 145: left out: the shape of active days is not publicly known',
      'insight_type 146: left out: whether hour 0 is local time is not publicly known',
      'insight_type 999: not a type this reader knows',
    ]);
  });
});

describe('which day a stamp is', () => {
  inTimeZone('America/New_York');

  it('west of UTC and across the end of daylight saving time, a UTC-midnight stamp is that calendar day', () => {
    const body = {
      status_code: 0,
      analytics_overview_views: { list: { value: ['2026-10-31', '2026-11-01', '2026-11-02'].map((date, i) => day(date, 100 + i)) } },
    };
    // time_offset −18000 (New York in winter): adding it would move each stamp to the evening before.
    const { read } = readOk({ url: analyticsInsightsUrl([{ insight_type: 121, data_date_range: 1 }], -18000), body });
    expect(read.account.videoViews).toEqual({ '2026-10-31': 100, '2026-11-01': 101, '2026-11-02': 102 });
  });

  it('a stamp that is not a midnight, or in milliseconds, is not a day', () => {
    const body = {
      status_code: 0,
      analytics_overview_views: {
        list: { value: [{ message: { status: 1, timestamp: midnight('2026-09-06') + 3600 }, value: 5 }, { message: { status: 1, timestamp: midnight('2026-09-07') * 1000 }, value: 6 }, day('2026-09-08', 7)] },
      },
    };
    const { read, notes } = readOk({ url: analyticsInsightsUrl([{ insight_type: 121, data_date_range: 1 }], 0), body });
    expect(read.account.videoViews).toEqual({ '2026-09-08': 7 });
    expect(notes).toEqual(['analytics_overview_views: left out 2 entries not a value it could hold']);
  });

  it('one day sent twice with two values is not trusted; twice with one value is read once', () => {
    const body = {
      status_code: 0,
      analytics_overview_views: { list: { value: [day('2026-09-06', 5), day('2026-09-06', 9), day('2026-09-07', 4), day('2026-09-07', 4)] } },
    };
    const { read, notes } = readOk({ url: analyticsInsightsUrl([{ insight_type: 121, data_date_range: 1 }], 0), body });
    expect(read.account.videoViews).toEqual({ '2026-09-07': 4 });
    expect(notes).toEqual(['analytics_overview_views: left out 1 day(s) sent twice with two values']);
  });
});
