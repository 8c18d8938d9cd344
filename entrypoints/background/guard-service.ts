// The guard's side of the background: the shipped list is a static ruleset (blocked with no host
// access); this keeps the dynamic rules (the user's lists, and the warning-page redirects the
// optional all-sites permission allows) in step, and answers the warning page.
import browser from 'webextension-polyfill';
import { proceedHost } from '@/utils/guard/blocked-target';
import { OFFICIAL_DOMAINS } from '@/utils/guard/official-domains';
import { knownSignals, pageLevel, pageWarningUrl } from '@/utils/guard/page-signals';
import { SCAM_LIST, SHIPPED_INDEX } from '@/utils/guard/scam-list';
import { tabBlocks, type MatchedRule, type TabBlockReport } from '@/utils/guard/tab-blocks';
import { dynamicGuardRules, proceedOnceRules, RULE_IDS, type RuleTarget } from '@/utils/guard/dnr-rules';
import { addSeenSite, GUARD_KEY, getGuardLists, getSeenSites, isSingleSite, normalizeHost, SEEN_KEY, setGuardLists, type GuardLists } from '@/utils/guard/guard-lists';
import { onMessage } from '@/utils/protocol/messaging';

// Through `browser`, never `chrome`: Firefox's `chrome.*` took callbacks in the old MV2 build and
// returned undefined, which once left Firefox with no rules at all. The polyfill passes Chrome's
// promise-returning declarativeNetRequest through unchanged.
const dnr = () => browser.declarativeNetRequest;

/** Firefox matches a host's trailing dot apart; the rules name both forms there (dnr-rules, RuleTarget). */
const TARGET: RuleTarget = { rootDot: import.meta.env.FIREFOX };

let pending: Promise<void> = Promise.resolve();

/**
 * Replaces the dynamic rules with ones built from the current lists. Calls are queued: two
 * overlapping updates would both remove the same old ids and the second would be rejected.
 */
export function syncGuardRules(): Promise<void> {
  const run = pending.then(installRules, installRules);
  pending = run.catch(() => undefined);
  return run;
}

const ALL_SITES = { origins: ['<all_urls>'] };
const siteOrigins = (host: string) => ({ origins: [`*://${host}/*`, `*://*.${host}/*`] });

async function installRules(): Promise<void> {
  const lists = await getGuardLists();
  const allSites = await browser.permissions.contains(ALL_SITES);
  const reachable = allSites ? [] : (await Promise.all(lists.block.map(async (h) => ((await browser.permissions.contains(siteOrigins(h))) ? [h] : [])))).flat();
  const rules = dynamicGuardRules({ warningUrl: browser.runtime.getURL('/warning.html'), list: SCAM_LIST, ...lists, seen: await getSeenSites(), allSites, reachable, ...TARGET });
  const existing = await dnr().getDynamicRules();
  await dnr().updateDynamicRules({
    removeRuleIds: existing.map((r) => r.id),
    addRules: rules,
  });
}

const PAGE_CHECK_ID = 'guard-page-check';

let pageCheckPending: Promise<void> = Promise.resolve();

/** Queued like the rules: a start and an install at once would register the same id twice. */
function syncPageCheck(): Promise<void> {
  const run = pageCheckPending.then(installPageCheck, installPageCheck);
  pageCheckPending = run.catch(() => undefined);
  return run;
}

/**
 * The page check (entrypoints/page-check.content) runs only while the optional all-sites access is
 * granted, on every web page but TikTok's own: registered here, never in the manifest, so a
 * default install asks for no host access. `scripting` itself adds no install warning in Chrome
 * (its permission list names none) or Firefox (no webext-perms-description-scripting).
 */
