// npm run bench: measures Creator Lens's speed and size, side by side with a peer where one
// exists, prints a table and writes .output/bench/results.json. Not part of `npm test`.
import 'fake-indexeddb/auto';
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { Window } from 'happy-dom';
import { openLensDB } from '../utils/history/database';
import type { SnapshotRecord } from '../utils/history/records';
import { DAILY_METRICS } from '../utils/import/studio-files';
import { addRecords, getSeries, saveSnapshot } from '../utils/history/snapshots';
import { DAY_MS, HOUR_MS } from '../utils/platform/days';
import { classifyUrl } from '../utils/guard/classify';
import { pageSignals } from '../utils/guard/page-signals';
import { parseFeed } from '../utils/guard-feeds/feeds';
import { SCAM_LIST } from '../utils/guard/scam-list';
import { OFFICIAL_DOMAINS } from '../utils/guard/official-domains';
import { extractSnapshot } from '../utils/reader/read-page';
import { pageReport } from '../utils/reader/page-report';
import { postsListPage } from '../tests/fixtures/studio/pages';
import top500 from '../tests/fixtures/guard/moz-top-500.json';
import { BUDGETS, bundleSize, ENTRYPOINTS } from '../tests/support/bundle-size';

type Timing = { median: number; p95: number; unit: string; n: number };
type Size = { bytes: number; gzip: number };
const results: Record<string, Timing | Size | { missing: string }> = {};
const ROOT = join(import.meta.dirname, '..');
// CL_OUT_DIR: parallel work builds and measures side by side (wxt.config.ts builds there too).
const OUT = join(ROOT, process.env.CL_OUT_DIR ?? '.output');
const TARGETS: Record<string, number> = {
  'extract.overview': 2, 'db.put': 2, 'db.series-1y': 20, 'guard.classify': 20,
  'dashboard.import-longest-task': 200, 'import.save-365d (Chromium IDB, pick to saved)': 1000,
  'studio-data.observer-per-response': 1, 'studio-data.observer-idle': 0.05,
};
/** Targets on the 95th percentile rather than the median. */
const P95_TARGETS: Record<string, number> = { 'scale.studio-visit-save': 50 };
/** Bench-only size targets (issue 34), tighter than the budgets `npm test` holds the build to. */
const SIZE_TARGETS: Record<string, number> = { 'bundle.content': 25 * 1024, 'bundle.popup': 100 * 1024 };

function stats(samples: number[], unit: string): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { median: round(at(0.5)), p95: round(at(0.95)), unit, n: samples.length };
}

