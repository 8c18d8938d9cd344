// The warning page's words for a verdict: each typed reason becomes a message key and its
// arguments (plain text, or another message to translate), never a string parsed back.
import type { GuardReason, GuardVerdict } from './classify';
import type { ScamKind } from './scam-list';

/** Every message key an explanation can name (the locale test checks each exists). */
export const EXPLAIN_KEYS = [
  'reasonList', 'reasonUserBlock', 'reasonTypo', 'reasonHomoglyph', 'reasonBrandInDomain',
  'reasonBrandSubdomain', 'reasonBrandOtherTld', 'reasonOfficialAsSubdomain', 'reasonBrandNumber',
  'reasonBrandAffix', 'reasonKeyword', 'reasonPathTemplate', 'reasonPathBrand', 'reasonFreeHosting',
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
    default: return undefined;
  }
}

export function explain(verdict: GuardVerdict): Explanation[] {
  const out = verdict.why.map(explainOne).filter((e): e is Explanation => Boolean(e));
  const words = verdict.why.flatMap((r) => (r.code === 'keyword' ? [r.word] : []));
  if (words.length) out.push({ key: 'reasonKeyword', args: [text(words.join(', '))] });
  return out;
}
