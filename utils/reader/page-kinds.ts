// Everything Creator Lens knows about each kind of Studio page, in one table: the URLs it lives
// at (the content script's matches, pageInfo), what the reader reads there, and which account
// page the popup sends a creator to for a metric it has no value of yet. Pure.
import type { BreakdownKey, MetricKey, PageKind, SnapshotRange } from './snapshot';

/** The URLs the content script runs on: Studio's analytics and content pages, nothing else. */
export const STUDIO_MATCHES = [
  // Studio Home is /tiktokstudio itself (a match pattern's /tiktokstudio/* leaves it out).
  'https://www.tiktok.com/tiktokstudio',
  'https://www.tiktok.com/tiktokstudio?*',
  'https://www.tiktok.com/tiktokstudio/*',
  'https://www.tiktok.com/creator-center/*',
  'https://www.tiktok.com/analytics*',
];
const STUDIO_ANALYTICS = 'https://www.tiktok.com/tiktokstudio/analytics';
/** Where a creator starts: Studio's account overview. */
export const STUDIO_HOME_URL = STUDIO_ANALYTICS;
/** Studio's list of the creator's posts: one capture reads every video's lifetime counters. */
export const STUDIO_POSTS_URL = 'https://www.tiktok.com/tiktokstudio/content';

export interface PageReads {
  /** Labelled values on the page's cards. */
  metrics: MetricKey[];
  breakdowns: BreakdownKey[];
  /** A list of videos, each row with unlabelled counters under a header. */
  rows?: true;
  /** The video's header: lifetime counters by position after the posting date. */
  videoHeader?: true;
  /**
   * Studio Home: the range metrics only inside the "Key metrics" card, and only with the range
   * the card names ("Last 28 days"); range-free metrics (followers) from the profile line outside it.
   */
  keyMetricsCard?: true;
}

export interface PageKindFacts {
  /** What the page shows, and so what the reader reads there: nothing else. */
  reads: PageReads;
  /** Account pages a creator is sent to: the tab's URL, and the i18n key of the hint that says so. */
  open?: { url: string; hint: 'howOverview' | 'howFollowers' };
}

export const PAGE_KIND_FACTS: Readonly<Record<PageKind, PageKindFacts>> = {
  'account-overview': {
    reads: { metrics: ['videoViews', 'profileViews', 'likes', 'comments', 'shares', 'estimatedRewards'], breakdowns: ['trafficSource', 'searchQueries'] },
    open: { url: STUDIO_ANALYTICS, hint: 'howOverview' },
  },
  'account-content': { reads: { metrics: [], breakdowns: [], rows: true } },
  'account-viewers': { reads: { metrics: ['totalViewers', 'newViewers', 'returningViewers'], breakdowns: ['gender', 'age', 'locations', 'viewerTypes'] } },
  'account-followers': {
    reads: { metrics: ['followers', 'netFollowers'], breakdowns: ['gender', 'age', 'locations'] },
    open: { url: `${STUDIO_ANALYTICS}/followers`, hint: 'howFollowers' },
  },
  'video-overview': {
    reads: {
      metrics: ['videoViews', 'totalPlayTime', 'averageWatchTime', 'watchedFullVideo', 'newFollowers'],
      breakdowns: ['trafficSource', 'searchQueries'],
      videoHeader: true,
    },
  },
  'video-viewers': { reads: { metrics: ['totalViewers', 'newViewers', 'returningViewers'], breakdowns: ['viewerTypes', 'gender', 'age', 'locations'] } },
  'video-engagement': { reads: { metrics: ['likes', 'comments', 'shares', 'saves'], breakdowns: [] } },
  'posts-list': { reads: { metrics: [], breakdowns: [], rows: true } },
  'studio-home': {
    reads: { metrics: ['videoViews', 'profileViews', 'likes', 'comments', 'shares', 'estimatedRewards', 'followers'], breakdowns: [], keyMetricsCard: true },
  },
};

/** The account page a creator opens to capture `metric`, and the hint that says so. */
export function whereToCapture(metric: string): PageKindFacts['open'] {
  return Object.values(PAGE_KIND_FACTS).find((facts) => facts.open && (facts.reads.metrics as string[]).includes(metric))?.open;
}

export interface PageInfo {
  page: PageKind;
  videoId?: string;
  /** From the URL; Studio Home names its range on the page instead. */
  range?: SnapshotRange;
}

const STUDIO_HOSTS = new Set(['www.tiktok.com', 'tiktok.com']);
const ACCOUNT_TABS: Record<string, PageKind> = {
  '': 'account-overview',
  overview: 'account-overview',
  content: 'account-content',
  viewers: 'account-viewers',
  followers: 'account-followers',
};
const VIDEO_TABS: Record<string, PageKind> = {
  '': 'video-overview',
  overview: 'video-overview',
  viewers: 'video-viewers',
  engagement: 'video-engagement',
};
/** TikTok opens account analytics on the last 7 days when the URL names no range. */
const DEFAULT_ACCOUNT_RANGE: SnapshotRange = { days: 7 };

/** Recognises the analytics pages of the contract; anything else is `undefined`. */
export function pageInfo(url: string): PageInfo | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!STUDIO_HOSTS.has(parsed.hostname)) return undefined;
  const parts = parsed.pathname.split('/').filter(Boolean);
  const [root, section, third = '', fourth = ''] = parts;
  const range = rangeFromQuery(parsed.searchParams.get('dateRange'));

  if (root === 'tiktokstudio' && parts.length === 1) return { page: 'studio-home' };
  if (root === 'tiktokstudio' || root === 'creator-center') {
    if (section === 'content' && parts.length === 2) return { page: 'posts-list', range: 'lifetime' };
    if (section !== 'analytics') return undefined;
    if (/^\d{6,30}$/.test(third)) {
      const page = VIDEO_TABS[fourth];
      return page && parts.length <= 4 ? { page, videoId: third, range: range ?? 'lifetime' } : undefined;
    }
    const page = ACCOUNT_TABS[third];
    return page && parts.length <= 3 ? { page, range: range ?? DEFAULT_ACCOUNT_RANGE } : undefined;
  }
  if (root === 'analytics') {
    const page = ACCOUNT_TABS[section ?? ''];
    return page && parts.length <= 2 ? { page, range: range ?? DEFAULT_ACCOUNT_RANGE } : undefined;
  }
  return undefined;
}

/** `?dateRange={"type":"fixed","pastDay":28}` or a custom `{start,end}` in epoch ms. */
export function rangeFromQuery(raw: string | null): SnapshotRange | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { type?: unknown; pastDay?: unknown; dateRange?: { start?: unknown; end?: unknown } };
  if (v.type === 'fixed' && Number.isInteger(v.pastDay) && (v.pastDay as number) > 0 && (v.pastDay as number) <= 3650)
    return { days: v.pastDay as number };
  if (v.type === 'custom' && v.dateRange) {
    const start = utcDayOfEpochMs(v.dateRange.start);
    const end = utcDayOfEpochMs(v.dateRange.end);
    if (start && end && start <= end) return { start, end };
  }
  return undefined;
}

function utcDayOfEpochMs(ms: unknown): string | undefined {
  const n = typeof ms === 'string' ? Number(ms) : ms;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return undefined;
  const date = new Date(n);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
