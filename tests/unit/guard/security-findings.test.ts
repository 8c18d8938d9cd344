// Regression tests for the guard's findings of issue 22 (1–4) and the disguises of issue 21: each
// failed on the code before the fix. The browser side of each is in tests/e2e/guard-abuse.test.ts.
import { describe, expect, it } from 'vitest';
import { classifyUrl } from '@/utils/guard/classify';
import { SCAM_LIST } from '@/utils/guard/scam-list';
import { dynamicGuardRules, heuristicPatterns, proceedOnceRule, staticGuardRules } from '@/utils/guard/dnr-rules';
import { isSingleSite } from '@/utils/guard/guard-lists';

const WARNING = 'chrome-extension://abc/warning.html';
const matches = (regexFilter: string, url: string) => new RegExp(regexFilter, 'i').test(url);
const heuristics = heuristicPatterns();
const reachedByHeuristics = (url: string) => heuristics.some((p) => matches(p, url));

describe('finding 1: nothing allowed without a click, never more than one site', () => {
  it('no heuristic rule matches the brand in the userinfo part', () => {
    for (const url of ['https://tiktok@com/', 'https://tiktok@net/', 'https://tiktok:pw@attacker.example/', 'https://a.tiktok.b@attacker.example/x', 'https://t1ktok-login@evil.example/'])
      expect(reachedByHeuristics(url), url).toBe(false);
    // The brand in the host after a userinfo still is.
    expect(reachedByHeuristics('https://user@tiktok-login.example/')).toBe(true);
  });

  it('a proceed or a forward allows exactly one host, never its subdomains or parents', () => {
    const rule = proceedOnceRule('scam.example', 10_001);
    const re = rule.condition.regexFilter!;
    for (const url of ['https://scam.example/', 'https://scam.example./x', 'http://scam.example:8080/?q', 'https://u@scam.example/']) expect(matches(re, url), url).toBe(true);
    for (const url of ['https://a.scam.example/', 'https://scam.example.evil/', 'https://example/', 'https://scam.example@evil.example/']) expect(matches(re, url), url).toBe(false);
    const forward = proceedOnceRule('site.example', 10_002, 7);
    expect(forward.condition).toMatchObject({ tabIds: [7], resourceTypes: ['main_frame'] });
  });

  it('a bare top-level domain is never one site', () => {
    for (const host of ['com', 'net', 'localhost', '']) expect(isSingleSite(host), host).toBe(false);
    for (const host of ['tiktokviewer.com', 'a.b.co.uk', '[::1]']) expect(isSingleSite(host), host).toBe(true);
  });
});

describe('finding 2: path entries matched as the browser loads them', () => {
  const pathRules = staticGuardRules(SCAM_LIST).filter((r) => r.condition.regexFilter);
  // requestDomains as the browser applies it: the host or a subdomain, a trailing dot ignored.
  const onHost = (url: string, domains: string[]) => domains.some((d) => (new URL(url).hostname.replace(/\.$/, '') + '.').endsWith(`.${d}.`) || new URL(url).hostname.replace(/\.$/, '') === d);
  const blocked = (url: string) => pathRules.some((r) => onHost(url, r.condition.requestDomains!) && matches(r.condition.regexFilter!, url));
  it.each(SCAM_LIST.filter((e) => e.path).map((e) => [e.domain, e.path!]))('%s%s', (domain, path) => {
    const escaped = path.replace(/[a-z]/, (c) => `%${c.charCodeAt(0).toString(16)}`);
    for (const url of [`https://${domain}${path}`, `https://${domain}.${path}`, `https://${domain}/${path}`, `https://${domain}${path.replace('/', '//')}`, `https://${domain}${escaped}`, `https://${domain}${escaped.toUpperCase()}`])
      expect(blocked(url), url).toBe(true);
    expect(blocked(`https://${domain}/`)).toBe(false);
  });
});

describe('finding 3: official domains in front of another name, scam words under the bare brand', () => {
  it.each(['https://tiktokshop.com.seller-verify.com/', 'https://seller.tiktokshop.com.verify-center.net/', 'https://tik.tok-login.com/', 'https://login.tiktok.com.br/', 'https://who-viewed.tiktok.lol/'])('%s is a lookalike', (url) => {
    expect(classifyUrl(url, {}, { byDomain: new Map() }).level).toBe('lookalike');
    expect(reachedByHeuristics(url)).toBe(true);
  });
  it('TikTok’s own CDN aliases stay quiet', () => {
    for (const host of ['api.tiktokv.com.edgekey.net', 'p16-tiktokcdn-com.akamaized.net', 'tiktok.com.ttdns2.com', 'pstatp.com.w.alikunlun.com'])
      expect(['none', 'official']).toContain(classifyUrl(`https://${host}/`).level);
  });
});

describe('finding 4: listed sites are stopped in frames too', () => {
  it('every list rule covers sub_frame; the heuristics only top-level pages', () => {
    for (const r of staticGuardRules(SCAM_LIST)) expect(r.condition.resourceTypes).toContain('sub_frame');
    const dynamic = dynamicGuardRules({ warningUrl: WARNING, list: SCAM_LIST, allow: [], block: ['mine.example'], allSites: true });
    for (const r of dynamic.filter((r) => r.id < 5000 && r.action.type !== 'allow')) expect(r.condition.resourceTypes, String(r.id)).toContain('sub_frame');
    for (const r of dynamic.filter((r) => r.id >= 5000)) expect(r.condition.resourceTypes).toEqual(['main_frame']);
  });
});

describe('issue 21: disguises inside longer names', () => {
  it.each(['malltktok.com', 'tiktookk1688.com', 'tkktokshop.com', 'tilktokshop.com', 'bottioktokgame.com', 'taktok.net', 'tuktok.net', 'xn--tktok-e81b.com', 'www.xn--tiktk-581b.net', 'xn--iktok-ls1b.com'])('%s is a lookalike the browser reaches', (host) => {
    const url = `https://${host}/`;
    expect(classifyUrl(url, {}, { byDomain: new Map() }).level).toBe('lookalike');
    expect(reachedByHeuristics(url)).toBe(true);
  });
  it('words that only share letters stay quiet', () => {
    for (const host of ['tiktak.com', 'taktik.de', 'ticktock.example', 'tiktik.ph', 'kitkat.com', 'tuktuk.example']) expect(classifyUrl(`https://${host}/`).level, host).toBe('none');
  });
  it('caution for brand-plus-word sites, remembered per site', () => {
    expect(classifyUrl('https://tiktokcooking.com/').level).toBe('suspicious');
    const rules = dynamicGuardRules({ warningUrl: WARNING, list: SCAM_LIST, allow: [], block: [], seen: ['tiktokcooking.com'], allSites: true });
    const seen = rules.find((r) => r.condition.requestDomains?.includes('tiktokcooking.com'))!;
    expect(seen.action.type).toBe('allow');
    // Above the heuristics, below every list rule: a seen site that is later listed is stopped.
    expect(seen.priority).toBeGreaterThan(Math.max(...rules.filter((r) => r.id >= 5000).map((r) => r.priority)));
    expect(seen.priority).toBeLessThan(Math.min(...staticGuardRules(SCAM_LIST).filter((r) => r.action.type === 'block').map((r) => r.priority)));
  });
});
