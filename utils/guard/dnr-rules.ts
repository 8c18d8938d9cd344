// declarativeNetRequest rules for the guard, built from the same tables classifyUrl reads.
//
// What a default install (no optional permission) can do: the `declarativeNetRequest` permission
// lets `block` and `allow` rules act on any site without host access, so the static ruleset
// (compiled at build time by staticGuardRules) blocks every listed site. Redirecting to the
// warning page needs host access to the site, so those rules are dynamic and installed only when
// the user granted all sites (or, for their own block list, that one site).
import type { ScamKind, ScamListEntry } from './scam-list';
import { OFFICIAL_DOMAINS } from './official-domains';
import { BRAND, BRAND_FRAGMENTS, CONFUSABLE, FOLD, FREE_HOSTING, GROWTH_WORDS, PATH_TEMPLATES, SCAM_WORDS } from './guard-tables';

/** The subset of chrome.declarativeNetRequest.Rule the guard uses. */
export interface GuardRule {
  id: number;
  priority: number;
  action: { type: 'allow' } | { type: 'block' } | { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: {
    resourceTypes: ResourceType[];
    requestDomains?: string[];
    /** Session rules only: the tab an automatic forward was made in. */
    tabIds?: number[];
    regexFilter?: string;
    /** The browsers' URL filter syntax: `|` anchors the start, `^` is a separator or the end. */
    urlFilter?: string;
    isUrlFilterCaseSensitive?: false;
  };
}

/** Static ids live in their own ruleset; these number the dynamic and session rules. */
export const RULE_IDS = { userAllow: 1, userBlock: 2, userRedirect: 3, listRedirect: 10, pathRedirect: 100, cautionSeen: 1000, heuristics: 5000, pathHeuristics: 6000, proceedOnce: 10_000 } as const;
export const STATIC_RULESET_ID = 'guard_list';
export const STATIC_RULES_FILE = 'rules/guard-list.json';

// Allow beats everything; a redirect to the warning page beats a plain block where both apply. A
// site the user went on to after a caution, and a host the precise check let through with no
// click (forward), skip the heuristics, never the list: a listed path on a forwarded host stays
// stopped (issue 36, finding 3).
const PRIORITY = { allow: 100, redirect: 20, block: 10, forward: 8, cautionSeen: 7, heuristic: 5 } as const;
type ResourceType = 'main_frame' | 'sub_frame';
const MAIN: ResourceType[] = ['main_frame'];
// A listed site is stopped in a frame too (a page could embed it). The heuristics stop top-level
// pages only: a framed warning page cannot forward a site the precise check finds clean.
const FRAMES: ResourceType[] = ['main_frame', 'sub_frame'];

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * How the browser matches requestDomains. Chrome drops a host's trailing dot (the DNS root) first;
 * Firefox matches the host as written, so `urlebird.com.`, the same site, escaped every list rule
 * there (issue 36, finding 1): for Firefox (`rootDot`) every domain is named in both forms.
 */
export interface RuleTarget {
  rootDot?: boolean;
}

const domainsFor = (domains: readonly string[], target: RuleTarget): string[] => (target.rootDot ? domains.flatMap((d) => [d, `${d}.`]) : [...domains]);

// ─── The brand and its disguises as host patterns (RE2: no lookaround) ───────────────────────────

/** Every ASCII character a host can carry that classifyUrl reads as this brand letter. */
function letterClass(letter: string): string {
  const chars = new Set([letter]);
  for (const [ch, to] of [...Object.entries(FOLD), ...Object.entries(CONFUSABLE)]) if (to === letter && /^[a-z0-9]$/.test(ch)) chars.add(ch);
  return chars.size === 1 ? letter : `[${[...chars].sort().join('')}]`;
}

const SEP = '[-_]?';

/** Scheme and userinfo, if any: what comes before the host in a URL the browser matches. */
const AUTHORITY = '^https?://([^/?#]*@)?';
const join = (classes: string[]) => classes.join(SEP);

/**
 * Host patterns covering every spelling classifyUrl can call the brand or a typo of it: the
 * brand with look-alike letters, one letter added inside, one vowel dropped, two neighbours
 * swapped; and punycode labels (homoglyphs). They over-approximate on purpose: the warning page
 * re-checks with classifyUrl and forwards at once when the site is fine.
 */
export function heuristicPatterns(): string[] {
  const letters = [...BRAND];
  const classes = letters.map(letterClass);
  const variants: string[][] = [classes];
  for (let i = 1; i < letters.length; i++) variants.push([...classes.slice(0, i), '[a-z0-9]', ...classes.slice(i)]);
  // Any one letter dropped (tktok, titok, tikok: issue 31).
  letters.forEach((_, i) => variants.push([...classes.slice(0, i), ...classes.slice(i + 1)]));
  for (let i = 0; i + 1 < letters.length; i++) if (letters[i] !== letters[i + 1]) variants.push([...classes.slice(0, i), classes[i + 1], classes[i], ...classes.slice(i + 2)]);
  for (let i = 0; i < letters.length; i++) variants.push([...classes.slice(0, i), '[a-z0-9]', ...classes.slice(i + 1)]);
  // The brand must be in the host, never in the userinfo before it (https://tiktok@com/): the
  // optional group takes everything up to the last '@', and no '@' may follow the brand.
  const host = `${AUTHORITY}[^/?#@]*`;
  const rest = '[^/?#@]*([/?#]|$)';
  // The brand split by a dot, its first part a whole label (tik.tok-login.com).
  const split = letters.slice(2).map((_, k) => `${AUTHORITY}([^/?#@]*\\.)?${join(classes.slice(0, k + 2))}\\.${join(classes.slice(k + 2))}${rest}`);
  // A piece of the brand beside a growth word, without the brand (freetikfan, ttcoinz: lookalike.ts
  // growthFragmentIn). A few words per rule: all of them in one alternation outgrow Chrome's 2 KB.
  const fragments = inGroups(GROWTH_WORDS, GROWTH_WORDS_PER_RULE).flatMap((words) => {
    const growth = `(${words.join('|')})`;
    return BRAND_FRAGMENTS.flatMap((f) => [`${host}${growth}${SEP}${f}${rest}`, `${host}${f}${SEP}${growth}${rest}`]);
  });
  return [...new Set(variants.map((v) => `${host}${join(v)}${rest}`)), ...split, `${AUTHORITY}([^/?#@]*\\.)?xn--${rest}`, ...fragments];
}


/** Words by which a site's own name promises freebies: the brand in a path there counts (classifyUrl FREEBIE_KINDS). */
const FREEBIE_WORDS = [...SCAM_WORDS['who-viewed'], ...SCAM_WORDS['viewer-stalker'], ...SCAM_WORDS['free-followers'], ...SCAM_WORDS.coins, ...SCAM_WORDS['task-scam']];
/** Words per rule where a rule matches one of several: measured in Chromium (updateDynamicRules, case-insensitive), 6 outgrow its 2 KB, 3 fit. */
const WORDS_PER_RULE = 3;
const GROWTH_WORDS_PER_RULE = 4;
const inGroups = (words: readonly string[], size: number) => Array.from({ length: Math.ceil(words.length / size) }, (_, i) => words.slice(i * size, (i + 1) * size));

/**
 * Patterns for what classifyUrl cautions on by the path: phishing kits' path templates on any
 * host; the brand in a path on free hosting and storage (guard-tables FREE_HOSTING), on a bare IP
 * address, or on a site whose name promises freebies (graniteworks-4367.io/tiktok.com/tiktok/login.html).
 */
export function pathPatterns(target: RuleTarget = {}): Array<{ regexFilter: string; requestDomains?: string[] }> {
  const brand = [...BRAND].map(letterClass).join('');
  const inPath = `/[^?#]*${brand}`;
  // The platforms go in requestDomains, and the site words are split over several rules: one
  // alternation of them all in the regex outgrows Chrome's 2 KB.
  const siteWords = inGroups(FREEBIE_WORDS, WORDS_PER_RULE);
  return [
    ...PATH_TEMPLATES.map((t) => ({ regexFilter: `^https?://[^?#]*${t.source}` })),
    { regexFilter: `^https?://[^/?#]*${inPath}`, requestDomains: domainsFor(FREE_HOSTING.map((h) => h.domain), target) },
    { regexFilter: `${AUTHORITY}([0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+|\\[[^/?#@]*\\])(:[0-9]+)?${inPath}` },
    ...siteWords.map((words) => ({ regexFilter: `${AUTHORITY}[^/?#@]*(${words.join('|')})[^/?#@]*${inPath}` })),
  ];
}

// ─── Static ruleset (compiled into the extension at build time) ──────────────────────────────────

const wholeDomains = (list: readonly ScamListEntry[]) => [...new Set(list.filter((e) => !e.path).map((e) => e.domain))].sort();
const pathEntries = (list: readonly ScamListEntry[]) => list.filter((e) => e.path);
const PATH_REGEX_CHARS = 14;

/**
 * A listed path as the browser may load it: repeated slashes, any character percent-escaped (the
 * page is the same, the text differs). The host is matched by requestDomains (a trailing dot, a
 * port or userinfo change nothing there), so the regex stays within Chrome's memory limit for one
 * rule (2 KB compiled: the path's first PATH_REGEX_CHARS characters are matched, the rest may be
 * anything). It may match the path deeper in the URL too: either only ever blocks more of a listed host.
 */
function pathCondition(e: ScamListEntry, target: RuleTarget): Pick<GuardRule['condition'], 'requestDomains' | 'regexFilter' | 'isUrlFilterCaseSensitive'> {
  const path = [...e.path!].slice(0, PATH_REGEX_CHARS).map((ch) => {
    if (ch === '/') return '(?:/|%2f)+';
    const escaped = `%${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
    return ch.charCodeAt(0) < 0x80 ? `(?:${escapeRegex(ch)}|${escaped})` : escapeRegex(ch);
  });
  return { requestDomains: domainsFor([e.domain], target), regexFilter: `^[^?#]*${path.join('')}`, isUrlFilterCaseSensitive: false };
}

/** What a static rule stops, by id: the popup explains a block on a default install with it. */
export type StaticRuleMeaning = { kind: ScamKind } | { entry: ScamListEntry };

/** The static rules' meanings in id order (id 1, TikTok's allow rule, means nothing). */
export function staticRuleMeanings(list: readonly ScamListEntry[]): Map<number, StaticRuleMeaning> {
  const kinds = [...new Set(list.filter((e) => !e.path).map((e) => e.kind))].sort();
  const meanings = new Map<number, StaticRuleMeaning>(kinds.map((kind, i) => [2 + i, { kind }]));
  pathEntries(list).forEach((entry, i) => meanings.set(2 + kinds.length + i, { entry }));
  return meanings;
}

/**
 * TikTok is never touched; every listed site is blocked (the browser's own page) with no host
 * access, one rule per kind of scam so a matched rule says which kind was stopped.
 */
export function staticGuardRules(list: readonly ScamListEntry[], target: RuleTarget = {}): GuardRule[] {
  const meanings = staticRuleMeanings(list);
  const byKind = (kind: ScamKind) => domainsFor(wholeDomains(list.filter((e) => e.kind === kind)), target);
  return [
    { id: 1, priority: PRIORITY.allow, action: { type: 'allow' }, condition: { resourceTypes: FRAMES, requestDomains: domainsFor([...OFFICIAL_DOMAINS].sort(), target) } },
    ...[...meanings].map(([id, meaning]): GuardRule =>
      'kind' in meaning
        ? { id, priority: PRIORITY.block, action: { type: 'block' }, condition: { resourceTypes: FRAMES, requestDomains: byKind(meaning.kind) } }
        : { id, priority: PRIORITY.block, action: { type: 'block' }, condition: { resourceTypes: FRAMES, ...pathCondition(meaning.entry, target) } },
    ),
  ];
}

// ─── Dynamic rules (the user's lists; the warning page where host access allows) ─────────────────

function redirect(warningUrl: string): GuardRule['action'] {
  return { type: 'redirect', redirect: { regexSubstitution: `${warningUrl}#\\0` } };
}

/**
 * `\0` is the matched text, not the URL: Chrome keeps the unmatched rest of the URL after the
 * substitution, Firefox drops it. A redirect pattern must therefore match the whole URL, or
 * Firefox's warning page gets "https://t1ktok" for https://t1ktok-login.com/.
 */
const wholeUrl = (pattern: string) => `(?:${pattern}).*`;

export function dynamicGuardRules(options: {
  warningUrl: string;
  list: readonly ScamListEntry[];
  allow: readonly string[];
  block: readonly string[];
  /** Sites the user went on to after a caution: the heuristics leave them alone, the list does not. */
  seen?: readonly string[];
  /** The optional all-sites permission is granted. */
  allSites: boolean;
  /** User-blocked hosts the extension has access to (their one-site permission). */
  reachable?: readonly string[];
} & RuleTarget): GuardRule[] {
  const rules: GuardRule[] = [];
  const to = redirect(options.warningUrl);
  const domains = (list: readonly string[]) => domainsFor(list, options);
  if (options.allow.length) rules.push({ id: RULE_IDS.userAllow, priority: PRIORITY.allow, action: { type: 'allow' }, condition: { resourceTypes: FRAMES, requestDomains: domains(options.allow) } });
  if (options.block.length) {
    rules.push({ id: RULE_IDS.userBlock, priority: PRIORITY.block, action: { type: 'block' }, condition: { resourceTypes: FRAMES, requestDomains: domains(options.block) } });
    const redirectable = options.allSites ? options.block : options.block.filter((h) => options.reachable?.includes(h));
    if (redirectable.length)
      rules.push({ id: RULE_IDS.userRedirect, priority: PRIORITY.redirect, action: to, condition: { resourceTypes: FRAMES, requestDomains: domains(redirectable), regexFilter: '^.+$' } });
  }
  if (!options.allSites) return rules;
  rules.push(...cautionSeenRules(options.seen ?? []));
  rules.push({ id: RULE_IDS.listRedirect, priority: PRIORITY.redirect, action: to, condition: { resourceTypes: FRAMES, requestDomains: domains(wholeDomains(options.list)), regexFilter: '^.+$' } });
  pathEntries(options.list).forEach((e, i) =>
    rules.push({ id: RULE_IDS.pathRedirect + i, priority: PRIORITY.redirect, action: to, condition: { resourceTypes: FRAMES, ...pathCondition(e, options), regexFilter: wholeUrl(pathCondition(e, options).regexFilter!) } }),
  );
  pathPatterns(options).forEach(({ regexFilter, requestDomains }, i) =>
    rules.push({ id: RULE_IDS.pathHeuristics + i, priority: PRIORITY.heuristic, action: to, condition: { resourceTypes: MAIN, regexFilter: wholeUrl(regexFilter), isUrlFilterCaseSensitive: false, ...(requestDomains ? { requestDomains } : {}) } }),
  );
  heuristicPatterns().forEach((regexFilter, i) =>
    rules.push({ id: RULE_IDS.heuristics + i, priority: PRIORITY.heuristic, action: to, condition: { resourceTypes: MAIN, regexFilter: wholeUrl(regexFilter), isUrlFilterCaseSensitive: false } }),
  );
  return rules;
}

/** Sites remembered after a caution that get rules (their ids end below the heuristics'); past it, the caution shows again. */
export const MAX_SEEN_SITES = 1_000;

/**
 * A site the user went on to after a caution: that host exactly (and its www. form, which the
 * stored name drops), never its subdomains (issue 36, finding 2: "Continue" on tiktokcooking.com
 * must not let login.tiktokcooking.com skip the lookalike rules). Left-anchored URL filters, not
 * regexes: they spend no regex budget and no host is too long for one; `^` ends the host (a port,
 * a path, the end), so tiktokcooking.com.evil.example is not it. An address with userinfo or a
 * trailing dot is not matched: it is only cautioned again.
 */
function cautionSeenRules(seen: readonly string[]): GuardRule[] {
  return seen.slice(0, MAX_SEEN_SITES).flatMap((host, h) =>
    ['https', 'http'].flatMap((scheme) => [host, `www.${host}`].map((name) => `|${scheme}://${name}^`)).map((urlFilter, i): GuardRule => ({
      id: RULE_IDS.cautionSeen + 4 * h + i,
      priority: PRIORITY.cautionSeen,
      action: { type: 'allow' },
      condition: { resourceTypes: MAIN, requestDomains: [host], urlFilter },
    })),
  );
}

/** This host exactly (a trailing dot or a port aside), never a subdomain or a parent of it. */
const exactHost = (host: string) => `${AUTHORITY}${escapeRegex(host)}\\.?(:[0-9]+)?([/?#]|$)`;

/**
 * "Proceed once": a session rule letting this one host through until the browser closes. With
 * `tabId` it is the automatic forward after a broad rule stopped a site the precise check found
 * clean: that host, in that tab, top-level only, and below the list rules (the check judged one
 * address; a listed path on the same host stays stopped).
 */
export function proceedOnceRule(host: string, id: number, tabId?: number): GuardRule {
  const condition: GuardRule['condition'] = { resourceTypes: tabId === undefined ? FRAMES : MAIN, requestDomains: [host], regexFilter: exactHost(host), isUrlFilterCaseSensitive: false };
  if (tabId !== undefined) condition.tabIds = [tabId];
  return { id, priority: tabId === undefined ? PRIORITY.allow : PRIORITY.forward, action: { type: 'allow' }, condition };
}

/** The session rules for one proceed or forward: for Firefox, a twin for `host.` (see RuleTarget). */
export function proceedOnceRules(host: string, firstId: number, tabId: number | undefined, target: RuleTarget): GuardRule[] {
  const rule = proceedOnceRule(host, firstId, tabId);
  if (!target.rootDot) return [rule];
  return [rule, { ...rule, id: firstId + 1, condition: { ...rule.condition, requestDomains: [`${host}.`] } }];
}
