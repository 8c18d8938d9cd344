// The warning page's words, reason by reason, written by hand: each typed reason the classifier can
// give becomes its message key and arguments, and each verdict its advice topics. The verdicts are
// built here (not classified) so every reason is stated on its own.
import { describe, expect, it } from 'vitest';
import type { GuardReason, GuardVerdict } from '@/utils/guard/classify';
import { adviceTopics, explain, sourceWords } from '@/utils/guard/explain-verdict';

const verdictOf = (...why: GuardReason[]): GuardVerdict => ({ level: 'suspicious', host: 'example.test', score: 50, reasons: [], why });

describe('explain, one reason at a time', () => {
  it.each<[GuardReason, ReturnType<typeof explain>[number]]>([
    [{ code: 'user-block' }, { key: 'reasonUserBlock', args: [] }],
    [{ code: 'typo', label: 'tlktok' }, { key: 'reasonTypo', args: [{ text: 'tlktok' }] }],
    [{ code: 'homoglyph', label: 'tіktok' }, { key: 'reasonHomoglyph', args: [{ text: 'tіktok' }] }],
    [{ code: 'brand-in-domain', label: 'tiktokfans' }, { key: 'reasonBrandInDomain', args: [] }],
    [{ code: 'brand-subdomain', label: 'tiktok' }, { key: 'reasonBrandSubdomain', args: [] }],
    [{ code: 'brand-other-tld', domain: 'tiktok.xyz' }, { key: 'reasonBrandOtherTld', args: [] }],
    [{ code: 'official-as-subdomain', domain: 'tiktok.com' }, { key: 'reasonOfficialAsSubdomain', args: [{ text: 'tiktok.com' }] }],
    [{ code: 'brand-number' }, { key: 'reasonBrandNumber', args: [] }],
    [{ code: 'brand-affix', affix: 'vn' }, { key: 'reasonBrandAffix', args: [{ text: 'vn' }] }],
    [{ code: 'path-template', template: 'username-php' }, { key: 'reasonPathTemplate', args: [{ text: 'username-php' }] }],
    [{ code: 'path-brand' }, { key: 'reasonPathBrand', args: [] }],
    [{ code: 'shared-hosting', suffix: 'vercel.app' }, { key: 'reasonFreeHosting', args: [{ text: 'vercel.app' }] }],
    [{ code: 'brand-fragment', fragment: 'tok', word: 'likes' }, { key: 'reasonBrandFragment', args: [{ text: 'tok' }, { text: 'likes' }] }],
    [{ code: 'page', signal: 'brand-login' }, { key: 'reasonPageBrandLogin', args: [] }],
    [{ code: 'page', signal: 'brand-code' }, { key: 'reasonPageBrandCode', args: [] }],
    [{ code: 'page', signal: 'growth-form' }, { key: 'reasonPageGrowthForm', args: [] }],
    [{ code: 'page', signal: 'viewer-form' }, { key: 'reasonPageViewerForm', args: [] }],
    [{ code: 'page', signal: 'login-near-brand' }, { key: 'reasonPageLoginNearBrand', args: [] }],
  ])('%o', (reason, words) => {
    expect(explain(verdictOf(reason))).toEqual([words]);
  });

  it('names a list entry by its kind and its publishers in words', () => {
    expect(explain(verdictOf({ code: 'list', kind: 'fake-shop', source: 'openphish.com feed' }))).toEqual([
      { key: 'reasonList', args: [{ message: 'kind_fake_shop' }, { messages: ['sourceOpenPhish'] }] },
    ]);
    expect(explain(verdictOf({ code: 'list', kind: 'anonymous-viewer', source: 'user report' }))).toEqual([
      { key: 'reasonList', args: [{ message: 'kind_anonymous_viewer' }, { messages: ['sourcePublicReport'] }] },
    ]);
  });

  it('says nothing for reasons that warn of nothing (official, allowed, not a URL)', () => {
    expect(explain(verdictOf({ code: 'official' }, { code: 'user-allow' }, { code: 'not-a-url' }))).toEqual([]);
  });

  it('gathers the scam words of one message into one line, in the order found, after the other reasons', () => {
    expect(explain(verdictOf(
      { code: 'keyword', word: 'viewer', kind: 'who-viewed' },
      { code: 'brand-number' },
      { code: 'keyword', word: 'shop', kind: 'fake-shop' },
      { code: 'keyword', word: 'coins', kind: 'coins' },
      { code: 'keyword', word: 'login', kind: 'phishing' },
      { code: 'keyword', word: 'apk', kind: 'fake-app' },
      { code: 'keyword', word: 'followers', kind: 'free-followers' },
    ))).toEqual([
      { key: 'reasonBrandNumber', args: [] },
      { key: 'reasonKeyword', args: [{ text: 'viewer, coins, followers' }] },
      { key: 'reasonKeywordShop', args: [{ text: 'shop' }] },
      { key: 'reasonKeywordLogin', args: [{ text: 'login' }] },
      { key: 'reasonKeywordApp', args: [{ text: 'apk' }] },
    ]);
  });

  it('says "promises" for every kind TikTok never offers', () => {
    const kinds = [['stalker', 'viewer-stalker'], ['earn', 'task-scam']] as const;
    expect(explain(verdictOf(...kinds.map(([word, kind]): GuardReason => ({ code: 'keyword', word, kind }))))).toEqual([
      { key: 'reasonKeyword', args: [{ text: 'stalker, earn' }] },
    ]);
  });
});

