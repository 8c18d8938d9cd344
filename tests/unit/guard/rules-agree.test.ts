// The browser's rules and classifyUrl are one decision (issue 31): over generated addresses, the
// browser stops (or sends to the warning page, which re-checks) exactly what classifyUrl stops or
// cautions. The rules are evaluated by a small DNR matcher (tests/support/dnr-simulator.ts); the
// e2e suites check a sample in real Chromium and Firefox.
import { describe, expect, it } from 'vitest';
import { classifyUrl } from '@/utils/guard/classify';
import { dynamicGuardRules, staticGuardRules } from '@/utils/guard/dnr-rules';
import { GUARD_ACTIONS } from '@/utils/guard/guard-actions';
import { SCAM_LIST } from '@/utils/guard/scam-list';
import { outcome } from '../../support/dnr-simulator';
import { generatedGuardUrls } from '../../support/generated-guard-urls';

const rules = [...staticGuardRules(SCAM_LIST), ...dynamicGuardRules({ warningUrl: 'chrome-extension://abc/warning.html', list: SCAM_LIST, allow: [], block: [], allSites: true })];
const interrupts = (url: string) => ['stop', 'caution'].includes(GUARD_ACTIONS[classifyUrl(url).level]);

/** What the creator meets: a blocked or redirected page the warning page keeps (it re-checks with classifyUrl), or the site. */
function browserInterrupts(url: string): boolean {
  const { type } = outcome(rules, url);
  return type === 'block' || (type === 'redirect' && interrupts(url));
}

describe('the browser stops exactly what classifyUrl stops or cautions', () => {
  const urls = generatedGuardUrls(4000);

  it('over 4,000 generated addresses (brand in host, path, query, subdomains, typos)', () => {
    const disagree = urls.filter((u) => browserInterrupts(u) !== interrupts(u)).map((u) => `${u} classifyUrl ${classifyUrl(u).level} ${classifyUrl(u).reasons.join(',')}, browser ${outcome(rules, u).type}`);
    const stopped = urls.filter(interrupts).length;
    const hops = urls.filter((u) => outcome(rules, u).type === 'redirect' && !interrupts(u)).length;
    console.log(`generated URLs: ${urls.length}, stopped or cautioned ${stopped}; browser and classifyUrl disagree on ${disagree.length}; ${hops} others hop through the warning page, which forwards them`);
    expect(disagree).toEqual([]);
    expect(stopped).toBeGreaterThan(1000);
    expect(urls.length - stopped).toBeGreaterThan(1000);
  }, 60_000);

  it('the issue 31 example the browser once let through is redirected', () => {
    const url = 'https://graniteworks-4367.io/tiktok.com/tiktok/login.html';
    expect(interrupts(url)).toBe(true);
    expect(outcome(rules, url).type).toBe('redirect');
  });
});
