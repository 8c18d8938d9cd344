// What a creator must see, whichever browser runs the extension: the Chromium suites (tests/e2e)
// and the Firefox tier (tests/firefox) drive the same fixtures and check the same outcomes.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function fixture(relativePath: string): string {
  return readFileSync(join(FIXTURES, relativePath), 'utf8');
}

/** Polls `probe` until it returns a truthy value (for state the extension reaches asynchronously). */
export async function eventually<T>(probe: () => Promise<T>, { timeout = 10_000, interval = 100 } = {}): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** The followers page, visited twice: the second time TikTok shows 204 more followers. */
export const followersVisits = {
  url: 'https://www.tiktok.com/tiktokstudio/analytics/followers?dateRange=%7B%22type%22%3A%22fixed%22%2C%22pastDay%22%3A28%7D',
  path: '/tiktokstudio/analytics/followers',
  scope: 'maya.bakes|account-followers||28d',
  account: 'maya.bakes',
  first: {
    html: () => fixture('studio/followers-en.html'),
    badges: ['first capture', 'first capture'],
    metrics: { followers: 14796, netFollowers: 0 },
    gender: { female: 71, male: 27, other: 2 },
  },
  second: {
    html: () => fixture('studio/followers-en.html').replaceAll('14,796', '15,000').replaceAll('0 (-2, -100%)', '204 (+204, +100%)'),
    /** Badge texts with the date after "since" cut off. */
    badges: ['▲ 204 since', '▲ 204 since'],
    label: /^Followers: up 204 since/,
    followersNewestFirst: [15000, 14796],
    popupValue: '15,000',
    popupSincePrevious: '+204',
  },
} as const;

/** The scam guard: listed sites, what the warning page says, and the creator's three ways out. */
export const guard = {
  scamBody: '<html><body><h1 id="scam">See who viewed your TikTok!</h1></body></html>',
  /** Hosts of the sites the tests play, when the guard lets a navigation through. */
  siteHosts: /^(www\.)?(tiktokviewer|tiktokwhoer|tiktokprofileviewer|tiktok-followers-freebies|tiktokcooking)\.(com|net)$/,
  listedUrl: 'https://tiktokviewer.com/check?user=maya.bakes',
  title: 'Creator Lens stopped a known TikTok scam site',
  reason: 'list of known scam sites: profile viewer or stalker (source: a public list of scam sites (Scam-Blocklist))',
  advice: 'No website or app can show who viewed your TikTok videos',
  /** A brand-in-domain lookalike no list has: stopped only with the optional access to all sites. */
  lookalikeUrl: 'https://tiktok-followers-freebies.net/claim',
  lookalikeReason: "It puts TikTok's name into its own web address.",
  grantButton: 'Turn on lookalike protection',
  buttons: { back: 'Back to safety', proceedOnce: 'Proceed once', allowAlways: 'Always allow this site', allowConfirm: 'Yes, always allow it' },
  /** A site that only uses the brand's name: the caution page, one click on, remembered. */
  caution: { url: 'https://tiktokcooking.com/recipes', title: "This site uses TikTok's name", text: "TikTok does not run it", button: 'Continue to this site' },
  /**
   * The page check (issue 31): a kit page on a domain no rule knows is stopped; pages that mention
   * TikTok honestly load. Each is served at its own host (`siteHosts` in the harnesses).
   */
  pageCheck: {
    hosts: /^(graniteworks-4367\.io|daily-tech\.example|clipplanner\.example)$/,
    kit: { url: 'https://graniteworks-4367.io/tiktok/index.html', file: 'guard-pages/kit-sadflix-login.html', reason: 'The page asks for your TikTok password, but this site is not TikTok.' },
    legit: [
      { url: 'https://daily-tech.example/2025/tiktok-teen-controls', file: 'guard-pages/legit-news-article.html' },
      { url: 'https://clipplanner.example/login', file: 'guard-pages/legit-login-with-tiktok.html' },
    ],
  },
  /** The popup's explanation of a block on a default install. */
  popupBlocked: { title: 'Creator Lens blocked a scam site on this tab', site: 'tiktokviewer.com: a known TikTok scam site (profile viewer or stalker), listed by a public list of scam sites (Scam-Blocklist).' },
} as const;