async function time(fn: () => unknown, n: number, warmup = Math.ceil(n / 10)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

function page(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Every text node's textContent once, in document order: what any reader of the page must at least do. */
function textWalk(doc: Document): number {
  let length = 0;
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) length += node.textContent?.length ?? 0;
  return length;
}

async function benchExtract() {
  const overviewUrl = 'https://www.tiktok.com/tiktokstudio/analytics?dateRange=%7B%22type%22%3A%22fixed%22%2C%22pastDay%22%3A28%7D';
  const overview = page(readFileSync(join(ROOT, 'tests/fixtures/studio/overview-en.html'), 'utf8'), overviewUrl);
  results['extract.overview'] = stats(await time(() => extractSnapshot(overview, overviewUrl), 400), 'ms');
  // The floor of any DOM reader: one plain walk over the same page's text, reading nothing.
  results['extract.floor-overview'] = stats(await time(() => textWalk(overview), 400), 'ms');
  const posts = postsListPage(200);
  const list = page(posts.html, posts.url);
  results['extract.posts-list-200'] = stats(await time(() => extractSnapshot(list, posts.url), 60), 'ms');
  results['extract.floor-posts-list-200'] = stats(await time(() => textWalk(list), 60), 'ms');
  // What the capture feature does per settled mutation batch on that page: read it and compare.
  results['content.mutation-batch'] = stats(await time(() => JSON.stringify(extractSnapshot(list, posts.url)?.videos), 60), 'ms');
  // Studio Home: the Key metrics card read on its own beside the profile line.
  const homeUrl = 'https://www.tiktok.com/tiktokstudio';
  const home = page(readFileSync(join(ROOT, 'tests/fixtures/studio/studio-home-en.html'), 'utf8'), homeUrl);
  results['extract.studio-home'] = stats(await time(() => extractSnapshot(home, homeUrl), 400), 'ms');
  results['extract.floor-studio-home'] = stats(await time(() => textWalk(home), 400), 'ms');
  // The redacted page report of a page with labels it does not know (built only on a click).
  const videoUrl = 'https://www.tiktok.com/tiktokstudio/analytics/7401234567890123403';
  const unknown = readFileSync(join(ROOT, 'tests/fixtures/studio/real-video-overview-zh.html'), 'utf8').replaceAll('>新增粉丝<', '>新粉丝数<');
  const video = page(unknown, videoUrl);
  results['extract.page-report'] = stats(await time(() => pageReport(video, videoUrl), 200), 'ms');
  results['extract.floor-page-report'] = stats(await time(() => textWalk(video), 200), 'ms');
}

async function benchDb() {
  globalThis.indexedDB = new IDBFactory();
  const db = await openLensDB('bench-put');
  let k = 0;
  results['db.put'] = stats(
    await time(() => saveSnapshot(db, { page: 'account-overview', url: 'https://www.tiktok.com/tiktokstudio/analytics', account: 'bench', range: { days: 7 }, metrics: { videoViews: 1000 + k++, likes: k, comments: 3, shares: 1, profileViews: 9 } }, Date.now() + k), 300),
    'ms',
  );

  // 100,000 snapshots: a year of daily video-overview captures of the measured video, the rest
  // other videos' and the account's captures.
  const big = await openLensDB('bench-series');
  const day = DAY_MS;
  const start = Date.UTC(2025, 0, 1);
  const target = '7300000000000000001';
  const records: Array<Omit<SnapshotRecord, 'id'>> = [];
  for (let i = 0; i < 100_000; i++) {
    const videoId = i < 365 ? target : String(7300000000000010000n + BigInt(i % 2000));
    const capturedAt = start + (i < 365 ? i * day : (i % 365) * day + 1000 * (1 + Math.floor(i / 365)));
    records.push({
      page: 'video-overview', url: `https://www.tiktok.com/tiktokstudio/analytics/${videoId}`, account: 'bench', videoId, range: 'lifetime',
      metrics: { videoViews: 1000 + i, likes: i % 97 }, scope: `bench|video-overview|${videoId}|lifetime`, capturedAt, lastSeenAt: capturedAt,
    });
  }
  for (let i = 0; i < records.length; i += 10_000) await addRecords(big, records.slice(i, i + 10_000));
  const query = { account: 'bench', videoId: target, metric: 'videoViews' as const, range: 'lifetime', from: start, to: start + 365 * day };
  const check = await getSeries(big, query);
  if (check.length !== 365) throw new Error(`series-1y read ${check.length} points, expected 365`);
  results['db.series-1y'] = stats(await time(() => getSeries(big, query), 40), 'ms');
}

/**
 * What a browser navigates to, roughly: mostly popular sites (no trace of the brand: the common
 * case, which classifyUrl answers before any parsing), some TikTok, some scam feed entries.
 */
function guardUrls(): string[] {
  const feeds = readdirSync(join(ROOT, 'tests/fixtures/guard/feeds')).flatMap((f) => parseFeed(readFileSync(join(ROOT, 'tests/fixtures/guard/feeds', f), 'utf8'), f).items);
  const scams = feeds.map((i) => (/^https?:/.test(i) ? i : `https://${i}/`));
  const tiktok = ['www.tiktok.com/tiktokstudio/analytics', 'www.tiktok.com/@maya.bakes/video/7301234567890123456', 'p16-sign-va.tiktokcdn.com/obj/x.jpeg', 'www.capcut.com/'];
  const urls: string[] = [];
  for (let i = 0; urls.length < 10_000; i++) {
    const pick = i % 10;
    if (pick < 8) urls.push(`https://${top500.domains[i % top500.domains.length]}/path/${i}`);
    else if (pick < 9) urls.push(`https://${tiktok[i % tiktok.length]}?i=${i}`);
    else urls.push(scams[i % scams.length]);
  }
  return urls;
}

async function benchGuard() {
  const urls = guardUrls();
  const ours = await time(() => {
    for (const u of urls) classifyUrl(u);
  }, 15, 3);
  results['guard.classify'] = stats(ours.map((ms) => (ms * 1000) / urls.length), 'µs');
  // The page check (issue 31), once per page at idle: every fixture page, kits and honest pages
  // alike, plus a large Studio page with no form (the common case: three queries and out).
  const pageDir = join(ROOT, 'tests/fixtures/guard-pages');
  const checked = [...readdirSync(pageDir).map((f) => page(readFileSync(join(pageDir, f), 'utf8'), 'https://unrelated.example/')), page(postsListPage(200).html, 'https://unrelated.example/')];
  const perPage = await time(() => {
    for (const doc of checked) pageSignals(doc);
  }, 200, 20);
  results['guard.page-check'] = stats(perPage.map((ms) => (ms * 1000) / checked.length), 'µs');

  // eth-phishing-detect as MetaMask runs it, set up for the same brand: TikTok's domains allowed,
  // the same list blocked, Levenshtein 1 around tiktok.com. It takes hostnames, so it gets the
  // same URLs with the host taken out inside the timed loop, and once more handed bare hosts.
  const require = createRequire(import.meta.url);
  const PhishingDetector = require('eth-phishing-detect/src/detector');
  const detector = new PhishingDetector({ whitelist: [...OFFICIAL_DOMAINS], blacklist: SCAM_LIST.map((e) => e.domain), fuzzylist: ['tiktok.com'], tolerance: 1 });
  const theirs = await time(() => {
    for (const u of urls) detector.check(new URL(u).hostname);
  }, 15, 3);
  results['guard.eth-phishing-detect'] = stats(theirs.map((ms) => (ms * 1000) / urls.length), 'µs');
  const hosts = urls.map((u) => new URL(u).hostname);
  const bare = await time(() => {
    for (const h of hosts) detector.check(h);
  }, 15, 3);
  results['guard.eth-phishing-detect (bare hosts)'] = stats(bare.map((ms) => (ms * 1000) / hosts.length), 'µs');
}

/**
 * The ruleset in Chromium: the static ruleset is indexed at install; with the optional all-sites
 * permission the background installs the redirect rules (list + heuristics) as dynamic rules.
 * Timed: replacing every dynamic rule, as the background does on start and on each change.
 */
async function benchRuleset() {
  const { launchExtension, extensionWithAllSites, eventually } = await import('../tests/support/chromium');
  const dir = extensionWithAllSites();
  const ext = await launchExtension({ extensionDir: dir });
  try {
    await eventually(() => ext.worker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length > 10));
    const samples: number[] = await ext.worker.evaluate(async () => {
      const dnr = chrome.declarativeNetRequest;
      const rules = await dnr.getDynamicRules();
      const out: number[] = [];
      for (let i = 0; i < 12; i++) {
        const t0 = performance.now();
        await dnr.updateDynamicRules({ removeRuleIds: rules.map((r) => r.id), addRules: rules });
        out.push(performance.now() - t0);
      }
      return out.slice(2);
    });
    results['guard.ruleset-load (dynamic, all sites)'] = stats(samples, 'ms');
    const rules = JSON.parse(readFileSync(join(OUT, 'chrome-mv3/rules/guard-list.json'), 'utf8'));
    results['guard.ruleset-parse (static JSON)'] = stats(await time(() => JSON.parse(JSON.stringify(rules)), 50), 'ms');
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds from navigation to the page's 'first-chart' mark. */
async function firstChart(page: import('playwright-core').Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0, undefined, { timeout: 15_000 });
  const { startTime, detail } = await page.evaluate(() => (({ startTime, detail }) => ({ startTime, detail }))(performance.getEntriesByName('first-chart')[0] as PerformanceMark));
  // A floor that drew nothing is no floor (the scale dashboard's read the export's followers, which
  // the profile leaves out: an empty chart, until issue 34's third round).
  if (detail && !(detail as { points: number }).points) throw new Error(`${url}: the floor drew no point`);
  return startTime;
}

/** A year of every file Studio's Download data gives, read as the dashboard would, for `account`. */
async function yearOfExports(account: string) {
  const { exportZips, makeModel } = await import('../tests/fixtures/studio-export/build');
  const { readStudioFile } = await import('../utils/import/read-studio-files');
  const { localDate } = await import('../utils/platform/days');
  const today = localDate(Date.now());
  const model = makeModel({ account, exportDay: today, days: 365, activityDays: 28 });
  return { account, parts: exportZips(model).map((z) => readStudioFile(z, today)) };
}

// The popup to its first chart beside the floor (a minimal Preact + chart.js page reading the same
// series from IndexedDB once), with the service worker running (warm) and stopped first (cold).
// The three are measured in turn, round after round, so load on the machine hits them alike.
// `imports`: a profile holding a year of imported days and no capture (the floor reads those days).
/** The build with the floor page added, launched on a profile holding `history`; `seed` is a page to ask with. */
async function benchExtension(history: Array<'captures' | 'imports'>) {
  const { launchExtension, openExtensionPage, ask } = await import('../tests/support/chromium');
  const { demoExport } = await import('../tests/support/demo-data');
  const { buildFloorExtension } = await import('./bench/floor');
  const ext = await launchExtension({ extensionDir: await buildFloorExtension(OUT) });
  const seed = await openExtensionPage(ext, 'popup.html');
  if (history.includes('captures')) await ask(seed, 'restoreBackup', demoExport({ days: 365, videos: 200 }));
  if (history.includes('imports')) await ask(seed, 'importStudioData', await yearOfExports('maya.bakes'));
  return { ext, seed, ask };
}

type BenchExtension = Awaited<ReturnType<typeof benchExtension>>;

/**
 * Opens each page to its first chart in turn, round after round (so load on the machine hits them
 * alike), the first two rounds left out; a `cold` page is opened after stopping the service worker.
 */
async function firstChartsInTurn({ ext, seed, ask }: BenchExtension, pages: Record<string, { url: string; width: number; height: number; cold?: boolean }>, rounds: number) {
  const cdp = await ext.context.newCDPSession(seed);
  await cdp.send('ServiceWorker.enable');
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let round = 0; round < rounds + 2; round++) {
    for (const [name, { url, width, height, cold }] of Object.entries(pages)) {
      if (cold) await cdp.send('ServiceWorker.stopAllWorkers');
      else await ask(seed, 'storeStats');
      const page = await ext.context.newPage();
      await page.setViewportSize({ width, height });
      const ms = await firstChart(page, ext.url(url));
      if (round >= 2) samples[name].push(ms);
      await page.close();
    }
  }
  for (const [name, values] of Object.entries(samples)) results[name] = stats(values, 'ms');
}

