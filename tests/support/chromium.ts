// Loads the built extension into Debian's Chromium and serves fixture pages as the real
// https://www.tiktok.com. Later suites reuse these helpers (popup, store reads, requests).
import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import type { ProtocolMap } from '../../utils/protocol/messaging';
import { DELIBERATE_DELAY_MS } from '../../components/warning/use-deliberate-input';

export { eventually, fixture, FIXTURES } from './guard-expectations';

const HERE = dirname(fileURLToPath(import.meta.url));
export const EXTENSION_DIR = resolve(HERE, '../..', process.env.CL_OUT_DIR ?? '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, offline (every host but localhost resolves to nothing), nothing of Chromium's own on the wire. */
const BROWSER_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
];

export interface Extension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Every network request made by the extension's own pages, its service worker and its content scripts. */
  extensionRequests: string[];
  url(path: string): string;
  /**
   * Closes the browser and fails if the extension made any network request (privacy is a
   * feature: every e2e suite checks it). The profile is removed unless `keepProfile` is set.
   */
  close(options?: { keepProfile?: boolean; allowRequests?: boolean }): Promise<void>;
}

/**
 * `extensionDir`: another build to load (the benchmarks add a page to a copy of the build).
 * `lang`: the browser's UI language ("ja"), which picks the extension's messages.
 */
export async function launchExtension(options: { userDataDir?: string; extensionDir?: string; lang?: string } = {}): Promise<Extension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'creator-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    // Chromium on Linux takes its UI language from LANGUAGE; --lang alone is not enough.
    ...(options.lang && { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang } }),
    args: [
      ...BROWSER_ARGS,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const extensionRequests: string[] = [];
  const record = (request: Request) => {
    const fromWorker = request.serviceWorker()?.url().startsWith('chrome-extension://');
    let fromPage = false;
    try {
      fromPage = request.frame().url().startsWith('chrome-extension://');
    } catch {
      // Requests of service workers have no frame.
    }
    const url = request.url();
    // A navigation away from an extension page (the warning page's "Proceed") is the user going
    // to a site, not the extension fetching something.
    if (fromPage && request.isNavigationRequest() && request.frame().parentFrame() === null) return;
    if ((fromWorker || fromPage) && !url.startsWith('chrome-extension://') && !url.startsWith('data:') && !url.startsWith('blob:'))
      extensionRequests.push(url);
  };
  context.on('request', record);
  // A content script fetches in the page's name: its request's frame is the page's. The script
  // that started it says whose it is: the initiator's stack names the extension's file.
  const watched = new WeakMap<Page, Promise<void>>();
  const watchPage = (page: Page) => {
    if (!watched.has(page)) watched.set(page, watchRequests(page));
    return watched.get(page)!;
  };
  const watchRequests = async (page: Page) => {
    const cdp = await context.newCDPSession(page).catch(() => undefined);
    if (!cdp) return;
    cdp.on('Network.requestWillBeSent', (event: { documentURL: string; type?: string; request: { url: string }; initiator: { stack?: CdpStack } }) => {
      const { url } = event.request;
      if (event.documentURL.startsWith('chrome-extension://') || url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
      // A page loading (the warning page's "Proceed", its redirect back) is the user going to a site,
      // as `record` above says of extension pages' navigations.
      if (event.type === 'Document') return;
      // Whose call started the task that made the request: a page script calling fetch through the
      // observer's passive wrapper (entrypoints/studio-data.content) has the wrapper on top of its
      // stack, but the call is the page's.
      if (startedBy(event.initiator.stack)?.startsWith('chrome-extension://')) extensionRequests.push(url);
    });
    await cdp.send('Network.enable').catch(() => undefined);
  };
  // Tabs the extension opens are watched as they appear; tabs a test opens are watched before
  // the test can navigate them, so a content script's first request is never missed.
  context.on('page', (page) => void watchPage(page));
  await Promise.all(context.pages().map(watchPage));
  const openPage = context.newPage.bind(context);
  context.newPage = async () => {
    const page = await openPage();
    await watchPage(page);
    return page;
  };

  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://') }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    extensionRequests,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close({ keepProfile = false, allowRequests = false } = {}) {
      await context.close();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
      if (!allowRequests && extensionRequests.length)
        throw new Error(`The extension made network requests of its own: ${extensionRequests.join(', ')}`);
    },
  };
}

