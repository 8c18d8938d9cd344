// Properties of the one timeline over generated histories (tests/support/mixed-history.ts: captures,
// exports and Studio's own data), in four time zones: the days do not depend on the order of the
// records, and each day's value is the one the precedence rule picks among all its candidates.
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '@/utils/timeline/build-timeline';
import { dayOutranks, provisionalAt } from '@/utils/timeline/day-precedence';
import type { TimelineRecords } from '@/utils/timeline/timeline-contract';
import { seededRandom } from '../../support/seeded-random';
import { addDays, expectedDays, inZone, mixedHistory, recordsOf, shuffled, wallClock, ZONES } from '../../support/mixed-history';

// TIMELINE_SEEDS=3000 widens the hunt (about 10 s).
const SEEDS = Number(process.env.TIMELINE_SEEDS ?? 250);
const METRICS = ['followers', 'videoViews'] as const;

const daysOf = (records: TimelineRecords) =>
  buildTimeline(records).days.map(({ date, v, source, provisional, rounded }) => ({ date, v, source, ...(provisional ? { provisional } : {}), ...(rounded ? { rounded } : {}) }));

describe.each(ZONES)('one timeline in %s', (zone) => {
  it(`gives each day the winner among all its candidates, whatever the order of the records (${SEEDS} histories)`, () =>
    inZone(zone, () => {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const history = mixedHistory(seed);
        const random = seededRandom(seed * 7919);
        for (const metric of METRICS) {
          const records = recordsOf(history, metric);
          const want = expectedDays(records);
          expect({ seed, metric, days: daysOf(records) }).toEqual({ seed, metric, days: want });
          const reordered = { ...records, imported: shuffled(records.imported, random), captured: shuffled(records.captured, random), studio: shuffled(records.studio ?? [], random) };
          expect({ seed, metric, days: daysOf(reordered) }).toEqual({ seed, metric, days: want });
          expect(buildTimeline(reordered).readings).toEqual(buildTimeline(records).readings);
        }
      }
    }));

  it("brings Studio's own days into some histories, winning some days outright and losing others while not final", () =>
    inZone(zone, () => {
      const sources = new Set<string>();
      let provisionalLost = 0;
      for (let seed = 1; seed <= 60; seed++) {
        const records = recordsOf(mixedHistory(seed), 'videoViews');
        const days = buildTimeline(records).days;
        for (const d of days) sources.add(d.source);
        // A day Studio had not finished counting, won by a settled capture or import.
        provisionalLost += days.filter((d) => d.source !== 'studio' && records.studio?.some((s) => s.date === d.date && s.provisional) && !records.studio?.some((s) => s.date === d.date && !s.provisional)).length;
      }
      expect([...sources].sort()).toEqual(['capture', 'import', 'studio']);
      expect(provisionalLost).toBeGreaterThan(0);
    }));

  it("a final day of Studio's data beats a settled exact capture and import of the day, known later; a provisional one does not", () =>
    inZone(zone, () => {
      const studio = { date: '2026-03-08', value: 500, receivedAt: wallClock('2026-03-09', 8, 0) };
      const records = {
        account: 'a', metric: 'videoViews' as const,
        imported: [{ date: '2026-03-08', value: 480, exportedAt: wallClock('2026-03-20', 9, 0) }],
        captured: [{ t: wallClock('2026-03-21', 9, 0), v: 490, range: '2026-03-08..2026-03-08' }],
      };
      const winner = (s: (typeof studio & { provisional?: true })[]) => buildTimeline({ ...records, studio: s }).days.map((d) => [d.v, d.source]);
      expect(winner([studio])).toEqual([[500, 'studio']]);
      expect(winner([{ ...studio, provisional: true }])).toEqual([[490, 'capture']]);
      expect(winner([{ ...studio, provisional: true }, { ...studio, value: 505, receivedAt: studio.receivedAt + 1 }])).toEqual([[505, 'studio']]);
      expect(winner([{ ...studio, value: 505, receivedAt: studio.receivedAt + 1 }, { ...studio, provisional: true, value: 999, receivedAt: studio.receivedAt + 2 }])).toEqual([[505, 'studio']]);
    }));

  // Shrunk from the properties above.
  it('two captures of one day at the same moment: the larger value, in either order', () =>
    inZone(zone, () => {
      const t = wallClock('2026-03-08', 2, 30);
      const a = { t, v: 1000, range: 'lifetime' };
      const b = { t, v: 1003, range: 'lifetime' };
      const build = (captured: (typeof a)[]) => buildTimeline({ account: 'a', metric: 'followers', imported: [], captured }).days.map((d) => d.v);
      expect(build([a, b])).toEqual([1003]);
      expect(build([b, a])).toEqual([1003]);
    }));

  it('captures of one moment keep one order among the readings, whatever order they came in', () =>
    inZone(zone, () => {
      const t = wallClock('2026-09-27', 2, 30);
      const captured = [
        { t, v: 7000, range: '7d' },
        { t, v: 26_000, range: '28d' },
        { t, v: 7000, range: '7d', rounded: true as const },
      ];
      const readings = (list: typeof captured) => buildTimeline({ account: 'a', metric: 'videoViews', imported: [], captured: list }).readings;
      expect(readings([...captured].reverse())).toEqual(readings(captured));
      expect(readings([captured[1], captured[0], captured[2]])).toEqual(readings(captured));
    }));

  it('two exports made at the same moment disagreeing on a day: the larger value, in either order', () =>
    inZone(zone, () => {
      const exportedAt = wallClock('2026-04-10', 9, 0);
      const a = { date: '2026-04-01', value: 50, exportedAt };
      const b = { date: '2026-04-01', value: 52, exportedAt };
      const build = (imported: (typeof a)[]) => buildTimeline({ account: 'a', metric: 'videoViews', imported, captured: [] }).days.map((d) => d.v);
      expect(build([a, b])).toEqual([52]);
      expect(build([b, a])).toEqual([52]);
      expect(dayOutranks({ source: 'import', asOf: exportedAt, value: 52 }, { source: 'import', asOf: exportedAt, value: 50 })).toBe(true);
    }));

  it('a one-day capture settles at the local midnight four days after its day, across a daylight-saving change', () =>
    inZone(zone, () => {
      for (const date of ['2026-03-06', '2026-03-07', '2026-04-03', '2026-04-04', '2026-09-25', '2026-10-30', '2026-10-31']) {
        // The local midnight that starts the fourth day after `date`, whatever the clocks did between.
        const start = wallClock(addDays(date, 4), 0, 0);
        expect({ date, before: provisionalAt(date, start - 1), at: provisionalAt(date, start) }).toEqual({ date, before: true, at: false });
      }
    }));
});
