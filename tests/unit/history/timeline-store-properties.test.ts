// The store's side of one history, over generated histories (tests/support/mixed-history.ts) in four
// time zones, through the real save functions on fake-indexeddb: the same timeline whatever order the
// exports are imported in, before or after the captures, and whether it came by import or by a
// backup's restore; each day the contract's winner; and the popup and dashboard reading the store
// (windowed reads) show what they show from the whole history built in memory.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLensDB, type LensDB } from '@/utils/history/database';
import { makeBackup, restoreBackup } from '@/utils/history/backup';
import { importStudioData } from '@/utils/history/save-import';
import { saveSnapshot } from '@/utils/history/snapshots';
import { historySource, readTimelines } from '@/utils/history/timeline-reads';
import { buildTimeline } from '@/utils/timeline/build-timeline';
import type { TimelineMetric, TimelineRecords } from '@/utils/timeline/timeline-contract';
import { dailySeries } from '@/utils/views/dashboard-view';
import { popupData } from '@/utils/views/popup-view';
import { popupInsights } from '@/utils/views/popup-insights-view';
import type { ViewSource } from '@/utils/views/view-source';
import type { StudioSnapshot } from '@/utils/reader/snapshot';
import { saveStudioData } from '@/utils/history/studio-data-store';
import { ACCOUNT, addDays, dayOf, expectedDays, inZone, mixedHistory, orders, recordsOf, splitDeliveries, studioBatchOf, wallClock, ZONES, type Export, type MixedHistory } from '../../support/mixed-history';

// STORE_SEEDS=150 widens the hunt (about 100 s).
const SEEDS = Number(process.env.STORE_SEEDS ?? 5);
const LONG = 120_000;
const METRICS = ['followers', 'videoViews'] as const satisfies readonly TimelineMetric[];
const HOUR = 3_600_000;

let dbCount = 0;
async function freshDb(): Promise<LensDB> {
  globalThis.indexedDB = new IDBFactory();
  return openLensDB(`mixed-${dbCount++}`);
}

/** What the pages brought: captures, and the batches of Studio's own data, in the order they came. */
async function capture(db: LensDB, history: MixedHistory) {
  for (const c of history.captures) await saveSnapshot(db, c.snapshot, c.at);
  for (const d of history.studio) await saveStudioData(db, studioBatchOf(d), history.now);
}

async function importAll(db: LensDB, exports: Export[], importedAt: number) {
  for (const e of exports) await importStudioData(db, { account: ACCOUNT, parts: e.parts }, importedAt);
}

const days = (records: TimelineRecords[]) =>
  records.map((r) => ({ metric: r.metric, days: buildTimeline(r).days.map(({ date, v, source, provisional, rounded }) => ({ date, v, source, ...(provisional ? { provisional } : {}), ...(rounded ? { rounded } : {}) })) }));

/** A store that imported `first`, then restored a backup of a store holding `last`, then imported `middle`. */
async function restoredBetween(first: Export, middle: Export, last: Export, at: number): Promise<LensDB> {
  const source = await freshDb();
  await importAll(source, [last], at);
  const backup = JSON.parse(JSON.stringify(await makeBackup(source, at)));
  const db = await freshDb();
  await importAll(db, [first], at);
  await restoreBackup(db, backup, at);
  await importAll(db, [middle], at);
  return db;
}

const storeDays = async (db: LensDB) => days(await readTimelines(db, ACCOUNT, METRICS));

/** The store's whole history held in memory: every read answers with all of it, never a window. */
async function wholeHistory(db: LensDB): Promise<ViewSource> {
  const store = historySource(db);
  const all = new Map((await readTimelines(db, ACCOUNT, ['followers', 'videoViews', 'profileViews', 'likes', 'comments', 'shares'])).map((r) => [r.metric, r]));
  return { ...store, timelines: async (_account, metrics) => metrics.map((m) => all.get(m) ?? { account: ACCOUNT, metric: m, imported: [], captured: [] }) };
}

