// The guard's side of the background: keeps the browser's declarativeNetRequest rules in step
// with the shipped list and the user's lists, and answers the warning page.
import browser from 'webextension-polyfill';
import { SCAM_LIST } from '@/utils/guard/list';
import { buildGuardRules, proceedOnceRule, RULE_IDS } from '@/utils/guard/rules';
import { GUARD_KEY, getGuardLists, normalizeHost, setGuardLists, type GuardLists } from '@/utils/guard/settings';
import { onMessage } from '@/utils/messaging';

// The polyfill's types lag behind declarativeNetRequest; Chrome and Firefox both expose it on `chrome`.
const dnr = () => chrome.declarativeNetRequest;

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

async function installRules(): Promise<void> {
  const lists = await getGuardLists();
  const rules = buildGuardRules({ warningUrl: browser.runtime.getURL('/warning.html'), list: SCAM_LIST, ...lists });
  const existing = await dnr().getDynamicRules();
  await dnr().updateDynamicRules({
    removeRuleIds: existing.map((r) => r.id),
    addRules: rules as chrome.declarativeNetRequest.Rule[],
  });
}

function hostOf(url: string): string {
  const host = normalizeHost(url);
  if (!host) throw new Error(`Not a web address: ${url}`);
  return host;
}

/** Rule updates run in the background; a failure is logged where developers look, never dropped. */
function resync(): void {
  syncGuardRules().catch((error) => console.error('[Creator Lens] guard rules were not updated:', error));
}

export function registerGuard(): void {
  browser.runtime.onInstalled.addListener((details) => {
    resync();
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && GUARD_KEY in changes) resync();
  });

  onMessage('guardProceedOnce', async ({ data }) => {
    const host = hostOf(data);
    const session = await dnr().getSessionRules();
    const id = Math.max(RULE_IDS.proceedOnce - 1, ...session.map((r) => r.id)) + 1;
    await dnr().updateSessionRules({ addRules: [proceedOnceRule(host, id) as chrome.declarativeNetRequest.Rule] });
  });
  onMessage('guardAllowAlways', async ({ data }) => {
    const host = hostOf(data);
    const lists = await getGuardLists();
    const next = await setGuardLists({ allow: [...lists.allow, host], block: lists.block.filter((h) => h !== host) });
    await syncGuardRules();
    return next;
  });
  onMessage('guardGetLists', () => getGuardLists());
  onMessage('guardSetLists', async ({ data }: { data: GuardLists }) => {
    const next = await setGuardLists(data);
    await syncGuardRules();
    return next;
  });
  onMessage('guardWarned', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    // MV3 has `action`; Firefox's MV2 build has `browserAction`.
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
    await action.setBadgeText({ tabId, text: '!' });
  });
}
