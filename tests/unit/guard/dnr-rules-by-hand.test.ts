// The browser's rules for a small list written by hand, field by field: ids, priorities, actions,
// resource types, domains and patterns, each spelled out here rather than derived from the code.
import { describe, expect, it } from 'vitest';
import { dynamicGuardRules, heuristicPatterns, pathPatterns, proceedOnceRule, proceedOnceRules, staticGuardRules, staticRuleMeanings } from '@/utils/guard/dnr-rules';
import type { ScamListEntry } from '@/utils/guard/scam-list';

const LIST: ScamListEntry[] = [
  { domain: 'viewer-a.example', kind: 'who-viewed', source: 'feed one' },
  { domain: 'coins-c.example', kind: 'coins', source: 'feed three' },
  { domain: 'coins-b.example', kind: 'coins', source: 'feed two' },
  { domain: 'coins-b.example', kind: 'coins', source: 'feed two again' },
  { domain: 'host-d.example', path: '/tiktok/', kind: 'phishing', source: 'feed four' },
  { domain: 'host-e.example', path: '/a.b/é/abcdefghijklmnop', kind: 'phishing', source: 'feed five' },
];
const FRAMES = ['main_frame', 'sub_frame'];
const MAIN = ['main_frame'];
const WARNING = 'chrome-extension://id/warning.html';
const TO_WARNING = { type: 'redirect', redirect: { regexSubstitution: String.raw`chrome-extension://id/warning.html#\0` } };
const AUTHORITY = String.raw`^https?://([^/?#]*@)?`;
const BRAND = '[7t][1il][ckq][7t][0o][ckq]';
const TIKTOK_PATH = String.raw`^[^?#]*(?:/|%2f)+(?:t|%74)(?:i|%69)(?:k|%6b)(?:t|%74)(?:o|%6f)(?:k|%6b)(?:/|%2f)+`;
// The first fourteen characters of "/a.b/é/abcdefghijklmnop": the dot escaped, é as itself.
const E_PATH = String.raw`^[^?#]*(?:/|%2f)+(?:a|%61)(?:\.|%2e)(?:b|%62)(?:/|%2f)+é(?:/|%2f)+(?:a|%61)(?:b|%62)(?:c|%63)(?:d|%64)(?:e|%65)(?:f|%66)(?:g|%67)`;

describe('the static ruleset', () => {
  it('numbers the whole-domain kinds from 2 in order, then the path entries', () => {
    expect([...staticRuleMeanings(LIST)]).toEqual([
      [2, { kind: 'coins' }],
      [3, { kind: 'who-viewed' }],
      [4, { entry: LIST[4] }],
      [5, { entry: LIST[5] }],
    ]);
  });

  it('allows TikTok, then blocks each kind\'s domains (each once, sorted) and each path in frames too', () => {
    const [allow, ...blocks] = staticGuardRules(LIST);
    expect(allow).toMatchObject({ id: 1, priority: 100, action: { type: 'allow' }, condition: { resourceTypes: FRAMES } });
    expect(allow.condition.requestDomains).toContain('tiktok.com');
    expect(allow.condition.requestDomains).toEqual([...allow.condition.requestDomains!].sort());
    expect(blocks).toEqual([
      { id: 2, priority: 10, action: { type: 'block' }, condition: { resourceTypes: FRAMES, requestDomains: ['coins-b.example', 'coins-c.example'] } },
      { id: 3, priority: 10, action: { type: 'block' }, condition: { resourceTypes: FRAMES, requestDomains: ['viewer-a.example'] } },
      { id: 4, priority: 10, action: { type: 'block' }, condition: { resourceTypes: FRAMES, requestDomains: ['host-d.example'], regexFilter: TIKTOK_PATH, isUrlFilterCaseSensitive: false } },
      { id: 5, priority: 10, action: { type: 'block' }, condition: { resourceTypes: FRAMES, requestDomains: ['host-e.example'], regexFilter: E_PATH, isUrlFilterCaseSensitive: false } },
    ]);
  });

  it('names every domain with its root dot too for Firefox', () => {
    const rules = staticGuardRules(LIST, { rootDot: true });
    expect(rules[0].condition.requestDomains).toContain('tiktok.com.');
    expect(rules[1].condition.requestDomains).toEqual(['coins-b.example', 'coins-b.example.', 'coins-c.example', 'coins-c.example.']);
    expect(rules[3].condition.requestDomains).toEqual(['host-d.example', 'host-d.example.']);
  });
});

