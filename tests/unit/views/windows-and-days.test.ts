// The view-model rules of "what the creator sees, round two" (issue 32), each with values worked out
// by hand: windows and days reconciled, like compared with like, disagreement kept to be said.
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '@/utils/timeline/build-timeline';
import type { CapturedValue, ImportedDay, TimelineMetric } from '@/utils/timeline/timeline-contract';
import { addDays, DAY_MS, noonOf } from '@/utils/platform/days';
import { provisionalDates } from '@/utils/timeline/day-precedence';
import { cardSeries, chartSeries } from '@/utils/views/timeline-series';
import { cardOf } from '@/utils/views/popup-view';
import { beyondRounding } from '@/utils/views/window-totals';

const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();
const TODAY = '2026-06-30';
const NOW = at(TODAY, 10);
const timeline = (metric: TimelineMetric, imported: ImportedDay[], captured: CapturedValue[]) => buildTimeline({ account: 'a', metric, imported, captured });
/** `count` days ending `last`, each `value` (or value(i)), exported at `exportedAt`. */
const days = (last: string, count: number, value: (i: number) => number, exportedAt: number): ImportedDay[] => {
  const dates = Array.from({ length: count }, (_, i) => addDays(last, i - count + 1));
  // As the store keeps an export: its newest days provisional while Studio was still counting them.
  const fresh = provisionalDates(dates, exportedAt);
  return dates.map((date, i) => ({ date, value: value(i), exportedAt, ...(fresh.has(date) ? { provisional: true as const } : {}) }));
};

describe('windows and days reconciled', () => {
  // Three years of a weekly "last 7 days" capture (700 each, every Monday morning) and a 60-day import
  // of 100 a day exported today: the year is weekly captures, then the imported days' own windows.
  const weekly: CapturedValue[] = Array.from({ length: 156 }, (_, i) => ({ t: at(addDays('2026-06-01', -7 * i), 9), v: 700, range: '7d' }));
  const imported = days(addDays(TODAY, -1), 60, () => 100, at(TODAY, 8));
  const views = timeline('videoViews', imported, weekly);

  it('draws a year of weekly captures and the imported days as 7-day windows: nothing captured is dropped', () => {
    const chart = chartSeries(views, NOW - 365 * DAY_MS);
    expect(chart).toMatchObject({ kind: 'windows', range: '7d' });
    // Weekly captures ending in the year before the import's first whole week, then one window per imported day from its seventh.
    const firstSummed = addDays(TODAY, -1 - 60 + 7);
    const capturedBefore = weekly.filter((w) => w.t >= NOW - 365 * DAY_MS && addDays(new Date(w.t).toISOString().slice(0, 10), -1) < firstSummed);
    expect(chart.points).toHaveLength(capturedBefore.length + 54);
    expect(chart.points[0].t).toBeLessThan(NOW - 358 * DAY_MS);
    expect(chart.points.every((p) => p.v === 700)).toBe(true);
    expect(chart.disagreements).toBeUndefined();
  });

  it('with no captured window beyond the days, draws the days themselves', () => {
    const chart = chartSeries(timeline('videoViews', imported, []), NOW - 365 * DAY_MS);
    expect(chart.kind).toBe('daily');
    expect(chart.points).toHaveLength(60);
  });

  it('gives a window the freshest reading of it, exact days over a rounded capture only while both are still counted', () => {
    const week = (exportedAt: number, value = 1000) => days('2026-06-20', 7, () => value, exportedAt);
    const captureOnThe21st = (v: number, rounded?: true) => [{ t: at('2026-06-21', 9), v, range: '7d', ...(rounded ? { rounded } : {}) }];
    // An export made on the 21st at 08:00 (its newest days still counted), the week captured at 09:00: the capture is fresher.
    expect(cardSeries(timeline('videoViews', week(at('2026-06-21', 8)), captureOnThe21st(7010))).points.map((p) => p.v)).toEqual([7010]);
    // An export a week later, every day settled: fresher than the capture.
    expect(cardSeries(timeline('videoViews', week(at('2026-06-28', 8)), captureOnThe21st(7010))).points.map((p) => p.v)).toEqual([7000]);
    // Both still counting, the capture rounded (14.1K): the exact days stay.
    expect(cardSeries(timeline('videoViews', week(at('2026-06-21', 8), 2000), captureOnThe21st(14_100, true))).points.map((p) => p.v)).toEqual([14_000]);
  });

  it('keeps a capture and imported days that disagree beyond rounding, and lets rounding pass', () => {
    const week = days('2026-06-20', 7, () => 1000, at('2026-06-28', 8));
    const far = cardSeries(timeline('videoViews', week, [{ t: at('2026-06-21', 9), v: 77_000, range: '7d', rounded: true }]));
    expect(far.disagreements).toEqual([{ range: '7d', through: '2026-06-20', captured: { v: 77_000, rounded: true, at: at('2026-06-21', 9) }, imported: { v: 7000, asOf: at('2026-06-28', 8) } }]);
    const near = cardSeries(timeline('videoViews', days('2026-06-20', 7, (i) => (i ? 1760 : 1800), at('2026-06-28', 8)), [{ t: at('2026-06-21', 9), v: 12_400, range: '7d', rounded: true }]));
    expect(near.disagreements).toBeUndefined();
    // 12.4K stands for 12,350–12,449; 1 % more for Studio's late corrections.
    expect(beyondRounding({ v: 12_400, rounded: true }, { v: 12_360 })).toBe(false);
    expect(beyondRounding({ v: 12_400, rounded: true }, { v: 12_150 })).toBe(true);
    expect(beyondRounding({ v: 700 }, { v: 707 })).toBe(false);
    expect(beyondRounding({ v: 700 }, { v: 708 })).toBe(true);
  });
});

