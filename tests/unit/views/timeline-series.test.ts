// Which series a card draws of a timeline, where the calendar trips: a weekly capture just after a
// night the clocks went forward still follows the weeks made of days.
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '@/utils/timeline/build-timeline';
import { cardSeries } from '@/utils/views/timeline-series';
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