async function benchPopupOf(profile: 'captures' | 'imports', suffix: string) {
  const bench = await benchExtension([profile]);
  try {
    const floor = profile === 'captures' ? 'floor/index.html#maya.bakes|30' : 'floor/index.html#maya.bakes|30|daily';
    await firstChartsInTurn(bench, {
      [`popup.floor${suffix}`]: { url: floor, ...POPUP_SIZE },
      [`popup.first-chart${suffix}`]: { url: 'popup.html', ...POPUP_SIZE },
      [`popup.first-chart-cold${suffix}`]: { url: 'popup.html', ...POPUP_SIZE, cold: true },
    }, 20);
  } finally {
    await bench.ext.close({ allowRequests: false });
  }
}

const POPUP_SIZE = { width: 400, height: 600 };
const DASHBOARD_SIZE = { width: 1280, height: 900 };

async function benchPopup() {
  await benchPopupOf('captures', '');
  await benchPopupOf('imports', '-imports');
}

// The dashboard to its first chart (the compare chart: followers over all time, day by day) with a
// year of imported days and a year of daily captures of 200 videos, beside a floor page reading the
// same year of follower days from IndexedDB once and drawing them. Measured in turn, round by round.
async function benchDashboard() {
  const bench = await benchExtension(['captures', 'imports']);
  try {
    await firstChartsInTurn(bench, {
      'dashboard.floor': { url: 'floor/index.html#maya.bakes|0|daily', ...DASHBOARD_SIZE },
      'dashboard.first-chart': { url: 'dashboard.html', ...DASHBOARD_SIZE },
    }, 10);
  } finally {
    await bench.ext.close({ allowRequests: false });
  }
}