describe('the dynamic rules', () => {
  it('without host access: the user\'s lists, a redirect only for blocked sites the extension may reach', () => {
    expect(dynamicGuardRules({ warningUrl: WARNING, list: LIST, allow: ['good.example'], block: ['bad.example', 'far.example'], allSites: false, reachable: ['far.example'] })).toEqual([
      { id: 1, priority: 100, action: { type: 'allow' }, condition: { resourceTypes: FRAMES, requestDomains: ['good.example'] } },
      { id: 2, priority: 10, action: { type: 'block' }, condition: { resourceTypes: FRAMES, requestDomains: ['bad.example', 'far.example'] } },
      { id: 3, priority: 20, action: TO_WARNING, condition: { resourceTypes: FRAMES, requestDomains: ['far.example'], regexFilter: '^.+$' } },
    ]);
    expect(dynamicGuardRules({ warningUrl: WARNING, list: LIST, allow: [], block: ['bad.example'], allSites: false })).toEqual([
      { id: 2, priority: 10, action: { type: 'block' }, condition: { resourceTypes: FRAMES, requestDomains: ['bad.example'] } },
    ]);
    expect(dynamicGuardRules({ warningUrl: WARNING, list: LIST, allow: [], block: [], allSites: false })).toEqual([]);
  });

  it('with all sites: every blocked site redirected, the sites seen after a caution, the list, its paths, then the heuristics', () => {
    const rules = dynamicGuardRules({ warningUrl: WARNING, list: LIST, allow: [], block: ['bad.example'], seen: ['seen.example'], allSites: true, rootDot: true });
    expect(rules.slice(0, 8)).toEqual([
      { id: 2, priority: 10, action: { type: 'block' }, condition: { resourceTypes: FRAMES, requestDomains: ['bad.example', 'bad.example.'] } },
      { id: 3, priority: 20, action: TO_WARNING, condition: { resourceTypes: FRAMES, requestDomains: ['bad.example', 'bad.example.'], regexFilter: '^.+$' } },
      ...['|https://seen.example^', '|https://www.seen.example^', '|http://seen.example^', '|http://www.seen.example^'].map((urlFilter, i) => ({
        id: 1000 + i, priority: 7, action: { type: 'allow' }, condition: { resourceTypes: MAIN, requestDomains: ['seen.example'], urlFilter },
      })),
      { id: 10, priority: 20, action: TO_WARNING, condition: { resourceTypes: FRAMES, requestDomains: ['coins-b.example', 'coins-b.example.', 'coins-c.example', 'coins-c.example.', 'viewer-a.example', 'viewer-a.example.'], regexFilter: '^.+$' } },
      { id: 100, priority: 20, action: TO_WARNING, condition: { resourceTypes: FRAMES, requestDomains: ['host-d.example', 'host-d.example.'], regexFilter: `(?:${TIKTOK_PATH}).*`, isUrlFilterCaseSensitive: false } },
    ]);
    expect(rules[8]).toEqual({ id: 101, priority: 20, action: TO_WARNING, condition: { resourceTypes: FRAMES, requestDomains: ['host-e.example', 'host-e.example.'], regexFilter: `(?:${E_PATH}).*`, isUrlFilterCaseSensitive: false } });
    expect(rules[9]).toEqual({ id: 6000, priority: 5, action: TO_WARNING, condition: { resourceTypes: MAIN, regexFilter: String.raw`(?:^https?://[^?#]*/form/[0-9]+/username\.php).*`, isUrlFilterCaseSensitive: false } });
    const heuristic = rules.find((r) => r.id === 5000)!;
    expect(heuristic).toEqual({ id: 5000, priority: 5, action: TO_WARNING, condition: { resourceTypes: MAIN, regexFilter: `(?:${heuristicPatterns()[0]}).*`, isUrlFilterCaseSensitive: false } });
    // No site seen after a caution: no rule for one.
    expect(dynamicGuardRules({ warningUrl: WARNING, list: LIST, allow: [], block: [], allSites: true }).filter((r) => r.id >= 1000 && r.id < 5000)).toEqual([]);
    const hosting = rules.find((r) => r.id === 6003)!;
    expect(hosting.condition.requestDomains).toContain('github.io.');
  });
});

