import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyUrl } from '@/utils/guard/classify';
import { SCAM_LIST } from '@/utils/guard/scam-list';
import { dynamicGuardRules, heuristicPatterns, pathPatterns, proceedOnceRule, RULE_IDS, staticGuardRules, staticRuleMeanings } from '@/utils/guard/dnr-rules';
import { parseFeed } from '@/utils/guard-feeds/feeds';
import { normalizeHost } from '@/utils/guard/guard-lists';
import top500 from '../../fixtures/guard/moz-top-500.json';
import heldOut from '../../fixtures/guard/heldout-scams.json';
import nearMisses from '../../fixtures/guard/benign-near-misses.json';
import aboutTiktok from '../../fixtures/guard/about-tiktok.json';

const ROOT = join(__dirname, '../../..');
const WARNING = 'chrome-extension://abc/warning.html';
const FEEDS = join(ROOT, 'tests/fixtures/guard/feeds');
const feedUrls = readdirSync(FEEDS).flatMap((f) => parseFeed(readFileSync(join(FEEDS, f), 'utf8'), f).items).map((i) => (/^https?:/.test(i) ? i : `http://${i}/`));

describe('static ruleset (compiled at build time, needs no host access)', () => {
  const rules = staticGuardRules(SCAM_LIST);
  it('allows TikTok above all and blocks every listed domain', () => {
    expect(rules[0]).toMatchObject({ action: { type: 'allow' }, condition: { requestDomains: expect.arrayContaining(['tiktok.com', 'tiktokw.us']) } });
    expect(rules[0].priority).toBeGreaterThan(Math.max(...rules.slice(1).map((r) => r.priority)));
    // One block rule per kind of scam, so a matched rule tells which kind was stopped.
    const byDomain = rules.filter((r) => r.condition.requestDomains && !r.condition.regexFilter && r.action.type === 'block');
    const blocked = byDomain.flatMap((r) => r.condition.requestDomains!);
    expect(byDomain.length).toBe(new Set(SCAM_LIST.filter((e) => !e.path).map((e) => e.kind)).size);
    expect(blocked).toEqual(expect.arrayContaining(['tiktokviewer.com', 'tiktokw.com', 'tiktokshopstore.com']));
    expect(new Set(blocked).size).toBe(new Set(SCAM_LIST.filter((e) => !e.path).map((e) => e.domain)).size);
    const meanings = staticRuleMeanings(SCAM_LIST);
    const viewer = byDomain.find((r) => r.condition.requestDomains!.includes('tiktokviewer.com'))!;
    expect(meanings.get(viewer.id)).toEqual({ kind: SCAM_LIST.find((e) => e.domain === 'tiktokviewer.com')!.kind });
    expect(rules.every((r) => r.action.type !== 'redirect')).toBe(true);
  });
  it('blocks path entries only on their path', () => {
    const path = rules.filter((r) => r.condition.regexFilter);
    const blocked = (url: string) => path.some((r) => r.condition.requestDomains!.some((d) => new URL(url).hostname.replace(/\.$/, '').endsWith(d)) && new RegExp(r.condition.regexFilter!, 'i').test(url));
    expect(blocked('https://itgift.shop/tiktok-followers/x')).toBe(true);
    expect(blocked('https://itgift.shop/cards')).toBe(false);
    expect(blocked('https://other.example/tiktok-followers/x')).toBe(false);
  });
  it('has unique ids and valid regexes', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) if (r.condition.regexFilter) expect(() => new RegExp(r.condition.regexFilter!)).not.toThrow();
  });
});

describe('dynamic rules', () => {
  const base = { warningUrl: WARNING, list: SCAM_LIST, allow: ['trusted.example'], block: ['mine.example'] };
  it('without host access: the user lists only, blocked not redirected', () => {
    const rules = dynamicGuardRules({ ...base, allSites: false });
    expect(rules.map((r) => [r.id, r.action.type])).toEqual([[RULE_IDS.userAllow, 'allow'], [RULE_IDS.userBlock, 'block']]);
    expect(dynamicGuardRules({ ...base, allSites: false, reachable: ['mine.example'] }).find((r) => r.id === RULE_IDS.userRedirect)).toBeDefined();
  });
  it('with all sites: listed sites and heuristics go to the warning page, keeping the whole URL after #', () => {
    const rules = dynamicGuardRules({ ...base, allSites: true });
    const list = rules.find((r) => r.id === RULE_IDS.listRedirect)!;
    expect(list.action).toEqual({ type: 'redirect', redirect: { regexSubstitution: `${WARNING}#\\0` } });
    expect(list.priority).toBeGreaterThan(Math.max(...staticGuardRules(SCAM_LIST).filter((r) => r.action.type === 'block').map((r) => r.priority)));
    expect(rules.filter((r) => r.id >= RULE_IDS.heuristics)).toHaveLength(heuristicPatterns().length + pathPatterns().length);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(rules.find((r) => r.id === RULE_IDS.userAllow)!.priority).toBeGreaterThan(list.priority);
  });
  it('every redirect carries the whole URL after #, by Chrome\'s and by Firefox\'s substitution', () => {
    // Chrome replaces the first match of regexFilter within the URL (the rest stays); Firefox builds
    // the redirect from regexSubstitution alone, with \\0 the matched text. Both must give the URL.
    const redirects = dynamicGuardRules({ ...base, allSites: true }).filter((r) => r.action.type === 'redirect' && r.condition.regexFilter);
    const urls = [...heldOut.entries.map((e) => new URL(e.url).href), ...feedUrls.slice(0, 200), 'https://itgift.shop/tiktok-followers/x?ref=a#b', 'https://T1KTOK-login.com/Path?q=1'];
    let checked = 0;
    for (const url of urls)
      for (const rule of redirects) {
        const re = new RegExp(rule.condition.regexFilter!, rule.condition.isUrlFilterCaseSensitive === false ? 'i' : '');
        const match = re.exec(url);
        if (!match) continue;
        const substitution = (rule.action as { redirect: { regexSubstitution: string } }).redirect.regexSubstitution;
        const firefox = substitution.replace(/\\(.)/g, (_, c: string) => (c === '\\' ? c : (match[Number(c)] ?? '')));
        const chrome = url.replace(re, () => firefox);
        expect(firefox).toBe(`${WARNING}#${url}`);
        expect(chrome).toBe(firefox);
        checked++;
      }
    expect(checked).toBeGreaterThan(20);
  });
  it('proceed once is a session allow rule above every redirect', () => {
    expect(proceedOnceRule('site.example', 10_001)).toMatchObject({ id: 10_001, action: { type: 'allow' }, condition: { requestDomains: ['site.example'] }, priority: 100 });
  });
});

