// Where saving a 365-day export spends its time (issue 34, `import.save-365d`): picks the bench's
// four zips on the dashboard and saves them TRACE_ROUNDS times (3), printing per save, from the
// click: when each message reached the background, each IndexedDB transaction the background ran
// (stores, mode, start, end), how many puts it made, and "saved" on the page (when it entered the
// DOM, and when Playwright saw it).
// `npx tsx scripts/bench/trace-import.ts` after a build (CL_OUT_DIR: another build).
import { join } from 'node:path';
import { ask, launchExtension, openExtensionPage } from '../../tests/support/chromium';
import { exportZips, makeModel } from '../../tests/fixtures/studio-export/build';
import { localDate } from '../../utils/platform/days';

const OUT = join(import.meta.dirname, '../..', process.env.CL_OUT_DIR ?? '.output');
const model = makeModel({ exportDay: localDate(Date.now()), days: 365, activityDays: 365 });
const files = exportZips(model).map((z) => ({ name: z.name, mimeType: 'application/zip', buffer: Buffer.from(z.data) }));
const ext = await launchExtension({ extensionDir: join(OUT, 'chrome-mv3') });
try {
  await ext.worker.evaluate(() => {
    const g = globalThis as unknown as { txs: Array<[string, string, number, number, number]>; msgs: Array<[string, number]>; puts: number };
    g.txs = [];
    g.msgs = [];
    g.puts = 0;
    const open = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const tx = open.apply(this, args);
      const t0 = performance.timeOrigin + performance.now();
      const before = g.puts;
      tx.addEventListener('complete', () => g.txs.push([[args[0]].flat().join('+'), String(args[1] ?? 'readonly'), t0, performance.timeOrigin + performance.now(), g.puts - before]));
      return tx;
    } as IDBDatabase['transaction'];
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      g.puts++;
      return put.apply(this, args);
    };
    chrome.runtime.onMessage.addListener((m: { type?: string }) => void g.msgs.push([m?.type ?? '?', performance.timeOrigin + performance.now()]));
  });
  for (let round = 0; round < Number(process.env.TRACE_ROUNDS ?? 3); round++) {
    const page = await openExtensionPage(ext, 'dashboard.html');
    await ask(page, 'clearAll');
    await page.reload();
    await page.getByTestId('studio-import').waitFor();
    await page.getByTestId('studio-files').setInputFiles(files);
    await page.getByTestId('studio-save').waitFor();
    await page.waitForTimeout(500);
    await ext.worker.evaluate(() => {
      const g = globalThis as unknown as { txs: unknown[]; msgs: unknown[]; puts: number };
      g.txs.length = 0;
      g.msgs.length = 0;
      g.puts = 0;
    });
    // When "saved" is in the page's DOM (on the page's clock), apart from when Playwright sees it.
    await page.evaluate(() => {
      const w = window as unknown as { shownAt?: number };
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-testid="studio-message"]')) return;
        w.shownAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      }).observe(document.body, { childList: true, subtree: true });
    });
    const clickedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
    await page.getByTestId('studio-save').click();
    await page.getByTestId('studio-message').waitFor({ timeout: 30_000 });
    const savedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
    const shownAt = await page.evaluate(() => (window as unknown as { shownAt?: number }).shownAt ?? Number.NaN);
    await page.waitForTimeout(300);
    const got = await ext.worker.evaluate(() => globalThis as unknown as { txs: Array<[string, string, number, number, number]>; msgs: Array<[string, number]>; puts: number });
    const at = (t: number) => Math.round(t - clickedAt);
    console.log(`\nround ${round}: saved at ${at(savedAt)} ms (in the page's DOM at ${at(shownAt)}), ${got.puts} puts`);
    for (const [type, t] of got.msgs) console.log(`  message ${type} at ${at(t)}`);
    for (const [stores, mode, a, b, puts] of got.txs) console.log(`  tx ${stores} ${mode} ${at(a)} → ${at(b)} (${Math.round(b - a)} ms, ${puts} puts)`);
    await page.close();
  }
} finally {
  await ext.close({ allowRequests: false });
}
