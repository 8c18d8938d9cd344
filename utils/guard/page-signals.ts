// What a page is, read from the page itself: a TikTok login kit or a "free followers" / "who viewed
// your profile" page runs on any domain, so with the optional all-sites access the page-check
// content script asks this once per page, at idle, when the address decided nothing. A handful of
// DOM queries over the title, the first headings, the forms and their buttons: never the whole text.
// Pure (a ParentNode in, typed signals out); nothing read is kept or sent, only the signal names.
//
// Built from the public kits' structure (../../tests/fixtures/guard-pages: zphisher .sites/tiktok,
// TryToCatch sites/tiktok, shirazi001/tiktok-login, TikTok-FLP) and checked against pages that
// mention TikTok honestly (news, a brand's "follow us", an agency's own login, "Log in with TikTok").

/** What a page showed, by name: the warning page words each; the page's text never leaves it. */
export type PageSignal = 'brand-login' | 'brand-code' | 'growth-form' | 'viewer-form' | 'login-near-brand';

/** Signals that stop the page (the warning page); the rest caution. */
export const STOP_SIGNALS: ReadonlySet<PageSignal> = new Set<PageSignal>(['brand-login', 'brand-code', 'growth-form', 'viewer-form']);
export const PAGE_SIGNALS: readonly PageSignal[] = ['brand-login', 'brand-code', 'growth-form', 'viewer-form', 'login-near-brand'];

export interface PageFinding {
  level: 'lookalike' | 'suspicious';
  signals: PageSignal[];
}

/** The level a set of signals earns: the one rule the content script and the warning page share. */
export function pageLevel(signals: readonly PageSignal[]): PageFinding['level'] | undefined {
  if (!signals.length) return undefined;
  return signals.some((s) => STOP_SIGNALS.has(s)) ? 'lookalike' : 'suspicious';
}

/** TikTok's name as pages write it: TikTok, Tik Tok, Tik-Tok, TIKTOK, T1kT0k. */
const BRAND_TEXT = /t[i1l]k[\s-]?t[o0]k/i;
/** A page whose title is TikTok's own once login words are set aside ("Log in to TikTok", "Tik Tok", "TikTok Free Coins"). */
const TITLE_FILLER = /\b(log\s?in|sign\s?in|login|to|your|account|verify|verification|free|coins?|followers?|likes?|fans|views?|official|page|web|secure|help|center|centre|support|and)\b|[-|:–—·!&]/gi;
const GROWTH_PROMISE = /\bfree\b[^.!?]{0,30}\b(coins?|followers?|likes?|fans|views|hearts|diamonds)\b|\b(coins?|followers?|likes?|fans)\b[^.!?]{0,20}\bfree\b|\bgenerator\b|human verification|\bclaim (your|free)\b/i;
const VIEWER_PROMISE = /\bwho\s+(viewed|visited|watched|stalk)|\bprofile\s+(viewers?|visitors?)\b|\bsee who\b|\bstalkers?\b/i;
const USERNAME_FIELD = /user\s?name|@|profile|handle/i;
/** TikTok's own sign-in, which an honest site links to ("Log in with TikTok"). */
const TIKTOK_AUTH = /^https:\/\/([a-z0-9-]+\.)*(tiktok\.com|tiktokapis\.com)\//i;
const HEADINGS = 'h1, h2, header';
const MAX_TEXT = 400;

const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
const first = <T extends Element>(root: ParentNode, selector: string, count: number) => [...root.querySelectorAll<T>(selector)].slice(0, count);

/**
 * What the page check concluded on a page, kept on its content script's own global (its isolated
 * world: the page cannot see it) under PAGE_CHECK_RECORD: every signal it found, none on most pages.
 */
export interface PageCheckRecord {
  signals: PageSignal[];
}
export const PAGE_CHECK_RECORD = 'creatorLensPageCheck';

