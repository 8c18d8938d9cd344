// classifyUrl: the guard's verdict on a URL (docs/guard-contract.md). Pure and
// synchronous over data the extension ships; never throws; no URL ever leaves the device.
import { parse } from 'tldts';
import { canonicalize } from './canonical-url';
import { pageLevel, type PageSignal } from './page-signals';
import { brandIn, decodeLabel, fold, growthFragmentIn, scamWordsIn, type BrandSignal } from './lookalike';
import { POPULAR_BRAND_NAMED, POPULAR_DOMAINS } from './popular-domains';
import { SCAM_LIST, SHIPPED_INDEX, type ScamIndex, type ScamKind, type ScamListEntry } from './scam-list';
import { BRAND_HOME, CDN_ALIAS_DOMAINS, OFFICIAL_DOMAINS, SITES_PEOPLE_OPEN } from './official-domains';
import { BRAND, BRAND_TYPO_WORDS, EXTRA_SHARED_HOSTING, FREE_HOSTING, PATH_TEMPLATES, SHORT_AFFIX, type ScamWordKind } from './guard-tables';

export type GuardLevel = 'known-scam' | 'lookalike' | 'suspicious' | 'official' | 'none';

/** Why a verdict was reached: data the warning page words in the user's language. */
export type GuardReason =
  | { code: 'not-a-url' }
  | { code: 'official' }
  | { code: 'user-allow' }
  | { code: 'user-block' }
  | { code: 'list'; kind: ScamKind; source: string }
  | { code: 'typo'; label: string }
  | { code: 'homoglyph'; label: string }
  | { code: 'brand-in-domain'; label: string }
  | { code: 'brand-other-tld'; domain: string }
  | { code: 'brand-subdomain'; label: string }
  | { code: 'official-as-subdomain'; domain: string }
  | { code: 'brand-number' }
  | { code: 'brand-affix'; affix: string }
  | { code: 'keyword'; word: string; kind: ScamWordKind }
  | { code: 'shared-hosting'; suffix: string }
  | { code: 'path-template'; template: string }
  | { code: 'path-brand' }
  | { code: 'brand-fragment'; fragment: string; word: string }
  | { code: 'page'; signal: PageSignal };

export interface GuardVerdict {
  level: GuardLevel;
  host: string;
  registrableDomain?: string;
  score: number;
  /** Stable machine codes (the contract's form of `why`), e.g. 'list:fake-shop', 'typo:tlktok'. */
  reasons: string[];
  /** The same reasons as typed data. */
  why: GuardReason[];
  imitates?: string;
  /** For list matches: the entry's kind and public source. */
  listEntry?: ScamListEntry;
}

export interface UserLists {
  allow?: readonly string[];
  block?: readonly string[];
}

export { SCAM_LIST, type ScamListEntry };

/** The contract's string form of a reason. */
export function reasonCode(reason: GuardReason): string {
  switch (reason.code) {
    case 'list': return `list:${reason.kind}`;
    case 'user-allow': return 'user:allow';
    case 'user-block': return 'user:block';
    case 'typo': return `typo:${reason.label}`;
    case 'homoglyph': return `homoglyph:${reason.label}`;
    case 'keyword': return `keyword:${reason.word}`;
    case 'shared-hosting': return `shared-hosting:${reason.suffix}`;
    case 'path-template': return `path:${reason.template}`;
    case 'path-brand': return 'path:brand';
    case 'official-as-subdomain': return `official-as-subdomain:${reason.domain}`;
    case 'brand-affix': return `brand-affix:${reason.affix}`;
    case 'brand-fragment': return `brand-fragment:${reason.fragment}+${reason.word}`;
    case 'page': return `page:${reason.signal}`;
    default: return reason.code;
  }
}

function verdict(level: GuardLevel, host: string, why: GuardReason[], extra: Partial<GuardVerdict> = {}): GuardVerdict {
  return { level, host, score: 0, ...extra, reasons: why.map(reasonCode), why };
}

