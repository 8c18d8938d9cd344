// A page report a creator can paste into a bug report when Creator Lens could not read a page:
// the page kind, the UI language, and the analytics content's structure and label texts. What it
// shows is an allow-list (issue 36, finding 5): Studio's labels the reader knows, the layout's
// names Studio uses (tags, data-tt parts, roles, design-system classes, languages), and the shape
// of values (every number sign as #). Everything else, a label it does not know included, is
// hidden behind its length: names, handles, queries, e-mails, numbers in words or other scripts.
// Built on demand from the page in front of the creator; nothing is stored or sent. Pure.
import { readPage, unreadCount } from './read-page';
import { pageInfo } from './page-kinds';
import { collectText, documentOf, type TextItem } from './page-text';
import { isShownValue, isTile, labelCandidates } from './unread-values';
import { isChangeToken, isDateToken, isMissing, isValueToken, parsePercent } from './studio-numbers';
import { LABEL_LANGUAGES } from './vocabulary';

const DIGIT = /\p{Nd}/gu;
const HAS_DIGIT = /\p{Nd}/u;
/** Elements worth naming in the outline; the rest are wrappers. */
const NAMED = /^(main|section|article|header|footer|nav|ul|ol|li|table|tr|td|th|button|h[1-6]|p|dl|dt|dd|a)$/;
const MAX_VALUE = 24;

// ─── What may be shown as it is (everything else is masked) ──────────────────────────────────────

/**
 * The words Studio's data-tt names are made of (components_DataCard_TUXText_Value,
 * VideoOverviewPage_VideoMetricsCard_FlexRow): a part made of other words shows as "…".
 */
const TT_WORDS = new Set('components Absolute Action Analytics Bar Breakdown Card Cell Center Chart Clickable Column Container Data Flex Group Header Home Info Item Key Layout Metric Metrics Overview Page Post Profile Row Single Tab Table TUX Text Value Video View Viewer Wrapper'.split(' '));
const knownTtPart = (part: string) => {
  const words = part.match(/TUX|[A-Z][a-z]+|^[a-z]+$/g) ?? [];
  return words.join('') === part && words.every((word) => TT_WORDS.has(word));
};
/** Design-system classes Studio's pages carry: they say what a piece is (generated css-xxxx names say nothing). */
const KNOWN_CLASS = /^(?:TUX(?:Text(?:--weight-(?:medium|bold)|--tiktok-sans)?|Button|Skeleton)|Tooltip__root|(?:absolute|relative)-value|semi-ring-distribution(?:-labels)?)$/;
/** The ARIA roles the reader tells apart (page chrome and controls, utils/reader/page-text.ts); any other role value shows as "…". */
const KNOWN_ROLES = new Set('alert alertdialog banner button complementary contentinfo dialog link log main marquee menu menubar menuitem navigation option status switch tab timer tooltip'.split(' '));
const LANGUAGES = new Set(LABEL_LANGUAGES.map((l) => l.toLowerCase()));
/** A UI language tag: a language the reader knows, then script (Hans) and region (BR, 419) subtags. */
function knownLanguage(tag: string): boolean {
  const [language, ...rest] = tag.split(/[-_]/);
  return LANGUAGES.has(language.toLowerCase()) && rest.length <= 2 && rest.every((sub) => /^(?:Hans|Hant|Latn|Cyrl|Arab|[A-Z]{2}|\d{3})$/.test(sub));
}
/**
 * The shape of a value: number signs of any script (digits, circled, superscript, Chinese
 * numerals) as #, its punctuation and Studio's unit letters as they are, anything else as "?".
 */
