// Studio Home (/tiktokstudio): a "Key metrics" card sums the last N days (the card names N), and
// the profile line beside it shows lifetime totals (followers, likes). The same label ("Likes")
// means a different number in each, so the card is read on its own, and only with its range.
import type { MetricValue } from './label-values';
import { METRICS } from '../metrics/metric-facts';
import { itemsWithin, type TextItem } from './page-text';
import { parseCountToken } from './studio-numbers';
import { lookupLabel, readRangeDays } from './vocabulary';
import type { MetricKey } from './snapshot';

export interface HomeParts {
  /** The card's items (the analytics region's, in reading order), empty when there is no card. */
  card: TextItem[];
  /** Everything else in the region: the profile line. */
  outside: TextItem[];
  /** The days the card's range picker names, when it names them. */
  days?: number;
}

const metricKeys = (item: TextItem) => item.labels?.filter((m) => !m.key.includes('.')).map((m) => m.key as MetricKey) ?? countWithLabel(item.text)?.keys ?? [];

/**
 * The card is the widest container around its heading that holds no other heading, no metric
 * label twice and no range-free metric (the profile line's followers): where the card ends.
 */
export function splitHome(region: TextItem[], all: TextItem[]): HomeParts {
  const heading = region.findIndex((item) => item.labels?.some((m) => m.key === 'heading.keyMetrics'));
  if (heading === -1) return { card: [], outside: region };
  const seen = new Set<MetricKey>();
  const ends = (item: TextItem, j: number) => {
    if (j !== heading && item.labels?.some((m) => m.key.startsWith('heading.'))) return true;
    let end = false;
    for (const key of metricKeys(item)) {
      if (seen.has(key) || METRICS[key].rangeFree) end = true;
      seen.add(key);
    }
    return end;
  };
  let span: [number, number] = [heading, heading];
  for (let el = region[heading].el.parentElement; el; el = el.parentElement) {
    const [lo, hi] = itemsWithin(region, heading, el);
    seen.clear();
    if (region.slice(lo, hi + 1).some((item, k) => ends(item, lo + k))) {
      if (span[1] === heading) {
        // Flat: the heading is a line of its own; the card is the lines after it, up to where it ends.
        seen.clear();
        let end = heading;
        while (end < hi && !ends(region[end + 1], end + 1)) end++;
        span = [heading, end];
      }
      break;
    }
    span = [lo, hi];
  }
  const card = region.slice(span[0], span[1] + 1);
  const outside = [...region.slice(0, span[0]), ...region.slice(span[1] + 1)];
  // The range picker is a control (chrome to the reader): look at every text from the card's first to its last.
  const first = all.indexOf(card[0]);
  const last = all.indexOf(card[card.length - 1]);
  let days: number | undefined;
  for (let j = first; j <= last && !days; j++) days = readRangeDays(all[j].text);
  return days ? { card, outside, days } : { card, outside };
}

/** "14.8K Followers", "Followers 1,204": a count and a label in one text, split where they meet. */
function countWithLabel(text: string, locale?: string): { keys: MetricKey[]; value: number; rounded: boolean } | undefined {
  if (text.length > 60) return undefined;
  for (const { index: at } of text.matchAll(/ /g)) {
    const [a, b] = [text.slice(0, at), text.slice(at + 1)];
    const [count, label] = /^[\d.,]/.test(a) ? [a, b] : [b, a];
    const parsed = parseCountToken(count, locale);
    const keys = lookupLabel(label)?.filter((m) => !m.key.includes('.')).map((m) => m.key as MetricKey);
    if (parsed && !parsed.signed && keys?.length) return { keys, value: parsed.value, rounded: parsed.rounded };
  }
  return undefined;
}

/**
 * A total the profile line writes with its word in one text ("14.8K Followers"). Two that
 * disagree read as nothing.
 */
export function inlineTotal(items: TextItem[], metric: MetricKey, locale?: string): MetricValue | undefined {
  let found: MetricValue | undefined;
  for (const item of items) {
    const total = item.labels ? undefined : countWithLabel(item.text, locale);
    if (!total?.keys.includes(metric)) continue;
    if (found && (found.value !== total.value || found.rounded !== total.rounded)) return undefined;
    found = { value: total.value, rounded: total.rounded, el: item.el };
  }
  return found;
}
