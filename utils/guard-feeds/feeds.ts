// Turning public scam feeds (hosts files, URL feeds, adblock lists) into the guard's list: only
// the TikTok-related entries, official and allowed sites out, one entry per registrable domain
// (per host where the domain itself is not the scammer's: shared hosting, a brand subdomain).
import { canonicalize } from '../guard/canonical-url';
import { classifyUrl, siteOf } from '../guard/classify';
import { brandIn, scamWordsIn } from '../guard/lookalike';
import { indexScamList, type ScamKind, type ScamListEntry } from '../guard/scam-list';
import { OFFICIAL_DOMAINS } from '../guard/official-domains';
import { BRAND, type ScamWordKind } from '../guard/guard-tables';

export interface Feed {
  /** Where the feed comes from, as its file's `# source:` line names it (up to " @"). */
  source: string;
  items: string[];
}

/** Reads one feed file: `# source: …` header, then hosts, `0.0.0.0 host` lines, URLs or `||host^` rules. */
export function parseFeed(text: string, fallbackSource: string): Feed {
  const header = /^#\s*source:\s*(.+?)(?:\s+@|,|$)/m.exec(text);
  const items: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#') || line.startsWith('!') || line.startsWith('[')) continue;
    const adblock = /^\|\|([^/^$]+)(\/[^^$]*)?\^?/.exec(line);
    const hosts = /^(?:0\.0\.0\.0|127\.0\.0\.1)\s+(\S+)/.exec(line);
    const item = adblock ? adblock[1] + (adblock[2] ?? '') : hosts ? hosts[1] : line.split(/\s+/)[0];
    if (item) items.push(item);
  }
  return { source: header?.[1] ?? fallbackSource, items };
}

// When a name carries words of several scams, the most specific one names the entry.
const KIND_ORDER: ScamWordKind[] = ['who-viewed', 'viewer-stalker', 'free-followers', 'coins', 'task-scam', 'phishing', 'fake-app', 'fake-shop'];
const NO_LIST = indexScamList([]);

function kindOf(reasons: ReturnType<typeof classifyUrl>['why']): ScamKind {
  if (reasons.some((r) => r.code === 'homoglyph')) return 'homoglyph';
  const words = new Set(reasons.flatMap((r) => (r.code === 'keyword' ? [r.kind] : [])));
  const named = KIND_ORDER.find((k) => words.has(k));
  if (named) return named;
  return reasons.some((r) => r.code === 'typo') ? 'typosquat' : 'brand-misuse';
}

/**
 * The list entry a feed item makes, or undefined when it is not about TikTok, is TikTok's own,
 * or is on the allow list. Whether it is about TikTok is decided by the same brand and disguise
 * tables classifyUrl uses, so the list and the heuristics speak of the same sites.
 */
export function entryFor(item: string, source: string, allow: readonly string[] = []): ScamListEntry | undefined {
  const canonical = canonicalize(item);
  if (!canonical || canonical.isIp) return undefined;
  const { host, path } = canonical;
  const site = siteOf(host);
  if (!site.registrableDomain || OFFICIAL_DOMAINS.has(site.registrableDomain)) return undefined;
  if (allow.some((d) => host === d || host.endsWith(`.${d}`))) return undefined;
  const heuristics = classifyUrl(`http://${host}/`, {}, NO_LIST);
  if (heuristics.level === 'official') return undefined;
  const plainHost = host.replace(/^www\./, '');
  if (site.label && brandIn(site.label))
    return { domain: site.sharedHosting ? plainHost : site.registrableDomain, kind: kindOf(heuristics.why), source };
  if (site.subdomains.some((l) => brandIn(l)) || heuristics.reasons.some((r) => r.startsWith('official-as-subdomain')))
    return { domain: plainHost, kind: kindOf(heuristics.why), source };
  // The brand only in the path: list just that page's folder on this host.
  const at = path.indexOf(BRAND);
  if (at === -1 || path.slice(at).startsWith('tiktoken')) return undefined;
  const end = path.indexOf('/', at);
  const words = scamWordsIn(path.replaceAll(BRAND, ' ')).map(({ word, kind }) => ({ code: 'keyword' as const, word, kind }));
  return { domain: plainHost, path: end === -1 ? path : path.slice(0, end), kind: kindOf(words), source };
}

export interface BuiltList {
  sources: string[];
  entries: Array<Omit<ScamListEntry, 'source'> & { source: number }>;
  counts: { byKind: Record<string, number>; bySource: Record<string, number>; total: number };
}

/**
 * Merges feeds (curated entries first) into the list: deduplicated by domain, a whole-domain
 * entry swallowing path entries under it, sources joined when several feeds list the same site.
 * Sorted, so the same feeds always give the same file.
 */
export function buildList(feeds: readonly Feed[], curated: readonly ScamListEntry[], allow: readonly string[]): BuiltList {
  const byKey = new Map<string, ScamListEntry>();
  const add = (entry: ScamListEntry) => {
    const key = `${entry.domain}${entry.path ?? ''}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...entry });
    else if (!seen.source.split('; ').includes(entry.source)) seen.source = [...seen.source.split('; '), entry.source].sort().join('; ');
  };
  for (const entry of curated) if (!allow.includes(entry.domain)) add(entry);
  for (const feed of feeds) for (const item of feed.items) {
    const entry = entryFor(item, feed.source, allow);
    if (entry) add(entry);
  }
  const whole = new Set([...byKey.values()].filter((e) => !e.path).map((e) => e.domain));
  const covered = (domain: string) => [...suffixesOf(domain)].some((d) => whole.has(d));
  const kept = [...byKey.values()]
    .filter((e) => !(e.path ? covered(e.domain) : [...suffixesOf(e.domain)].slice(1).some((d) => whole.has(d))))
    .sort((a, b) => a.domain.localeCompare(b.domain) || (a.path ?? '').localeCompare(b.path ?? ''));
  const sources = [...new Set(kept.map((e) => e.source))].sort();
  const counts: BuiltList['counts'] = { byKind: {}, bySource: {}, total: kept.length };
  for (const e of kept) {
    counts.byKind[e.kind] = (counts.byKind[e.kind] ?? 0) + 1;
    for (const s of e.source.split('; ')) counts.bySource[s] = (counts.bySource[s] ?? 0) + 1;
  }
  return {
    sources,
    entries: kept.map(({ source, ...rest }) => ({ ...rest, source: sources.indexOf(source) })),
    counts: { byKind: sortKeys(counts.byKind), bySource: sortKeys(counts.bySource), total: counts.total },
  };
}

function* suffixesOf(domain: string): Generator<string> {
  const labels = domain.split('.');
  for (let i = 0; i < labels.length - 1; i++) yield labels.slice(i).join('.');
}

const sortKeys = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