/**
 * A creator at real scale (tests/support/scale-profile.ts: 1,000 videos, three years of Studio's
 * exact days, per-video curves and retention, a year of captures, a 365-day export), loaded
 * through the extension's own messages: the popup and the dashboard to their first charts beside
 * their floors, one Studio visit's data saved, and the store's size per year of data.
 */
async function benchScale() {
  const { scaleProfile, studioVisit } = await import('../tests/support/scale-profile');
  const { seedScaleProfile, saveStudioVisit } = await import('../tests/support/scale-seed');
  const profile = scaleProfile();
  const bench = await benchExtension([]);
  try {
    const t0 = performance.now();
    await seedScaleProfile(bench.seed, profile);
    results['scale.seed (restore + Studio data + export)'] = stats([performance.now() - t0], 'ms');
    const size = await bench.seed.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const counts = await bench.ask(bench.seed, 'storeStats');
    results['scale.store-size'] = stats([size / 1024 / 1024], 'MB');
    results['scale.store-size per year of data'] = stats([size / 1024 / 1024 / 3], 'MB');
    results['scale.store-records (points + snapshots + videos + days)'] = stats([counts.points + counts.snapshots + counts.videos + (counts.importedValues ?? 0)], 'records');

    await firstChartsInTurn(bench, {
      'scale.popup-floor': { url: `floor/index.html#${profile.account}|30`, ...POPUP_SIZE },
      'scale.popup-first-chart': { url: 'popup.html', ...POPUP_SIZE },
      // The dashboard's first chart draws every day of followers: three years of Studio's own days
      // (the profile's export has no followers column), so its floor reads and draws those. Until
      // issue 34's third round it read the export's follower days: none, an empty chart.
      'scale.dashboard-floor': { url: `floor/index.html#${profile.account}|0|days`, ...DASHBOARD_SIZE },
      'scale.dashboard-first-chart': { url: 'dashboard.html', ...DASHBOARD_SIZE },
    }, 12);

    const visits: number[] = [];
    for (let i = 0; i < 42; i++) {
      const ms = await saveStudioVisit(bench.seed, studioVisit(profile, i));
      if (i >= 2) visits.push(ms);
    }
    results['scale.studio-visit-save'] = stats(visits, 'ms');
  } finally {
    await bench.ext.close({ allowRequests: false });
  }
}

