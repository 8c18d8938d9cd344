// The Studio reader: what the page shows → a StudioSnapshot (docs/snapshot-contract.md).
// Only the analytics content is read (never menus, headers, links, buttons, tooltips or toasts),
// driven by visible labels and values, so renamed classes, re-nested cards or a flat page of
// lines still read; the page's embedded JSON only adds exactness. When in doubt, a value is left out.
import { readBreakdown } from './breakdowns';
import { readContext } from './page-context';
import { BADGE_COUNT, LabelReader } from './label-values';
import { inlineTotal, splitHome } from './key-metrics';
import { METRICS } from '../metrics/metric-facts';
import { PAGE_KIND_FACTS, pageInfo } from './page-kinds';
import { collectText, documentOf, type TextItem } from './page-text';
import { readVideoHeader } from './video-header';
import { readVideoRows } from './video-rows';
import { isTile, unreadValues } from './unread-values';
import type { MetricKey, StudioSnapshot } from './snapshot';

const CAPTCHA = '#captcha-verify-container-main-page';
/** Where the page shows each value the reader read: the anchors for badges. */
export interface PageAnchors {
  metrics: Partial<Record<MetricKey, Element>>;
  /** Per video row: the element showing its views (or the row itself when it shows none). */
  rows: Map<string, Element>;
}

export interface PageRead {
  snapshot: StudioSnapshot | null;
  anchors: PageAnchors;
  /**
   * Values the analytics page shows that the reader did not read (labels it does not know,
   * numbers beside no label): the page and the popup say so. Empty on pages that are not
   * analytics pages, and on list pages once their rows are read.
   */
  unread: Element[];
  /** The reader threw (it is written not to): its trace, for the page report, with no page text in it. */
  crash?: string;
}

export function extractSnapshot(root: ParentNode, url: string): StudioSnapshot | null {
  return readPage(root, url).snapshot;
}

/** One pass over the page: the snapshot and where each of its values sits. Never throws. */
export function readPage(root: ParentNode, url: string): PageRead {
  try {
    return readPageUnsafe(root, url);
  } catch (error) {
    // The reader is written not to throw; a page shaped beyond imagination still must not break
    // Studio, nor pass for a page with nothing to read: the crash is said, with its trace.
    return { snapshot: null, anchors: { metrics: {}, rows: new Map() }, unread: [], crash: crashTrace(error) };
  }
}

/** Values a read could not read, a crash counting as one (the page then read nothing it shows). */
export const unreadCount = (read: Pick<PageRead, 'unread' | 'crash'>): number => read.unread.length + (read.crash === undefined ? 0 : 1);

