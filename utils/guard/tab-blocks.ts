// What the browser blocked on a tab, in the guard's terms: the popup explains a block a default
// install made (the browser's own error page names no reason, Firefox shows nothing at all).
import { canonicalize } from './canonical-url';
import { RULE_IDS, STATIC_RULESET_ID, staticRuleMeanings } from './dnr-rules';
import type { ScamIndex, ScamKind, ScamListEntry } from './scam-list';

export interface TabBlock {
  /** The kind of scam the matched rule stops; 'user-block' for the user's own list. */
  kind: ScamKind | 'user-block';
  /** The listed site, when the tab's address names it (Chrome keeps the blocked address). */
  domain?: string;
  /** The public list that names it, when known. */
  source?: string;
}

/** The popup's answer: what was blocked, and whether this browser can tell at all. */
export interface TabBlockReport {
  blocks: TabBlock[];
  /**
   * False where the browser has no getMatchedRules (Firefox 153 ESR): a block there leaves no
   * trace an extension without "read your browsing history" could read, so the popup says in
   * general what a link that did nothing may mean.
   */
  canSee: boolean;
  /** Lookalike protection is on: blocked sites show the warning page, which explains itself. */
  allSites: boolean;
}

export interface MatchedRule {
  ruleId: number;
  rulesetId: string;
}

/** The list entry for a URL's host or one of its parents, if any. */
function entryFor(url: string | undefined, index: ScamIndex): ScamListEntry | undefined {
  const host = url ? canonicalize(url)?.host : undefined;
  if (!host) return undefined;
  for (let at = 0; at !== -1; at = host.indexOf('.', at) + 1 || -1) {
    const found = index.byDomain.get(host.slice(at));
    if (found?.length) return found[0];
  }
  return undefined;
}

/** One explanation per blocking rule matched on the tab, newest knowledge first, no repeats. */
export function tabBlocks(matched: readonly MatchedRule[], tabUrl: string | undefined, list: readonly ScamListEntry[], index: ScamIndex): TabBlock[] {
  const meanings = staticRuleMeanings(list);
  const atTab = entryFor(tabUrl, index);
  const out: TabBlock[] = [];
  for (const { ruleId, rulesetId } of matched) {
    let block: TabBlock | undefined;
    if (rulesetId === STATIC_RULESET_ID) {
      const meaning = meanings.get(ruleId);
      if (!meaning) continue;
      const entry = 'entry' in meaning ? meaning.entry : atTab?.kind === meaning.kind ? atTab : undefined;
      block = { kind: 'entry' in meaning ? meaning.entry.kind : meaning.kind, ...(entry ? { domain: entry.domain, source: entry.source } : {}) };
    } else if (ruleId === RULE_IDS.userBlock) block = { kind: 'user-block' };
    if (block && !out.some((b) => b.kind === block.kind && b.domain === block.domain)) out.push(block);
  }
  return out;
}
