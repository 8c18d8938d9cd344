// Everything read is shown: the shares Studio's pages showed, the account's and each video's, with
// how each row moved since the first reading, and as CSV rows. Values by hand.
import { describe, expect, it } from 'vitest';
import { breakdownsView } from '@/utils/views/dashboard-view';
import type { BreakdownReading, ViewSource } from '@/utils/views/view-source';
import { shareRows } from '@/utils/history/export-csv';

const source = (readings: BreakdownReading[]): ViewSource => ({
  accounts: async () => [],
  timelines: async () => [],
  videos: async () => [],
  videoViews: async () => ({ metric: 'views', points: [] }),
  videoSeries: async () => [],
  postsLists: async () => [],
  activity: async () => [],
  breakdowns: async () => readings,
});

describe('breakdowns view', () => {
  it('shows the latest of each breakdown, largest first, with its shift since the first reading; videos apart', async () => {
    const view = await breakdownsView(
      source([
        { at: 1, page: 'account-overview', range: '7d', breakdowns: { trafficSource: { 'For You': 70, Search: 10, Profile: 20 } } },
        { at: 2, page: 'account-viewers', range: '28d', breakdowns: { gender: { Female: 60, Male: 40 } } },
        { at: 3, page: 'account-overview', range: '7d', breakdowns: { trafficSource: { 'For You': 62.5, Search: 17.5, Profile: 20 }, searchQueries: { sourdough: 40 } } },
        { at: 4, page: 'video-overview', videoId: 'v1', range: 'lifetime', breakdowns: { trafficSource: { Search: 55, 'For You': 45 } } },
      ]),
      'a',
    );
    expect(view.account.map((c) => c.key)).toEqual(['trafficSource', 'gender', 'searchQueries']);
    expect(view.account[0]).toEqual({
      key: 'trafficSource', at: 3, range: '7d', since: 1,
      rows: [{ label: 'For You', share: 62.5, shift: -7.5 }, { label: 'Profile', share: 20, shift: 0 }, { label: 'Search', share: 17.5, shift: 7.5 }],
    });
    // Read once: no shift to say.
    expect(view.account[1]).toEqual({ key: 'gender', at: 2, range: '28d', rows: [{ label: 'Female', share: 60 }, { label: 'Male', share: 40 }] });
    expect(view.videos).toEqual([{ videoId: 'v1', cards: [{ key: 'trafficSource', at: 4, range: 'lifetime', rows: [{ label: 'Search', share: 55 }, { label: 'For You', share: 45 }] }] }]);
  });

  it('is empty for a source without breakdowns', async () => {
    expect(await breakdownsView({ ...source([]), breakdowns: undefined }, 'a')).toEqual({ account: [], videos: [] });
  });

  it('writes every share as a CSV row, captured and imported', () => {
    const rows = shareRows(
      [{ at: Date.UTC(2026, 5, 1), account: 'a', videoId: 'v1', range: 'lifetime', breakdowns: { searchQueries: { sourdough: 40 } } }],
      [{ account: 'a', takenAt: Date.UTC(2026, 5, 2), file: 'Audience.csv', gender: { female: 61 }, territories: { JP: 12 } }],
    );
    expect(rows).toEqual([
      ['2026-06-01T00:00:00.000Z', 'a', 'v1', 'searchQueries:sourdough', 'lifetime', 40, false, 'capture (percent)'],
      ['2026-06-02T00:00:00.000Z', 'a', '', 'gender:female', 'lifetime', 61, false, 'import (percent)'],
      ['2026-06-02T00:00:00.000Z', 'a', '', 'locations:JP', 'lifetime', 12, false, 'import (percent)'],
    ]);
  });

  it("gives the popup the account's largest traffic source as last read, never a video's", async () => {
    const { topTrafficSource } = await import('@/utils/views/popup-insights-view');
    expect(topTrafficSource([
      { at: 1, page: 'account-overview', range: '7d', breakdowns: { trafficSource: { 'For You': 70, Search: 30 } } },
      { at: 2, page: 'account-overview', range: '7d', breakdowns: { trafficSource: { 'For You': 40, Search: 60 } } },
      { at: 3, page: 'video-overview', videoId: 'v', range: 'lifetime', breakdowns: { trafficSource: { Profile: 90 } } },
    ])).toEqual({ label: 'Search', share: 60, at: 2 });
    expect(topTrafficSource([])).toBeUndefined();
  });
});