describe.each(ZONES)('one history in the store, in %s', (zone) => {
  it(`gives the same days in every order of imports, captures and restores (${SEEDS} histories)`, () =>
    inZone(zone, async () => {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const history = mixedHistory(seed);
        const importedAt = history.now;
        const want = METRICS.map((metric) => ({ metric, days: expectedDays(recordsOf(history, metric)) }));
        let reference: LensDB | undefined;
        for (const order of orders(history.exports)) {
          const db = await freshDb();
          await capture(db, history);
          await importAll(db, order, importedAt);
          expect({ seed, order: order.map((e) => e.exportedAt), days: await storeDays(db) }).toEqual({ seed, order: order.map((e) => e.exportedAt), days: want });
          reference ??= db;
        }
        // Imports first, captures after.
        const importsFirst = await freshDb();
        await importAll(importsFirst, history.exports, importedAt);
        await capture(importsFirst, history);
        expect({ seed, importsFirst: await storeDays(importsFirst) }).toEqual({ seed, importsFirst: want });
        // A backup restored into an empty store, and into one holding one export already.
        const backup = JSON.parse(JSON.stringify(await makeBackup(reference!, history.now)));
        const restored = await freshDb();
        await restoreBackup(restored, backup, history.now);
        expect({ seed, restored: await storeDays(restored) }).toEqual({ seed, restored: want });
        const merged = await freshDb();
        await importAll(merged, history.exports.slice(-1), importedAt);
        await restoreBackup(merged, backup, history.now);
        await importAll(merged, [...history.exports].reverse(), importedAt);
        expect({ seed, merged: await storeDays(merged) }).toEqual({ seed, merged: want });
      }
    }), LONG);

  it(`shows the same popup and dashboard from the store as from the whole history (${SEEDS * 2} histories)`, () =>
    inZone(zone, async () => {
      for (let seed = 100; seed < 100 + SEEDS * 2; seed++) {
        const history = mixedHistory(seed);
        const db = await freshDb();
        await capture(db, history);
        await importAll(db, history.exports, history.now);
        const store = historySource(db);
        const whole = await wholeHistory(db);
        for (const now of [history.now, history.now - 2 * 24 * HOUR, wallClock(dayOf(history.now), 0, 0) + 30_000]) {
          for (const days of [7, 30, 0]) {
            for (const metric of ['followers', 'videoViews'] as const) {
              const query = { account: ACCOUNT, metric, days };
              const [got, want] = await Promise.all([popupData(store, query, now), popupData(whole, query, now)]);
              expect({ seed, now, days, metric, cards: got.cards, chart: got.chart }).toEqual({ seed, now, days, metric, cards: want.cards, chart: want.chart });
            }
          }
          // Opening the popup: the freshest metric, over a window widened to its values when they are older.
          const [opened, openedWhole] = await Promise.all([popupData(store, { auto: true }, now), popupData(whole, { auto: true }, now)]);
          expect({ seed, now, cards: opened.cards, chart: opened.chart }).toEqual({ seed, now, cards: openedWhole.cards, chart: openedWhole.chart });
          const [got, want] = await Promise.all([popupInsights(store, ACCOUNT, now), popupInsights(whole, ACCOUNT, now)]);
          expect({ seed, now, recap: got.recap, milestone: got.milestone }).toEqual({ seed, now, recap: want.recap, milestone: want.milestone });
        }
        for (const from of [history.days[0].date, addDays(history.days[0].date, 5), dayOf(history.now)]) {
          for (const metric of METRICS) {
            const whole = (await dailySeries(await wholeHistoryOf(db), ACCOUNT, metric)).filter((d) => d.date >= from);
            expect({ seed, from, metric, days: await dailySeries(store, ACCOUNT, metric, from) }).toEqual({ seed, from, metric, days: whole });
          }
        }
      }
    }), LONG);
});

const wholeHistoryOf = wholeHistory;

describe.each(ZONES)('one history however it arrived, in %s', (zone) => {
  it(`gives the same days, recap and milestone by export, by captures or half and half (${SEEDS} histories)`, () =>
    inZone(zone, async () => {
      for (let seed = 200; seed < 200 + SEEDS; seed++) {
        const history = mixedHistory(seed);
        const now = wallClock(addDays(history.days[history.days.length - 1].date, 8), 12, 0);
        const seen = [];
        for (const [name, delivery] of Object.entries(splitDeliveries(history, seed))) {
          const db = await freshDb();
          await importAll(db, delivery.exports, now);
          for (const c of delivery.captures) await saveSnapshot(db, c.snapshot, c.at);
          const insights = await popupInsights(historySource(db), ACCOUNT, now);
          seen.push({
            name,
            days: (await storeDays(db)).map((t) => ({ metric: t.metric, days: t.days.map((d) => [d.date, d.v, d.provisional ?? false]) })),
            recap: insights.recap.filter((r) => r.metric === 'followers' || r.metric === 'videoViews'),
            milestone: insights.milestone,
          });
        }
        const truth = METRICS.map((metric) => ({ metric, days: history.days.map((d) => [d.date, d[metric], false]) }));
        const [{ name: _first, ...reference }] = seen;
        for (const { name, ...got } of seen) expect({ seed, name, ...got }).toEqual({ seed, name, ...reference, days: truth });
      }
    }), LONG);
});