/** Words by which a site's own name promises freebies (free-likes.xyz), so a TikTok path there counts. */
const FREEBIE_KINDS: ReadonlySet<ScamWordKind> = new Set(['who-viewed', 'viewer-stalker', 'free-followers', 'coins', 'task-scam']);
const TEMPLATES = PATH_TEMPLATES.map((t) => ({ id: t.id, re: new RegExp(t.source) }));
const PARSE_OPTIONS = { allowPrivateDomains: true, extractHostname: false } as const;
const NO_USER_LISTS: UserLists = {};
const keywordReasons = (text: string): GuardReason[] => scamWordsIn(text).map(({ word, kind }) => ({ code: 'keyword', word, kind }));
const matchesDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** Each parent domain of a host, itself first: a.b.c → a.b.c, b.c, c. */
function* suffixes(host: string): Generator<string> {
  for (let at = 0; ; ) {
    yield host.slice(at);
    const dot = host.indexOf('.', at);
    if (dot === -1) return;
    at = dot + 1;
  }
}

export interface Site {
  registrableDomain?: string;
  /** The registrable domain without its public suffix: the name the site's owner chose. */
  label: string;
  subdomains: string[];
  /** Public suffix from the private section of the list (or a platform it lacks): anyone can publish there. */
  sharedHosting?: string;
}

/** The site a host belongs to: who chose its name, and whether it sits on shared hosting. */
export function siteOf(host: string): Site {
  const extra = sharedHostingOf(host);
  if (extra) {
    const labels = host.slice(0, -extra.length - 1).split('.');
    const label = labels.pop()!;
    return { registrableDomain: `${label}.${extra}`, label, subdomains: labels, sharedHosting: extra };
  }
  const parsed = parse(host, PARSE_OPTIONS);
  return {
    registrableDomain: parsed.domain ?? undefined,
    label: parsed.domainWithoutSuffix ?? '',
    subdomains: parsed.subdomain ? parsed.subdomain.split('.').filter((l) => l && l !== 'www') : [],
    sharedHosting: parsed.isPrivate ? (parsed.publicSuffix ?? undefined) : undefined,
  };
}

const EXTRA_HOSTING = EXTRA_SHARED_HOSTING.map((pattern) => ({ pattern, re: new RegExp(`\\.(${pattern.split('.').map((l) => (l === '*' ? '[^.]+' : l)).join('\\.')})$`) }));

/** The platform suffix of a host on EXTRA_SHARED_HOSTING (a `*` label filled in), if any. */
function sharedHostingOf(host: string): string | undefined {
  for (const { re } of EXTRA_HOSTING) {
    const match = re.exec(host);
    if (match) return match[1];
  }
  return undefined;
}

const onFreeHosting = (host: string) => FREE_HOSTING.some(({ domain }) => matchesDomain(host, domain));

/** A page, not a file a page loads (an image or a video in a bucket): a folder, or HTML or PHP. */
const namesAPage = (path: string) => /(\/|\.html?|\.php)$/.test(path);

/** A trace of the brand the slow path could make something of (a k and a t, or punycode); without one, a URL exits early. */
const BRAND_TRACE = /k[^/]*[t7]|[t7][^/]*k|xn--|tt|tik|tok/;

/**
 * The verdict on one URL. `index` is the known list (the shipped one unless a test measures the
 * heuristics alone).
 */
