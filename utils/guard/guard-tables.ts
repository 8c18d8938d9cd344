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
  'free-followers': ['seguidores', 'generator', 'followers', 'follower', 'nakrutka', 'curtidas', 'booster', 'boost', 'likes', 'liker', 'views', 'view', 'fans', 'free', 'hack', 'panel', 'smm', 'bots', 'bot'],
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
 * blogspot, wixsite, …). A site there is judged by its own label, never the platform's.
 */
export const EXTRA_SHARED_HOSTING: readonly string[] = ['weebly.com', 'glitch.me', 'edgeone.app', '000webhostapp.com'];