// Shrunk from the properties above: each failed before its fix.
describe('one history in the store: regressions', () => {
  const exportOf = (date: string, value: number, exportedAt: number): Export => ({ exportedAt, parts: [{ name: `Overview_${exportedAt}.zip`, files: ['Overview.csv'], exportedAt, days: { [date]: { videoViews: value } } }] });
  const at = (date: string) => wallClock(date, 9, 0);
  const first = exportOf('2026-04-01', 5, at('2026-04-10'));
  const middle = exportOf('2026-04-01', 7, at('2026-04-11'));
  const last = exportOf('2026-04-01', 5, at('2026-04-12'));
  const valueOf = async (db: LensDB) => (await storeDays(db)).find((d) => d.metric === 'videoViews')!.days.map((d) => d.v);

  it('a third export made between two that agree never replaces the later one, imported in any order', async () => {
    for (const order of orders([first, middle, last])) {
      const db = await freshDb();
      await importAll(db, order, at('2026-04-13'));
      expect({ order: order.map((e) => e.exportedAt), v: await valueOf(db) }).toEqual({ order: order.map((e) => e.exportedAt), v: [5] });
    }
  });

  it('a restored day equal to the held one still brings its later export, so an export between them cannot win', async () => {
    expect(await valueOf(await restoredBetween(first, middle, last, at('2026-04-13')))).toEqual([5]);
  });

  it('a period captured once in the read window still brings the capture before it when another period is busier', async () => {
    const db = await freshDb();
    await overview(db, { days: 28 }, 90_000, at('2026-04-01'));
    await overview(db, { days: 7 }, 20_000, at('2026-04-07'));
    await overview(db, { days: 7 }, 21_000, at('2026-04-08'));
    await overview(db, { days: 28 }, 95_000, at('2026-04-09'));
    const [records] = await readTimelines(db, ACCOUNT, ['videoViews'], at('2026-04-06'));
    expect(records.captured.filter((c) => c.range === '28d').map((c) => c.v)).toEqual([90_000, 95_000]);
    // The popup's card over a week after all of them (read from a week earlier): the newest period, 28 days. Its
    // change (issue 32, like with like) is against the 28 days before, not a capture eight days earlier: none here.
    expect((await sameCards(db, at('2026-04-20'), 'videoViews', 7)).cards.find((c) => c.metric === 'videoViews')).toMatchObject({ range: '28d', sincePrevious: undefined });
  });

  const sameCards = async (db: LensDB, now: number, metric: 'followers' | 'videoViews', days: number) => {
    const query = { account: ACCOUNT, metric, days };
    const [got, want] = await Promise.all([popupData(historySource(db), query, now), popupData(await wholeHistory(db), query, now)]);
    expect({ cards: got.cards, chart: got.chart }).toEqual({ cards: want.cards, chart: want.chart });
    return got;
  };
  const overview = (db: LensDB, range: StudioSnapshot['range'], v: number, t: number) =>
    saveSnapshot(db, { page: 'account-overview', url: 'https://www.tiktok.com/tiktokstudio/analytics', account: ACCOUNT, range, metrics: { videoViews: v } }, t);

  it('a day captured only long before the window is no card of the window, however far back the store read', async () => {
    const db = await freshDb();
    await overview(db, { start: '2026-04-11', end: '2026-04-11' }, 2671, at('2026-04-12'));
    const data = await sameCards(db, at('2026-04-30'), 'videoViews', 7);
    expect(data.cards.find((c) => c.metric === 'videoViews')).toMatchObject({ latest: undefined, spark: [] });
  });

  it("a week of days before the window does not turn the card into days; the window's weekly captures stay its series", async () => {
    const db = await freshDb();
    await importStudioData(db, { account: ACCOUNT, parts: [{ name: 'Overview.zip', files: ['Overview.csv'], exportedAt: at('2026-04-09'), days: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [addDays('2026-04-01', i), { videoViews: 100 + i }])) }] }, at('2026-04-09'));
    await overview(db, { days: 7 }, 5000, at('2026-04-25'));
    await overview(db, { days: 7 }, 5100, at('2026-04-26'));
    const data = await sameCards(db, at('2026-04-27'), 'videoViews', 7);
    // Issue 32, like with like: two weeks a day apart overlap; no change to say.
    expect(data.cards.find((c) => c.metric === 'videoViews')).toMatchObject({ range: '7d', latest: { v: 5100 }, sincePrevious: undefined });
  });

  it("a week of days long before the window is not the card's previous week", async () => {
    const db = await freshDb();
    const week = (first: string, value: number) => Object.fromEntries(Array.from({ length: 7 }, (_, i) => [addDays(first, i), { videoViews: value }]));
    await importStudioData(db, { account: ACCOUNT, parts: [{ name: 'Overview.zip', files: ['Overview.csv'], exportedAt: at('2026-04-28'), days: { ...week('2026-04-01', 10), ...week('2026-04-14', 20) } }] }, at('2026-04-28'));
    const data = await sameCards(db, wallClock('2026-04-20', 20, 0), 'videoViews', 7);
    expect(data.cards.find((c) => c.metric === 'videoViews')).toMatchObject({ kind: 'daily', latest: { v: 140 }, sincePrevious: undefined });
  });

  it('a follower total seen again just after midnight counts for the new day', () =>
    inZone('Pacific/Auckland', async () => {
      const db = await freshDb();
      const followers = (page: 'account-followers' | 'studio-home', v: number, t: number) => saveSnapshot(db, { page, url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', account: ACCOUNT, range: { days: 7 }, metrics: { followers: v } }, t);
      await followers('account-followers', 1200, wallClock('2026-04-04', 23, 50));
      await followers('account-followers', 1200, wallClock('2026-04-05', 0, 10));
      const [timeline] = await storeDays(db);
      expect(timeline.days.map((d) => [d.date, d.v])).toEqual([['2026-04-04', 1200], ['2026-04-05', 1200]]);
    }));

  it('a revisit after another page showed a different total is its own capture: the later sighting wins the day', async () => {
    const db = await freshDb();
    const followers = (page: 'account-followers' | 'studio-home', v: number, t: number) => saveSnapshot(db, { page, url: 'https://www.tiktok.com/tiktokstudio', account: ACCOUNT, range: { days: 7 }, metrics: { followers: v } }, t);
    await followers('account-followers', 1200, wallClock('2026-04-20', 10, 0));
    await followers('studio-home', 1205, wallClock('2026-04-20', 10, 5));
    expect((await followers('account-followers', 1200, wallClock('2026-04-20', 10, 20))).status).toBe('added');
    const [timeline] = await storeDays(db);
    expect(timeline.days.map((d) => [d.date, d.v])).toEqual([['2026-04-20', 1200]]);
  });
});