export function classifyUrl(url: string, user: UserLists = NO_USER_LISTS, index: ScamIndex = SHIPPED_INDEX): GuardVerdict {
  const canonical = canonicalize(url);
  if (!canonical) return verdict('none', '', [{ code: 'not-a-url' }]);
  const { host, path } = canonical;

  // One walk up the host's parent domains answers "official?" and "listed?" without parsing.
  let listed: ScamListEntry | undefined;
  for (const suffix of suffixes(host)) {
    if (OFFICIAL_DOMAINS.has(suffix)) return verdict('official', host, [{ code: 'official' }], { registrableDomain: suffix });
    listed ??= index.byDomain.get(suffix)?.find((e) => !e.path || path.startsWith(e.path));
  }
  if (user.allow?.some((d) => matchesDomain(host, d))) return verdict('none', host, [{ code: 'user-allow' }]);
  if (user.block?.some((d) => matchesDomain(host, d))) return verdict('known-scam', host, [{ code: 'user-block' }], { score: 100 });
  if (listed) {
    const registrableDomain = siteOf(host).registrableDomain;
    return verdict('known-scam', host, [{ code: 'list', kind: listed.kind, source: listed.source }], { score: 100, listEntry: listed, imitates: BRAND_HOME, ...(registrableDomain ? { registrableDomain } : {}) });
  }

  const pathTemplates: GuardReason[] = path.length > 1 ? TEMPLATES.filter((t) => t.re.test(path)).map((t) => ({ code: 'path-template', template: t.id })) : [];
  const pathBrand = path.includes(BRAND);
  // The common case: nothing in the host can spell the brand and the path is plain.
  if (!BRAND_TRACE.test(host) && !pathBrand && !pathTemplates.length && !canonical.isIp) return verdict('none', host, []);

  const site = canonical.isIp ? { label: '', subdomains: [] } as Site : siteOf(host);
  const base = { ...(site.registrableDomain ? { registrableDomain: site.registrableDomain } : {}), imitates: BRAND_HOME };
  const hosting: GuardReason[] = site.sharedHosting ? [{ code: 'shared-hosting', suffix: site.sharedHosting }] : [];

  const brand = site.label ? brandIn(site.label) : undefined;
  if (brand) return brandInName(host, brand, site, base, hosting);

  const sub = subdomainBrand(host, site, base);
  if (sub) return sub;

  const fragment = site.label ? growthFragmentIn(site.label) : undefined;
  if (fragment) {
    const why: GuardReason[] = [{ code: 'brand-fragment', ...fragment }, { code: 'keyword', word: fragment.word, kind: 'free-followers' }, ...hosting];
    return verdict('lookalike', host, why, { ...base, score: 75 });
  }

  const reasons = [...pathTemplates];
  // Brand and scam words in a path count only where pages are anyone's (free hosting, storage
  // buckets, bare IPs) or the site's own name already promises freebies: never on a forum post
  // about TikTok. In a bucket a page under the brand's name is enough (kits upload /tiktok/index.html).
  const pathWords = pathBrand ? keywordReasons(path.replaceAll(BRAND, ' ')) : [];
  const siteWords = () => keywordReasons(site.label).some((r) => r.code === 'keyword' && FREEBIE_KINDS.has(r.kind));
  const freeHosting = site.sharedHosting !== undefined && onFreeHosting(host);
  const bucketPage = pathBrand && freeHosting && site.sharedHosting!.endsWith('.myqcloud.com') && namesAPage(path);
  if ((pathWords.length && (freeHosting || canonical.isIp || siteWords())) || bucketPage) reasons.push({ code: 'path-brand' }, ...pathWords.slice(0, 3), ...hosting);
  if (reasons.length) return verdict('suspicious', host, reasons, { ...base, score: Math.min(65, 40 + 5 * reasons.length) });
  return verdict('none', host, [], site.registrableDomain ? { registrableDomain: site.registrableDomain } : {});
}

/** The names TikTok registered, without their suffix (tiktoklb of tiktoklb.eu). */
const OFFICIAL_LABELS: ReadonlySet<string> = new Set([...OFFICIAL_DOMAINS].map((d) => d.split('.')[0]));

/**
 * The verdict on a page the page check found signals on (page-signals.ts). The address decides
 * first: TikTok, the user's allow list and a stop stay as they are; an address that decided
 * nothing gets the page's level; a cautioned one (the creator may have gone on) is stopped when
 * the page itself is a kit, with both reasons.
 */
export function classifyPage(url: string, signals: readonly PageSignal[], user: UserLists = NO_USER_LISTS): GuardVerdict {
  const byUrl = classifyUrl(url, user);
  const level = pageLevel(signals);
  const decidedNothing = byUrl.level === 'none' && !byUrl.why.length;
  if (!level || !(decidedNothing || (byUrl.level === 'suspicious' && level === 'lookalike'))) return byUrl;
  const registrableDomain = byUrl.registrableDomain ?? siteOf(byUrl.host).registrableDomain;
  const why: GuardReason[] = [...byUrl.why, ...signals.map((signal): GuardReason => ({ code: 'page', signal }))];
  return verdict(level, byUrl.host, why, { ...(registrableDomain ? { registrableDomain } : {}), imitates: BRAND_HOME, score: level === 'lookalike' ? 85 : 50 });
}