/** The same browser with no extension: what a page does on its own, to compare with. */
export async function launchWithoutExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'creator-lens-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: BROWSER_ARGS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

interface CdpStack {
  callFrames: Array<{ url: string }>;
  parent?: CdpStack;
}

/** The script at the bottom of an initiator's stack (its own task's, else the nearest async parent's): the caller that started it. */
function startedBy(stack: CdpStack | undefined): string | undefined {
  for (let at = stack; at; at = at.parent) if (at.callFrames.length) return at.callFrames[at.callFrames.length - 1].url;
  return undefined;
}

/**
 * Serves HTML as https://www.tiktok.com/<path>. `pages` maps a path (without query) to HTML,
 * or is a function so a test can change what the "site" shows between visits.
 */
export async function serveTikTok(
  context: BrowserContext,
  pages: Record<string, string> | ((url: URL) => string | undefined),
): Promise<void> {
  await context.route('https://www.tiktok.com/**', async (route) => {
    const url = new URL(route.request().url());
    const html = typeof pages === 'function' ? pages(url) : pages[url.pathname];
    if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/**
 * Clicks a button of the warning page as a person does: its ways on act only once the page has
 * been in view for a moment and the pointer then moved (components/warning/use-deliberate-input.ts).
 */
export async function clickDeliberately(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name });
  await button.waitFor();
  await page.waitForTimeout(DELIBERATE_DELAY_MS + 100);
  await page.mouse.move(2, 2);
  await page.mouse.move(9, 9);
  await button.click();
}

/** Opens an extension page (popup.html by default) in a tab. */
export async function openExtensionPage(ext: Extension, path = 'popup.html'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.url(path));
  return page;
}

/** Asks the background through the extension's own protocol, from one of its pages. */
export async function ask<K extends keyof ProtocolMap>(
  page: Page,
  type: K,
  data?: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  const reply = await page.evaluate(
    ([type, data]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }) as Promise<{ res?: unknown; err?: { message?: string } }>,
    [type, data] as const,
  );
  if (reply?.err) throw new Error(`${type} failed: ${reply.err.message ?? JSON.stringify(reply.err)}`);
  return reply.res as ReturnType<ProtocolMap[K]>;
}

/**
 * Asks the content script in `tab` through the extension's own protocol, as the popup does (it
 * asks the active tab: `tab` is brought to the front first); rejects when no content script
 * answers there (the tab has none).
 */
export async function askTab<K extends keyof ProtocolMap>(from: Page, tab: Page, type: K): Promise<ReturnType<ProtocolMap[K]>> {
  await tab.bringToFront();
  const reply = await from.evaluate(
    async (type) => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      const [active] = await tabs.query({ active: true, lastFocusedWindow: true });
      if (active?.id === undefined) throw new Error('no active tab');
      return (await tabs.sendMessage(active.id, { id: Date.now(), type, data: undefined, timestamp: Date.now() })) as { res?: unknown; err?: { message?: string } };
    },
    type,
  );
  if (reply?.err) throw new Error(`${type} failed: ${reply.err.message ?? JSON.stringify(reply.err)}`);
  return reply.res as ReturnType<ProtocolMap[K]>;
}

/**
 * A copy of the built extension as it behaves once the user granted the optional all-sites
 * permission (a headless browser cannot click the permission prompt), plus the
 * development-only permission that lets a test ask the browser which rule a URL would match.
 */
export function extensionWithAllSites(): string {
  const dir = mkdtempSync(join(tmpdir(), 'creator-lens-all-sites-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...manifest.optional_host_permissions];
  manifest.permissions = [...manifest.permissions, 'declarativeNetRequestFeedback'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** Pixels each canvas matching `selector` painted (alpha > 0): what a test can tell of a drawn chart. */
export const paintedCanvases = (page: Page, selector = 'canvas') =>
  page.$$eval(selector, (canvases) =>
    canvases.map((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    }),
  );
