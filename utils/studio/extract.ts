// The Studio reader: what the page shows → a StudioSnapshot (../shared/spec/snapshot-contract.md).
// Driven by visible labels and values, so renamed classes or re-nested cards still read;
// data-tt hints and the page's embedded JSON only add exactness.
import { readContext } from './context';
import { mentions, type BreakdownItemKey, type LabelKey } from './labels';
import { isMissing, parseCount, parseDuration, parseMoney, parsePercent } from './numbers';
import { pageInfo } from './page-kind';
import { collectText, documentOf, itemsWithin, type TextItem } from './page-text';
import { readVideoRows } from './video-rows';
import {
  SIGNED_METRICS,
  type BreakdownKey,
  type MetricKey,
  type PageKind,
  type StudioSnapshot,
} from './types';

const METRICS_SHOWN: Record<PageKind, MetricKey[]> = {
  'account-overview': ['videoViews', 'profileViews', 'likes', 'comments', 'shares', 'estimatedRewards'],
  'account-content': [],
  'account-viewers': ['totalViewers', 'newViewers', 'returningViewers'],
  'account-followers': ['followers', 'netFollowers'],
  'video-overview': ['videoViews', 'likes', 'comments', 'shares', 'saves', 'totalPlayTime', 'averageWatchTime', 'watchedFullVideo', 'newFollowers'],
  'video-viewers': ['totalViewers', 'newViewers', 'returningViewers'],
  'video-engagement': ['likes', 'comments', 'shares', 'saves'],
  'posts-list': [],
};
const BREAKDOWNS_SHOWN: Record<PageKind, BreakdownKey[]> = {
  'account-overview': ['trafficSource', 'searchQueries'],
  'account-content': [],
  'account-viewers': ['gender', 'age', 'locations', 'viewerTypes'],
  'account-followers': ['gender', 'age', 'locations'],
  'video-overview': ['trafficSource', 'searchQueries'],
  'video-viewers': ['viewerTypes', 'gender', 'age', 'locations'],
  'video-engagement': [],
  'posts-list': [],
};
const DURATION_METRICS = new Set<MetricKey>(['totalPlayTime', 'averageWatchTime']);
const PERCENT_METRICS = new Set<MetricKey>(['watchedFullVideo']);
/** How far above a label its card may reach. */
const MAX_CARD_DEPTH = 6;
const CAPTCHA = '#captcha-verify-container-main-page';

export function extractSnapshot(root: ParentNode, url: string): StudioSnapshot | null {
  try {
    return readSnapshot(root, url);
  } catch {
    // The reader is written not to throw; a page shaped beyond imagination still must not break Studio.
    return null;
  }
}

/** The reader without its safety net, so tests see any exception it would have swallowed. */
export function readSnapshot(root: ParentNode, url: string): StudioSnapshot | null {
  const info = pageInfo(url);
  if (!info) return null;
  if (root.querySelector(CAPTCHA)) return null;
  const items = collectText(root);
  const context = readContext(root);
  const locale = detectLocale(root, items);

  const snapshot: StudioSnapshot = { page: info.page, url, metrics: {} };
  if (info.videoId) snapshot.videoId = info.videoId;
  snapshot.range = info.range;
  const rounded = new Set<MetricKey>();

  for (const metric of METRICS_SHOWN[info.page]) {
    const found = readMetric(items, metric, locale);
    if (!found) continue;
    snapshot.metrics[metric] = found.value;
    if (found.rounded) rounded.add(metric);
    if (found.currency) snapshot.currency = found.currency;
  }
  if (info.page === 'video-overview' && info.range === 'lifetime') applyPostCard(items, snapshot, rounded, locale);

  const breakdowns: StudioSnapshot['breakdowns'] = {};
  for (const key of BREAKDOWNS_SHOWN[info.page]) {
    const shares = readBreakdown(items, key);
    if (shares) breakdowns[key] = shares;
  }
  if (Object.keys(breakdowns).length) snapshot.breakdowns = breakdowns;

  if (info.page === 'posts-list' || info.page === 'account-content') {
    const videos = readVideoRows(root, items, locale, context);
    if (videos.length) snapshot.videos = videos;
  }

  const nothingRead = !Object.keys(snapshot.metrics).length && !snapshot.breakdowns && !snapshot.videos;
  if (nothingRead) return null;
  const account = context?.account ?? readHandle(items);
  if (account) snapshot.account = account;
  if (rounded.size) snapshot.rounded = [...rounded];
  if (locale) snapshot.locale = locale;
  return snapshot;
}

export interface PageElements {
  metrics: Partial<Record<MetricKey, Element>>;
  /** Per video row: the element showing its views (or the row itself when it shows none). */
  rows: Map<string, Element>;
}

/** Where the page shows each value the reader reads: the anchors for badges. */
export function locateValues(root: ParentNode, url: string): PageElements {
  const located: PageElements = { metrics: {}, rows: new Map() };
  const info = pageInfo(url);
  if (!info) return located;
  const items = collectText(root);
  const locale = detectLocale(root, items);
  for (const metric of METRICS_SHOWN[info.page]) {
    const el = readMetric(items, metric, locale)?.el;
    if (el) located.metrics[metric] = el;
  }
  if (info.page === 'posts-list' || info.page === 'account-content') readVideoRows(root, items, locale, undefined, located.rows);
  return located;
}

interface MetricValue {
  value: number;
  rounded: boolean;
  currency?: string;
  /** The element showing the value (where badges go). */
  el?: Element;
}

