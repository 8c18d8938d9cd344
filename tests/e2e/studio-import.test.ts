// Importing TikTok Studio's "Download data" zips through the dashboard, in Chromium: preview,
// save, then the daily chart, the best-time heatmap and the audience, all from a fresh profile,
// with no network request and no long task that freezes the page.
import { cpus, loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localDate } from '../../utils/platform/days';
import { businessFiles, exportZips, makeModel, overviewCsv, zip } from '../fixtures/studio-export/build';
import { ask, launchExtension, openExtensionPage, type Extension } from '../support/chromium';
import { storedAccountsInPage } from '../support/store-peek';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const today = localDate(Date.now());
const model = makeModel({ exportDay: today, days: 365, activityDays: 28 });

/** Starts recording the page's long tasks (over 50 ms): [start, duration] in ms. */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: Array<[number, number]> };
    w.longTasks = [];
    const from = performance.now();
    new PerformanceObserver((list) => list.getEntries().forEach((e) => e.startTime >= from && w.longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  });
}

const now = (page: Page) => page.evaluate(() => performance.now());
/** Durations of the long tasks that started between two moments of the page's clock. */
const longTasksBetween = (page: Page, from: number, to: number) =>
  page.evaluate(([a, b]) => (window as unknown as { longTasks: Array<[number, number]> }).longTasks.filter(([t]) => t >= a && t < b).map(([, d]) => Math.round(d)), [from, to]);

/** Pixels a canvas painted (alpha > 0). */
const painted = (page: Page, selector: string) =>
  page.$eval(selector, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });

