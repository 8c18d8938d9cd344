// A video's header: its length, caption, posting date, then its lifetime counters (views,
// likes, comments, shares, saves), each beside an icon and no label. They are read by
// position only, among texts that are counts and nothing else, right after the posting date;
// when the number of counters is not what the header shows, none is read.
import { isBoundary } from './label-values';
import { mentions } from './vocabulary';
import { VIDEO_COUNTER_METRICS } from '../metrics/metric-facts';
import { isDateToken, isValueToken, parseCountToken, type ParsedNumber } from './studio-numbers';
import type { TextItem } from './page-text';
import type { MetricKey } from './snapshot';

export type HeaderCounter = ParsedNumber & { metric: MetricKey; el: Element };

/** Lines (a caption) that may stand between the posting date and the counters. */
const MAX_LINES_BEFORE_COUNTERS = 2;

/** `labelled`: the elements of values already read as some label's value; they are not the header's. */
export function readVideoHeader(items: TextItem[], labelled: Set<Element>, locale?: string): HeaderCounter[] | undefined {
  let found: HeaderCounter[] | undefined;
  for (let i = 0; i < items.length; i++) {
    if (!(isDateToken(items[i].text) || mentions(items[i].text, 'marker.postedOn'))) continue;
    const counters = countersAfter(items, i, labelled, locale);
    if (!counters) continue;
    // Two dates each followed by a row of counters: which is this video's is unclear.
    if (found && found.some((c, k) => c.value !== counters[k].value)) return undefined;
    found = counters;
  }
  return found;
}

function countersAfter(items: TextItem[], date: number, labelled: Set<Element>, locale?: string): HeaderCounter[] | undefined {
  let j = date + 1;
  for (let lines = 0; j < items.length && !counter(items[j], locale); j++) {
    // A value of another kind or a label before any counter: this is not the header's row.
    if (isBoundary(items[j]) || isValueToken(items[j].text) || ++lines > MAX_LINES_BEFORE_COUNTERS) return undefined;
  }
  const run: HeaderCounter[] = [];
  for (; j < items.length && !labelled.has(items[j].el); j++) {
    const count = counter(items[j], locale);
    if (!count) break;
    run.push({ ...count, metric: VIDEO_COUNTER_METRICS[run.length], el: items[j].el });
  }
  return run.length === VIDEO_COUNTER_METRICS.length ? run : undefined;
}

function counter(item: TextItem, locale?: string): ParsedNumber | undefined {
  if (isDateToken(item.text)) return undefined;
  const count = parseCountToken(item.text, locale);
  return count && !count.signed ? { value: count.value, rounded: count.rounded } : undefined;
}