describe('sourceWords', () => {
  it('names each publisher once, in the order given', () => {
    expect(sourceWords('https://openphish.com/feed.txt')).toEqual(['sourceOpenPhish']);
    expect(sourceWords('OpenPhish')).toEqual(['sourceOpenPhish']);
    expect(sourceWords('jarelllama/Scam-Blocklist')).toEqual(['sourceScamBlocklist']);
    expect(sourceWords('hagezi/dns-blocklists (tif)')).toEqual(['sourceDnsBlocklist']);
    expect(sourceWords('blocklistproject/lists')).toEqual(['sourceDnsBlocklist']);
    expect(sourceWords('reported on reddit')).toEqual(['sourcePublicReport']);
    // Several sources are joined by "; "; the same publisher twice is named once.
    expect(sourceWords('reported on reddit; openphish; Scam-Blocklist; openphish.com')).toEqual(['sourcePublicReport', 'sourceOpenPhish', 'sourceScamBlocklist']);
    // Only "; " separates: a lone ";" stays inside one source.
    expect(sourceWords('news;openphish')).toEqual(['sourceOpenPhish']);
  });
});

describe('adviceTopics', () => {
  it('gives the login advice when the verdict names no scam', () => {
    expect(adviceTopics(verdictOf())).toEqual(['login']);
    expect(adviceTopics(verdictOf({ code: 'typo', label: 'tlktok' }, { code: 'brand-number' }))).toEqual(['login']);
    expect(adviceTopics(verdictOf({ code: 'list', kind: 'typosquat', source: 'x' }))).toEqual(['login']);
    expect(adviceTopics(verdictOf({ code: 'list', kind: 'homoglyph', source: 'x' }))).toEqual(['login']);
    expect(adviceTopics(verdictOf({ code: 'list', kind: 'brand-misuse', source: 'x' }))).toEqual(['login']);
    // A typo beside a shop word names the shop only: the login advice is the fallback, not a topic of the typo.
    expect(adviceTopics(verdictOf({ code: 'typo', label: 'tlktok' }, { code: 'keyword', word: 'shop', kind: 'fake-shop' }))).toEqual(['shop']);
  });

  it('gives each scam its topic, in the order the reasons came, once each', () => {
    expect(adviceTopics(verdictOf({ code: 'list', kind: 'who-viewed', source: 'x' }))).toEqual(['viewers']);
    expect(adviceTopics(verdictOf({ code: 'list', kind: 'viewer-stalker', source: 'x' }))).toEqual(['viewers']);
    expect(adviceTopics(verdictOf({ code: 'list', kind: 'anonymous-viewer', source: 'x' }))).toEqual(['viewers']);
    expect(adviceTopics(verdictOf({ code: 'list', kind: 'free-followers', source: 'x' }))).toEqual(['growth']);
    expect(adviceTopics(verdictOf({ code: 'list', kind: 'coins', source: 'x' }))).toEqual(['growth']);
    expect(adviceTopics(verdictOf({ code: 'list', kind: 'task-scam', source: 'x' }))).toEqual(['growth']);
    expect(adviceTopics(verdictOf({ code: 'list', kind: 'phishing', source: 'x' }))).toEqual(['login']);
    expect(adviceTopics(verdictOf({ code: 'list', kind: 'fake-shop', source: 'x' }))).toEqual(['shop']);
    expect(adviceTopics(verdictOf({ code: 'list', kind: 'fake-app', source: 'x' }))).toEqual(['app']);
    expect(adviceTopics(verdictOf(
      { code: 'keyword', word: 'apk', kind: 'fake-app' },
      { code: 'keyword', word: 'shop', kind: 'fake-shop' },
      { code: 'keyword', word: 'app', kind: 'fake-app' },
    ))).toEqual(['app', 'shop']);
  });

  it('reads what the page showed, a brand fragment and a path template', () => {
    expect(adviceTopics(verdictOf({ code: 'page', signal: 'brand-login' }))).toEqual(['login']);
    expect(adviceTopics(verdictOf({ code: 'page', signal: 'growth-form' }, { code: 'page', signal: 'brand-code' }))).toEqual(['growth', 'login']);
    expect(adviceTopics(verdictOf({ code: 'page', signal: 'viewer-form' }, { code: 'page', signal: 'login-near-brand' }))).toEqual(['viewers', 'login']);
    expect(adviceTopics(verdictOf({ code: 'brand-fragment', fragment: 'tok', word: 'likes' }))).toEqual(['growth']);
    expect(adviceTopics(verdictOf({ code: 'keyword', word: 'coins', kind: 'coins' }, { code: 'path-template', template: 'username-php' }))).toEqual(['growth', 'login']);
    // A path template's login advice comes after the shop it sits beside, not first by default.
    expect(adviceTopics(verdictOf({ code: 'keyword', word: 'shop', kind: 'fake-shop' }, { code: 'path-template', template: 'username-php' }))).toEqual(['shop', 'login']);
  });
});
