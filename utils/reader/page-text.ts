// The page as a person reads it: visible text pieces in document order, each with the
// element that shows it and whether it stands in the page's chrome (navigation, header,
// menus, tooltips, toasts, links, buttons) rather than in the analytics content. One walk
// over the tree; everything else works on this list.
import { cleanText, isValueToken } from './studio-numbers';
import { lookupLabel, type LabelMatch } from './vocabulary';

export interface TextItem {
  text: string;
  el: Element;
  /** Label meanings of this text, if it is a known label. */
  labels?: LabelMatch[];
  /** Page chrome: never an analytics label or value (captions of video links are read from here). */
  chrome?: true;
  /** The link this text is inside, if any. */
  link?: Element;
}

/** Our own badges carry this attribute; the reader never reads what Creator Lens wrote. */
export const OWN_UI_ATTRIBUTE = 'data-creator-lens';
const HIDDEN =
  `script,style,noscript,template,svg,title,[hidden],[inert],[aria-hidden="true"],[${OWN_UI_ATTRIBUTE}],` +
  '[style*="display:none" i],[style*="display: none" i],[style*="visibility:hidden" i],[style*="visibility: hidden" i]';
/** Never analytics content, whatever text it holds. */
const CHROME =
  'nav,aside,dialog,menu,select,[role=navigation],[role=banner],[role=contentinfo],[role=complementary],' +
  '[role=menu],[role=menubar],[role=menuitem],[role=tooltip],[role=dialog],[role=alertdialog],[role=alert],' +
  '[role=status],[role=log],[role=marquee],[role=timer],[aria-live=polite],[aria-live=assertive]';
/** The page's banner and footer; a header or footer inside the content is the content's. */
const PAGE_EDGES = 'header,footer';
const SECTIONING = 'main,article,section,[role=main]';
/** Controls: chrome (a menu entry with its unread count), unless one holds a whole card (a label and its value). */
const CONTROLS = 'button,[role=button],[role=tab],[role=link],[role=switch],[role=option]';
const LINKS = 'a[href]';
// Node.TEXT_NODE and Node.ELEMENT_NODE, spelled out: the reader touches no globals.
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function documentOf(root: ParentNode): Document | undefined {
  const node = root as Node;
  return node.nodeType === 9 ? (node as Document) : (node.ownerDocument ?? undefined);
}

/** Where a piece of text stands: inside chrome, a link, a control. */
interface Place {
  chrome: boolean;
  link?: Element;
  control?: Element;
}

export function collectText(root: ParentNode): TextItem[] {
  const start = root as Node;
  if ((start as Element).closest?.(HIDDEN)) return [];
  // One query per kind beats reading attributes on every element as we walk.
  const hidden = new Set(Array.from(root.querySelectorAll(HIDDEN)));
  const chrome = new Set(Array.from(root.querySelectorAll(CHROME)));
  for (const edge of Array.from(root.querySelectorAll(PAGE_EDGES))) if (!edge.parentElement?.closest(SECTIONING)) chrome.add(edge);
  const controls = new Set(Array.from(root.querySelectorAll(CONTROLS)));
  const links = new Set(Array.from(root.querySelectorAll(LINKS)));
  const startEl = start.nodeType === ELEMENT_NODE ? (start as Element) : undefined;
  const outer: Place = {
    chrome: Boolean(startEl?.parentElement?.closest(CHROME)),
    link: startEl?.closest(LINKS) ?? undefined,
    control: startEl?.parentElement?.closest(CONTROLS) ?? undefined,
  };
  const items: TextItem[] = [];
  const controlOf = new Map<TextItem, Element>();
  let previous: TextItem | undefined;
  // Depth first in document order, each node with its parent element and place (carried down, so
  // no parent lookups).
  const stack: Array<[Node, Element | null, Place]> = [[start, null, outer]];
  while (stack.length) {
    const [node, el, place] = stack.pop()!;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const raw = node.nodeValue;
      if (!raw || !el || !raw.trim()) continue;
      // React splits one string into several text nodes of the same element: join them back.
      if (previous && previous.el === el) {
        previous.text = cleanText(`${previous.text}${raw}`);
        continue;
      }
      previous = { text: cleanText(raw), el };
      if (place.chrome) previous.chrome = true;
      if (place.link) previous.link = place.link;
      if (place.control) controlOf.set(previous, place.control);
      items.push(previous);
    } else if (node === start || (type === ELEMENT_NODE && !hidden.has(node as Element))) {
      const parent = type === ELEMENT_NODE ? (node as Element) : null;
      let inner = place;
      if (parent && (chrome.has(parent) || links.has(parent) || controls.has(parent))) {
        inner = {
          chrome: place.chrome || chrome.has(parent),
          link: links.has(parent) ? parent : place.link,
          control: controls.has(parent) ? parent : place.control,
        };
      }
      // Last child first, so the first is popped first. Sibling hops, not a NodeList: happy-dom
      // answers each index of a NodeList through a Proxy (a fifth of the read's time on a 200-post list).
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push([child, parent, inner]);
    }
  }
  for (const item of items) {
    // Numbers, dates and amounts are never labels: skip the (costly) label normalisation.
    if (/^[\d+\-<(%$€£¥₩₫]/.test(item.text)) continue;
    const labels = lookupLabel(item.text);
    if (labels) item.labels = labels;
  }
  markChrome(items, controlOf);
  return items;
}

/**
 * Links are chrome (they lead elsewhere: a menu entry, a video). A control is chrome unless it
 * holds a whole card, a metric label and a value, as clickable metric cards do; a menu entry's
 * "Comments 9+" holds no value.
 */
function markChrome(items: TextItem[], controlOf: Map<TextItem, Element>): void {
  const cards = new Map<Element, { label: boolean; value: boolean }>();
  for (const [item, control] of controlOf) {
    const seen = cards.get(control) ?? { label: false, value: false };
    if (item.labels?.some((m) => !m.key.includes('.'))) seen.label = true;
    else if (isValueToken(item.text)) seen.value = true;
    cards.set(control, seen);
  }
  for (const item of items) {
    if (item.link) item.chrome = true;
    const control = controlOf.get(item);
    if (control) {
      const seen = cards.get(control)!;
      if (!(seen.label && seen.value)) item.chrome = true;
    }
  }
}

/** The contiguous run of items (indexes lo..hi) inside `container`, around item `i`. */
export function itemsWithin(items: TextItem[], i: number, container: Element): [number, number] {
  let lo = i;
  let hi = i;
  while (lo > 0 && container.contains(items[lo - 1].el)) lo--;
  while (hi < items.length - 1 && container.contains(items[hi + 1].el)) hi++;
  return [lo, hi];
}