/** A year of every file Studio's Download data gives (four zips), read and then saved. */
async function benchImport() {
  const { exportZips, makeModel } = await import('../tests/fixtures/studio-export/build');
  const { readStudioFile } = await import('../utils/import/read-studio-files');
  const { importStudioData } = await import('../utils/history/save-import');
  const model = makeModel({ exportDay: '2025-08-20', days: 365, activityDays: 365 });
  const zips = exportZips(model);
  const readAll = () => zips.map((z) => readStudioFile(z, '2025-08-20'));
  results['import.export-365d'] = stats(await time(readAll, 20), 'ms');
  // The same year as XLSX workbooks inside the zips (the download dialog's other choice).
  const sheets = exportZips(model, 'en', 'xlsx');
  results['import.export-365d-xlsx'] = stats(await time(() => sheets.map((z) => readStudioFile(z, '2025-08-20')), 20), 'ms');
  const parts = readAll();
  let run = 0;
  globalThis.indexedDB = new IDBFactory();
  const samples: number[] = [];
  for (let i = 0; i < 8; i++) {
    const db = await openLensDB(`bench-import-${run++}`);
    const t0 = performance.now();
    await importStudioData(db, { account: 'bench', parts }, Date.UTC(2025, 7, 20, 20));
    samples.push(performance.now() - t0);
    db.close();
  }
  results['import.save-365d (fake IDB)'] = stats(samples, 'ms');
}

/** "What works for you" over the demo's year (200 videos): reading its inputs, and the statistics alone. */
async function benchWhatWorks() {
  const { demoExport } = await import('../tests/support/demo-data');
  const { restoreBackup } = await import('../utils/history/backup');
  const { whatWorksInputs } = await import('../utils/views/what-works-inputs');
  const { historySource } = await import('../utils/history/timeline-reads');
  const { whatWorksReport } = await import('../utils/insights/what-works-report');
  globalThis.indexedDB = new IDBFactory();
  const db = await openLensDB('bench-what-works');
  const now = Date.now();
  await restoreBackup(db, demoExport({ days: 365, videos: 200, now: now - HOUR_MS }), now);
  results['what-works.inputs-200 (fake IDB)'] = stats(await time(() => whatWorksInputs(historySource(db), 'maya.bakes', now), 10), 'ms');
  const input = await whatWorksInputs(historySource(db), 'maya.bakes', now);
  results['what-works.report-200'] = stats(await time(() => whatWorksReport(input), 20), 'ms');
  db.close();
}

/** The dashboard's longest task while a year of exports is picked, previewed and saved, in Chromium. */
async function benchDashboardImport() {
  const { launchExtension, openExtensionPage, ask } = await import('../tests/support/chromium');
  const { exportZips, makeModel } = await import('../tests/fixtures/studio-export/build');
  const { localDate } = await import('../utils/platform/days');
  const model = makeModel({ exportDay: localDate(Date.now()), days: 365, activityDays: 365 });
  const files = exportZips(model).map((z) => ({ name: z.name, mimeType: 'application/zip', buffer: Buffer.from(z.data) }));
  const ext = await launchExtension();
  try {
    const samples: number[] = [];
    const pickToSaved: number[] = [];
    const saveToSaved: number[] = [];
    for (let i = 0; i < 6; i++) {
      const page = await openExtensionPage(ext, 'dashboard.html');
      await ask(page, 'clearAll');
      await page.reload();
      await page.getByTestId('studio-import').waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { longest: number };
        w.longest = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.longest = Math.max(w.longest, e.duration)))).observe({ type: 'longtask' });
      });
      const picked = performance.now();
      await page.getByTestId('studio-files').setInputFiles(files);
      await page.getByTestId('studio-save').click();
      const clicked = performance.now();
      await page.getByTestId('studio-message').waitFor({ timeout: 30_000 });
      const saved = performance.now();
      if (i >= 1) {
        samples.push(await page.evaluate(() => (window as unknown as { longest: number }).longest));
        pickToSaved.push(saved - picked);
        saveToSaved.push(saved - clicked);
      }
      await page.close();
    }
    results['dashboard.import-longest-task'] = stats(samples, 'ms');
    // Chromium's own IndexedDB, not fake-indexeddb: from picking the files to "saved" on the page
    // (reading in the worker, the preview, the click, the save), and from the click alone.
    results['import.save-365d (Chromium IDB, pick to saved)'] = stats(pickToSaved, 'ms');
    results['import.save-365d (Chromium IDB, save to saved)'] = stats(saveToSaved, 'ms');
  } finally {
    await ext.close();
  }
}

