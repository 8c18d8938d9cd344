// "A label and its value", the one reading model for every labelled number on a page.
// The value is the nearest value-shaped text in the label's card: the widest container that
// holds the label and no other label. When the card holds no value (a flat page, each label
// and value its own line, as in the page's innerText), the value is the nearest line beside
// the label, on the side this run of lines puts its values, before the next label.
import { mentions } from './vocabulary';
import { METRICS } from '../metrics/metric-facts';
import { isChangeToken, isMissing, parseCountToken, parseDuration, parseMoney, parsePercent } from './studio-numbers';
import { itemsWithin, type TextItem } from './page-text';
import type { MetricKey } from './snapshot';

export interface MetricValue {
  value: number;
  rounded: boolean;
  currency?: string;
  /** The element showing the value (where a badge goes). */
  el: Element;
}

type Verdict = Omit<MetricValue, 'el'> | 'missing' | undefined;
type Side = 'after' | 'before';

/** Levels that add text to a label's card before it stops being a card. */
const MAX_CARD_GROWTH = 3;
/** On a flat page, the lines that may stand between a label and its value (a change, "vs. previous 7 days"). */
const FLAT_REACH = 3;
/** `9+`, `99+`: an unread counter of a menu entry, never a value. */
export const BADGE_COUNT = /^\d+\+$/;

/** A metric label or a section heading: where one card or section ends and the next begins. */
export function isBoundary(item: TextItem): boolean {
  return Boolean(item.labels?.some((m) => !m.key.includes('.') || m.key.startsWith('heading.')));
}

export function labelsMetric(item: TextItem, metric: MetricKey): boolean {
  return Boolean(item.labels?.some((m) => m.key === metric));
}

export class LabelReader {
  private sides = new Map<Element, Side | null>();

  constructor(
    /** The analytics region's text, in reading order (no chrome). */
    private readonly items: TextItem[],
    private readonly locale?: string,
  ) {}

  /**
   * The metric's value. Every label of the metric is read; when two of them disagree (or one
   * says "no data" and another shows a number), the metric is absent: a guess is worse than nothing.
   */
  metric(metric: MetricKey): MetricValue | undefined {
    let found: MetricValue | 'missing' | undefined;
    for (let i = 0; i < this.items.length; i++) {
      if (!labelsMetric(this.items[i], metric)) continue;
      const value = this.valueOfLabel(i, metric);
      if (!value) continue;
      if (!found) found = value;
      else if (found === 'missing' || value === 'missing' || found.value !== value.value || found.rounded !== value.rounded) return undefined;
    }
    return found === 'missing' ? undefined : found;
  }

  private valueOfLabel(i: number, metric: MetricKey): MetricValue | 'missing' | undefined {
    const { items } = this;
    let searched: [number, number] = [i, i];
    let growth = 0;
    let first = true;
    for (let el: Element | null = items[i].el; el; el = el.parentElement) {
      const [lo, hi] = itemsWithin(items, i, el);
      // A wrapper that adds no text is the same card.
      if (lo === searched[0] && hi === searched[1]) continue;
      for (let j = lo; j <= hi; j++) if (j !== i && isBoundary(items[j])) return this.flatValue(searched, el, metric);
      if (++growth > MAX_CARD_GROWTH) return undefined;
      // Nearest first: what follows the label in the card, then what stands above it.
      const order = [...span(searched[1] + 1, hi), ...span(lo, searched[0] - 1).reverse()];
      for (const j of order) {
        const verdict = this.readValue(items[j].text, metric, first);
        if (isChangeToken(items[j].text) || verdict) first = false;
        if (verdict === 'missing') return 'missing';
        if (verdict) return { ...verdict, el: items[j].el };
      }
      searched = [lo, hi];
    }
    return undefined;
  }

  /** The label's card holds no value: read its neighbour lines inside `container`, the first element holding another label. */
  private flatValue([lo, hi]: [number, number], container: Element, metric: MetricKey): MetricValue | 'missing' | undefined {
    const side = this.sideOf(container);
    if (!side) return undefined;
    return this.besideLabel(side === 'after' ? hi : lo, side, container, metric);
  }

  private besideLabel(from: number, side: Side, container: Element, metric: MetricKey): MetricValue | 'missing' | undefined {
    const { items } = this;
    const step = side === 'after' ? 1 : -1;
    let skipped = 0;
    let first = true;
    for (let j = from + step; j >= 0 && j < items.length && container.contains(items[j].el); j += step) {
      const item = items[j];
      if (isBoundary(item) || BADGE_COUNT.test(item.text)) return undefined;
      const verdict = this.readValue(item.text, metric, first);
      if (verdict === 'missing') return 'missing';
      if (verdict) return { ...verdict, el: item.el };
      first = false;
      if (++skipped > FLAT_REACH) return undefined;
    }
    return undefined;
  }

  /**
   * Which side of its labels a run of lines puts the values: the side where more labels find a
   * value of their own kind (a duration beside "Total play time"). Even: neither, nothing is read.
   */
  private sideOf(container: Element): Side | null {
    const known = this.sides.get(container);
    if (known !== undefined) return known;
    const { items } = this;
    let after = 0;
    let before = 0;
    const start = items.findIndex((item) => container.contains(item.el));
    for (let j = start; j >= 0 && j < items.length && container.contains(items[j].el); j++) {
      const metrics = items[j].labels?.filter((m) => !m.key.includes('.')).map((m) => m.key as MetricKey) ?? [];
      if (!metrics.length) continue;
      if (metrics.some((m) => this.besideLabel(j, 'after', container, m))) after++;
      if (metrics.some((m) => this.besideLabel(j, 'before', container, m))) before++;
    }
    const side = after > before ? 'after' : before > after ? 'before' : null;
    this.sides.set(container, side);
    return side;
  }

  /** What one text says as the value of `metric`. `first`: nothing value-like stood between it and the label. */
  readValue(text: string, metric: MetricKey, first: boolean): Verdict {
    if (isMissing(text) || mentions(text, 'marker.processing')) return 'missing';
    const facts = METRICS[metric];
    if (facts.unit === 'seconds') {
      const seconds = parseDuration(text);
      return seconds === undefined ? undefined : { value: seconds, rounded: false };
    }
    if (facts.unit === 'percent') {
      if (/^[+-]/.test(text)) return undefined;
      const pct = parsePercent(text);
      return pct === undefined || pct > 100 ? undefined : { value: pct, rounded: false };
    }
    if (facts.unit === 'amount') {
      const money = parseMoney(text);
      return money ? { value: money.value, rounded: false, currency: money.currency } : undefined;
    }
    const count = parseCountToken(text, this.locale);
    if (!count) return undefined;
    // A signed number is the period's change, unless the metric is itself a change and it comes first.
    if (count.signed && !(facts.signed && first)) return undefined;
    if (count.value < 0 && !facts.signed) return undefined;
    return { value: count.value, rounded: count.rounded };
  }
}

function span(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k <= to; k++) out.push(k);
  return out;
}
