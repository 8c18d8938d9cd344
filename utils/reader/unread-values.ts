// Values the page shows that the reader did not read: a card whose label Creator Lens does not
// know (Studio renamed it, or speaks a language it has not seen), a number beside no label, a
// breakdown row whose name it does not know. Counted so the page can say so instead of quietly
// showing stale numbers. Not counted: changes printed beside a value read, dates, "no data",
// unread-message counts, video lengths, and values beside a label it knows but does not read
// on this page (the profile line's following count on Studio Home).
import { BADGE_COUNT } from './label-values';
import { isChangeToken, isDateToken, isMissing, isValueToken } from './studio-numbers';
import type { TextItem } from './page-text';

/** A video's length or a clock (`0:21`, `1:02:03`): shown beside captions, never an analytics value. */
const CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/;
/** A container with more texts than this is a section, not one value's card. */
const CARD_TEXTS = 3;

/** Outside the content: never a tile, whatever control holds it. */
const NOT_CONTENT = 'nav,menu,dialog,header,[role=navigation],[role=banner],[role=tab],[role=tablist],[role=menu],[role=menuitem],[role=dialog],[role=tooltip]';

/**
 * A text inside a button in the content: a tile (Studio's French account page shows its cards as
 * buttons). A tile whose label the reader knows is content already; one it does not know is
 * chrome to the reader, yet its value is one the page shows.
 */
export function isTile(item: TextItem): boolean {
  const control = item.link ? null : item.el.closest('button,[role=button]');
  // A tile has a label beside its value; a button showing only a count is a notification.
  const text = control?.textContent ?? '';
  return Boolean(control) && !item.el.closest(NOT_CONTENT) && /\p{L}/u.test(text) && /\p{Nd}/u.test(text);
}

/** The page's own footer inside its content (legal lines, a build number): never analytics. */
const FOOTER = 'footer,[role=contentinfo]';

export function isShownValue(text: string): boolean {
  if (isMissing(text) || isChangeToken(text) || isDateToken(text) || BADGE_COUNT.test(text) || CLOCK.test(text)) return false;
  return isValueToken(text);
}

const isValueLike = (item: TextItem) => isValueToken(item.text) || isChangeToken(item.text) || isDateToken(item.text);

/** The texts that can be this value's label: those of its card, else (a flat page) the line before it. */
export function labelCandidates(region: TextItem[], i: number): TextItem[] {
  for (let el = region[i].el.parentElement; el; el = el.parentElement) {
    const texts: TextItem[] = [];
    for (let j = i - 1; j >= 0 && el.contains(region[j].el); j--) if (!isValueLike(region[j])) texts.push(region[j]);
    for (let j = i + 1; j < region.length && el.contains(region[j].el); j++) if (!isValueLike(region[j])) texts.push(region[j]);
    if (!texts.length) continue;
    if (texts.length <= CARD_TEXTS) return texts;
    break;
  }
  for (let j = i - 1; j >= 0; j--) if (!isValueLike(region[j])) return [region[j]];
  return [];
}

function textsWithin(region: TextItem[], container: Element): number {
  return region.filter((item) => container.contains(item.el) && !isValueLike(item)).length;
}

/** A change printed right after a value (no text between): in the same card, or the next line of a flat page. */
function isChangeBeside(region: TextItem[], read: TextItem, i: number): boolean {
  const value = region[i];
  if (read.el.parentElement === value.el.parentElement) return true;
  let shared: Element | null = read.el;
  while (shared && !shared.contains(value.el)) shared = shared.parentElement;
  return Boolean(shared) && textsWithin(region, shared!) <= CARD_TEXTS;
}

/**
 * The region's values that were not read (`read`: the elements of the values the reader took).
 * `unexcused`: label keys that, on this page, do not explain a value left unread.
 */
export function unreadValues(region: TextItem[], read: Set<Element>, unexcused?: (key: string) => boolean): TextItem[] {
  const missed: TextItem[] = [];
  // The last value seen, read or not: an unsigned value right after it in its card is its change.
  let lastValue: TextItem | undefined;
  region.forEach((item, i) => {
    if (read.has(item.el)) {
      lastValue = item;
      return;
    }
    if (!isShownValue(item.text) || item.el.closest(FOOTER)) {
      // A change ("0 (0%)", "%12,5") stays beside its value; any other text ends the card.
      if (!isChangeToken(item.text) && !isMissing(item.text)) lastValue = undefined;
      return;
    }
    const change = lastValue && isChangeBeside(region, lastValue, i);
    lastValue = item;
    if (change) return;
    if (labelCandidates(region, i).some((t) => t.labels?.some((m) => !unexcused?.(m.key)))) return;
    missed.push(item);
  });
  return missed;
}