/**
 * Long imports in Chromium's real IndexedDB (issue 22): a backup whose bulk is imported daily
 * history (210k records) and a Studio zip with 300k video rows (read here as the dashboard's worker
 * reads it, saved by the background). The longest store lock is the longest read-write transaction
 * the background ran meanwhile (timed inside the service worker); another tab sends a capture every
 * 100 ms and times its answer (the capture's wait, which also covers the worker reading the request).
 */
async function benchBigImports() {
  const { launchExtension, openExtensionPage, ask } = await import('../tests/support/chromium');
  const { demoExport } = await import('../tests/support/demo-data');
  const { exportZips, makeModel } = await import('../tests/fixtures/studio-export/build');
  const { readStudioFile } = await import('../utils/import/read-studio-files');
  const day = (i: number) => new Date(Date.UTC(2023, 0, 1) + i * DAY_MS).toISOString().slice(0, 10);
  // 210k records: a year of captures, imported days of 20 accounts, hourly activity of 4.
  const file = demoExport({ days: 365, videos: 200 });
  const accounts = Array.from({ length: 20 }, (_, a) => `bench.account${a}`);
  // Every metric an export brings day by day.
  const metrics = DAILY_METRICS;
  const at = Date.UTC(2025, 6, 1);
  file.imported = {
    daily: accounts.flatMap((account) => metrics.flatMap((metric) => Array.from({ length: 590 }, (_, i) => ({ account, metric, date: day(i), value: i, source: 'studio-export' as const, file: 'a.zip', exportedAt: at, importedAt: at })))),
    activity: accounts.slice(0, 4).flatMap((account) => Array.from({ length: 1100 * 24 }, (_, i) => ({ account, date: day(Math.floor(i / 24)), hour: i % 24, activeFollowers: i % 500, exportedAt: at }))),
    audience: [],
  };
  const records = file.snapshots.length + file.imported.daily.length + file.imported.activity.length;

  // A Content.zip of 300k video rows, read as the dashboard's worker reads it.
  const model = makeModel({ exportDay: '2025-08-20', days: 30 });
  model.videos = Array.from({ length: 300_000 }, (_, i) => ({ videoId: String(7_300_000_000_000_000_000n + BigInt(i)), caption: `video ${i}`, postedAt: '2025-08-01', views: i, likes: i % 97, comments: i % 7, shares: i % 3 }));
  const parts = exportZips(model).map((z) => readStudioFile(z, '2025-08-20')).filter((p) => p.videos?.length);
  const ext = await launchExtension();
  try {
    const page = await openExtensionPage(ext, 'dashboard.html');
    const capturing = await openExtensionPage(ext, 'popup.html');
    await ext.worker.evaluate(() => {
      // Each read-write transaction, created to finished, and whether it is one of the import's chunks.
      const g = globalThis as unknown as { locks: Array<[boolean, number]> };
      g.locks = [];
      const open = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
        const tx = open.apply(this, args);
        const t0 = performance.now();
        const chunk = [args[0]].flat().includes('journalUndo');
        if (args[1] === 'readwrite') tx.addEventListener('complete', () => g.locks.push([chunk, performance.now() - t0]));
        return tx;
      } as IDBDatabase['transaction'];
    });
    const measured = async (label: string, work: () => Promise<unknown>) => {
      await ext.worker.evaluate(() => void ((globalThis as unknown as { locks: unknown[] }).locks.length = 0));
      await capturing.evaluate(() => {
        const w = window as unknown as { probe: { captures: number[]; running: boolean } };
        w.probe = { captures: [], running: true };
        void (async () => {
          for (let i = 0; w.probe.running; i++) {
            const t0 = performance.now();
            const snapshot = { page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', account: 'bench.capture', range: { days: 7 }, metrics: { followers: 1000 + i } };
            await chrome.runtime.sendMessage({ id: i, type: 'saveSnapshot', data: snapshot, timestamp: Date.now() });
            w.probe.captures.push(performance.now() - t0);
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        })();
      });
      const t0 = performance.now();
      await work();
      const total = performance.now() - t0;
      const captures = await capturing.evaluate(() => {
        const w = window as unknown as { probe: { captures: number[]; running: boolean } };
        w.probe.running = false;
        return w.probe.captures;
      });
      const locks = await ext.worker.evaluate(() => (globalThis as unknown as { locks: Array<[boolean, number]> }).locks);
      const chunks = locks.filter(([chunk]) => chunk).map(([, ms]) => ms);
      results[`${label} total`] = stats([total], 'ms');
      results[`${label} chunk transaction`] = stats(chunks, 'ms');
      results[`${label} longest chunk transaction`] = stats([Math.max(...chunks)], 'ms');
      results[`${label} longest store lock`] = stats([Math.max(...locks.map(([, ms]) => ms))], 'ms');
      results[`${label} capture wait`] = stats(captures, 'ms');
      results[`${label} longest capture wait`] = stats([Math.max(...captures)], 'ms');
    };

    await ask(page, 'clearAll');
    await measured(`store.restore-${Math.round(records / 1000)}k`, () => ask(page, 'restoreBackup', file));
    await ask(page, 'clearAll');
    // In pieces, as the dashboard sends it.
    const { sendInPieces } = await import('../utils/import/import-batch');
    await measured('store.import-300k-videos', () => sendInPieces({ account: model.account, parts }, (piece) => ask(page, 'importStudioPiece', piece)));
    await page.close();
  } finally {
    await ext.close();
  }
}

/**
 * The Studio data observer's cost on the page's main thread, in Chromium with the built extension,
 * a Studio tab (the observer and the content script run there) beside a tab at a TikTok URL no
 * content script matches, measured in turn round by round.
 * `observer-per-response`: the renderer's script time (CDP Performance.getMetrics, ScriptDuration:
 * tasks of every world, the page's and the content scripts'; Chromium leaves the fetch reactions'
 * microtasks out of it) while the page fetches and reads CALLS responses to a Studio data call and
 * the content script reads them and sends its batch, less the same in the plain tab, per response.
 * `observer-idle`: what a page without data calls pays, the URL check on each of its own calls: the
 * synchronous time of SYNC_CALLS fetch() calls on a data: URL, less the plain tab's, per call.
 */
async function benchStudioData() {
  const { launchExtension } = await import('../tests/support/chromium');
  const { DATA_CALLS, studioDataResponse } = await import('../tests/support/studio-data-page');
  const CALLS = 40;
  const SYNC_CALLS = 2000;
  const html = `<!doctype html><html><head><script id="__Creator_Center_Context__" type="application/json">{"commonAppContext":{"user":{"uniqueId":"bench"}}}</script></head><body><main>bench</main>
<script>
window.run = async (url, n) => { for (let i = 0; i < n; i++) await (await fetch(url + '&n=' + i)).text(); };
window.syncCalls = (n) => { const t0 = performance.now(); for (let i = 0; i < n; i++) fetch('data:,').catch(() => undefined); return performance.now() - t0; };
</script></body></html>`;
  const ext = await launchExtension();
  try {
    await ext.context.route('https://www.tiktok.com/**', (route) => {
      // Each call its own URL (&n=…), so the content script reads every one (it reads a repeated answer once).
      const json = studioDataResponse(new URL(route.request().url().replace(/&n=\d+$/, '')));
      return route.fulfill({ status: 200, contentType: json ? 'application/json' : 'text/html', body: json ?? html });
    });
    type BenchWindow = { run(url: string, n: number): Promise<void>; syncCalls(n: number): number };
    const tab = async (url: string) => {
      const page = await ext.context.newPage();
      await page.goto(url);
      const cdp = await ext.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const scriptSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
      return {
        /** Script ms while the page reads CALLS responses of `call` and the content script settles after them. */
        async responses(call: string) {
          const before = await scriptSeconds();
          await page.evaluate(([url, n]) => (window as unknown as BenchWindow).run(url, n), [call, CALLS] as const);
          await page.waitForTimeout(2500);
          return ((await scriptSeconds()) - before) * 1000;
        },
        syncCalls: () => page.evaluate((n) => (window as unknown as BenchWindow).syncCalls(n), SYNC_CALLS),
      };
    };
    const studio = await tab('https://www.tiktok.com/tiktokstudio/analytics/followers');
    const plain = await tab('https://www.tiktok.com/@bench');
    const perResponse: number[] = [];
    const idle: number[] = [];
    for (let round = 0; round < 12; round++) {
      const [s, p] = [await studio.responses(DATA_CALLS.overview), await plain.responses(DATA_CALLS.overview)];
      const [si, pi] = [await studio.syncCalls(), await plain.syncCalls()];
      if (round < 2) continue;
      perResponse.push((s - p) / CALLS);
      idle.push((si - pi) / SYNC_CALLS);
    }
    results['studio-data.observer-per-response'] = stats(perResponse, 'ms');
    results['studio-data.observer-idle'] = stats(idle, 'ms');
  } finally {
    await ext.close();
  }
}

function benchBundles() {
  for (const [name, entry] of Object.entries(ENTRYPOINTS)) {
    const { bytes, gzip } = bundleSize(join(OUT, 'chrome-mv3'), entry);
    results[name] = { bytes, gzip };
  }
  // The Studio export reader (fflate's unzip + the reader) loads only when a file is imported.
  const worker = readdirSync(join(OUT, 'chrome-mv3', 'assets')).find((f) => /(^|-)worker-.*\.js$/.test(f));
  if (worker) results['bundle.export-reader-worker'] = bundleSize(join(OUT, 'chrome-mv3'), `assets/${worker}`);
}

/** Targets relative to another row: the popup's first chart within 1.5× the floor page's. */
const RELATIVE: Record<string, [string, number]> = {
  'popup.first-chart': ['popup.floor', 1.3],
  'popup.first-chart-cold': ['popup.floor', 1.3],
  'dashboard.first-chart': ['dashboard.floor', 1.5],
  'extract.posts-list-200': ['extract.floor-posts-list-200', 4],
  'scale.popup-first-chart': ['scale.popup-floor', 1.5],
  'scale.dashboard-first-chart': ['scale.dashboard-floor', 1.5],
  'popup.first-chart-imports': ['popup.floor-imports', 1.5],
  'popup.first-chart-cold-imports': ['popup.floor-imports', 1.5],
};

function relativeLimit(name: string): number | undefined {
  const [base, factor] = RELATIVE[name] ?? [];
  const reference = base ? (results[base] as Timing | undefined) : undefined;
  return reference && 'median' in reference ? Math.round(reference.median * factor * 10) / 10 : undefined;
}

function verdict(name: string, r: Timing | Size | { missing: string }): string {
  if ('missing' in r) return `missing: ${r.missing}`;
  if (RELATIVE[name] && 'median' in r) {
    const limit = relativeLimit(name);
    return limit === undefined ? 'MISS' : r.median <= limit ? 'ok' : 'MISS';
  }
  const size = SIZE_TARGETS[name] ?? BUDGETS[name];
  if ('gzip' in r) return size ? (r.gzip <= size ? 'ok' : 'MISS') : '';
  if (P95_TARGETS[name] !== undefined) return r.p95 <= P95_TARGETS[name] ? 'ok' : 'MISS';
  if (name === 'guard.classify') {
    const peer = results['guard.eth-phishing-detect'] as Timing | undefined;
    return r.median < TARGETS[name] && (!peer || r.median < peer.median) ? 'ok' : 'MISS';
  }
  return TARGETS[name] === undefined ? '' : r.median < TARGETS[name] ? 'ok' : 'MISS';
}

async function main() {
  console.log('building the extension…');
  execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  const steps: Array<[string, () => unknown]> = [
    ['scale', benchScale], ['extract', benchExtract], ['db', benchDb], ['import', benchImport], ['guard', benchGuard], ['ruleset', benchRuleset], ['popup', benchPopup],
    ['dashboard', benchDashboard],
    ['dashboard-import', benchDashboardImport], ['what-works', benchWhatWorks], ['big-imports', benchBigImports], ['studio-data', benchStudioData], ['bundles', benchBundles],
  ];
  // `npm run bench -- import bundles` measures only the named steps.
  const only = process.argv.slice(2);
  for (const [label, step] of steps) {
    if (only.length && !only.includes(label)) continue;
    process.stdout.write(`measuring ${label}…\n`);
    try {
      await step();
    } catch (error) {
      results[`${label}.error`] = { missing: (error as Error).message.split('\n')[0] };
    }
  }
  const rows = Object.entries(results).map(([name, r]) => {
    const target = RELATIVE[name]
      ? `≤ ${RELATIVE[name][1]}× floor (${relativeLimit(name) ?? '?'})`
      : TARGETS[name] !== undefined ? `< ${TARGETS[name]}`
      : P95_TARGETS[name] !== undefined ? `p95 ≤ ${P95_TARGETS[name]}`
      : (SIZE_TARGETS[name] ?? BUDGETS[name]) ? `≤ ${(SIZE_TARGETS[name] ?? BUDGETS[name]) / 1024} KB gz` : '';
    if ('missing' in r) return [name, '', '', '', '', target, verdict(name, r)];
    if ('gzip' in r) return [name, `${(r.gzip / 1024).toFixed(1)} KB gz`, `${(r.bytes / 1024).toFixed(1)} KB`, '', '', target, verdict(name, r)];
    return [name, String(r.median), String(r.p95), r.unit, String(r.n), target, verdict(name, r)];
  });
  const header = ['name', 'median', 'p95', 'unit', 'n', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  mkdirSync(join(OUT, 'bench'), { recursive: true });
  writeFileSync(join(OUT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('wrote .output/bench/results.json');
}

await main();
