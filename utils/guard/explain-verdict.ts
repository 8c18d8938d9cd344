// The warning page's words for a verdict: each typed reason becomes a message key and its
// arguments (plain text, or another message to translate), never a string parsed back.
import type { GuardReason, GuardVerdict } from './classify';
import type { ScamWordKind } from './guard-tables';
import type { PageSignal } from './page-signals';
import type { ScamKind } from './scam-list';

/** Every message key an explanation can name (the locale test checks each exists). */
export const EXPLAIN_KEYS = [
  'reasonList', 'reasonUserBlock', 'reasonTypo', 'reasonHomoglyph', 'reasonBrandInDomain',
  'reasonBrandSubdomain', 'reasonBrandOtherTld', 'reasonOfficialAsSubdomain', 'reasonBrandNumber',
  'reasonBrandAffix', 'reasonKeyword', 'reasonPathTemplate', 'reasonPathBrand', 'reasonFreeHosting',
  // Issue 31: words that are no promise (shop, login, download) said as what they are; a piece of
  // the brand beside a growth word; what the page itself showed.
  'reasonKeywordShop', 'reasonKeywordLogin', 'reasonKeywordApp', 'reasonBrandFragment',
  'reasonPageBrandLogin', 'reasonPageBrandCode', 'reasonPageGrowthForm', 'reasonPageViewerForm', 'reasonPageLoginNearBrand',
  // Who published a list entry (sourceWords).
  'sourceOpenPhish', 'sourceScamBlocklist', 'sourceDnsBlocklist', 'sourcePublicReport',
] as const;
export type ExplainKey = (typeof EXPLAIN_KEYS)[number];

/** An argument: text shown as is (a domain, a word), a message of its own, or several. */
export type ExplainArg = { text: string } | { message: KindKey } | { messages: SourceKey[] };

export interface Explanation {
  key: ExplainKey;
  args: ExplainArg[];
}

export const KIND_KEYS = {
  'who-viewed': 'kind_who_viewed', 'viewer-stalker': 'kind_viewer_stalker', 'free-followers': 'kind_free_followers',
  coins: 'kind_coins', 'task-scam': 'kind_task_scam', phishing: 'kind_phishing', 'fake-app': 'kind_fake_app',
  'fake-shop': 'kind_fake_shop', typosquat: 'kind_typosquat', homoglyph: 'kind_homoglyph', 'brand-misuse': 'kind_brand_misuse',
  'anonymous-viewer': 'kind_anonymous_viewer',
} as const satisfies Record<ScamKind, string>;
export type KindKey = (typeof KIND_KEYS)[ScamKind];

const text = (value: string): ExplainArg => ({ text: value });

/** Who published a list entry, in words a creator reads (not a repository path). */
export type SourceKey = 'sourceOpenPhish' | 'sourceScamBlocklist' | 'sourceDnsBlocklist' | 'sourcePublicReport';

export function sourceWords(source: string): SourceKey[] {
  const keys = source.split('; ').map((s): SourceKey => {
    if (/openphish/i.test(s)) return 'sourceOpenPhish';
    if (/scam-blocklist/i.test(s)) return 'sourceScamBlocklist';
    if (/dns-blocklists|blocklist/i.test(s)) return 'sourceDnsBlocklist';
    return 'sourcePublicReport';
  });
  return [...new Set(keys)];
}

const PAGE_KEYS = {
  'brand-login': 'reasonPageBrandLogin', 'brand-code': 'reasonPageBrandCode', 'growth-form': 'reasonPageGrowthForm',
  'viewer-form': 'reasonPageViewerForm', 'login-near-brand': 'reasonPageLoginNearBrand',
} as const satisfies Record<PageSignal, ExplainKey>;

/**
 * Scam words said for what they are: a promise TikTok never makes (viewers, free followers, coins,
 * paid tasks), or words that dress the name up as TikTok's shop, login or app, which TikTok does
 * offer: "promises things TikTok never offers: shop" was wrong (issue 31).
 */
