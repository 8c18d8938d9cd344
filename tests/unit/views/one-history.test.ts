// Metamorphic: one creator's history, delivered as Studio captures, as Studio's Download data, or
// half and half, gives the same popup cards, weekly recap and milestone (within Studio's rounding).
// The views run over an in-memory source: no IndexedDB.
import { describe, expect, it } from 'vitest';
import { provisionalDates } from '@/utils/timeline/day-precedence';
import { addDays, localDate } from '@/utils/platform/days';
import type { CapturedValue, ImportedDay, TimelineMetric } from '@/utils/timeline/timeline-contract';
import { HEADLINE_METRICS, popupData, type Card } from '@/utils/views/popup-view';
import { popupInsights } from '@/utils/views/popup-insights-view';
import type { ViewSource } from '@/utils/views/view-source';

const DAY = 86_400_000;
const FLOWS = ['videoViews', 'profileViews', 'likes'] as const;
type Day = { date: string } & Record<'followers' | (typeof FLOWS)[number], number>;

/** `count` days ending yesterday (relative to `now`), a creator growing steadily with busy and quiet days. */
function history(now: number, count: number, seed = 3): Day[] {
  let s = seed;
  const rand = () => ((s = (s * 48271) % 2147483647) / 2147483647);
  let followers = 4200;
  const first = localDate(now - count * DAY);
  return Array.from({ length: count }, (_, i) => {
    followers += Math.floor(5 + rand() * 40);
    const videoViews = Math.floor(2000 + rand() ** 2 * 40_000);
    return { date: addDays(first, i), followers, videoViews, profileViews: Math.floor(videoViews * 0.03), likes: Math.floor(videoViews * 0.09) };
  });
}

/** Studio's cards round from 10K on: 12.3K. */
const studio = (v: number): Pick<CapturedValue, 'v' | 'rounded'> => (v < 10_000 ? { v } : { v: Math.round(v / 100) * 100, rounded: true });
const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();

interface Store {
  imported: Map<TimelineMetric, ImportedDay[]>;
  captured: Map<TimelineMetric, CapturedValue[]>;
}

/** An export of `days` made at `exportedAt`: its newest days provisional, as the store keeps them. */
function importDays(store: Store, days: Day[], exportedAt: number) {
  const fresh = provisionalDates(days.map((d) => d.date), exportedAt);
  for (const metric of ['followers', ...FLOWS] as const) {
    const list = store.imported.get(metric) ?? [];
    for (const d of days) list.push({ date: d.date, value: d[metric], exportedAt, ...(fresh.has(d.date) ? { provisional: true as const } : {}) });
    store.imported.set(metric, list);
  }
}

/**
 * What a creator's daily visits capture: the follower total each evening, the day's numbers the
 * next morning (Overview with a one-day custom range) and Studio's "last 7 days" beside them.
 */
function captureDays(store: Store, days: Day[], all: Day[]) {
  const add = (metric: TimelineMetric, value: CapturedValue) => store.captured.set(metric, [...(store.captured.get(metric) ?? []), value]);
  for (const d of days) {
    add('followers', { t: at(d.date, 21), range: 'lifetime', ...studio(d.followers) });
    const i = all.indexOf(d);
    for (const metric of FLOWS) {
      add(metric, { t: at(addDays(d.date, 1), 9), range: `${d.date}..${d.date}`, ...studio(d[metric]) });
      if (i >= 6) add(metric, { t: at(addDays(d.date, 1), 9) + 60_000, range: '7d', ...studio(all.slice(i - 6, i + 1).reduce((sum, x) => sum + x[metric], 0)) });
    }
  }
}

function memorySource(store: Store): ViewSource {
  return {
    accounts: async () => [{ account: 'maya', lastAt: 0 }],
    timelines: async (account, metrics, from = -Infinity) =>
      metrics.map((metric) => ({
        account,
        metric,
        imported: (store.imported.get(metric) ?? []).filter((d) => at(d.date, 23) >= from),
        captured: (store.captured.get(metric) ?? []).filter((c) => c.t >= from),
      })),
    videos: async () => [],
    videoViews: async () => ({ metric: 'views', points: [] }),
    videoSeries: async () => [],
    postsLists: async () => [],
    activity: async () => [],
  };
}

const NOW = at('2026-03-20', 10);
const DAYS = history(NOW, 60);
const HALF = DAYS.length / 2;
const emptyStore = (): Store => ({ imported: new Map(), captured: new Map() });