describe('the browser reaches everything classifyUrl stops', () => {
  const patterns = heuristicPatterns().map((p) => new RegExp(p, 'i'));
  const reached = (url: string) => patterns.some((p) => p.test(new URL(url).href));
  const corpora = [...feedUrls, ...heldOut.entries.map((e) => e.url), ...nearMisses.entries.map((e) => e.url), ...aboutTiktok.entries, ...top500.domains.map((d) => `https://${d}/`)];

  it('every URL classifyUrl calls a lookalike on heuristics alone matches a heuristic rule', () => {
    const lookalikes = corpora.filter((u) => classifyUrl(u, {}, { byDomain: new Map() }).level === 'lookalike');
    expect(lookalikes.length).toBeGreaterThan(1000);
    expect(lookalikes.filter((u) => !reached(u))).toEqual([]);
  });

  it('every URL classifyUrl cautions on (suspicious) matches a heuristic or path rule: stopped once', () => {
    const onDomain = (url: string, domains?: string[]) => !domains || domains.some((d) => new URL(url).hostname === d || new URL(url).hostname.endsWith(`.${d}`));
    const paths = pathPatterns().map((p) => ({ re: new RegExp(p.regexFilter, 'i'), domains: p.requestDomains }));
    const cautioned = corpora.filter((u) => classifyUrl(u, {}, { byDomain: new Map() }).level === 'suspicious');
    expect(cautioned.length).toBeGreaterThan(200);
    expect(cautioned.filter((u) => !reached(u) && !paths.some((p) => onDomain(u, p.domains) && p.re.test(new URL(u).href)))).toEqual([]);
  });

  it('generated disguises are reached too (typos, look-alike digits, homoglyphs)', () => {
    const names = ['tictok', 'titkok', 'tiktk', 'tktok', 'tikttok', 't1kt0k', 'tlk-tok', 'tiktoq', 'itktok', 'xn--tktok-n2e'];
    for (const name of names) {
      const url = `https://www.${name}.com/login`;
      expect(classifyUrl(url).level, url).toBe('lookalike');
      expect(reached(url), url).toBe(true);
    }
  });

  it('over-matches few popular sites (each is forwarded at once by the precise check)', () => {
    const touched = top500.domains.filter((d) => reached(`https://${d}/`));
    console.log(`heuristic rules touch ${touched.length} of the Moz top 500: ${touched.join(', ')}`);
    expect(touched.length).toBeLessThanOrEqual(5);
  });
});

describe('user list entries', () => {
  it.each([
    ['https://Example.com/path', 'example.com'],
    ['www.example.com.', 'example.com'],
    ['sub.example.co.uk', 'sub.example.co.uk'],
    ['not a host', undefined],
    ['', undefined],
  ])('%j → %j', (input, host) => expect(normalizeHost(input)).toBe(host));
});

describe('npm run build-list', () => {
  it('rebuilding from the checked-in feeds gives the checked-in list', () => {
    const before = readFileSync(join(ROOT, 'assets/guard/scam-list.json'), 'utf8');
    const feeds = readdirSync(FEEDS).map((f) => join(FEEDS, f));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-list.ts', ...feeds], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(ROOT, 'assets/guard/scam-list.json'), 'utf8')).toBe(before);
  }, 30_000);
});

describe('npm run check-url', () => {
  const run = (args: string[], input?: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-url.ts', ...args], { cwd: ROOT, encoding: 'utf8', input });

  it('prints one JSON verdict per URL, in order', () => {
    const result = run(['https://tiktokviewer.com/', 'https://www.tiktok.com/', 'nonsense url']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((v) => v.level)).toEqual(['known-scam', 'official', 'none']);
    expect(lines[2].reasons).toEqual(['not-a-url']);
  }, 15_000);

  it('reads URLs from stdin', () => {
    const result = run(['--stdin'], 'https://tlktok.net/\n\nhttps://example.com/\n');
    expect(result.stdout.trim().split('\n').map((l) => JSON.parse(l).level)).toEqual(['lookalike', 'none']);
  }, 15_000);
});
