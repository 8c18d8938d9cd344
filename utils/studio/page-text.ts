// The page as a person reads it: visible text pieces in document order, each with the
// element that shows it. One walk over the tree; everything else works on this list.
import { cleanText } from './numbers';
import { lookupLabel, type LabelMatch } from './labels';

export interface TextItem {
  text: string;
  el: Element;
  /** Label meanings of this text, if it is a known label. */
  labels?: LabelMatch[];
}

/** Our own badges carry this attribute; the reader never reads what Creator Lens wrote. */
export const OWN_UI_ATTRIBUTE = 'data-creator-lens';
const HIDDEN = `script,style,noscript,template,svg,title,[hidden],[aria-hidden="true"],[${OWN_UI_ATTRIBUTE}]`;
// Node.TEXT_NODE and Node.ELEMENT_NODE, spelled out: the reader touches no globals.
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function documentOf(root: ParentNode): Document | undefined {
  const node = root as Node;
  return node.nodeType === 9 ? (node as Document) : (node.ownerDocument ?? undefined);
}

export function collectText(root: ParentNode): TextItem[] {
  const start = root as Node;
  if ((start as Element).closest?.(HIDDEN)) return [];
  // One query for everything unseen beats reading attributes on every element as we walk.
  const hidden = new Set(Array.from(root.querySelectorAll(HIDDEN)));
  const items: TextItem[] = [];
  let previous: TextItem | undefined;
  // Depth first in document order, each node with its parent element: childNodes lists are much
  // cheaper than sibling hops or parent lookups in happy-dom.
  const stack: Array<[Node, Element | null]> = [[start, null]];
  while (stack.length) {
    const [node, el] = stack.pop()!;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const raw = node.nodeValue;
      if (!raw || !el || !raw.trim()) continue;
      // React splits one string into several text nodes of the same element: join them back.
      if (previous && previous.el === el) previous.text = cleanText(`${previous.text}${raw}`);
      else items.push((previous = { text: cleanText(raw), el }));
    } else if (node === start || (type === ELEMENT_NODE && !hidden.has(node as Element))) {
      const parent = type === ELEMENT_NODE ? (node as Element) : null;
      const children = node.childNodes;
      for (let k = children.length - 1; k >= 0; k--) stack.push([children[k], parent]);
    }
  }
  for (const item of items) {
    // Numbers, dates and amounts are never labels: skip the (costly) label normalisation.
    if (/^[\d+\-<(%$€£¥₩₫]/.test(item.text)) continue;
    const labels = lookupLabel(item.text);
    if (labels) item.labels = labels;
  }
  return items;
}

/** The contiguous run of items (indexes lo..hi) inside `container`, around item `i`. */
export function itemsWithin(items: TextItem[], i: number, container: Element): [number, number] {
  let lo = i;
  let hi = i;
  while (lo > 0 && container.contains(items[lo - 1].el)) lo--;
  while (hi < items.length - 1 && container.contains(items[hi + 1].el)) hi++;
  return [lo, hi];
}
