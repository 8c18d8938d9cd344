// Breakdown sections (traffic source, gender, age, locations, viewer types, search queries):
// a heading, then rows of a name and its percent. The section is the widest container around
// the heading that holds no other heading or metric label; on a flat page, the lines after the
// heading up to the next one. A section that says its data is still processing gives nothing.
import { isBoundary } from './label-values';
import { mentions, type BreakdownItemKey } from './vocabulary';
import { parsePercent } from './studio-numbers';
import { itemsWithin, type TextItem } from './page-text';
import type { BreakdownKey } from './snapshot';

/** `used`: filled with the rows' percents that were read (the others are values the reader missed). */
export function readBreakdown(items: TextItem[], key: BreakdownKey, used?: Set<Element>): Record<string, number> | undefined {
  const heading = items.findIndex((item) => item.labels?.some((m) => m.key === `heading.${key}`));
  if (heading === -1) return undefined;
  const endsSection = (item: TextItem, k: number) => k !== heading && isBoundary(item) && !isItemOf(item, key);
  let section: [number, number] = [heading, heading];
  for (let el: Element | null = items[heading].el; el; el = el.parentElement) {
    const [lo, hi] = itemsWithin(items, heading, el);
    if (items.slice(lo, hi + 1).some((item, k) => endsSection(item, lo + k))) {
      if (section[1] === heading) {
        // Flat: the heading is a line of its own; its rows are the lines after it.
        let end = heading;
        while (end < hi && !endsSection(items[end + 1], end + 1)) end++;
        section = [heading, end];
      }
      break;
    }
    section = [lo, hi];
  }
  const rows = items.slice(heading + 1, section[1] + 1);
  if (rows.some((item) => mentions(item.text, 'marker.processing'))) return undefined;
  return pairShares(rows, key, used);
}

function isItemOf(item: TextItem, key: BreakdownKey): boolean {
  return Boolean(item.labels?.some((m) => m.key.startsWith(`${key}.`)));
}

/** Label, then its percent: `For You 62.1%`. A label without a percent, or a percent without a label, adds nothing. */
function pairShares(items: TextItem[], key: BreakdownKey, used?: Set<Element>): Record<string, number> | undefined {
  const shares: Record<string, number> = {};
  let label: TextItem | undefined;
  for (const item of items) {
    const pct = parsePercent(item.text);
    if (pct === undefined) {
      // A bare number between rows is a count, not a label; age brackets and queries may start with digits.
      label = /^[+-]?\d/.test(item.text) && key !== 'searchQueries' && key !== 'age' ? undefined : item;
      continue;
    }
    if (!label || pct < 0 || pct > 100) continue;
    const name = shareName(label, key);
    if (name !== undefined && !(name in shares)) {
      shares[name] = pct;
      used?.add(item.el);
    }
    label = undefined;
  }
  return Object.keys(shares).length ? shares : undefined;
}

function shareName(label: TextItem, key: BreakdownKey): string | undefined {
  switch (key) {
    case 'trafficSource':
    case 'gender':
    case 'viewerTypes': {
      const match = label.labels?.find((m) => m.key.startsWith(`${key}.`));
      return match ? (match.key as BreakdownItemKey).slice(key.length + 1) : undefined;
    }
    case 'age': {
      const age = label.text.replace(/\s/g, '').replace(/[\u2010-\u2015]/g, '-');
      return /^\d{2}(?:-\d{2}|\+)$/.test(age) ? age : undefined;
    }
    default:
      return label.text.length <= 100 ? label.text : undefined;
  }
}
