// Rows of the posts list (lifetime counters) and of "top posts in period". A row is the widest
// element around a video link that holds no other video; its counters follow the header's order.
import type { ExactPost, StudioContext } from './context';
import { mentions } from './labels';
import { parseCount } from './numbers';
import { itemsWithin, type TextItem } from './page-text';
import type { VideoCounter, VideoRow } from './types';

const VIDEO_LINK = /\/(?:video|analytics)\/(\d{6,30})(?:[/?#]|$)/;
const HEADER_COLUMNS: Partial<Record<string, VideoCounter>> = {
  videoViews: 'views', likes: 'likes', comments: 'comments', shares: 'shares', saves: 'saves',
};
const DEFAULT_COLUMNS: VideoCounter[] = ['views', 'likes', 'comments'];
const MAX_ROWS = 2000;

export function readVideoRows(
  root: ParentNode,
  items: TextItem[],
  locale: string | undefined,
  context?: StudioContext,
  /** Filled with each row's views cell (or the row), for badges. */
  anchors?: Map<string, Element>,
): VideoRow[] {
  const rows = new Map<string, Element>();
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    const id = VIDEO_LINK.exec(link.getAttribute('href') ?? '')?.[1];
    if (!id || rows.size >= MAX_ROWS) continue;
    const row = rowOf(link, id);
    if (row && !rows.has(id)) rows.set(id, row);
  }
  if (!rows.size) return [];
  const columns = headerColumns(items, rows);
  const out: VideoRow[] = [];
  for (const [videoId, row] of rows) out.push(readRow(videoId, row, items, columns, locale, context?.posts.get(videoId), anchors));
  return out;
}

function rowOf(link: Element, id: string): Element | undefined {
  let row: Element = link;
  for (let parent = link.parentElement; parent; parent = parent.parentElement) {
    const otherVideo = Array.from(parent.querySelectorAll('a[href]')).some((a) => {
      const other = VIDEO_LINK.exec(a.getAttribute('href') ?? '')?.[1];
      return other !== undefined && other !== id;
    });
    if (otherVideo || parent.tagName === 'BODY') break;
    row = parent;
  }
  return row;
}

/** Column order from the header labels (Views, Likes, Comments…) that sit outside every row. */
function headerColumns(items: TextItem[], rows: Map<string, Element>): VideoCounter[] {
  const rowElements = [...rows.values()];
  const columns: VideoCounter[] = [];
  for (const item of items) {
    const counter = item.labels?.map((m) => HEADER_COLUMNS[m.key]).find(Boolean);
    if (!counter || columns.includes(counter)) continue;
    if (rowElements.some((row) => row.contains(item.el))) continue;
    columns.push(counter);
  }
  return columns.length ? columns : DEFAULT_COLUMNS;
}

function readRow(
  videoId: string,
  row: Element,
  items: TextItem[],
  columns: VideoCounter[],
  locale: string | undefined,
  exact: ExactPost | undefined,
  anchors?: Map<string, Element>,
): VideoRow {
  anchors?.set(videoId, row);
  const first = items.findIndex((item) => row.contains(item.el));
  const video: VideoRow = { videoId };
  if (first === -1) return applyExact(video, exact);
  const [lo, hi] = itemsWithin(items, first, row);
  const rowItems = items.slice(lo, hi + 1);

  const captionItem = rowItems.find((item) => item.el.closest('a[href]') && VIDEO_LINK.test(item.el.closest('a[href]')!.getAttribute('href') ?? '') && !/^\d{1,2}:\d{2}/.test(item.text));
  if (captionItem) video.caption = captionItem.text.slice(0, 2200);
  const postedAt = rowItems.map((item) => parseDate(item.text)).find(Boolean);
  if (postedAt) video.postedAt = postedAt;
  if (rowItems.some((item) => item.labels?.some((m) => m.key === 'marker.pinned'))) video.pinned = true;
  const scheduled =
    rowItems.some((item) => mentions(item.text, 'marker.scheduled')) ||
    Boolean(row.querySelector('[aria-label*="chedul" i], [data-tt*="Schedule" i], [title*="chedul" i]'));

  const counts = rowItems
    .filter((item) => item !== captionItem && /^\d/.test(item.text) && !parseDate(item.text))
    .map((item) => ({ ...parseCount(item.text, locale), el: item.el }))
    .filter((c): c is { value: number; rounded: boolean; el: Element } => c.value !== undefined && c.value >= 0);
  if (scheduled) video.scheduled = true;
  else if (counts.length >= columns.length) {
    // Counters are the last cells of a row: the duration badge and dates come first.
    const cells = counts.slice(counts.length - columns.length);
    const rounded: VideoCounter[] = [];
    columns.forEach((column, k) => {
      if (column === 'views') anchors?.set(videoId, cells[k].el);
      video[column] = cells[k].value;
      if (cells[k].rounded) rounded.push(column);
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
  for (const counter of ['views', 'likes', 'comments', 'shares', 'saves'] as const) {
    const value = exact[counter];
    if (value === undefined) continue;
    video[counter] = value;
    if (video.rounded) video.rounded = video.rounded.filter((c) => c !== counter);
  }
  if (video.rounded && !video.rounded.length) delete video.rounded;
  return video;
}

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
  return date.getUTCDate() === day ? date.toISOString().slice(0, 10) : undefined;
}