const VALUE_KEPT = /[\s.,:%+\-−–—()/'’KkMmBb万萬亿億千]/u;
const NUMBER_SIGN = /[\p{N}〇零一二三四五六七八九十百两兩]/u;
const valueShape = (text: string) => [...text].map((ch) => (NUMBER_SIGN.test(ch) ? '#' : VALUE_KEPT.test(ch) ? ch : '?')).join('');

export interface PageReport {
  /** The report's lines, ready to copy. */
  text: string;
  unread: number;
}

/** A label Studio may have renamed: short, no digits, no handle, hashtag, link or path. */
function labelLike(text: string): boolean {
  return text.length <= 40 && !HAS_DIGIT.test(text) && text.split(/\s+/).length <= 6 && !/[@#/\\:]|https?|www\./i.test(text);
}

const mask = (text: string) => text.replace(DIGIT, '#');
const hidden = (text: string) => `[text, ${[...text].length} chars]`;

function describe(el: Element): string {
  const name = el.tagName.toLowerCase();
  // Tags name the layout; one that is not HTML's (a custom element's name) could name anything.
  const tag = NAMED.test(name) || name === 'div' || name === 'span' ? name : 'element';
  const tt = el.getAttribute('data-tt')?.split('_').map((part) => (knownTtPart(part) ? part : '…')).join('_');
  const classes = Array.from(el.classList).filter((c) => KNOWN_CLASS.test(c));
  const role = el.getAttribute('role')?.trim().toLowerCase();
  return `${tag}${tt ? `[${tt}]` : ''}${role ? `[role=${KNOWN_ROLES.has(role) ? role : '…'}]` : ''}${classes.map((c) => `.${c}`).join('')}`;
}

function worthNaming(el: Element): boolean {
  return el.hasAttribute('data-tt') || NAMED.test(el.tagName.toLowerCase()) || Array.from(el.classList).some((c) => KNOWN_CLASS.test(c));
}

/** A value among rows of percents (a breakdown): the text beside it is a name, never a label. */
function isListRow(value: TextItem, card: Element | null): boolean {
  if (parsePercent(value.text) === undefined || !card?.parentElement) return false;
  const siblings = Array.from(card.parentElement.children).filter((c) => /\d\s*%/.test(c.textContent ?? ''));
  return siblings.length >= 3;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/** Beside a thumbnail or a video link: a caption's place, never a label's. */
function besideMedia(card: Element | null): boolean {
  let el = card;
  for (let up = 0; el && up < 3; up++, el = el.parentElement) if (el.querySelector('img,video,a[href*="/video/"]')) return true;
  return false;
}

export function pageReport(root: ParentNode, url: string): PageReport | undefined {
  const info = pageInfo(url);
  if (!info) return undefined;
  const read = readPage(root, url);
  const { snapshot, unread } = read;
  const path = new URL(url).pathname;
  const region = collectText(root).filter((item) => !item.chrome || isTile(item));
  const missed = new Set(unread);
  // The texts that stand as labels of values it could not read: shown, so the team can learn them.
  const unknownLabels = new Set<TextItem>();
  region.forEach((item, i) => {
    if (!missed.has(item.el)) return;
    const candidates = labelCandidates(region, i);
    if (candidates.length !== 1 || candidates[0].labels || !labelLike(candidates[0].text)) return;
    const card = commonAncestor(candidates[0].el, item.el);
    const values = region.filter((other) => card?.contains(other.el) && isShownValue(other.text));
    if (values.length === 1 && !isListRow(item, card) && !besideMedia(card)) unknownLabels.add(candidates[0]);
  });

  const lang = documentOf(root)?.documentElement?.getAttribute('lang') ?? '';
  const lines = [
    `page kind: ${info.page}${snapshot ? '' : ' (nothing read)'}`,
    `path: ${path}`,
    `UI language: ${!lang ? '(not said)' : knownLanguage(lang) ? lang : `[one it does not know, ${[...lang].length} chars]`}${snapshot?.locale ? ` (read as ${snapshot.locale})` : ''}`,
    ...(read.crash === undefined ? [] : ['could not read: the reader stopped with an error', ...read.crash.split('\n').map((line) => `  ${line}`)]),
    '',
  ];
  const top = region.length ? region.reduce<Element | null>((acc, item) => (acc ? commonAncestor(acc, item.el) : item.el), region[0].el) : null;
  let open: Element[] = [];
  for (const item of region) {
    const chain: Element[] = [];
    for (let el: Element | null = item.el; el && el !== top?.parentElement; el = el.parentElement) if (worthNaming(el) || el === item.el) chain.unshift(el);
    let shared = 0;
    while (shared < open.length && shared < chain.length && open[shared] === chain[shared]) shared++;
    for (let d = shared; d < chain.length; d++) lines.push(`${'  '.repeat(d)}${describe(chain[d])}`);
    open = chain;
    const note = noteOf(item, missed, unknownLabels);
    lines.push(`${'  '.repeat(chain.length)}${note}`);
  }
  // No digit leaves, wherever it hid (a data-tt name, a path).
  return { text: lines.map(mask).join('\n'), unread: unreadCount(read) };
}

function noteOf(item: TextItem, missed: Set<Element>, unknownLabels: Set<TextItem>): string {
  const { text } = item;
  if (item.labels) return `"${text}" (label: ${[...new Set(item.labels.map((m) => m.key))].join(', ')})`;
  // Its words stay on the creator's screen: beside one number, a name looks just like a label.
  if (unknownLabels.has(item)) return `${hidden(text)} (label it does not know)`;
  // A date may sit inside a caption ("Trip to Lisbon May 4"): its shape only.
  if (isDateToken(text)) return `[date, ${[...text].length} chars]`;
  const valueShaped = text.length <= MAX_VALUE && (isValueToken(text) || isChangeToken(text) || isMissing(text));
  if (valueShaped) return `"${valueShape(text)}"${missed.has(item.el) ? ' (NOT READ)' : ''}`;
  return hidden(text);
}