async function installPageCheck(): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return;
  const allSites = await browser.permissions.contains(ALL_SITES);
  const registered = (await scripting.getRegisteredContentScripts({ ids: [PAGE_CHECK_ID] })).length > 0;
  if (allSites && !registered)
    await scripting.registerContentScripts([{
      id: PAGE_CHECK_ID,
      js: ['content-scripts/page-check.js'],
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: [...OFFICIAL_DOMAINS].map((domain) => `*://*.${domain}/*`),
      runAt: 'document_idle',
      persistAcrossSessions: true,
    }]);
  if (!allSites && registered) await scripting.unregisterContentScripts({ ids: [PAGE_CHECK_ID] });
}

/**
 * What the page check found on a tab's page. The tab goes to the warning page, which judges it
 * with classifyPage (the address first: the background carries no public-suffix list), unless the
 * creator already went on: always allowed, proceeded once this session, or continued past a
 * caution for the site. An address the rules stop never loads without one of those, and TikTok's
 * own sites never run the page check, so what is left is an address that decided nothing.
 */
async function judgePage(signals: unknown, sender: { tab?: { id?: number }; frameId?: number; url?: string }): Promise<void> {
  const tabId = sender.tab?.id;
  const host = sender.url ? proceedHost(sender.url) : undefined;
  const found = knownSignals(signals);
  const level = pageLevel(found);
  if (tabId === undefined || sender.frameId !== 0 || !host || !level) return;
  const within = (domains: readonly string[]) => domains.some((d) => host === d || host.endsWith(`.${d}`));
  if (within((await getGuardLists()).allow)) return;
  if (level === 'suspicious' && within(await getSeenSites())) return;
  const proceeded = (await dnr().getSessionRules()).some((r) => r.action.type === 'allow' && !r.condition.tabIds && within(r.condition.requestDomains ?? []));
  if (proceeded) return;
  await browser.tabs.update(tabId, { url: pageWarningUrl(browser.runtime.getURL('/warning.html'), found, sender.url!) });
}

/**
 * The host a "Proceed" or "Always allow" for this URL lets through: the canonical host of an
 * http(s) URL, exactly as the warning page judged it, and one site (never a bare top-level domain
 * such as `com`: https://tiktok@com/ must not open all of .com). Anything else is refused.
 */
function hostOf(url: string): string {
  const host = proceedHost(url);
  if (!host) throw new Error(`Only web addresses can be let through: ${url}`);
  if (!isSingleSite(host)) throw new Error(`Only one site can be let through, not ${host}`);
  return host;
}

let sessionQueue: Promise<unknown> = Promise.resolve();

/**
 * Adds a "Proceed once" session rule. Calls are queued so that several at once each get their
 * own id (picking ids in parallel made them collide and all but one fail); a host already let
 * through keeps its rule.
 */
function allowForSession(host: string, tabId?: number): Promise<void> {
  const run = sessionQueue.then(async () => {
    const session = await dnr().getSessionRules();
    const same = (r: (typeof session)[number]) => r.action.type === 'allow' && r.condition.requestDomains?.includes(host) && (r.condition.tabIds === undefined || r.condition.tabIds.includes(tabId!));
    if (session.some(same)) return;
    const id = Math.max(RULE_IDS.proceedOnce - 1, ...session.map((r) => r.id)) + 1;
    await dnr().updateSessionRules({ addRules: proceedOnceRules(host, id, tabId, TARGET) });
  });
  sessionQueue = run.catch(() => undefined);
  return run;
}

async function refreshIfMoved(): Promise<void> {
  const warningUrl = browser.runtime.getURL('/warning.html');
  const rules = await dnr().getDynamicRules();
  const stale = rules.some((r) => r.action.redirect?.regexSubstitution && !r.action.redirect.regexSubstitution.startsWith(warningUrl));
  if (stale) resync();
}

/** Rule updates run in the background; a failure is logged where developers look, never dropped. */
function resync(): void {
  syncGuardRules().catch((error) => console.error('[Creator Lens] guard rules were not updated:', error));
  syncPageCheck().catch((error) => console.error('[Creator Lens] page check not updated:', error));
}

