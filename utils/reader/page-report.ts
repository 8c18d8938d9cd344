// A page report a creator can paste into a bug report when Creator Lens could not read a page:
// the page kind, the UI language, and the analytics content's structure and label texts. What it
// shows is an allow-list (issue 36, finding 5): Studio's labels the reader knows, the layout's
// names Studio uses (tags, data-tt parts, roles, design-system classes, languages), and the shape
// of values (every number sign as #). Everything else, a label it does not know included, is
// hidden behind its length: names, handles, queries, e-mails, numbers in words or other scripts.
// Built on demand from the page in front of the creator; nothing is stored or sent. Pure.
import { readPage } from './read-page';
import { pageInfo } from './page-kinds';
import { collectText, documentOf, type TextItem } from './page-text';
import { isShownValue, isTile, labelCandidates } from './unread-values';
import { isChangeToken, isDateToken, isMissing, isValueToken, parsePercent } from './studio-numbers';
import { LABEL_LANGUAGES } from './vocabulary';

const DIGIT = /\p{Nd}/gu;
const HAS_DIGIT = /\p{Nd}/u;
/** Elements worth naming in the outline; the rest are wrappers. */
const NAMED = /^(main|section|article|header|footer|nav|ul|ol|li|table|tr|td|th|button|h[1-6]|p|dl|dt|dd|a)$/;
/** Design-system class names say what a piece is (generated css-xxxx names say nothing). */
const KEPT_CLASS = /^(TUX[\w-]*|absolute-value|relative-value|semi-[\w-]+|Tooltip__root)$/;
const MAX_VALUE = 24;

// ─── What may be shown as it is (everything else is masked) ──────────────────────────────────────

/** Tags a Studio page is built of; any other (a custom element's name) shows as "element". */
const KNOWN_TAGS = new Set(['div', 'span', 'p', 'a', 'img', 'svg', 'label', 'strong', 'em', 'b', 'i', 'small', 'time', 'canvas', 'video', 'figure', 'figcaption', 'input', 'select', 'option', 'form', 'aside', 'main', 'section', 'article', 'header', 'footer', 'nav', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'body']);
/** The parts of Studio's data-tt names seen on its pages (components_DataCard_TUXText_Value); other parts show as "…". */
const KNOWN_TT_PARTS = new Set([
  'components', 'Absolute', 'ActionCell', 'AnalyticsCard', 'AnalyticsMetricCard', 'Breakdown', 'CardWrapper', 'Clickable', 'Container', 'DataCard', 'DataCardGroup',
  'FlexCenter', 'FlexColumn', 'FlexItem', 'FlexRow', 'Header', 'HeaderTabBar', 'HomePage', 'ItemRow', 'KeyMetricsCard', 'PostInfoCell', 'PostTable', 'PostTableHeader',
  'ProfileCard', 'Row', 'RowLayout', 'SingleBarChart', 'TUXText', 'Value', 'VideoInfoCard', 'VideoMetricsCard', 'VideoOverviewPage', 'VideoViewCard', 'VideoViewerPage',
]);
/** Design-system classes Studio's pages carry (a class that only looks like one is left out). */
const KNOWN_CLASSES = new Set(['TUXText', 'TUXText--weight-medium', 'TUXText--weight-bold', 'TUXText--tiktok-sans', 'TUXButton', 'TUXSkeleton', 'Tooltip__root', 'absolute-value', 'relative-value', 'semi-ring-distribution', 'semi-ring-distribution-labels']);
/** WAI-ARIA's roles; any other role value shows as "…". */
const ARIA_ROLES = new Set(
  ('alert alertdialog application article banner blockquote button caption cell checkbox code columnheader combobox complementary contentinfo definition deletion dialog ' +
    'directory document emphasis feed figure form generic grid gridcell group heading img insertion link list listbox listitem log main marquee math menu menubar ' +
    'menuitem menuitemcheckbox menuitemradio meter navigation none note option paragraph presentation progressbar radio radiogroup region row rowgroup rowheader ' +
    'scrollbar search searchbox separator slider spinbutton status strong subscript superscript switch tab table tablist tabpanel term textbox time timer toolbar ' +
    'tooltip tree treegrid treeitem').split(' '),
);
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
  const tag = KNOWN_TAGS.has(name) ? name : 'element';
  const tt = el.getAttribute('data-tt')?.split('_').map((part) => (KNOWN_TT_PARTS.has(part) ? part : '…')).join('_');
  const classes = Array.from(el.classList).filter((c) => KNOWN_CLASSES.has(c));
  const role = el.getAttribute('role')?.trim().toLowerCase();
  return `${tag}${tt ? `[${tt}]` : ''}${role ? `[role=${ARIA_ROLES.has(role) ? role : '…'}]` : ''}${classes.map((c) => `.${c}`).join('')}`;
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
  const { snapshot, unread } = readPage(root, url);
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
  return { text: lines.map(mask).join('\n'), unread: unread.length };
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
