// The guard's tables: the one source of truth for classifyUrl (classify.ts), the browser's
// declarativeNetRequest rules (dnr-rules.ts) and the list builder (feeds.ts). Plain data, no libraries.

export const BRAND = 'tiktok';

/** Look-alike letters, digits and homoglyphs → the Latin letter they imitate. */
export const FOLD: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', l: 'i', '!': 'i', '|': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '+': 't', $: 's',
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'і': 'i', 'ї': 'i', 'к': 'k', 'т': 't', 'х': 'x', 'у': 'y',
  'ԁ': 'd', 'ɩ': 'i', 'ı': 'i', 'ο': 'o', 'κ': 'k', 'τ': 't', 'ι': 'i', 'ķ': 'k', 'ţ': 't', 'ť': 't', 'í': 'i',
  'ì': 'i', 'ï': 'i', 'î': 'i', 'ó': 'o', 'ò': 'o', 'ö': 'o', 'ô': 'o', 'õ': 'o', 'ø': 'o',
};

/** Letters that sound or look like a brand letter when swapped in by a typo (tictok, tiktoc, tiqtoq). */
export const CONFUSABLE: Readonly<Record<string, string>> = { c: 'k', q: 'k' };

/** Words that begin with the brand's letters but are not the brand (tiktoken, tiktokenizer). */
export const NOT_BRAND_WORDS: readonly string[] = ['tiktoken'];

/**
 * Real words one edit from the brand, quiet on their own language's country domain only
 * (benign-near-misses.json: titok.hu, Hungarian for "secret"); elsewhere they are the typo they
 * look like (titok.beauty, jarelllama/Scam-Blocklist parked_domains).
 */
export const BRAND_TYPO_WORDS: Readonly<Record<string, readonly string[]>> = { titok: ['hu'] };

/**
 * Keys next to each letter on a QWERTY keyboard: a typo that replaces a letter of the brand with a
 * neighbour (tiktpk: o → p) is one people make; any other letter (kiktok, tiktak) is another word.
 */
export const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = { t: 'rygf56', i: 'uojk89', k: 'jlimo', o: 'ipkl09' };

/**
 * A piece of the brand that scam sites glue to a growth promise without the brand itself
 * (freetikfan, followerstik, ttlike, ttcoinz: issue 31's sources). With one of GROWTH_WORDS on one
 * side and the name's edge or another growth word on the other, 0 of the Tranco top 50,000 and the
 * eth-phishing-detect allow list match (tests/unit/guard/corpus.test.ts measures it).
 */
export const BRAND_FRAGMENTS: readonly string[] = ['tik', 'tok', 'tt'];
export const GROWTH_WORDS: readonly string[] = [
  'followers', 'follower', 'diamonds', 'booster', 'diamond', 'follows', 'follow', 'hearts', 'boost', 'coins', 'coinz', 'gifts',
  'heart', 'liker', 'likes', 'views', 'coin', 'fans', 'free', 'gift', 'like', 'view', 'fan',
];

/** Letters that may follow a not-brand word and keep it that word (tiktoken-s, tiktoken-izer). */
export const NOT_BRAND_ENDINGS = /^(?:$|[^a-z]|s|iz)/;

/** An affix this short glued to the brand (vntiktok, tiktokus, wwtiktok) makes a name of the brand itself. */
export const SHORT_AFFIX = 3;

/**
 * Words that, next to the brand in a name, promise what TikTok never offers or sell what only
 * TikTok sells. Grouped by the scam they name; the group is the list entry's kind.
 * Folded text, matched longest first so "viewer" wins over "view".
 */
export const SCAM_WORDS = {
  'who-viewed': ['whoviewed', 'profileview', 'whoer', 'who'],
  'viewer-stalker': ['unfollowed', 'unfollow', 'watcher', 'viewer', 'stalker', 'stalk', 'tracker', 'track', 'watch', 'spy', 'peek', 'anonym'],
  'free-followers': ['seguidores', 'generator', 'followers', 'follower', 'follows', 'nakrutka', 'curtidas', 'booster', 'boost', 'likes', 'liker', 'views', 'view', 'fans', 'free', 'hack', 'panel', 'smm', 'bots', 'bot'],
  coins: ['recharge', 'diamond', 'coins', 'coin', 'gift'],
  // "Earn by liking videos" task scams and paid-survey scams (avaliador, pesquisa: Portuguese).
  'task-scam': ['influencer', 'affiliate', 'avaliador', 'avaliacao', 'pesquisa', 'recruit', 'resgate', 'salary', 'income', 'invest', 'profit', 'reward', 'hiring', 'career', 'survey', 'avalia', 'receba', 'recebe', 'ganhe', 'ganha', 'money', 'bonus', 'prize', 'premio', 'earn', 'cash', 'rich', 'quiz', 'task', 'work', 'jobs', 'job', 'gig'],
  phishing: ['notification', 'copyright', 'verified', 'official', 'oficial', 'bluetick', 'helpdesk', 'security', 'account', 'support', 'contact', 'adverts', 'advert', 'verify', 'verif', 'badge', 'appeal', 'secure', 'signin', 'login', 'service', 'center', 'notice', 'help', 'auth', 'ads', 'pay', 'www', 'ww'],
  'fake-app': ['downloader', 'download', 'play', 'apk', 'mod', 'app'],
  'fake-shop': ['wholesale', 'merchant', 'seller', 'outlet', 'market', 'business', 'commerce', 'store', 'shop', 'mall', 'mail', 'mali', 'sale', 'trade', 'sell', 'buy', 'vip', 'order', 'goods'],
} as const;

