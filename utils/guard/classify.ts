// classifyUrl: the guard's verdict on a URL (../shared/spec/guard-contract.md). Pure and
// synchronous over data the extension ships; never throws; no URL ever leaves the device.
import { parse } from 'tldts';
import { canonicalize } from './canonical';
import { brandIn, decodeLabel, BRAND } from './lookalike';
import { FREE_HOSTING, SCAM_LIST, type ScamListEntry } from './list';
import { BRAND_HOME, OFFICIAL_DOMAINS } from './official';

export type GuardLevel = 'known-scam' | 'lookalike' | 'suspicious' | 'official' | 'none';

export interface GuardVerdict {
  level: GuardLevel;
  host: string;
  registrableDomain?: string;
  score: number;
  reasons: string[];
  imitates?: string;
  /** For list matches: the entry's kind and public source. */
  listEntry?: ScamListEntry;
}

export interface UserLists {
  allow?: readonly string[];
  block?: readonly string[];
}

export { SCAM_LIST, type ScamListEntry };

// Words that, beside the brand, promise what TikTok never offers. Folded; longest first so a
// match reports "viewer" rather than "view".
const SCAM_WORDS = [
  'wholesale', 'generator', 'copyright', 'recharge', 'bluetick', 'unfollow', 'followers', 'follower', 'tracker',
  'viewers', 'viewer', 'verify', 'verif', 'stalk', 'whoer', 'watch', 'badge', 'appeal', 'secure', 'login', 'signin',
  'likes', 'liker', 'coins', 'coin', 'boost', 'hack', 'free', 'fans', 'views', 'view', 'spy', 'who', 'apk', 'mod', 'auth', 'track',
];

const PATH_TEMPLATES: Array<[RegExp, string]> = [
  [/\/form\/\d+\/username\.php/, 'path:form-username'],
  [/\/case\/-\d+/, 'path:case-number'],
  [/\/copyright\/form/, 'path:copyright-form'],
];

function scamWords(text: string): string[] {
  let rest = text.toLowerCase().replace(/[-_.]/g, '').replaceAll(BRAND, ' ');
  const found: string[] = [];
  for (const word of SCAM_WORDS) {
    if (!rest.includes(word)) continue;
    found.push(word);
    rest = rest.replaceAll(word, ' ');
  }
  return found;
}

const LIST_BY_DOMAIN = new Map<string, ScamListEntry[]>();
for (const entry of SCAM_LIST) LIST_BY_DOMAIN.set(entry.domain, [...(LIST_BY_DOMAIN.get(entry.domain) ?? []), entry]);

/** The list entry for this host or any parent domain of it: one map lookup per label. */
function listEntryFor(host: string, path: string): ScamListEntry | undefined {
  for (let suffix: string | undefined = host; suffix; ) {
    const match = LIST_BY_DOMAIN.get(suffix)?.find((e) => !e.path || path.startsWith(e.path));
    if (match) return match;
    const dot = suffix.indexOf('.');
    suffix = dot === -1 ? undefined : suffix.slice(dot + 1);
  }
  return undefined;
}

function matchesDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

const none = (host: string, reasons: string[], registrableDomain?: string): GuardVerdict => ({
  level: 'none', host, score: 0, reasons, ...(registrableDomain ? { registrableDomain } : {}),
});

const PARSE_OPTIONS = { allowPrivateDomains: true, extractHostname: false } as const;
const NO_USER_LISTS: UserLists = {};

export function classifyUrl(url: string, user: UserLists = NO_USER_LISTS): GuardVerdict {
  const canonical = canonicalize(url);
  if (!canonical) return none('', ['not-a-url']);
  const { host, path } = canonical;
  const parsed = parse(host, PARSE_OPTIONS);
  const registrableDomain = parsed.domain ?? undefined;
  const base = { host, ...(registrableDomain ? { registrableDomain } : {}) };

  // Official domains sit under ICANN suffixes only, so the private-suffix parse finds them as well.
  if (registrableDomain && OFFICIAL_DOMAINS.has(registrableDomain)) return { ...base, level: 'official', score: 0, reasons: ['official'] };
  if (user.allow?.some((d) => matchesDomain(host, d))) return { ...base, level: 'none', score: 0, reasons: ['user:allow'] };
  if (user.block?.some((d) => matchesDomain(host, d))) return { ...base, level: 'known-scam', score: 100, reasons: ['user:block'] };

  const entry = listEntryFor(host, path);
  if (entry) return { ...base, level: 'known-scam', score: 100, reasons: [`list:${entry.kind}`], listEntry: entry };

  const suffix = parsed.publicSuffix ?? '';
  const label = parsed.domainWithoutSuffix ?? '';
  const brand = label ? brandIn(label) : undefined;
  const labelWords = brand || path.includes(BRAND) ? scamWords(decodeLabel(label)) : [];

  if (brand && brand.kind !== 'exact') {
    const reasons = brand.kind === 'homoglyph' ? ['idn-homoglyph', `homoglyph:${decodeLabel(label)}`] : [`typo:${label}`];
    return { ...base, level: 'lookalike', score: brand.kind === 'typo' ? 75 : 90, reasons: [...reasons, ...labelWords.map((w) => `keyword:${w}`)], imitates: BRAND_HOME };
  }
  if (brand && labelWords.length) {
    return { ...base, level: 'lookalike', score: Math.min(95, 70 + 10 * labelWords.length), reasons: ['brand-in-domain', ...labelWords.map((w) => `keyword:${w}`)], imitates: BRAND_HOME };
  }
  if (brand && label.replace(/[-_]/g, '') === BRAND) {
    // tiktok.<other tld>: TikTok owns some of these, so only a soft warning.
    return { ...base, level: 'suspicious', score: 45, reasons: ['brand-other-tld'], imitates: BRAND_HOME };
  }
  const subdomains = parsed.subdomain ? parsed.subdomain.split('.').filter((l) => l && l !== 'www') : [];
  const brandSub = subdomains.find((l) => brandIn(l));
  if (brandSub) {
    return { ...base, level: 'lookalike', score: 85, reasons: ['brand-subdomain', ...scamWords(subdomains.join('-')).map((w) => `keyword:${w}`)], imitates: BRAND_HOME };
  }

  const reasons: string[] = [];
  if (path.length > 1) for (const [template, reason] of PATH_TEMPLATES) if (template.test(path)) reasons.push(reason);
  // Brand and scam words in the path count only where pages are anyone's (free hosting, bare
  // IPs) or the site's own name already promises freebies: never on a forum post about TikTok.
  const pathWords = path.includes(BRAND) ? scamWords(path) : [];
  const hosting = pathWords.length ? [...FREE_HOSTING].find((h) => suffix === h || suffix.endsWith(`.${h}`)) : undefined;
  if (pathWords.length && (hosting || canonical.isIp || labelWords.length)) {
    reasons.push('path:brand', ...pathWords.slice(0, 3).map((w) => `keyword:${w}`));
    if (hosting) reasons.push(`free-hosting:${hosting}`);
  }
  if (reasons.length) return { ...base, level: 'suspicious', score: Math.min(65, 40 + 5 * reasons.length), reasons, imitates: BRAND_HOME };
  return none(host, [], registrableDomain);
}
