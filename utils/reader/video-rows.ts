// Rows of the posts list (lifetime counters) and of "top posts in period". A row is the widest
// element around a video link that holds no other video; its counters follow the header's order.
import type { ExactPost, StudioContext } from './page-context';
import { isDateToken, parseCountToken, type ParsedNumber } from './studio-numbers';
import type { TextItem } from './page-text';
import { VIDEO_COUNTERS, type VideoCounter, type VideoRow } from './snapshot';
import { METRICS, VIDEO_COUNTER_METRICS } from '../metrics/metric-facts';

const VIDEO_LINK = /\/(?:video|analytics)\/(\d{6,30})(?:[/?#]|$)/;
/** A header's label, read as the metric whose row names a video counter, says which counter its column holds. */
const HEADER_COLUMNS: Partial<Record<string, VideoCounter>> = Object.fromEntries(VIDEO_COUNTER_METRICS.map((m) => [m, METRICS[m].counter]));
const DEFAULT_COLUMNS: VideoCounter[] = ['views', 'likes', 'comments'];
const MAX_ROWS = 2000;
const SCHEDULED_HINT = '[aria-label*="chedul" i], [data-tt*="Schedule" i], [title*="chedul" i]';

export function readVideoRows(
  root: ParentNode,
  items: TextItem[],
  locale: string | undefined,
  context?: StudioContext,
  /** Filled with each row's views cell (or the row), for badges. */
  anchors?: Map<string, Element>,
): VideoRow[] {
  const rows = findRows(root);
  if (!rows.size) return [];
  const rowOf = rowFinder(rows);
  const itemsByRow = new Map<string, TextItem[]>();
  const beforeRows: TextItem[] = [];
  const inRow = items.map((item) => rowOf(item.el) ?? undefined);
  // A row that holds nothing but its video link is a line among siblings (a flat page): the row
  // goes on until the next row starts.
  const nested = new Set(items.flatMap((item, k) => (inRow[k] && !item.link ? [inRow[k]] : [])));
  let current: string | undefined;
  items.forEach((item, k) => {
    let id = inRow[k];
    if (!id && current && !nested.has(current) && rows.get(current)!.parentElement?.contains(item.el)) id = current;
    if (!id) {
      if (!itemsByRow.size) beforeRows.push(item);
      return;
    }
    current = id;
    const list = itemsByRow.get(id) ?? [];
    list.push(item);
    itemsByRow.set(id, list);
  });
  const columns = headerColumns(beforeRows);
  // Icons and tooltips that say "scheduled" without words; one query for the whole page.
  const scheduledHints = new Set(Array.from(root.querySelectorAll(SCHEDULED_HINT), rowOf));
  const out: VideoRow[] = [];
  for (const [videoId, row] of rows) {
    const cells = { row, items: itemsByRow.get(videoId) ?? [], scheduledHint: scheduledHints.has(videoId) };
    out.push(readRow(videoId, cells, columns, locale, context?.posts.get(videoId), anchors));
  }
  return out;
}

/**
 * An element → the id of the row holding it (null: outside all rows). Every element passed on
 * the way up is remembered, so siblings stop at their shared parent: no per-row scans of the page.
 */
function rowFinder(rows: Map<string, Element>): (el: Element) => string | null {
  const known = new Map<Element, string | null>([...rows].map(([id, el]) => [el, id]));
  return (start) => {
    const passed: Element[] = [];
    let id: string | null | undefined;
    for (let el: Element | null = start; el; el = el.parentElement) {
      id = known.get(el);
      if (id !== undefined) break;
      passed.push(el);
    }
    for (const el of passed) known.set(el, id ?? null);
    return id ?? null;
  };
}

/**
 * Rows, by video id: for every video link, the highest ancestor that holds links to that video
 * only. One walk up per link marks each ancestor with the videos below it.
 */
function findRows(root: ParentNode): Map<string, Element> {
  const linksTo = new Map<Element, string | null>(); // null: links to several videos
  const firstLink = new Map<string, Element>();
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    const id = VIDEO_LINK.exec(link.getAttribute('href') ?? '')?.[1];
    if (!id) continue;
    if (!firstLink.has(id)) {
      if (firstLink.size >= MAX_ROWS) continue;
      firstLink.set(id, link);
    }
    for (let el: Element | null = link; el && el.tagName !== 'BODY'; el = el.parentElement) {
      const seen = linksTo.get(el);
      // Above an ancestor already marked, an earlier walk has marked everything.
      if (seen === null || seen === id) break;
      linksTo.set(el, seen === undefined ? id : null);
    }
  }
  const rows = new Map<string, Element>();
  for (const [id, link] of firstLink) {
    let row = link;
    for (let el = link.parentElement; el && linksTo.get(el) === id; el = el.parentElement) row = el;
    rows.set(id, row);
  }
  return rows;
}

/** Column order from the header labels (Views, Likes, Comments…) above the rows; menus and links are no header. */
function headerColumns(aboveRows: TextItem[]): VideoCounter[] {
  const columns: VideoCounter[] = [];
  for (const item of aboveRows) {
    if (item.chrome) continue;
    const counter = item.labels?.map((m) => HEADER_COLUMNS[m.key]).find(Boolean);
    if (counter && !columns.includes(counter)) columns.push(counter);
  }
  return columns.length ? columns : DEFAULT_COLUMNS;
}

interface RowCells {
  row: Element;
  /** The row's text, in order. */
  items: TextItem[];
  /** An icon or tooltip in the row says "scheduled". */
  scheduledHint: boolean;
}

function readRow(
  videoId: string,
  { row, items: rowItems, scheduledHint }: RowCells,
  columns: VideoCounter[],
  locale: string | undefined,
  exact: ExactPost | undefined,
  anchors?: Map<string, Element>,
): VideoRow {
  anchors?.set(videoId, row);
  const video: VideoRow = { videoId };
  if (!rowItems.length) return applyExact(video, exact);

  // The caption is the video link's text; the video's length sits in the thumbnail link too.
  const captionItem = rowItems.find((item) => item.link && !VIDEO_LENGTH.test(item.text));
  if (captionItem) video.caption = captionItem.text.slice(0, 2200);
  const length = rowItems.find((item) => item.link && VIDEO_LENGTH.test(item.text));
  if (length) video.durationSeconds = lengthSeconds(length.text);
  const dates = rowItems.map((item) => parseDate(item.text));
  const postedAt = dates.find(Boolean);
  if (postedAt) video.postedAt = postedAt;
  if (rowItems.some((item) => item.labels?.some((m) => m.key === 'marker.pinned'))) video.pinned = true;
  const scheduled =
    scheduledHint || rowItems.some((item) => item.labels?.some((m) => m.key === 'marker.scheduled'));

  // Counters: texts that are counts and nothing else, outside links and menus, never dates.
  const counts: Array<ParsedNumber & { el: Element }> = [];
  for (const [k, item] of rowItems.entries()) {
    if (item.chrome || dates[k] || isDateToken(item.text)) continue;
    const count = parseCountToken(item.text, locale);
    if (count && !count.signed) counts.push({ value: count.value, rounded: count.rounded, el: item.el });
  }
  if (scheduled) video.scheduled = true;
  // Read by position, so only when the row shows exactly the header's columns.
  else if (counts.length === columns.length) {
    const rounded: VideoCounter[] = [];
    columns.forEach((column, k) => {
      if (column === 'views') anchors?.set(videoId, counts[k].el);
      video[column] = counts[k].value;
      if (counts[k].rounded) rounded.push(column);
    });
    if (rounded.length) video.rounded = rounded;
  }
  return applyExact(video, exact);
}

/** Exact counters from the page's JSON replace the abbreviated ones on screen. */
function applyExact(video: VideoRow, exact: ExactPost | undefined): VideoRow {
  if (!exact) return video;
  if (exact.scheduled) video.scheduled = true;
  if (exact.postedAt) video.postedAt = exact.postedAt;
  if (video.scheduled) return video;
  for (const counter of VIDEO_COUNTERS) {
    const value = exact[counter];
    if (value === undefined) continue;
    video[counter] = value;
    if (video.rounded) video.rounded = video.rounded.filter((c) => c !== counter);
  }
  if (video.rounded && !video.rounded.length) delete video.rounded;
  return video;
}

/** A video's length as the thumbnail shows it: `00:21`, `1:02`, `1:02:03`. */
const VIDEO_LENGTH = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const lengthSeconds = (text: string) => text.split(':').reduce((total, part) => total * 60 + Number(part), 0);

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/**
 * Dates with a year only (`Aug 4, 2025, 8:09 AM`, `2025/8/4`, `2025年8月4日`, `2025-08-04`).
 * A row without a year (`May 8, 9:35 PM`) is this year's, but the reader cannot know "now"
 * purely, so it leaves postedAt out rather than guess.
 */
export function parseDate(text: string): string | undefined {
  const en = /^([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}), (\d{4})\b/.exec(text);
  if (en) return isoDate(Number(en[3]), MONTHS[en[1].toLowerCase()], Number(en[2]));
  const ymd = /^(\d{4})[/.\-年](\d{1,2})[/.\-月](\d{1,2})日?/.exec(text);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return undefined;
}

function isoDate(year: number, month: number | undefined, day: number): string | undefined {
  if (!month || year < 2016 || year > 2100 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  // A day the month does not have (Feb 30) rolls over: refused. Written by hand, not by toISOString.
  if (date.getUTCDate() !== day) return undefined;
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  return `${y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}