export function registerGuard(): void {
  browser.runtime.onInstalled.addListener((details) => {
    resync();
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  // Chrome's dynamic URL of the warning page changes every browser session: rules that still
  // redirect to last session's address would end on an error page, so they follow it.
  void refreshIfMoved();
  syncPageCheck().catch((error) => console.error('[Creator Lens] page check not updated:', error));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (GUARD_KEY in changes || SEEN_KEY in changes)) resync();
  });
  showBlockCount();
  // Granting or taking back host access changes what may be redirected rather than just blocked.
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);

  onMessage('guardProceedOnce', ({ data }) => allowForSession(hostOf(data)));
  onMessage('guardLetThrough', ({ data, sender }) => {
    if (sender.tab?.id === undefined) throw new Error('A let-through needs the tab it happens in');
    return allowForSession(hostOf(data), sender.tab.id);
  });
  onMessage('guardCautionSeen', async ({ data }) => {
    await addSeenSite(hostOf(data));
    await syncGuardRules();
  });
  onMessage('guardAllowAlways', async ({ data }) => {
    const host = normalizeHost(hostOf(data));
    if (!host) throw new Error(`This site cannot be added to the allow list: ${data}`);
    const lists = await getGuardLists();
    const next = await setGuardLists({ allow: [...lists.allow, host], block: lists.block.filter((h) => h !== host) });
    await syncGuardRules();
    return next;
  });
  onMessage('guardGetLists', () => getGuardLists());
  onMessage('guardPageVerdict', ({ data, sender }) => judgePage(data?.signals, sender));
  onMessage('guardTabBlocks', ({ data }) => blocksOnTab(data));
  onMessage('guardSetLists', async ({ data }: { data: GuardLists }) => {
    const next = await setGuardLists(data);
    await syncGuardRules();
    return next;
  });
  onMessage('guardWarned', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
    await browser.action.setBadgeText({ tabId, text: '!' });
  });
}

/**
 * A default install has the browser block listed sites on its own error page, which names no
 * reason. The toolbar icon counts what was blocked on the tab, so the creator sees the extension
 * acted and opens the popup, which says why. Chrome has it; a browser without it just has no count.
 */
function showBlockCount(): void {
  const api = dnr() as { setExtensionActionOptions?: (o: { displayActionCountAsBadgeText: boolean }) => Promise<void> };
  if (!api.setExtensionActionOptions) return;
  api.setExtensionActionOptions({ displayActionCountAsBadgeText: true }).catch((error: unknown) => console.error('[Creator Lens] block count not shown:', error));
}

/**
 * What was blocked on the tab the popup opened over (the popup names it: its window's active tab). Clicking the toolbar button grants activeTab
 * for that tab, which lets getMatchedRules answer for it (no "read your browsing history" warning,
 * unlike declarativeNetRequestFeedback) and shows the tab's address. Without the grant: nothing.
 */
async function blocksOnTab(tab: { id: number; url?: string }): Promise<TabBlockReport> {
  const api = dnr() as unknown as { getMatchedRules?(filter: { tabId: number }): Promise<{ rulesMatchedInfo: Array<{ rule: MatchedRule; timeStamp: number }> }> };
  const allSites = await browser.permissions.contains(ALL_SITES);
  if (!api.getMatchedRules) return { blocks: [], canSee: false, allSites };
  try {
    const { rulesMatchedInfo } = await api.getMatchedRules({ tabId: tab.id });
    const newestFirst = [...rulesMatchedInfo].sort((a, b) => b.timeStamp - a.timeStamp).map((m) => m.rule);
    return { blocks: tabBlocks(newestFirst, tab.url, SCAM_LIST, SHIPPED_INDEX), canSee: true, allSites };
  } catch {
    // No activeTab grant for this tab (the popup was not opened from the toolbar over it).
    return { blocks: [], canSee: true, allSites };
  }
}