describe('the patterns', () => {
  it('spell the brand with every letter the precise check reads as it', () => {
    const patterns = heuristicPatterns();
    expect(patterns[0]).toBe(String.raw`^https?://([^/?#]*@)?[^/?#@]*[7t][-_]?[1il][-_]?[ckq][-_]?[7t][-_]?[0o][-_]?[ckq][^/?#@]*([/?#]|$)`);
    // One letter added inside, after the first letter.
    expect(patterns[1]).toBe(String.raw`^https?://([^/?#]*@)?[^/?#@]*[7t][-_]?[a-z0-9][-_]?[1il][-_]?[ckq][-_]?[7t][-_]?[0o][-_]?[ckq][^/?#@]*([/?#]|$)`);
    // One letter dropped (the first), and two neighbours swapped (the first two).
    expect(patterns).toContain(String.raw`^https?://([^/?#]*@)?[^/?#@]*[1il][-_]?[ckq][-_]?[7t][-_]?[0o][-_]?[ckq][^/?#@]*([/?#]|$)`);
    expect(patterns).toContain(String.raw`^https?://([^/?#]*@)?[^/?#@]*[1il][-_]?[7t][-_]?[ckq][-_]?[7t][-_]?[0o][-_]?[ckq][^/?#@]*([/?#]|$)`);
    // The brand split by a dot after its first two letters.
    expect(patterns).toContain(String.raw`^https?://([^/?#]*@)?([^/?#@]*\.)?[7t][-_]?[1il]\.[ckq][-_]?[7t][-_]?[0o][-_]?[ckq][^/?#@]*([/?#]|$)`);
    expect(patterns).toContain(String.raw`^https?://([^/?#]*@)?([^/?#@]*\.)?xn--[^/?#@]*([/?#]|$)`);
    // A piece of the brand beside four growth words at a time, on either side.
    expect(patterns).toContain(String.raw`^https?://([^/?#]*@)?[^/?#@]*(followers|follower|diamonds|booster)[-_]?tik[^/?#@]*([/?#]|$)`);
    expect(patterns).toContain(String.raw`^https?://([^/?#]*@)?[^/?#@]*tt[-_]?(coin|fans|free|gift)[^/?#@]*([/?#]|$)`);
    expect(patterns).toContain(String.raw`^https?://([^/?#]*@)?[^/?#@]*(like|view|fan)[-_]?tok[^/?#@]*([/?#]|$)`);
    // 23 spellings (1 + 5 added + 6 dropped + 5 swapped + 6 replaced), 4 splits, punycode, 36 fragment rules.
    expect(patterns).toHaveLength(64);
  });

  it('put the brand in a path on free hosting, a bare IP, or a name that promises freebies', () => {
    const patterns = pathPatterns();
    expect(patterns.slice(0, 5)).toEqual([
      { regexFilter: String.raw`^https?://[^?#]*/form/[0-9]+/username\.php` },
      { regexFilter: '^https?://[^?#]*/case/-[0-9]+' },
      { regexFilter: '^https?://[^?#]*/copyright/form' },
      { regexFilter: `^https?://[^/?#]*/[^?#]*${BRAND}`, requestDomains: expect.arrayContaining(['github.io', 'vercel.app', 'myqcloud.com']) },
      { regexFilter: String.raw`^https?://([^/?#]*@)?([0-9]+\.[0-9]+\.[0-9]+\.[0-9]+|\[[^/?#@]*\])(:[0-9]+)?/[^?#]*` + BRAND },
    ]);
    expect(patterns[3].requestDomains).toHaveLength(17);
    expect(patterns[5]).toEqual({ regexFilter: `${AUTHORITY}[^/?#@]*(whoviewed|profileview|whoer)[^/?#@]*/[^?#]*${BRAND}` });
    expect(patterns[6]).toEqual({ regexFilter: `${AUTHORITY}[^/?#@]*(who|unfollowed|unfollow)[^/?#@]*/[^?#]*${BRAND}` });
    expect(pathPatterns({ rootDot: true })[3].requestDomains).toContain('github.io.');
  });
});

describe('proceed once', () => {
  const EXACT = String.raw`^https?://([^/?#]*@)?a\.example\.?(:[0-9]+)?([/?#]|$)`;
  it('a click lets one host through in any tab and frame, above every redirect', () => {
    expect(proceedOnceRule('a.example', 10_000)).toEqual({ id: 10_000, priority: 100, action: { type: 'allow' }, condition: { resourceTypes: FRAMES, requestDomains: ['a.example'], regexFilter: EXACT, isUrlFilterCaseSensitive: false } });
  });

  it('a forward lets it through in its tab, top-level, below the list', () => {
    expect(proceedOnceRule('a.example', 10_001, 7)).toEqual({ id: 10_001, priority: 8, action: { type: 'allow' }, condition: { resourceTypes: MAIN, requestDomains: ['a.example'], regexFilter: EXACT, isUrlFilterCaseSensitive: false, tabIds: [7] } });
    expect(proceedOnceRule('a.example', 10_001, 0).condition.tabIds).toEqual([0]);
  });

  it('has a twin for the dotted host on Firefox only', () => {
    const rule = proceedOnceRule('a.example', 10_000, undefined);
    expect(proceedOnceRules('a.example', 10_000, undefined, {})).toEqual([rule]);
    expect(proceedOnceRules('a.example', 10_000, undefined, { rootDot: true })).toEqual([rule, { ...rule, id: 10_001, condition: { ...rule.condition, requestDomains: ['a.example.'] } }]);
  });
});