function deliveries(): Record<string, Store> {
  const captures = emptyStore();
  captureDays(captures, DAYS, DAYS);
  const imports = emptyStore();
  importDays(imports, DAYS, at(localDate(NOW), 8));
  const half = emptyStore();
  importDays(half, DAYS.slice(0, HALF), at(addDays(DAYS[HALF - 1].date, 1), 8));
  captureDays(half, DAYS.slice(HALF), DAYS);
  return { captures, imports, half };
}

/** Within Studio's rounding: 12.3K stands for 12,250–12,349, seven of them in a week's sum. */
const near = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? a === b : Math.abs(a - b) <= Math.max(1, Math.abs(b) * 0.01));

function sameCards(got: Card[], want: Card[]) {
  expect(got.map((c) => [c.metric, c.range])).toEqual(want.map((c) => [c.metric, c.range]));
  got.forEach((card, i) => {
    const other = want[i];
    const pairs = [[card.latest?.v, other.latest?.v], [card.sincePrevious, other.sincePrevious], [card.overWindow, other.overWindow], ...card.spark.map((p, j) => [p.v, other.spark[j]?.v])];
    expect({ metric: card.metric, spark: card.spark.length, far: pairs.filter(([a, b]) => !near(a, b)) }).toEqual({ metric: card.metric, spark: other.spark.length, far: [] });
  });
}

describe('one history, however it arrived', () => {
  it('gives the same cards, recap and milestone as captures, as imports, or half and half', async () => {
    const views = await Promise.all(
      Object.entries(deliveries()).map(async ([name, store]) => {
        const source = memorySource(store);
        return { name, data: await popupData(source, { days: 30, auto: true }, NOW), insights: await popupInsights(source, 'maya', NOW) };
      }),
    );
    const [reference] = views.filter((v) => v.name === 'imports');
    // The imported history alone fills every card, the recap and the milestone.
    expect(reference.data.cards.map((c) => [c.metric, c.latest !== undefined])).toEqual(HEADLINE_METRICS.map((m) => [m, true]));
    expect(reference.data.cards.find((c) => c.metric === 'videoViews')!.latest!.v).toBe(DAYS.slice(-7).reduce((sum, d) => sum + d.videoViews, 0));
    expect(reference.data.cards.find((c) => c.metric === 'followers')!.latest!.v).toBe(DAYS.at(-1)!.followers);
    expect(reference.insights.recap.every((r) => r.ready)).toBe(true);
    expect(reference.insights.milestone).toMatchObject({ ready: true, current: DAYS.at(-1)!.followers, target: 10_000 });
    const views7 = reference.insights.recap.find((r) => r.metric === 'videoViews')!;
    expect(views7).toMatchObject({ thisWeek: DAYS.slice(-7).reduce((s, d) => s + d.videoViews, 0), lastWeek: DAYS.slice(-14, -7).reduce((s, d) => s + d.videoViews, 0) });
    expect(reference.insights.recap.find((r) => r.metric === 'followers')).toMatchObject({ thisWeek: DAYS.at(-1)!.followers - DAYS.at(-8)!.followers });

    for (const other of views.filter((v) => v !== reference)) {
      sameCards(other.data.cards, reference.data.cards);
      expect(other.insights.milestone).toEqual(reference.insights.milestone);
      other.insights.recap.forEach((row, i) => {
        const want = reference.insights.recap[i];
        expect(row.ready && want.ready && near(row.thisWeek, want.thisWeek) && near(row.lastWeek, want.lastWeek)).toBe(true);
      });
      // The chart: followers, one value per day in the window, the same numbers.
      expect(other.data.chart.metric).toBe(reference.data.chart.metric);
      expect(other.data.chart.points.map((p) => p.v)).toEqual(reference.data.chart.points.map((p) => p.v));
    }
  });

  it('where captures and an export overlap, shows one value per day by the precedence rule', async () => {
    const store = emptyStore();
    importDays(store, DAYS, at(localDate(NOW), 8));
    captureDays(store, DAYS.slice(-10), DAYS);
    // The creator's evening count differs from the export's (captured later in the day): the capture wins.
    store.captured.get('followers')!.push({ t: at(DAYS.at(-3)!.date, 23), v: DAYS.at(-3)!.followers + 7, range: 'lifetime' });
    const data = await popupData(memorySource(store), { days: 0, metric: 'followers' }, NOW);
    expect(data.chart).toMatchObject({ kind: 'daily' });
    expect(data.chart.points).toHaveLength(DAYS.length);
    expect(data.chart.points.map((p) => p.v)).toEqual(DAYS.map((d, i) => (i === DAYS.length - 3 ? d.followers + 7 : d.followers)));
  });
});