describe('like with like', () => {
  it('compares a rolling window with the previous window of the same length', () => {
    // Two weeks: 100 a day, then 200 a day. This week 1,400; the week before 700.
    const two = days('2026-06-20', 14, (i) => (i < 7 ? 100 : 200), at('2026-06-28', 8));
    const card = cardOf('videoViews', timeline('videoViews', two, []), noonOf('2026-06-01'));
    expect(card).toMatchObject({ latest: { v: 1400 }, sincePrevious: 700, comparedWith: 'previousWindow', latestFrom: { through: '2026-06-20', source: 'import' } });
  });

  it('says nothing of a change when the previous window is not known, rather than comparing overlapping weeks', () => {
    // Eight days: the week through the 20th and the one through the 19th overlap by six days.
    const card = cardOf('videoViews', timeline('videoViews', days('2026-06-20', 8, (i) => 100 + i, at('2026-06-28', 8)), []));
    expect(card.latest!.v).toBe(101 + 102 + 103 + 104 + 105 + 106 + 107);
    expect(card.sincePrevious).toBeUndefined();
    expect(card.comparedWith).toBeUndefined();
  });

  it('compares captured weekly totals a week apart, never captures three days apart', () => {
    const weekApart = cardOf('likes', timeline('likes', [], [{ t: at('2026-06-14', 9), v: 500, range: '7d' }, { t: at('2026-06-21', 9), v: 650, range: '7d' }]));
    expect(weekApart).toMatchObject({ sincePrevious: 150, comparedWith: 'previousWindow' });
    const close = cardOf('likes', timeline('likes', [], [{ t: at('2026-06-18', 9), v: 500, range: '7d' }, { t: at('2026-06-21', 9), v: 650, range: '7d' }]));
    expect(close.sincePrevious).toBeUndefined();
  });

  it('says "since last capture" of a running total only between two captures; imported days compare with the day before', () => {
    const importedOnly = cardOf('followers', timeline('followers', days('2026-06-20', 3, (i) => 4100 + i, at('2026-06-28', 8)), []));
    expect(importedOnly).toMatchObject({ latest: { v: 4102 }, sincePrevious: 1, comparedWith: 'previousDay', latestFrom: { through: '2026-06-20', source: 'import' } });
    const captured = cardOf('followers', timeline('followers', [], [{ t: at('2026-06-19', 21), v: 4100, range: 'lifetime' }, { t: at('2026-06-20', 21), v: 4107, range: 'lifetime' }]));
    expect(captured).toMatchObject({ sincePrevious: 7, comparedWith: 'lastCapture', latestFrom: { through: '2026-06-20', source: 'capture' } });
    const once = cardOf('followers', timeline('followers', [], [{ t: at('2026-06-20', 21), v: 4107, range: 'lifetime' }]));
    expect(once.comparedWith).toBeUndefined();
    expect(once.sincePrevious).toBeUndefined();
  });
});

describe('disagreement said, not mixed', () => {
  it('lists every window whose capture and imported days disagree, with both values, newest first', async () => {
    const { disagreementsOf } = await import('@/utils/views/dashboard-view');
    const imported = days('2026-06-20', 14, () => 1000, at('2026-06-28', 8));
    const captured: Record<string, CapturedValue[]> = {
      // The week to the 13th agrees (7,000); the week to the 20th was captured as 77K (Studio's page, 11× the days).
      videoViews: [{ t: at('2026-06-14', 9), v: 7000, range: '7d' }, { t: at('2026-06-21', 9), v: 77_000, range: '7d', rounded: true }],
      likes: [{ t: at('2026-06-14', 9), v: 9000, range: '7d' }],
    };
    const source = {
      accounts: async () => [],
      timelines: async (account: string, metrics: readonly TimelineMetric[]) => metrics.map((metric) => ({ account, metric, imported, captured: captured[metric] ?? [] })),
      videos: async () => [],
      videoViews: async () => ({ metric: 'views' as const, points: [] }),
      videoSeries: async () => [],
      postsLists: async () => [],
      activity: async () => [],
    };
    expect(await disagreementsOf(source, 'a')).toEqual([
      { metric: 'videoViews', range: '7d', through: '2026-06-20', captured: { v: 77_000, rounded: true, at: at('2026-06-21', 9) }, imported: { v: 7000, asOf: at('2026-06-28', 8) } },
      { metric: 'likes', range: '7d', through: '2026-06-13', captured: { v: 9000, at: at('2026-06-14', 9) }, imported: { v: 7000, asOf: at('2026-06-28', 8) } },
    ]);
  });
});
