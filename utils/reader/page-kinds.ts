// Which Studio analytics page a URL is, and which period it shows. Pure.
import type { PageKind, SnapshotRange } from './snapshot';

export interface PageInfo {
  page: PageKind;
  videoId?: string;
  range: SnapshotRange;
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
    const start = isoDay(v.dateRange.start);
    const end = isoDay(v.dateRange.end);
    if (start && end && start <= end) return { start, end };
  }
  return undefined;
}

function isoDay(ms: unknown): string | undefined {
  const n = typeof ms === 'string' ? Number(ms) : ms;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return undefined;
  const date = new Date(n);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