const KEYWORD_KEYS = {
  'who-viewed': 'reasonKeyword', 'viewer-stalker': 'reasonKeyword', 'free-followers': 'reasonKeyword', coins: 'reasonKeyword',
  'task-scam': 'reasonKeyword', 'fake-shop': 'reasonKeywordShop', phishing: 'reasonKeywordLogin', 'fake-app': 'reasonKeywordApp',
} as const satisfies Record<ScamWordKind, ExplainKey>;

function explainOne(reason: GuardReason): Explanation | undefined {
  switch (reason.code) {
    case 'list': return { key: 'reasonList', args: [{ message: KIND_KEYS[reason.kind] }, { messages: sourceWords(reason.source) }] };
    case 'user-block': return { key: 'reasonUserBlock', args: [] };
    case 'typo': return { key: 'reasonTypo', args: [text(reason.label)] };
    case 'homoglyph': return { key: 'reasonHomoglyph', args: [text(reason.label)] };
    case 'brand-in-domain': return { key: 'reasonBrandInDomain', args: [] };
    case 'brand-subdomain': return { key: 'reasonBrandSubdomain', args: [] };
    case 'brand-other-tld': return { key: 'reasonBrandOtherTld', args: [] };
    case 'official-as-subdomain': return { key: 'reasonOfficialAsSubdomain', args: [text(reason.domain)] };
    case 'brand-number': return { key: 'reasonBrandNumber', args: [] };
    case 'brand-affix': return { key: 'reasonBrandAffix', args: [text(reason.affix)] };
    case 'path-template': return { key: 'reasonPathTemplate', args: [text(reason.template)] };
    case 'path-brand': return { key: 'reasonPathBrand', args: [] };
    case 'shared-hosting': return { key: 'reasonFreeHosting', args: [text(reason.suffix)] };
    case 'brand-fragment': return { key: 'reasonBrandFragment', args: [text(reason.fragment), text(reason.word)] };
    case 'page': return { key: PAGE_KEYS[reason.signal], args: [] };
    default: return undefined;
  }
}

export function explain(verdict: GuardVerdict): Explanation[] {
  const out = verdict.why.map(explainOne).filter((e): e is Explanation => Boolean(e));
  const byKey = new Map<ExplainKey, string[]>();
  for (const r of verdict.why) if (r.code === 'keyword') byKey.set(KEYWORD_KEYS[r.kind], [...(byKey.get(KEYWORD_KEYS[r.kind]) ?? []), r.word]);
  for (const [key, words] of byKey) out.push({ key, args: [text(words.join(', '))] });
  return out;
}

/** What the warning page advises, by the scam the verdict names: the "who viewed" facts only for viewer scams. */
export type AdviceTopic = 'viewers' | 'growth' | 'login' | 'shop' | 'app';

const KIND_TOPICS: Record<ScamKind | ScamWordKind, AdviceTopic | undefined> = {
  'who-viewed': 'viewers', 'viewer-stalker': 'viewers', 'anonymous-viewer': 'viewers', 'free-followers': 'growth', coins: 'growth',
  'task-scam': 'growth', phishing: 'login', 'fake-shop': 'shop', 'fake-app': 'app', typosquat: undefined, homoglyph: undefined, 'brand-misuse': undefined,
};
const PAGE_TOPICS: Record<PageSignal, AdviceTopic> = { 'brand-login': 'login', 'brand-code': 'login', 'growth-form': 'growth', 'viewer-form': 'viewers', 'login-near-brand': 'login' };

/** The advice topics a verdict calls for, most specific first; a lookalike that names no scam gets the login advice. */
export function adviceTopics(verdict: GuardVerdict): AdviceTopic[] {
  const topics = new Set<AdviceTopic>();
  for (const r of verdict.why) {
    const topic = r.code === 'list' ? KIND_TOPICS[r.kind] : r.code === 'keyword' ? KIND_TOPICS[r.kind] : r.code === 'page' ? PAGE_TOPICS[r.signal] : r.code === 'brand-fragment' ? 'growth' : r.code === 'path-template' ? 'login' : undefined;
    if (topic) topics.add(topic);
  }
  return topics.size ? [...topics] : ['login'];
}
