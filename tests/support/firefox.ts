// Installs the built Firefox extension into Debian's firefox-esr, driven by puppeteer-core over
// WebDriver BiDi, and serves fixture pages as the real sites with request interception.
//
// Two things differ from the Chromium harness:
// - BiDi refuses to navigate a tab to moz-extension:// unless Firefox runs with
//   --remote-allow-system-access, and even then puppeteer does not follow navigations into
//   extension documents (page.url() stays at the last web address, goto never settles). Extension
//   pages are opened without waiting for puppeteer's navigation events, and `locationOf` reads the
//   address from the document itself.
// - The background page and extension pages are out of BiDi's network view, so the harness sends
//   every request Firefox really puts on the wire through a recording proxy on 127.0.0.1, while
//   pages' requests are all answered (or refused) by interception: whatever reaches the proxy was
//   made by something the tests did not serve, which is the extension's own traffic.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { ProtocolMap } from '../../utils/protocol/messaging';
import { eventually } from './guard-expectations';
import { DELIBERATE_DELAY_MS } from '../../components/warning/use-deliberate-input';

export { eventually };

const HERE = dirname(fileURLToPath(import.meta.url));
export const FIREFOX_EXTENSION_DIR = resolve(HERE, '../..', process.env.CL_OUT_DIR ?? '.output', 'firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed moz-extension:// host, so tests can address extension pages (Firefox picks a random one). */
export const EXTENSION_UUID = '3c0a1d7e-5b2f-4c1e-9f3a-c7ea70c1e5e5';

/** A site the tests play: a function from URL to HTML (or another type of body), or undefined for "not found". */
export type Site = (url: URL) => string | { contentType: string; body: string } | undefined;

export interface FirefoxExtension {
  browser: Browser;
  addonId: string;
  profileDir: string;
  downloadDir: string;
  /** Requests that reached the network: neither served by a test nor refused by interception. */
  wireRequests: string[];
  /** Requests from pages to hosts no test serves (refused). */
  refusedRequests: string[];
  url(path: string): string;
  /** A new tab whose requests go to the sites the test serves. */
  newPage(): Promise<Page>;
  /** Serves `site` for every URL whose host matches. */
  serve(host: RegExp, site: Site): void;
  close(options?: { keepProfile?: boolean; allowRequests?: boolean }): Promise<void>;
}

/** A forward proxy that answers nothing and remembers what was asked of it. */
async function recordingProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy did not start');
  return { server, port: address.port, seen };
}

export async function launchFirefox(options: { profileDir?: string; prefs?: Record<string, string | number | boolean> } = {}): Promise<FirefoxExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run \`npm run build\` first`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: run scripts/ensure-browsers.sh`);
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'creator-lens-firefox-'));
  const downloadDir = mkdtempSync(join(tmpdir(), 'creator-lens-downloads-'));
  const proxy = await recordingProxy();

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    // Firefox's own remote-settings sync would otherwise be the only traffic on the wire: the remote
    // agent points it at a dummy server, which Firefox honours only with this variable set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      // A temporary add-on is removed when Firefox quits; keep its data for the restart test.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // permissions.request() grants at once instead of showing a prompt headless Firefox cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const sites: Array<[RegExp, Site]> = [];
  const refusedRequests: string[] = [];
  const answer = (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return request.continue();
    const site = sites.find(([host]) => host.test(url.hostname))?.[1];
    if (!site) {
      // No fixture references another host, so this came from the extension.
      refusedRequests.push(url.href);
      return request.abort();
    }
    const answer = site(url);
    if (answer === undefined) return request.respond({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
    return request.respond({ status: 200, ...(typeof answer === 'string' ? { contentType: 'text/html; charset=utf-8', body: answer } : answer) });
  };

  return {
    browser,
    addonId,
    profileDir,
    downloadDir,
    wireRequests: proxy.seen,
    refusedRequests,
    url: (path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      // A request the extension blocked or redirected meanwhile is gone: nothing left to answer.
      page.on('request', (request) => void Promise.resolve(answer(request)).catch(() => undefined));
      return page;
    },
    serve(host, site) {
      sites.unshift([host, site]);
    },
    async close({ keepProfile = false, allowRequests = false } = {}) {
      await browser.close();
      await new Promise((done) => proxy.server.close(done));
      rmSync(downloadDir, { recursive: true, force: true });
      if (!keepProfile && !options.profileDir) rmSync(profileDir, { recursive: true, force: true });
      const own = [...proxy.seen, ...refusedRequests];
      if (!allowRequests && own.length) throw new Error(`The extension made network requests of its own: ${own.join(', ')}`);
    },
  };
}

/** The address of the document in the tab, read from the document (see the note at the top). */
export function locationOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href);
}

/**
 * Starts a navigation without waiting on puppeteer's navigation events, which never settle when
 * the tab ends on an extension page, then waits until the tab's document is at `until`.
 */
export async function navigate(page: Page, url: string, until: (href: string) => boolean = (href) => href === url): Promise<void> {
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await eventually(async () => until(await locationOf(page)) && (await page.evaluate(() => document.readyState !== 'loading')));
}

/**
 * Clicks a button of the page as a person does: the warning page's ways on act only once it has
 * been in view for a moment and the pointer then moved (components/warning/use-deliberate-input.ts).
 */
export async function clickDeliberately(page: Page, name: string): Promise<void> {
  const button = await page.waitForSelector(`::-p-text(${name})`);
  await new Promise((done) => setTimeout(done, DELIBERATE_DELAY_MS + 100));
  await page.mouse.move(2, 2);
  await page.mouse.move(9, 9);
  await page.waitForFunction((b) => !(b as HTMLButtonElement).disabled, {}, button!);
  await button!.click();
}

/** Opens an extension page (popup.html by default) in a new tab. */
export async function openExtensionPage(ext: FirefoxExtension, path = 'popup.html'): Promise<Page> {
  const page = await ext.newPage();
  await navigate(page, ext.url(path));
  return page;
}

/** Asks the background through the extension's own protocol, from one of its pages. */
export async function ask<K extends keyof ProtocolMap>(page: Page, type: K, data?: Parameters<ProtocolMap[K]>[0]): Promise<ReturnType<ProtocolMap[K]>> {
  const reply = await page.evaluate(
    (type, data) =>
      (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }) as Promise<{
        res?: unknown;
        err?: { message?: string };
      }>,
    type,
    data as never,
  );
  if (reply?.err) throw new Error(`${type} failed: ${reply.err.message ?? JSON.stringify(reply.err)}`);
  return reply.res as ReturnType<ProtocolMap[K]>;
}

/**
 * Asks a web page's content script through the extension's own protocol, from one of the
 * extension's pages, as the popup asks the active tab: `tab` is brought to the front first.
 */
export async function askTab<K extends keyof ProtocolMap>(from: Page, tab: Page, type: K): Promise<ReturnType<ProtocolMap[K]>> {
  await tab.bringToFront();
  const reply = await from.evaluate(async (type) => {
    const { tabs } = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).browser;
    const [front] = await tabs.query({ active: true, lastFocusedWindow: true });
    if (front?.id === undefined) throw new Error('no tab in front');
    return (await tabs.sendMessage(front.id, { id: Date.now(), type, data: undefined, timestamp: Date.now() })) as { res?: unknown; err?: { message?: string } };
  }, type);
  if (reply?.err) throw new Error(`${type} failed: ${reply.err.message ?? JSON.stringify(reply.err)}`);
  return reply.res as ReturnType<ProtocolMap[K]>;
}