/** A quoted part of an error message that is not a name in the code may quote the page: hidden. */
const QUOTED = /(['"`])(.*?)\1/g;
const CODE_NAME = /^[A-Za-z_$][\w$.]*$/;

/**
 * A crash's trace: the error's kind and message (page text quoted in it hidden), then the frames
 * (Chromium's `at fn (file:line:col)` or Firefox's `fn@file:line:col`) with each file's folders left out.
 */
export function crashTrace(error: unknown): string {
  if (!(error instanceof Error)) return `thrown: ${typeof error}, not an Error`;
  const message = error.message.replace(QUOTED, (whole, quote: string, inner: string) => (CODE_NAME.test(inner) ? whole : `${quote}[text]${quote}`));
  const frames = (error.stack ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at ') || /^[^\s]*@\S+:\d+/.test(line))
    .slice(0, 8)
    .map((line) => line.replace(/[^\s()@]*\/([^/\s()]+)/g, '$1'));
  return [`${error.name}: ${message}`, ...frames].join('\n');
}

/** The reader without its safety net, so tests see any exception it would have swallowed. */
export function readSnapshot(root: ParentNode, url: string): StudioSnapshot | null {
  return readPageUnsafe(root, url).snapshot;
}

function readPageUnsafe(root: ParentNode, url: string): PageRead {
  const anchors: PageAnchors = { metrics: {}, rows: new Map() };
  const info = pageInfo(url);
  if (!info || root.querySelector(CAPTCHA)) return { snapshot: null, anchors, unread: [] };
  const items = collectText(root);
  const region = items.filter((item) => !item.chrome);
  for (let i = 0; i + 1 < region.length; i++) {
    // "Comments 9+": a menu entry with its unread count, wherever it stands, is no metric label.
    if (region[i].labels && BADGE_COUNT.test(region[i + 1].text)) delete region[i].labels;
  }
  const locale = detectLocale(root, region);
  const reads = PAGE_KIND_FACTS[info.page].reads;
  const context = readContext(root);

  const snapshot: StudioSnapshot = { page: info.page, url, metrics: {} };
  if (info.videoId) snapshot.videoId = info.videoId;
  if (info.range) snapshot.range = info.range;
  const rounded = new Set<MetricKey>();

  const labels = new LabelReader(region, locale);
  // Studio Home: range metrics from the Key metrics card alone (and only when it names its range).
  const home = reads.keyMetricsCard ? splitHome(region, items) : undefined;
  const card = home?.days ? new LabelReader(home.card, locale) : undefined;
  const profile = home && new LabelReader(home.outside, locale);
  if (home?.days) snapshot.range = { days: home.days };
  for (const metric of reads.metrics) {
    const reader = home ? (METRICS[metric].rangeFree ? profile : card) : labels;
    const found = reader?.metric(metric) ?? (home && METRICS[metric].rangeFree ? inlineTotal(home.outside, metric, locale) : undefined);
    if (!found) continue;
    snapshot.metrics[metric] = found.value;
    anchors.metrics[metric] = found.el;
    if (found.rounded) rounded.add(metric);
    if (found.currency) snapshot.currency = found.currency;
  }
  const read = new Set<Element>(Object.values(anchors.metrics));
  if (reads.videoHeader && info.range === 'lifetime') {
    const labelled = new Set(Object.values(anchors.metrics));
    for (const counter of readVideoHeader(region, labelled, locale) ?? []) {
      read.add(counter.el);
      const { metric } = counter;
      // An exact counter beats the rounded one on a card; a rounded one never replaces an exact one.
      if (counter.rounded && snapshot.metrics[metric] !== undefined) continue;
      snapshot.metrics[metric] = counter.value;
      anchors.metrics[metric] ??= counter.el;
      if (counter.rounded) rounded.add(metric);
      else rounded.delete(metric);
    }
  }

  const breakdowns: StudioSnapshot['breakdowns'] = {};
  for (const key of reads.breakdowns) {
    const shares = readBreakdown(region, key, read);
    if (shares) breakdowns[key] = shares;
  }
  if (Object.keys(breakdowns).length) snapshot.breakdowns = breakdowns;

  if (reads.rows) {
    const videos = readVideoRows(root, items, locale, context, anchors.rows);
    if (videos.length) snapshot.videos = videos;
  }

  // A list's counters are read by column, not by label: once its rows are read, none is missed.
  // Studio Home without a Key metrics heading it knows: the card's labels are known, its place is
  // not, so its values are ones it could not read (a card that names no range is understood).
  const cardUnplaced = home && !home.card.length ? (key: string) => key in METRICS && !METRICS[key as MetricKey].rangeFree : undefined;
  const unread = snapshot.videos ? [] : unreadValues(items.filter((item) => !item.chrome || isTile(item)), read, cardUnplaced).map((item) => item.el);
  const nothingRead = !Object.keys(snapshot.metrics).length && !snapshot.breakdowns && !snapshot.videos;
  if (nothingRead) return { snapshot: null, anchors: { metrics: {}, rows: new Map() }, unread };
  const account = context?.account ?? readHandle(items);
  if (account) snapshot.account = account;
  if (rounded.size) snapshot.rounded = [...rounded];
  if (locale) snapshot.locale = locale;
  return { snapshot, anchors, unread };
}

const HANDLE = /^@([A-Za-z0-9_.]{2,24})$/;

function readHandle(items: TextItem[]): string | undefined {
  for (const item of items) {
    const match = HANDLE.exec(item.text);
    // A mention inside a caption is someone else; the creator's handle stands alone outside post rows.
    if (match && !item.el.closest('a[href*="/video/"], [data-tt*="PostTable"], [data-tt*="PostInfo"]')) return match[1];
  }
  return undefined;
}

function detectLocale(root: ParentNode, items: TextItem[]): string | undefined {
  const lang = documentOf(root)?.documentElement?.getAttribute('lang');
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary && /^[a-z]{2,3}$/.test(primary)) return primary;
  const votes = new Map<string, number>();
  for (const item of items) {
    const langs = new Set(item.labels?.map((m) => m.lang));
    // A label shared by several languages ("Likes") says nothing about which one this is.
    if (langs.size === 1) for (const l of langs) votes.set(l, (votes.get(l) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [l, n] of votes) if (!best || n > votes.get(best)!) best = l;
  return best;
}