export type ScamWordKind = keyof typeof SCAM_WORDS;

/** Every scam word with its kind, longest first. */
export const SCAM_WORD_LIST: ReadonlyArray<readonly [string, ScamWordKind]> = (Object.entries(SCAM_WORDS) as [ScamWordKind, readonly string[]][])
  .flatMap(([kind, words]) => words.map((w) => [w, kind] as const))
  .sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));

/** Paths phishing kits reuse, whatever the host. RE2-safe sources (the browser runs them too). */
export const PATH_TEMPLATES: ReadonlyArray<{ id: string; source: string }> = [
  { id: 'form-username', source: '/form/[0-9]+/username\\.php' },
  { id: 'case-number', source: '/case/-[0-9]+' },
  { id: 'copyright-form', source: '/copyright/form' },
];

/**
 * Platforms where anyone can publish that the public suffix list's private section does not
 * cover (tldts covers github.io, vercel.app, netlify.app, pages.dev, web.app, azureedge.net,
 * blogspot, wixsite, …). A site there is judged by its own label, never the platform's. A `*`
 * stands for one label: on Tencent Cloud's object storage (<bucket>.cos.<region>.myqcloud.com)
 * each bucket is someone's, and phishing kits are uploaded there (issue 31, OpenPhish).
 */
export const EXTRA_SHARED_HOSTING: readonly string[] = ['weebly.com', 'glitch.me', 'edgeone.app', '000webhostapp.com', 'cos.*.myqcloud.com'];

/**
 * Free hosting and storage where one page is bad and the platform is not: TikTok's name in a page's
 * path there, with a scam word beside it, is a caution (classifyUrl), and the browser's path rule
 * covers exactly these (dnr-rules pathPatterns). Each with where TikTok scams were seen on it.
 */
export const FREE_HOSTING: ReadonlyArray<{ domain: string; source: string }> = [
  { domain: 'github.io', source: 'OpenPhish (<user>.github.io/tiktok… pages, issue 31)' },
  { domain: 'vercel.app', source: "the team's scam-sites research (docs/guard.md); RPiList/specials#1707" },
  { domain: 'pages.dev', source: 'jarelllama/Scam-Blocklist parked_domains (chattiktok.pages.dev, tiktok-dir.pages.dev)' },
  { domain: 'workers.dev', source: 'jarelllama/Scam-Blocklist parked_domains (tiktok-world.midasbuyshop45.workers.dev)' },
  { domain: 'netlify.app', source: "the team's scam-sites research (docs/guard.md)" },
  { domain: 'web.app', source: "the team's scam-sites research (docs/guard.md)" },
  { domain: 'firebaseapp.com', source: 'kept from the earlier list (issue 21); no TikTok page seen there yet' },
  { domain: 'azureedge.net', source: 'jarelllama/Scam-Blocklist raw_light (busilness-tiktokmalls.azureedge.net)' },
  { domain: 'blogspot.com', source: 'kept from the earlier list (issue 21); no TikTok page seen there yet' },
  { domain: 'wixsite.com', source: 'kept from the earlier list (issue 21); no TikTok page seen there yet' },
  { domain: 'webflow.io', source: 'jarelllama/Scam-Blocklist raw_light (scam pages on webflow.io)' },
  { domain: 'ngrok-free.dev', source: 'fredysren-hub/LognTikTok (a TikTok login kit served through ngrok)' },
  { domain: 'myqcloud.com', source: 'OpenPhish (kit buckets on …cos.<region>.myqcloud.com, issue 31)' },
  { domain: 'weebly.com', source: 'jarelllama/Scam-Blocklist raw_light (scam pages, not TikTok ones yet)' },
  { domain: 'glitch.me', source: 'jarelllama/Scam-Blocklist raw_light (scam pages, not TikTok ones yet)' },
  { domain: 'edgeone.app', source: "the team's scam-sites research (docs/guard.md)" },
  { domain: '000webhostapp.com', source: 'kept from the earlier list (issue 21); TikTok app back-ends seen, no scam yet' },
];