function readMetric(items: TextItem[], metric: MetricKey, locale?: string): MetricValue | undefined {
  for (let i = 0; i < items.length; i++) {
    if (!items[i].labels?.some((m) => m.key === metric)) continue;
    const found = valueNear(items, i, metric, locale);
    if (found) return found;
  }
  return undefined;
}

/**
 * Climbs from a label to its card: the widest ancestor that holds no other label. The first
 * value-shaped text in it (after the label, else before) is the value; signed numbers and
 * percents beside a count are the period's change, never the value.
 */
function valueNear(items: TextItem[], i: number, metric: MetricKey, locale?: string): MetricValue | undefined {
  let el: Element | null = items[i].el;
  let searched: [number, number] = [i, i];
  for (let depth = 0; el && depth < MAX_CARD_DEPTH; depth++, el = el.parentElement) {
    const [lo, hi] = itemsWithin(items, i, el);
    if (lo === searched[0] && hi === searched[1] && depth > 0) continue;
    for (let j = lo; j <= hi; j++) if (j !== i && items[j].labels?.some((m) => isMetricKey(m.key))) return undefined;
    const order = [...range(i + 1, hi), ...range(lo, i - 1).reverse()];
    for (const j of order) {
      if (j >= searched[0] && j <= searched[1]) continue;
      const verdict = readValue(items[j].text, metric, locale, j === order[0]);
      if (verdict === 'missing') return undefined;
      if (verdict) return { ...verdict, el: items[j].el };
    }
    searched = [lo, hi];
  }
  return undefined;
}

function readValue(text: string, metric: MetricKey, locale: string | undefined, first: boolean): MetricValue | 'missing' | undefined {
  if (isMissing(text) || mentions(text, 'marker.processing')) return 'missing';
  if (DURATION_METRICS.has(metric)) {
    const seconds = parseDuration(text);
    return seconds === undefined ? undefined : { value: seconds, rounded: false };
  }
  if (PERCENT_METRICS.has(metric)) {
    if (/^[+-]/.test(text)) return undefined;
    const pct = parsePercent(text);
    return pct === undefined || pct > 100 ? undefined : { value: pct, rounded: false };
  }
  if (metric === 'estimatedRewards') {
    const money = parseMoney(text);
    return money ? { value: money.value, rounded: false, currency: money.currency } : undefined;
  }
  if (text.includes('%')) {
    // `0 (-2, -100%)`: a value followed by its change in brackets.
    const lead = /^([^(%]+)\(/.exec(text);
    if (!lead) return undefined;
    text = lead[1];
  }
  const parsed = parseCount(text, locale);
  if (!parsed) return undefined;
  const signed = /^[+-]/.test(text);
  if (signed && !(SIGNED_METRICS.has(metric) && first)) return undefined;
  if (parsed.value < 0 && !SIGNED_METRICS.has(metric)) return undefined;
  return parsed;
}

/** The video page's post card shows exact lifetime counters in a fixed order, under "Posted on". */
function applyPostCard(items: TextItem[], snapshot: StudioSnapshot, rounded: Set<MetricKey>, locale?: string): void {
  const order: MetricKey[] = ['videoViews', 'likes', 'comments', 'shares', 'saves'];
  const posted = items.findIndex((item) => mentions(item.text, 'marker.postedOn'));
  if (posted === -1) return;
  let el: Element | null = items[posted].el;
  for (let depth = 0; el && depth < MAX_CARD_DEPTH; depth++, el = el.parentElement) {
    const [lo, hi] = itemsWithin(items, posted, el);
    if (items.slice(lo, hi + 1).some((item) => item.labels?.some((m) => isMetricKey(m.key)))) return;
    const counts = items
      .slice(lo, hi + 1)
      .filter((item, k) => lo + k !== posted && /^\d/.test(item.text))
      .map((item) => parseCount(item.text, locale));
    if (counts.length >= order.length) {
      if (counts.slice(0, order.length).some((c) => !c)) return;
      order.forEach((metric, k) => {
        const count = counts[k]!;
        // An exact figure beats the rounded one on the metric card; a rounded one never replaces an exact one.
        if (count.rounded && snapshot.metrics[metric] !== undefined) return;
        snapshot.metrics[metric] = count.value;
        if (count.rounded) rounded.add(metric);
        else rounded.delete(metric);
      });
      return;
    }
  }
}

function readBreakdown(items: TextItem[], key: BreakdownKey): Record<string, number> | undefined {
  const heading = items.findIndex((item) => item.labels?.some((m) => m.key === `heading.${key}`));
  if (heading === -1) return undefined;
  let el: Element | null = items[heading].el;
  for (let depth = 0; el && depth < MAX_CARD_DEPTH; depth++, el = el.parentElement) {
    const [lo, hi] = itemsWithin(items, heading, el);
    const otherHeading = items
      .slice(lo, hi + 1)
      .some((item, k) => lo + k !== heading && item.labels?.some((m) => m.key.startsWith('heading.') || isMetricKey(m.key)) && !isItemOf(item, key));
    if (otherHeading) return undefined;
    const shares = pairShares(items.slice(heading + 1, hi + 1), key);
    if (shares) return shares;
  }
  return undefined;
}

function isItemOf(item: TextItem, key: BreakdownKey): boolean {
  return Boolean(item.labels?.some((m) => m.key.startsWith(`${key}.`)));
}

/** Label, then its percent: `For You 62.1%`. A label without a percent, or a percent without a label, adds nothing. */
function pairShares(items: TextItem[], key: BreakdownKey): Record<string, number> | undefined {
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
    if (name !== undefined && !(name in shares)) shares[name] = pct;
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

function isMetricKey(key: LabelKey): boolean {
  return !key.includes('.');
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

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k <= to; k++) out.push(k);
  return out;
}
