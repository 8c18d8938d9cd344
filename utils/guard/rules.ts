// declarativeNetRequest rules for the guard: the browser itself redirects a flagged main-frame
// navigation to the warning page (keeping the URL after '#') before the site's scripts run.
// Built from the shipped list and the user's lists; no tldts here, so the background stays small.
import { FREE_HOSTING, type ScamListEntry } from './list';
import { OFFICIAL_DOMAINS } from './official';

/** The subset of chrome.declarativeNetRequest.Rule the guard uses. */
export interface GuardRule {
  id: number;
  priority: number;
  action: { type: 'allow' } | { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: {
    resourceTypes: ['main_frame'];
    requestDomains?: string[];
    regexFilter?: string;
    isUrlFilterCaseSensitive?: false;
  };
}

export const RULE_IDS = { official: 1, userAllow: 2, block: 10, pathEntries: 100, heuristics: 500, proceedOnce: 1000 } as const;
const ALLOW = 3;
const BLOCK = 2;
const HEURISTIC = 1;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Host patterns that over-approximate the classifier's lookalike and suspicious verdicts: the
 * warning page re-checks precisely and forwards at once when the site is fine. They act only
 * where the user granted host access to all sites (optional permission).
 */
export const HEURISTIC_PATTERNS: string[] = [
  // tiktok with look-alike letters or a typo: t1ktok, tlktok, tikt0k, tictok, tiktk, tktok, tik-tok, titkok…
  '^https?://[^/?#]*([t7+][i1l!|]?[ck][kc]?[-_]?[t7+][o0]?[ck]|t[i1l]t[ck][o0][ck])',
  // Punycode hosts whose basic letters carry t…k…t…k (tіktok with a Cyrillic і).
  '^https?://([^/?#]*\\.)?xn--[a-z0-9-]*t[a-z0-9-]*k[a-z0-9-]*t[^/?#]*',
  // Phishing path templates.
  '^https?://[^/?#]+/(form/[0-9]+/username\\.php|case/-[0-9]+|copyright/form)',
  // The brand in a path on free hosting: one rule per platform keeps each regex under Chrome's 2 KB.
  ...[...FREE_HOSTING].map((host) => `^https?://[^/?#]+\\.${escapeRegex(host)}/.*t[i1l]kt[o0]k`),
];

function redirect(warningUrl: string): GuardRule['action'] {
  return { type: 'redirect', redirect: { regexSubstitution: `${warningUrl}#\\0` } };
}

export function buildGuardRules(options: {
  warningUrl: string;
  list: readonly ScamListEntry[];
  allow: readonly string[];
  block: readonly string[];
}): GuardRule[] {
  const main: ['main_frame'] = ['main_frame'];
  const rules: GuardRule[] = [
    // Never touch TikTok itself, whatever else matches.
    { id: RULE_IDS.official, priority: ALLOW, action: { type: 'allow' }, condition: { resourceTypes: main, requestDomains: [...OFFICIAL_DOMAINS] } },
  ];
  if (options.allow.length)
    rules.push({ id: RULE_IDS.userAllow, priority: ALLOW, action: { type: 'allow' }, condition: { resourceTypes: main, requestDomains: [...options.allow] } });
  const blocked = [...new Set([...options.list.filter((e) => !e.path).map((e) => e.domain), ...options.block])];
  if (blocked.length)
    rules.push({ id: RULE_IDS.block, priority: BLOCK, action: redirect(options.warningUrl), condition: { resourceTypes: main, requestDomains: blocked, regexFilter: '^.+$' } });
  options.list
    .filter((e) => e.path)
    .forEach((e, i) =>
      rules.push({
        id: RULE_IDS.pathEntries + i,
        priority: BLOCK,
        action: redirect(options.warningUrl),
        condition: { resourceTypes: main, regexFilter: `^https?://([^/?#]*\\.)?${escapeRegex(e.domain)}(:[0-9]+)?${escapeRegex(e.path!)}`, isUrlFilterCaseSensitive: false },
      }),
    );
  HEURISTIC_PATTERNS.forEach((regexFilter, i) =>
    rules.push({ id: RULE_IDS.heuristics + i, priority: HEURISTIC, action: redirect(options.warningUrl), condition: { resourceTypes: main, regexFilter, isUrlFilterCaseSensitive: false } }),
  );
  return rules;
}

/** "Proceed once": a session rule letting this host through until the browser closes. */
export function proceedOnceRule(host: string, id: number): GuardRule {
  return { id, priority: ALLOW, action: { type: 'allow' }, condition: { resourceTypes: ['main_frame'], requestDomains: [host] } };
}
