// A page report a creator can paste into a bug report when Creator Lens could not read a page:
// the page kind, the UI language, and the analytics content's structure and label texts, with
// every number masked (each digit becomes #) and every name hidden (captions, handles, search
// queries, locations, any text that is not a label). Built on demand from the page in front of
// the creator; nothing is stored or sent. Pure.
import { readPage, unreadCount } from './read-page';
import { pageInfo } from './page-kinds';
import { collectText, documentOf, type TextItem } from './page-text';
import { isShownValue, isTile, labelCandidates } from './unread-values';
import { isChangeToken, isDateToken, isMissing, isValueToken, parsePercent } from './studio-numbers';

const DIGIT = /\p{Nd}/gu;
const HAS_DIGIT = /\p{Nd}/u;
/** Elements worth naming in the outline; the rest are wrappers. */
const NAMED = /^(main|section|article|header|footer|nav|ul|ol|li|table|tr|td|th|button|h[1-6]|p|dl|dt|dd|a)$/;
/** Design-system class names say what a piece is (generated css-xxxx names say nothing). */
const KEPT_CLASS = /^(TUX[\w-]*|absolute-value|relative-value|semi-[\w-]+|Tooltip__root)$/;
const MAX_VALUE = 24;

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
  const tag = el.tagName.toLowerCase();
  const tt = el.getAttribute('data-tt');
  const classes = Array.from(el.classList).filter((c) => KEPT_CLASS.test(c));
  const role = el.getAttribute('role');
  return `${tag}${tt ? `[${tt}]` : ''}${role ? `[role=${role}]` : ''}${classes.map((c) => `.${c}`).join('')}`;
}

function worthNaming(el: Element): boolean {
  return el.hasAttribute('data-tt') || NAMED.test(el.tagName.toLowerCase()) || Array.from(el.classList).some((c) => KEPT_CLASS.test(c));
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
    `UI language: ${lang || '(not said)'}${snapshot?.locale ? ` (read as ${snapshot.locale})` : ''}`,
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
  if (unknownLabels.has(item)) return `"${text}" (label it does not know)`;
  // A date may sit inside a caption ("Trip to Lisbon May 4"): its shape only.
  if (isDateToken(text)) return `[date, ${[...text].length} chars]`;
  const valueShaped = text.length <= MAX_VALUE && (isValueToken(text) || isChangeToken(text) || isMissing(text));
  if (valueShaped) return `"${mask(text)}"${missed.has(item.el) ? ' (NOT READ)' : ''}`;
  return hidden(text);
}
