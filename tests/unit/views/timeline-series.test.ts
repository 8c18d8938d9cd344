// Which series a card draws of a timeline, where the calendar trips: a weekly capture just after a
// night the clocks went forward still follows the weeks made of days. A chart of days says where
// its days came from (the popup's note).
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '@/utils/timeline/build-timeline';
import { cardSeries, chartSeries, daysOrigin, joinedWithin } from '@/utils/views/timeline-series';
import { withGaps } from '@/utils/series/series-math';
import { addDays, inZone, wallClock } from '../../support/mixed-history';

describe('cardSeries', () => {
  // The nights the clocks go forward: Los Angeles on 8 March 2026, Auckland on 27 September 2026.
  it.each([
    ['America/Los_Angeles', '2026-03-08'],
    ['Pacific/Auckland', '2026-09-27'],
  ])('in %s, a weekly total captured at 00:30 after %s follows the days up to the day before it', (zone, short) =>
    inZone(zone, () => {
      // Days up to the day before the short one: the weekly capture after it covers the short day, newer than the days.
      const imported = Array.from({ length: 7 }, (_, i) => ({ date: addDays(short, i - 7), value: 100, exportedAt: wallClock(addDays(short, 10), 9, 0) }));
      const weekly = { t: wallClock(addDays(short, 1), 0, 30), v: 800, range: '7d' };
      const series = cardSeries(buildTimeline({ account: 'a', metric: 'videoViews', imported, captured: [weekly] }));
      expect(series).toMatchObject({ kind: 'daily', range: '7d' });
      expect(series.points.map((p) => p.v)).toEqual([700, 800]);
    }),
  );
});

describe('where a chart\'s days came from', () => {
  const day = (date: string, source: 'import' | 'studio' | 'capture') => ({ date, t: 0, v: 1, source, asOf: 0 });

  it('names the export, Studio\'s own data, both, or captures alone', () => {
    expect(daysOrigin([day('2026-12-01', 'import'), day('2026-12-02', 'capture')])).toBe('export');
    expect(daysOrigin([day('2026-12-01', 'studio'), day('2026-12-02', 'capture')])).toBe('studio');
    expect(daysOrigin([day('2026-12-01', 'import'), day('2026-12-02', 'studio')])).toBe('both');
    expect(daysOrigin([day('2026-12-01', 'capture')])).toBe('captures');
    expect(daysOrigin([])).toBe('captures');
  });

  it('is the drawn days\' own: Studio\'s days over an older import, a chart of the window after the import says Studio', () => {
    const at = Date.parse('2026-12-10T09:00:00Z');
    const imported = ['2026-11-01', '2026-11-02'].map((date) => ({ date, value: 100, exportedAt: at }));
    const studio = ['2026-12-01', '2026-12-02'].map((date) => ({ date, value: 90, receivedAt: at }));
    const timeline = buildTimeline({ account: 'a', metric: 'videoViews', imported, captured: [], studio });
    expect(chartSeries(timeline)).toMatchObject({ kind: 'daily', origin: 'both' });
    expect(chartSeries(timeline, new Date(2026, 10, 20).getTime())).toMatchObject({ kind: 'daily', origin: 'studio' });
    const exportOnly = buildTimeline({ account: 'a', metric: 'videoViews', imported, captured: [] });
    expect(chartSeries(exportOnly)).toMatchObject({ kind: 'daily', origin: 'export' });
  });
});

describe('a chart of windows is one line where the windows touch', () => {
  const DAY = 86_400_000;
  // "1 y": 44 weekly captures of "last 7 days", then 53 windows summed from imported days, one a day.
  const weekly = Array.from({ length: 44 }, (_, i) => ({ t: i * 7 * DAY, v: 7000 }));
  const daily = Array.from({ length: 53 }, (_, i) => ({ t: (44 * 7 + i) * DAY, v: 30_000 }));

  it('joins windows of 7 days a week apart, however many daily ones follow; a missed week stays a gap', () => {
    expect(joinedWithin({ kind: 'windows', range: '7d' })).toBe(8 * DAY);
    expect(joinedWithin({ kind: 'windows', range: '28d' })).toBe(29 * DAY);
    expect(joinedWithin({ kind: 'captures', range: '7d' })).toBeUndefined();
    expect(joinedWithin({ kind: 'daily' })).toBeUndefined();
    const points = [...weekly, ...daily];
    // The chart's own rule (three of the typical, daily, step) would cut every weekly window off alone.
    expect(withGaps(points).filter((p) => p.y === null)).toHaveLength(44);
    expect(withGaps(points, joinedWithin({ kind: 'windows', range: '7d' })).filter((p) => p.y === null)).toEqual([]);
    const missed = [...weekly.slice(0, 10), ...weekly.slice(12), ...daily];
    expect(withGaps(missed, joinedWithin({ kind: 'windows', range: '7d' })).filter((p) => p.y === null)).toHaveLength(1);
  });
});
