// The shipped list of known scam sites (built by `npm run build-list` from public feeds) and the
// popular sites whose own subdomains are never lookalikes. Plain data, no public-suffix library,
// so the background can build its rules without carrying tldts.
import scamList from '../../assets/guard/scam-list.json';

export type ScamKind =
  | 'who-viewed' | 'viewer-stalker' | 'free-followers' | 'coins' | 'task-scam' | 'phishing' | 'fake-app' | 'fake-shop'
  | 'typosquat' | 'homoglyph' | 'brand-misuse' | 'anonymous-viewer';

export interface ScamListEntry {
  /** Registrable domain, or the host itself on shared hosting or where only a subdomain is bad. */
  domain: string;
  /** Only this path prefix, on hosts where other pages are fine. */
  path?: string;
  kind: ScamKind;
  /** The public feed(s) that list it. */
  source: string;
}

export const SCAM_LIST: readonly ScamListEntry[] = scamList.entries.map((e) => ({ ...e, source: scamList.sources[e.source] }) as ScamListEntry);

export interface ScamIndex {
  byDomain: ReadonlyMap<string, readonly ScamListEntry[]>;
}

export function indexScamList(entries: readonly ScamListEntry[]): ScamIndex {
  const byDomain = new Map<string, ScamListEntry[]>();
  for (const entry of entries) byDomain.set(entry.domain, [...(byDomain.get(entry.domain) ?? []), entry]);
  return { byDomain };
}

export const SHIPPED_INDEX = indexScamList(SCAM_LIST);
