// The page as a person reads it: visible text pieces in document order, each with the
// element that shows it. One TreeWalker pass; everything else works on this list.
import { cleanText } from './numbers';
import { lookupLabel, type LabelMatch } from './labels';

export interface TextItem {
  text: string;
  el: Element;
  /** Label meanings of this text, if it is a known label. */
  labels?: LabelMatch[];
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'TITLE']);
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out: the reader touches no globals.
/** Our own badges carry this attribute; the reader never reads what Creator Lens wrote. */
export const OWN_UI_ATTRIBUTE = 'data-creator-lens';

export function documentOf(root: ParentNode): Document | undefined {
  const node = root as Node;
  return node.nodeType === 9 ? (node as Document) : (node.ownerDocument ?? undefined);
}

export function collectText(root: ParentNode): TextItem[] {
  const doc = documentOf(root);
  if (!doc) return [];
  const items: TextItem[] = [];
  const walker = doc.createTreeWalker(root as Node, SHOW_TEXT);
  let previous: TextItem | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue;
    if (!raw || !raw.trim()) continue;
    const el = node.parentElement;
    if (!el || !isReadable(el)) continue;
    // React splits one string into several text nodes of the same element: join them back.
    if (previous && previous.el === el) {
      previous.text = cleanText(`${previous.text}${raw}`);
      continue;
    }
    previous = { text: cleanText(raw), el };
    items.push(previous);
  }
  for (const item of items) {
    const labels = lookupLabel(item.text);
    if (labels) item.labels = labels;
  }
  return items;
}

function isReadable(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (SKIPPED.has(e.tagName.toUpperCase())) return false;
    if (e.hasAttribute(OWN_UI_ATTRIBUTE) || e.getAttribute('aria-hidden') === 'true' || e.hasAttribute('hidden')) return false;
  }
  return true;
}

/** The contiguous run of items (indexes lo..hi) inside `container`, around item `i`. */
export function itemsWithin(items: TextItem[], i: number, container: Element): [number, number] {
  let lo = i;
  let hi = i;
  while (lo > 0 && container.contains(items[lo - 1].el)) lo--;
  while (hi < items.length - 1 && container.contains(items[hi + 1].el)) hi++;
  return [lo, hi];
}