/** A host on a CDN that names hosts after its customers (CDN_ALIAS_DOMAINS). */
const onCdn = (site: Site) => [...CDN_ALIAS_DOMAINS].some((cdn) => [site.registrableDomain, site.sharedHosting].some((d) => d !== undefined && (d === cdn || d.endsWith(`.${cdn}`))));

/** A TikTok domain spelt with dashes in a CDN host's label (p16-tiktokcdn-com.akamaized.net). */
const dashedOfficial = (label: string) => [...OFFICIAL_DOMAINS].some((d) => label.includes(d.replaceAll('.', '-')));

/** The brand (or a disguise of it) in the name the site's owner registered. */
function brandInName(host: string, brand: BrandSignal, site: Site, base: Partial<GuardVerdict>, hosting: GuardReason[]): GuardVerdict {
  if (onCdn(site) && dashedOfficial(site.label)) return verdict('none', host, [], site.registrableDomain ? { registrableDomain: site.registrableDomain } : {});
  const words = keywordReasons([brand.rest, ...site.subdomains].join(' '));
  const number: GuardReason[] = /[0-9]/.test(brand.rest) ? [{ code: 'brand-number' }] : [];
  const affixes = brand.rest.split(' ').filter((a) => a && a.length <= SHORT_AFFIX && !/[0-9]/.test(a) && !words.length);
  const affix: GuardReason[] = affixes.length ? [{ code: 'brand-affix', affix: affixes[0] }] : [];
  if (brand.kind !== 'exact') {
    // A real word a typo away (titok, Hungarian for "secret") on its own country's domain.
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (BRAND_TYPO_WORDS[site.label]?.includes(tld)) return verdict('none', host, [], site.registrableDomain ? { registrableDomain: site.registrableDomain } : {});
    const disguise: GuardReason = brand.kind === 'homoglyph' ? { code: 'homoglyph', label: decodeLabel(brand.label) } : { code: 'typo', label: brand.label };
    return verdict('lookalike', host, [disguise, ...words, ...number, ...hosting], { ...base, score: brand.kind === 'typo' ? 80 : 90 });
  }
  if (!brand.rest.trim() && !site.sharedHosting) {
    // tiktok.<another suffix>: TikTok owns some of these, so only a caution; scam words in front
    // of it (login.tiktok.com.br, who-viewed.tiktok.lol) are no TikTok page.
    const other: GuardReason = { code: 'brand-other-tld', domain: site.registrableDomain ?? host };
    if (words.length) return verdict('lookalike', host, [other, ...words], { ...base, score: 80 });
    return verdict('suspicious', host, [other], { ...base, score: 45 });
  }
  const why: GuardReason[] = [{ code: 'brand-in-domain', label: site.label }, ...words, ...number, ...affix, ...hosting];
  // An established site named after the brand (a downloader, a fan site) is no fresh scam: a caution.
  if (site.registrableDomain && POPULAR_BRAND_NAMED.has(site.registrableDomain)) return verdict('suspicious', host, why, { ...base, score: 50 });
  // One of TikTok's own names on another suffix (tiktoklb.us beside TikTok's tiktoklb.eu), with no
  // scam word or number: TikTok may own it, so a caution, as for tiktok.<another suffix>.
  if (!words.length && !number.length && !site.sharedHosting && OFFICIAL_LABELS.has(site.label))
    return verdict('suspicious', host, [{ code: 'brand-other-tld', domain: site.registrableDomain ?? host }], { ...base, score: 45 });
  if (why.length > 1) return verdict('lookalike', host, why, { ...base, score: Math.min(95, 70 + 8 * (why.length - 1)) });
  return verdict('suspicious', host, why, { ...base, score: 50 });
}