describe('Import from TikTok Studio', () => {
  it('a fresh profile\'s popup offers the import, which opens the dashboard at the file picker', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.getByTestId('empty').waitFor();
    expect(await popup.getByTestId('import-offer').textContent()).toContain('Download data');
    const [dashboard] = await Promise.all([ext.context.waitForEvent('page'), popup.getByTestId('import-studio').click()]);
    await dashboard.waitForURL(/dashboard\.html#import$/);
    await dashboard.getByTestId('studio-files').waitFor();
    expect(await dashboard.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('studio-files');
    await dashboard.close();
    await popup.close();
  });

  it('previews four zips picked at once, saves them, and draws the daily chart, heatmap and audience', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    await page.getByTestId('studio-import').waitFor();
    const files = exportZips(model).map((z) => ({ name: z.name, mimeType: 'application/zip', buffer: Buffer.from(z.data) }));
    await page.getByTestId('studio-files').setInputFiles(files);

    const summary = page.getByTestId('studio-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(`364 `);
    expect(await page.getByTestId('studio-account').textContent()).toBe(`@${model.account}`);
    expect(await page.getByTestId('studio-preview').textContent()).toContain('FollowerActivity.csv');
    expect(await ask(page, 'storeStats')).toEqual({ snapshots: 0, points: 0, videos: 0 }); // nothing saved before "Save"

    await page.getByTestId('studio-save').click();
    await page.getByTestId('studio-message').waitFor();
    expect(await page.getByTestId('studio-message').textContent()).toMatch(new RegExp(`@${model.account.replace('.', '\\.')}: ${(364 * 9).toLocaleString("en-US")} `));

    await page.getByTestId('daily-summary').filter({ hasText: '364' }).waitFor();
    expect(await painted(page, '[data-testid="daily"] canvas')).toBeGreaterThan(500);
    expect(await page.getByTestId('heatmap-rests').textContent()).toContain('28');
    expect(await page.locator('[data-testid="heatmap"] tbody tr').count()).toBe(7);
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(await page.getByTestId('heatmap-rests').textContent()).toContain(zone);
    expect(await page.getByTestId('peak-hours').textContent()).toMatch(/most active \d\d:00–\d\d:00/);
    expect(await page.getByTestId('audience-shift').textContent()).toContain('United States');

    // The popup of this fresh profile draws the imported history at once: followers day by day.
    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.getByTestId('chart-daily').waitFor();
    expect(await popup.getByTestId('chart-summary').textContent()).toMatch(/: (29|30|31) days in this period/);
    expect(await painted(popup, 'canvas')).toBeGreaterThan(300);
    expect(await popup.getByTestId('peak-hours').textContent()).toMatch(/most active \d\d:00–\d\d:00/);
    await popup.close();

    // The same files again change nothing.
    await page.getByTestId('studio-files').setInputFiles(files);
    await page.getByTestId('studio-save').click();
    await page.getByTestId('studio-message').filter({ hasText: ` 0 ` }).waitFor();
    expect(await page.getByTestId('studio-message').textContent()).toMatch(/: 0 .*, 0 .*, 3,276 /);
    await page.close();
  });

  it('the page never freezes while a year of every file is read, previewed and saved', async () => {
    // A year of follower activity too: the largest export Studio hands out for a range.
    const year = makeModel({ exportDay: today, days: 365, activityDays: 365 });
    const files = exportZips(year).map((z) => ({ name: z.name, mimeType: 'application/zip', buffer: Buffer.from(z.data) }));
    const page = await openExtensionPage(ext, 'dashboard.html');
    // Other work on a shared two-core machine can stretch any task: the best of three runs counts.
    const runs: Array<{ importing: number[]; drawing: number[] }> = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      await ask(page, 'clearAll');
      await page.reload();
      await page.getByTestId('studio-import').waitFor();
      await watchLongTasks(page);
      const start = await now(page);
      await page.getByTestId('studio-files').setInputFiles(files);
      await page.getByTestId('studio-save').click();
      await page.getByTestId('studio-message').waitFor({ timeout: 30_000 });
      const saved = await now(page);
      await page.getByTestId('heatmap').waitFor();
      // Left a sleep: a window in which the long tasks of drawing after the save are counted. That
      // figure is only printed (nothing is asserted on it); the judged figure ends at the save.
      await page.waitForTimeout(300);
      runs.push({ importing: await longTasksBetween(page, start, saved), drawing: await longTasksBetween(page, saved, Infinity) });
      if (Math.max(0, ...runs[attempt].importing) < 200) break;
    }
    const best = Math.min(...runs.map((r) => Math.max(0, ...r.importing)));
    console.log(`dashboard long tasks (ms) per run, importing | drawing after: ${runs.map((r) => `[${r.importing}] | [${r.drawing}]`).join('; ')}`);
    // Wall-clock task lengths mean nothing when the machine runs many times more work than it has
    // cores (parallel builds): then the figure is reported, and judged on a machine that is not.
    const overloaded = loadavg()[0] > cpus().length * 2;
    if (overloaded) console.warn(`load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores: longest import task ${best} ms not judged`);
    else expect(best).toBeLessThan(200);
    expect(await page.getByTestId('heatmap-rests').textContent()).toContain('365');
    await page.close();
  });

  it('a dropped CSV without an account in its name asks which account, and a bad file is named', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    await page.getByTestId('studio-import').waitFor();
    const other = makeModel({ exportDay: today, days: 10, seed: 7 });
    const dropped = [
      { name: 'Overview.csv', text: overviewCsv(other, 'vi') },
      { name: 'holiday.zip', bytes: [...zip({ 'notes.csv': 'a,b\n1,2\n' })] },
    ];
    await page.evaluate((items) => {
      const transfer = new DataTransfer();
      for (const item of items) {
        const body = 'text' in item ? [item.text as string] : [new Uint8Array(item.bytes as number[])];
        transfer.items.add(new File(body, item.name));
      }
      document.querySelector('[data-testid="studio-drop"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, dropped);
    await page.getByTestId('studio-summary').waitFor();
    expect(await page.getByTestId('studio-preview').textContent()).toContain('holiday.zip: none of its files (notes.csv)');
    // Known accounts are offered; this one is typed in.
    await page.getByTestId('studio-account-choice').selectOption({ index: 1 });
    await page.getByTestId('studio-account-input').fill('@second.account');
    await page.getByTestId('studio-save').click();
    await page.getByTestId('studio-message').filter({ hasText: '@second.account' }).waitFor();
    const accounts = await page.evaluate(storedAccountsInPage);
    expect(accounts.map((a) => a.account).sort()).toEqual([model.account, 'second.account'].sort());
    expect(accounts.find((a) => a.account === 'second.account')?.importedDays).toBe(9);
    await page.close();
  });

  it('XLSX zips read like CSV ones, and the preview says what a file left out (file, line, column)', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    await ask(page, 'clearAll');
    await page.reload();
    await page.getByTestId('studio-import').waitFor();
    const sheets = makeModel({ exportDay: today, days: 90, seed: 11, account: 'sheets.only' });
    const business = businessFiles(makeModel({ exportDay: today, days: 10, seed: 12, account: 'sheets.only' }));
    // The first caption holds a line break: the broken row starts on line 5.
    const broken = `${business[1].data}"Broken, "title",no link here,2025/01/01,5,1\r\n`;
    await page.getByTestId('studio-files').setInputFiles([
      ...exportZips(sheets, 'ru', 'xlsx').map((z) => ({ name: z.name, mimeType: 'application/zip', buffer: Buffer.from(z.data) })),
      { name: 'FollowerHistory.csv', mimeType: 'text/csv', buffer: Buffer.from(business[2].data) },
      { name: 'Content.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) },
    ]);
    await page.getByTestId('studio-summary').waitFor();
    expect(await page.getByTestId('studio-summary').textContent()).toContain('89 ');
    expect(await page.getByTestId('studio-preview').textContent()).toContain('FollowerActivity.xlsx');
    const notes = page.getByTestId('studio-notes');
    expect(await notes.textContent()).toContain('FollowerHistory.csv: no values in this file (its cells say --)');
    expect(await notes.textContent()).toContain('Content.csv, line 5, column “Video link”: the row\'s columns do not line up');
    await page.getByTestId('studio-save').click();
    await page.getByTestId('studio-message').filter({ hasText: '@sheets.only' }).waitFor();
    const accounts = await page.evaluate(storedAccountsInPage);
    expect(accounts.find((a) => a.account === 'sheets.only')?.importedDays).toBe(89);
    await page.close();
  });
});
