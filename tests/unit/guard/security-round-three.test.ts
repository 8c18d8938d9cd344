// Regression tests for the guard's findings of issue 36 (1–3), on the rules as each browser applies
// them: Firefox matches requestDomains against the host exactly as written (a trailing dot kept),
// Chrome drops that dot first. Each failed on the code before the fix; the browser side is in
// tests/firefox/guard-round-three.test.ts and tests/e2e/guard-round-three.test.ts.
import { describe, expect, it } from 'vitest';
import { canonicalize } from '@/utils/guard/canonical-url';
import { classifyUrl } from '@/utils/guard/classify';
import { SCAM_LIST } from '@/utils/guard/scam-list';
import { dynamicGuardRules, MAX_SEEN_SITES, proceedOnceRule, proceedOnceRules, RULE_IDS, staticGuardRules, type GuardRule } from '@/utils/guard/dnr-rules';

const WARNING = 'moz-extension://abc/warning.html';
type Browser = 'firefox' | 'chrome';

/** The host and every parent of it, as Firefox's DNR lists them ("a.b.com." → a.b.com., b.com., com.). */
function domainsWithin(host: string): string[] {
  const out = [host];
  for (let i = host.indexOf('.') + 1; i > 0; i = host.indexOf('.', i) + 1) if (host.slice(i)) out.push(host.slice(i));
  return out;
}

/** The `|scheme://host^` URL filters the guard writes: anchored at the start, `^` a separator or the end. */
function urlFilterMatches(filter: string, url: string): boolean {
  const m = /^\|(.+)\^$/.exec(filter);
  if (!m) throw new Error(`URL filter the model does not know: ${filter}`);
  return url.toLowerCase().startsWith(m[1]) && /^([^\w\-.%]|$)/.test(url.slice(m[1].length));
}

function ruleMatches(rule: GuardRule, url: string, browser: Browser, tabId?: number, type: 'main_frame' | 'sub_frame' = 'main_frame'): boolean {
  const { condition } = rule;
  let host = new URL(url).hostname;
  if (browser === 'chrome') host = host.replace(/\.$/, '');
  if (!condition.resourceTypes.includes(type)) return false;
  if (condition.tabIds && (tabId === undefined || !condition.tabIds.includes(tabId))) return false;
  if (condition.requestDomains && !domainsWithin(host).some((d) => condition.requestDomains!.includes(d))) return false;
  if (condition.regexFilter && !new RegExp(condition.regexFilter, condition.isUrlFilterCaseSensitive === false ? 'i' : '').test(url)) return false;
  if (condition.urlFilter && !urlFilterMatches(condition.urlFilter, url)) return false;
  return true;
}

/** What the browser does with a navigation: the matching rule of highest priority (allow first on a tie). */
function outcome(rules: GuardRule[], url: string, browser: Browser, tabId?: number): 'allow' | 'block' | 'redirect' | 'load' {
  const matched = rules.filter((r) => ruleMatches(r, url, browser, tabId));
  if (!matched.length) return 'load';
  const order = { allow: 0, block: 1, redirect: 2 } as const;
  matched.sort((a, b) => b.priority - a.priority || order[a.action.type] - order[b.action.type]);
  return matched[0].action.type;
}

/** The rules each browser's build installs (Firefox's name every domain with the root's dot too). */
const target = (browser: Browser) => ({ rootDot: browser === 'firefox' });
const staticFor = (browser: Browser) => staticGuardRules(SCAM_LIST, target(browser));
const allSites = (browser: Browser, extra: Partial<Parameters<typeof dynamicGuardRules>[0]> = {}) => [
  ...staticFor(browser),
  ...dynamicGuardRules({ warningUrl: WARNING, list: SCAM_LIST, allow: [], block: [], allSites: true, ...target(browser), ...extra }),
];
const staticRules = staticFor('firefox');
const stopped = (result: string) => result === 'block' || result === 'redirect';