/**
 * The brand split by a dot (tik.tok-login.com, ti.ktok.example): a label that is only the brand's
 * start, followed by one that starts with the rest of it.
 */
function splitBrand(labels: string[]): { index: number; rest: string } | undefined {
  for (let i = 0; i + 1 < labels.length; i++) {
    const head = fold(labels[i].replace(/[-_]/g, ''));
    if (head.length < 2 || head.length >= BRAND.length || !BRAND.startsWith(head)) continue;
    const tail = labels[i + 1].replace(/[-_]/g, '');
    if (fold(tail).startsWith(BRAND.slice(head.length))) return { index: i, rest: tail.slice(BRAND.length - head.length) };
  }
  return undefined;
}

/** The brand in a subdomain of a name that does not carry it (tiktok.com.evil.xyz, tiktok.fandom.com). */
function subdomainBrand(host: string, site: Site, base: Partial<GuardVerdict>): GuardVerdict | undefined {
  const { subdomains } = site;
  if (!subdomains.length) return undefined;
  const labels = [...subdomains, site.label];
  for (let i = 0; i < labels.length - 1; i++) {
    const embedded = labels.slice(i, i + 2).join('.');
    if (!OFFICIAL_DOMAINS.has(embedded)) continue;
    // A TikTok domain in front of another name (tiktok.com.evil.xyz, tiktokshop.com.seller-verify.com)
    // imitates what people type. On a CDN that mirrors whole host names (api.tiktokv.com.edgekey.net,
    // x.tiktok.com.edgesuite.net on shared hosting) it is TikTok's own alias.
    // Deeper in a name (pstatp.com.w.alikunlun.com) it is how a CDN names its customers.
    // TikTok's infrastructure names (tiktokcdn-eu.com.rocket-cdn-eu.com) are how CDNs name
    // ByteDance's hosts: only scam words beside one make it a lookalike (SITES_PEOPLE_OPEN).
    const platformAlias = site.sharedHosting && i + 2 === labels.length;
    const nextToName = i + 3 === labels.length;
    if (platformAlias || onCdn(site) || (embedded !== BRAND_HOME && !nextToName)) return undefined;
    const words = keywordReasons([...labels.slice(0, i), site.label].join(' '));
    if (!SITES_PEOPLE_OPEN.has(embedded) && !words.length) return undefined;
    return verdict('lookalike', host, [{ code: 'official-as-subdomain', domain: embedded }, ...words], { ...base, score: 90 });
  }
  const split = splitBrand(labels);
  if (split) {
    const words = keywordReasons([...labels.slice(0, split.index), split.rest, ...labels.slice(split.index + 2)].join(' '));
    const why: GuardReason[] = [{ code: 'typo', label: `${labels[split.index]}.${labels[split.index + 1]}` }, ...words];
    return verdict(words.length ? 'lookalike' : 'suspicious', host, why, { ...base, score: words.length ? 80 : 50 });
  }
  const label = subdomains.find((l) => brandIn(l));
  if (!label) return undefined;
  const brand = brandIn(label)!;
  if (brand.kind !== 'exact') {
    const disguise: GuardReason = brand.kind === 'homoglyph' ? { code: 'homoglyph', label: decodeLabel(label) } : { code: 'typo', label };
    return verdict('lookalike', host, [disguise, { code: 'brand-subdomain', label }], { ...base, score: 80 });
  }
  // A popular site's own section about TikTok (a wiki, a news desk) is not pretending to be TikTok,
  // nor is a CDN's name for its customer TikTok (tiktokcdn.liveplay.myqcloud.com).
  if ((site.registrableDomain && POPULAR_DOMAINS.has(site.registrableDomain)) || onCdn(site)) return undefined;
  const words = [...keywordReasons(brand.rest), ...keywordReasons(site.label)];
  const number: GuardReason[] = /[0-9]/.test(brand.rest + site.label) ? [{ code: 'brand-number' }] : [];
  const why: GuardReason[] = [{ code: 'brand-subdomain', label }, ...words, ...number];
  if (words.length || number.length) return verdict('lookalike', host, why, { ...base, score: 80 });
  return verdict('suspicious', host, why, { ...base, score: 45 });
}