describe('follower activity, by import or by restore', () => {
  const at = (date: string) => wallClock(date, 9, 0);
  const hourOf = (count: number, exportedAt: number): Export => ({
    exportedAt,
    parts: [{ name: `Followers_${exportedAt}.zip`, files: ['FollowerActivity.csv'], exportedAt, days: {}, followerActivity: [{ date: '2026-04-08', hour: 20, activeFollowers: count }] }],
  });
  const first = hourOf(10, at('2026-04-10'));
  const middle = hourOf(12, at('2026-04-11'));
  const last = hourOf(10, at('2026-04-12'));
  const tie = hourOf(11, at('2026-04-12'));
  const countOf = async (db: LensDB) => (await historySource(db).activity(ACCOUNT)).map((a) => a.activeFollowers);

  it('an hour is the latest export\'s (a tie: the larger count) in every order of imports', async () => {
    const cases: Array<[Export[], number]> = [
      [[first, middle, last], 10],
      [[last, tie], 11],
    ];
    for (const [exports, want] of cases) {
      for (const order of orders(exports)) {
        const db = await freshDb();
        await importAll(db, order, at('2026-04-13'));
        expect({ order: order.map((e) => e.exportedAt), count: await countOf(db) }).toEqual({ order: order.map((e) => e.exportedAt), count: [want] });
      }
    }
  });

  it('a backup holding a later export\'s hour replaces an earlier one, as importing it would', async () => {
    expect(await countOf(await restoredBetween(first, middle, last, at('2026-04-13')))).toEqual([10]);
    expect(await countOf(await restoredBetween(middle, middle, last, at('2026-04-13')))).toEqual([10]);
  });
});
