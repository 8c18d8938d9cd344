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
import { ACCOUNT, addDays, dayOf, expectedDays, inZone, mixedHistory, orders, recordsOf, wallClock, ZONES, type Export, type MixedHistory } from '../../support/mixed-history';

const SEEDS = Number(process.env.STORE_SEEDS ?? 5);
const LONG = 120_000;
const METRICS = ['followers', 'videoViews'] as const satisfies readonly TimelineMetric[];
const HOUR = 3_600_000;

let dbCount = 0;
async function freshDb(): Promise<LensDB> {
  globalThis.indexedDB = new IDBFactory();
  return openLensDB(`mixed-${dbCount++}`);
}

async function capture(db: LensDB, history: MixedHistory) {
  for (const c of history.captures) await saveSnapshot(db, c.snapshot, c.at);
}

async function importAll(db: LensDB, exports: Export[], importedAt: number) {
  for (const e of exports) await importStudioData(db, { account: ACCOUNT, parts: e.parts }, importedAt);
}

const days = (records: TimelineRecords[]) =>
  records.map((r) => ({ metric: r.metric, days: buildTimeline(r).days.map(({ date, v, source, provisional, rounded }) => ({ date, v, source, ...(provisional ? { provisional } : {}), ...(rounded ? { rounded } : {}) })) }));

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
    const source = await freshDb();
    await importAll(source, [last], at('2026-04-13'));
    const backup = JSON.parse(JSON.stringify(await makeBackup(source, at('2026-04-13'))));
    const db = await freshDb();
    await importAll(db, [first], at('2026-04-13'));
    await restoreBackup(db, backup, at('2026-04-13'));
    await importAll(db, [middle], at('2026-04-13'));
    expect(await valueOf(db)).toEqual([5]);
  });

  it('a period captured once in the read window still brings the capture before it when another period is busier', async () => {
    const db = await freshDb();
    const overview = (range: { days: number }, v: number, t: number) => saveSnapshot(db, { page: 'account-overview', url: 'https://www.tiktok.com/tiktokstudio/analytics', account: ACCOUNT, range, metrics: { videoViews: v } }, t);
    await overview({ days: 28 }, 90_000, at('2026-04-01'));
    await overview({ days: 28 }, 95_000, at('2026-04-09'));
    await overview({ days: 7 }, 20_000, at('2026-04-08'));
    await overview({ days: 7 }, 21_000, at('2026-04-09') + HOUR);
    const [records] = await readTimelines(db, ACCOUNT, ['videoViews'], at('2026-04-05'));
    expect(records.captured.filter((c) => c.range === '28d').map((c) => c.v)).toEqual([90_000, 95_000]);
    // The popup's card over a window the newest 28-day capture leads: its change since the one before.
    const now = at('2026-04-12');
    const query = { account: ACCOUNT, metric: 'videoViews' as const, days: 7 };
    const [got, want] = await Promise.all([popupData(historySource(db), query, now), popupData(await wholeHistory(db), query, now)]);
    expect(got.cards).toEqual(want.cards);
  });
});
