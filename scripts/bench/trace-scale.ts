// Where the scale profile's first charts spend their time (issue 34): seeds the scale profile into
// the build (with the bench's floor page), opens the dashboard and the popup a few times and prints,
// per open, when each message the page sent reached the background, each IndexedDB transaction the
// background ran meanwhile, and the page's marks; first, how long "what works" takes and how many
// transactions it opens. `npx tsx scripts/bench/trace-scale.ts` after a build (TRACE_OPENINGS=0:
// that part alone). TRACE_VISITS=n: instead, n Studio visits saved one after another (as the
// bench's scale.studio-visit-save), each with its time, the background's transactions from its
// message on (the save's own, and what the save set off), and each transaction's span.
import { join } from 'node:path';
import { ask, launchExtension, openExtensionPage } from '../../tests/support/chromium';
import { scaleProfile, studioVisit } from '../../tests/support/scale-profile';
import { saveStudioVisit, seedScaleProfile } from '../../tests/support/scale-seed';
import { buildFloorExtension } from './floor';

const OUT = join(import.meta.dirname, '../..', process.env.CL_OUT_DIR ?? '.output');
const ext = await launchExtension({ extensionDir: await buildFloorExtension(OUT) });
try {
  const seed = await openExtensionPage(ext, 'popup.html');
  const profile = scaleProfile();
  await seedScaleProfile(seed, profile);
  // Every transaction the background opens, from creation to completion, on the page's clock.
  await ext.worker.evaluate(() => {
    const g = globalThis as unknown as { txs: Array<[string, string, number, number]> };
    g.txs = [];
    const open = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const tx = open.apply(this, args);
      const t0 = performance.timeOrigin + performance.now();
      tx.addEventListener('complete', () => g.txs.push([[args[0]].flat().join('+'), String(args[1] ?? 'readonly'), t0, performance.timeOrigin + performance.now()]));
      return tx;
    } as IDBDatabase['transaction'];
  });
  // When each message reached the background (a listener of its own that answers nothing).
  await ext.worker.evaluate(() => {
    const g = globalThis as unknown as { msgs: Array<[string, number]> };
    g.msgs = [];
    chrome.runtime.onMessage.addListener((m: { type?: string }) => void g.msgs.push([m?.type ?? '?', performance.timeOrigin + performance.now()]));
  });
  if (process.env.TRACE_VISITS) {
    // What each save used to set off at once: the takeoff badge's read of every video.
    for (let round = 0; round < 3; round++) {
      const t0 = performance.now();
      await ask(seed, 'getTakeoffs', profile.account);
      console.log(`\ngetTakeoffs (round ${round}) ${Math.round(performance.now() - t0)} ms`);
    }
    // When the save's reads were answered (the last get or getAll request's success), and how many requests it made.
    await ext.worker.evaluate(() => {
      const g = globalThis as unknown as { reads: { n: number; puts: number; lastAt: number } };
      g.reads = { n: 0, puts: 0, lastAt: 0 };
      for (const name of ['get', 'getAll'] as const) {
        const original = IDBObjectStore.prototype[name] as (...args: unknown[]) => IDBRequest;
        (IDBObjectStore.prototype as unknown as Record<string, unknown>)[name] = function (this: IDBObjectStore, ...args: unknown[]) {
          const request = original.apply(this, args);
          g.reads.n++;
          request.addEventListener('success', () => void (g.reads.lastAt = performance.timeOrigin + performance.now()));
          return request;
        };
      }
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        g.reads.puts++;
        return put.apply(this, args);
      };
    });
    for (let i = 0; i < Number(process.env.TRACE_VISITS); i++) {
      await ext.worker.evaluate(() => void ((globalThis as unknown as { reads: object }).reads = { n: 0, puts: 0, lastAt: 0 }));
      await ext.worker.evaluate(() => void ((globalThis as unknown as { txs: unknown[] }).txs.length = 0, (globalThis as unknown as { msgs: unknown[] }).msgs.length = 0));
      const sentAt = await seed.evaluate(() => performance.timeOrigin + performance.now());
      const ms = await saveStudioVisit(seed, studioVisit(profile, i));
      // What the save set off runs on after its answer: wait for it before the next visit's trace.
      await new Promise((resolve) => setTimeout(resolve, Number(process.env.TRACE_GAP_MS ?? 0)));
      const txs = (await ext.worker.evaluate(() => (globalThis as unknown as { txs: Array<[string, string, number, number]> }).txs)).map(([stores, mode, a, b]) => [stores, mode, Math.round(a - sentAt), Math.round(b - sentAt)]);
      const msgs = (await ext.worker.evaluate(() => (globalThis as unknown as { msgs: Array<[string, number]> }).msgs)).map(([type, at]) => [type, Math.round(at - sentAt)]);
      const reads = await ext.worker.evaluate(() => (globalThis as unknown as { reads: { n: number; puts: number; lastAt: number } }).reads);
      console.log(`\nvisit ${i}`, JSON.stringify({ ms: Math.round(ms), messagesArrived: msgs, backgroundTransactions: txs, reads: reads.n, readsAnsweredAt: Math.round(reads.lastAt - sentAt), puts: reads.puts }));
    }
  } else await traceOpenings();

  async function traceOpenings() {
  // "What works" (asked by both pages after their first chart), from the seed page: its time and transactions.
  for (let round = 0; round < 3; round++) {
    await ext.worker.evaluate(() => void ((globalThis as unknown as { txs: unknown[] }).txs.length = 0));
    const t0 = performance.now();
    await ask(seed, 'getWhatWorks', profile.account);
    const ms = Math.round(performance.now() - t0);
    const txs = await ext.worker.evaluate(() => (globalThis as unknown as { txs: unknown[] }).txs.length);
    console.log(`\ngetWhatWorks (round ${round}) ${JSON.stringify({ ms, transactions: txs })}`);
  }
  if (process.env.TRACE_OPENINGS === '0') return;
  for (const [path, width] of [['dashboard.html', 1280], ['floor/index.html#maya.bakes|0|days', 1280], ['popup.html', 400], ['floor/index.html#maya.bakes|30', 400]] as const) {
    for (let round = 0; round < 3; round++) {
      await ext.worker.evaluate(() => void ((globalThis as unknown as { txs: unknown[] }).txs.length = 0, (globalThis as unknown as { msgs: unknown[] }).msgs.length = 0));
      const page = await ext.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ext.url(path));
      await page.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0, undefined, { timeout: 30_000 });
      await page.waitForTimeout(300);
      const seen = await page.evaluate(() => ({
        origin: performance.timeOrigin,
        marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime), ...((m as PerformanceMark).detail ? [(m as PerformanceMark).detail] : [])]),
        // The page's own loading: its HTML parsed, its module scripts run (DOMContentLoaded waits for them).
        page: (([n]) => n && { interactive: Math.round(n.domInteractive), contentLoaded: Math.round(n.domContentLoadedEventEnd) })(performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]),
        scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => [r.name.split('/').pop(), Math.round(r.startTime), Math.round(r.responseEnd)]),
      }));
      const txs = (await ext.worker.evaluate(() => (globalThis as unknown as { txs: Array<[string, string, number, number]> }).txs))
        .map(([stores, mode, a, b]) => [stores, mode, Math.round(a - seen.origin), Math.round(b - seen.origin)])
        .filter(([, , , end]) => (end as number) < 3000);
      const msgs = (await ext.worker.evaluate(() => (globalThis as unknown as { msgs: Array<[string, number]> }).msgs)).map(([type, at]) => [type, Math.round(at - seen.origin)]);
      console.log(`\n${path} (round ${round})`, JSON.stringify({ marks: seen.marks, page: seen.page, scripts: seen.scripts, messagesArrived: msgs, backgroundTransactions: txs }));
      await page.close();
    }
  }
  }
} finally {
  await ext.close({ allowRequests: false });
}