/** The page's findings, or undefined when nothing on it looks like a TikTok scam. */
export function pageSignals(root: ParentNode & { title?: string }): PageFinding | undefined {
  const password = root.querySelector('input[type="password" i]');
  const code = root.querySelector('input[autocomplete="one-time-code" i], input[inputmode="numeric"][maxlength="6"], input[name*="otp" i]');
  const usernameInput = first<HTMLInputElement>(root, 'input:not([type]), input[type="text" i], input[type="search" i]', 5).find((input) =>
    USERNAME_FIELD.test([input.placeholder, input.name, input.id, input.getAttribute('aria-label') ?? ''].join(' ')),
  );
  // Most pages have no form a scam needs: they stop here, after three queries.
  if (!password && !code && !usernameInput) return undefined;

  const title = (root.title ?? textOf(root.querySelector('title'))).slice(0, MAX_TEXT);
  const headings = first(root, HEADINGS, 4).map(textOf).join(' ');
  const form = (password ?? code ?? usernameInput)!.closest('form') ?? (password ?? code ?? usernameInput)!.parentElement;
  const formText = ownText(form);
  const buttons = first(root, 'button, input[type="submit" i], [role="button"]', 8).map((b) => textOf(b) || (b as HTMLInputElement).value || '').join(' ');
  const titleIsTikTok = BRAND_TEXT.test(title) && !title.replace(BRAND_TEXT, '').replace(TITLE_FILLER, ' ').trim();
  const logo = Boolean(form?.querySelector('img[alt*="tiktok" i], img[src*="tiktok" i], .fa-tiktok, svg[aria-label*="tiktok" i]'));
  const namedAtForm = titleIsTikTok || logo || BRAND_TEXT.test(formText);
  const namedOnPage = namedAtForm || BRAND_TEXT.test(`${title} ${headings}`);
  // A long read (news, a warning about the scam) quotes the promises; only a short page makes them.
  const article = Boolean(root.querySelector('article')) || root.querySelectorAll('p').length > 12;
  const promiseText = `${title} ${headings} ${buttons} ${formText}`;

  const signals: PageSignal[] = [];
  if (password && namedAtForm) signals.push('brand-login');
  else if (code && namedAtForm) signals.push('brand-code');
  if (!article && namedOnPage && GROWTH_PROMISE.test(promiseText)) signals.push('growth-form');
  if (!article && namedOnPage && VIEWER_PROMISE.test(promiseText)) signals.push('viewer-form');
  // A password box on a page about TikTok, TikTok not named at the form itself: a caution. A
  // username box alone is no signal (analytics sites ask for a TikTok username honestly).
  if (!signals.length && (password || code) && namedOnPage) signals.push('login-near-brand');
  const level = pageLevel(signals);
  return level ? { level, signals } : undefined;
}

/** A form's text without the links that go to TikTok's own sign-in ("Continue with TikTok"). */
function ownText(form: Element | null): string {
  if (!form) return '';
  let text = textOf(form);
  for (const link of first<HTMLAnchorElement>(form, 'a[href]', 20)) if (TIKTOK_AUTH.test(link.href)) text = text.replace(textOf(link), ' ');
  return text;
}

/** Known signal names only, each once: what a message or the warning page's query may carry. */
export function knownSignals(values: unknown): PageSignal[] {
  if (!Array.isArray(values)) return [];
  return [...new Set(values.filter((v): v is PageSignal => (PAGE_SIGNALS as readonly unknown[]).includes(v)))];
}

/** The signals the background put in the warning page's query (?page=brand-login,growth-form). */
export function readPageSignals(search: string): PageSignal[] {
  return knownSignals(new URLSearchParams(search).get('page')?.split(',') ?? []);
}

/** The warning page's address for a page the page check stopped: the signals in the query, the page after '#'. */
export function pageWarningUrl(warningUrl: string, signals: readonly PageSignal[], pageUrl: string): string {
  return `${warningUrl}?page=${signals.join(',')}#${pageUrl}`;
}
