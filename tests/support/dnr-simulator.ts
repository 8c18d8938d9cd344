// A small declarativeNetRequest matcher for unit tests: which of the guard's rules a navigation
// meets and what the browser then does, by Chrome's documented order (the highest priority wins;
// at equal priority allow beats block beats redirect). requestDomains match the host and its
// subdomains; regexFilter runs over the whole URL as the browser spells it, case-insensitively
// unless the rule says otherwise (Chrome's default since 118). The e2e suites check a sample of
// the same URLs against the real browsers' engines.
import type { GuardRule } from '../../utils/guard/dnr-rules';

export type Outcome = { type: 'allow' | 'block' | 'redirect' | 'none'; ruleId?: number };

const ORDER: Record<GuardRule['action']['type'], number> = { allow: 3, block: 2, redirect: 1 };
const regexes = new Map<string, RegExp>();
/** The guard's rules are all case-insensitive (isUrlFilterCaseSensitive false or left to Chrome's default). */
const regexFor = (source: string) => {
  let re = regexes.get(source);
  if (!re) regexes.set(source, (re = new RegExp(source, 'i')));
  return re;
};

export function matches(rule: GuardRule, url: URL, type: 'main_frame' | 'sub_frame', tabId?: number): boolean {
  const { condition } = rule;
  if (!condition.resourceTypes.includes(type)) return false;
  if (condition.tabIds && (tabId === undefined || !condition.tabIds.includes(tabId))) return false;
  const host = url.hostname;
  if (condition.requestDomains && !condition.requestDomains.some((d) => host === d || host.endsWith(`.${d}`))) return false;
  return !condition.regexFilter || regexFor(condition.regexFilter).test(url.href);
}

/** What the browser does with a top-level navigation to `href` under these rules. */
export function outcome(rules: readonly GuardRule[], href: string, type: 'main_frame' | 'sub_frame' = 'main_frame', tabId?: number): Outcome {
  const url = new URL(href);
  let best: GuardRule | undefined;
  for (const rule of rules) {
    if (!matches(rule, url, type, tabId)) continue;
    if (!best || rule.priority > best.priority || (rule.priority === best.priority && ORDER[rule.action.type] > ORDER[best.action.type])) best = rule;
  }
  return best ? { type: best.action.type, ruleId: best.id } : { type: 'none' };
}
