// Plain words for the guard's machine reasons, so the warning page can say why it stopped a site.
import type { GuardVerdict } from './classify';

export type ExplainKey =
  | 'reasonList' | 'reasonUserBlock' | 'reasonTypo' | 'reasonHomoglyph' | 'reasonBrandInDomain'
  | 'reasonBrandSubdomain' | 'reasonBrandOtherTld' | 'reasonKeyword' | 'reasonPathTemplate'
  | 'reasonPathBrand' | 'reasonFreeHosting';

export interface Explanation {
  key: ExplainKey;
  /** Substitution for the message ($1). */
  detail?: string;
}

export function explain(verdict: GuardVerdict): Explanation[] {
  const out: Explanation[] = [];
  const keywords = verdict.reasons.filter((r) => r.startsWith('keyword:')).map((r) => r.slice(8));
  for (const reason of verdict.reasons) {
    const [code, detail] = reason.split(/:(.*)/s);
    if (code === 'list') out.push({ key: 'reasonList', detail: `${detail} — ${verdict.listEntry?.source ?? ''}` });
    else if (code === 'user' && detail === 'block') out.push({ key: 'reasonUserBlock' });
    else if (code === 'typo') out.push({ key: 'reasonTypo', detail });
    else if (code === 'homoglyph') out.push({ key: 'reasonHomoglyph', detail });
    else if (code === 'brand-in-domain') out.push({ key: 'reasonBrandInDomain' });
    else if (code === 'brand-subdomain') out.push({ key: 'reasonBrandSubdomain' });
    else if (code === 'brand-other-tld') out.push({ key: 'reasonBrandOtherTld' });
    else if (code === 'path' && detail === 'brand') out.push({ key: 'reasonPathBrand' });
    else if (code === 'path') out.push({ key: 'reasonPathTemplate', detail });
    else if (code === 'free-hosting') out.push({ key: 'reasonFreeHosting', detail });
  }
  if (keywords.length) out.push({ key: 'reasonKeyword', detail: keywords.join(', ') });
  return out;
}