describe('finding 1: a trailing dot (the DNS root) changes nothing', () => {
  const urls = ['https://urlebird.com./', 'https://storyviewer.ai./', 'https://gaming-hub.pro./tiktok.html', 'https://itgift.shop./tiktok-followers', 'https://www.urlebird.com./x', 'https://urlebird.com.:443/'];

  it.each(['firefox', 'chrome'] as const)('%s: the static ruleset blocks listed sites written with a trailing dot', (browser) => {
    for (const url of urls) expect(outcome(staticFor(browser), url, browser), url).toBe('block');
    // Every listed site, not only the probed ones.
    for (const e of SCAM_LIST) expect(outcome(staticFor(browser), `https://${e.domain}.${e.path ?? '/'}`, browser), e.domain).toBe('block');
  });

  it.each(['firefox', 'chrome'] as const)('%s: with all sites granted they go to the warning page', (browser) => {
    for (const url of urls) expect(outcome(allSites(browser), url, browser), url).toBe('redirect');
  });

  it("the user's own lists hold for the dotted form too", () => {
    const rules = dynamicGuardRules({ warningUrl: WARNING, list: SCAM_LIST, allow: ['tiktokviewer.com'], block: ['mine.example'], allSites: false, rootDot: true });
    expect(outcome(rules, 'https://mine.example./', 'firefox')).toBe('block');
    expect(outcome([...staticRules, ...rules], 'https://tiktokviewer.com./', 'firefox')).toBe('allow');
  });

  it('the page the dotted address shows judges and allows the same host as without the dot', () => {
    for (const url of urls) {
      expect(canonicalize(url)?.host, url).toBe(canonicalize(url.replace('.:', ':').replace(/\.\//, '/'))?.host);
      expect(classifyUrl(url).level, url).toBe('known-scam');
    }
    // "Proceed once" on the dotted address reaches it in Firefox; the host's subdomains stay stopped.
    const proceed = proceedOnceRules('urlebird.com', 10_001, undefined, target('firefox'));
    expect(outcome([...staticRules, ...proceed], 'https://urlebird.com./', 'firefox')).toBe('allow');
    expect(outcome([...staticRules, ...proceed], 'https://a.urlebird.com./', 'firefox')).toBe('block');
  });
});

describe('finding 2: "Continue" after a caution remembers that host, not its domain', () => {
  it.each(['firefox', 'chrome'] as const)('%s: the host itself loads; its subdomains are still stopped', (browser) => {
    const rules = allSites(browser, { seen: ['tiktokcooking.com'] });
    for (const url of ['https://tiktokcooking.com/', 'https://tiktokcooking.com/recipes?x=1', 'http://tiktokcooking.com:8080/', 'https://www.tiktokcooking.com/'])
      expect(outcome(rules, url, browser), url).toBe('allow');
    for (const url of ['https://login.tiktokcooking.com/', 'https://tiktok-login.tiktokcooking.com/', 'https://tiktokcooking.com.evil.example/', 'https://a.www.tiktokcooking.com/'])
      expect(stopped(outcome(rules, url, browser)), url).toBe(true);
    // A seen site's address cannot smuggle another host in: a query naming it is not it.
    expect(stopped(outcome(rules, 'https://tiktok-login.example/?r=https://tiktokcooking.com/', browser))).toBe(true);
  });

  it('a thousand remembered sites get rules of their own ids, below the heuristics\' ids; more are cautioned again', () => {
    const seen = Array.from({ length: MAX_SEEN_SITES + 5 }, (_, i) => `site-${i}.example`);
    const rules = dynamicGuardRules({ warningUrl: WARNING, list: SCAM_LIST, allow: [], block: [], allSites: true, seen });
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seenRules = rules.filter((r) => r.condition.urlFilter);
    expect(seenRules).toHaveLength(4 * MAX_SEEN_SITES);
    expect(Math.max(...seenRules.map((r) => r.id))).toBeLessThan(RULE_IDS.heuristics);
  });

  it('each seen rule names one host, below every list rule', () => {
    const seen = allSites('chrome', { seen: ['tiktokcooking.com'] }).filter((r) => r.condition.urlFilter);
    expect(seen.length).toBe(4);
    for (const r of seen) {
      expect(r.condition.requestDomains).toEqual(['tiktokcooking.com']);
      expect(r.priority).toBeLessThan(Math.min(...staticRules.filter((s) => s.action.type === 'block').map((s) => s.priority)));
    }
  });
});

describe('finding 3: a forwarded host is not let through to a listed path on it', () => {
  it.each(['firefox', 'chrome'] as const)('%s: the forward lets the clean address load in its tab, the listed path stays stopped', (browser) => {
    // tiktak.itgift.shop: a heuristic sends it to the warning page, which finds nothing and forwards.
    expect(classifyUrl('https://tiktak.itgift.shop/').level).toBe('none');
    expect(classifyUrl('https://tiktak.itgift.shop/tiktok-followers').level).toBe('known-scam');
    expect(outcome(allSites(browser), 'https://tiktak.itgift.shop/', browser)).toBe('redirect');
    const forward = proceedOnceRules('tiktak.itgift.shop', 10_001, 7, target(browser));
    const rules = [...allSites(browser), ...forward];
    expect(outcome(rules, 'https://tiktak.itgift.shop/', browser, 7)).toBe('allow');
    expect(outcome(rules, 'https://tiktak.itgift.shop/tiktok-followers', browser, 7)).toBe('redirect');
    expect(outcome([...staticFor(browser), ...forward], 'https://tiktak.itgift.shop/tiktok-followers', browser, 7)).toBe('block');
  });

  it('a click on "Proceed once" still outranks the list (the user chose to go)', () => {
    expect(outcome([...allSites('chrome'), proceedOnceRule('itgift.shop', 10_001)], 'https://itgift.shop/tiktok-followers', 'chrome')).toBe('allow');
  });
});
