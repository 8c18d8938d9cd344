// The JSON Studio embeds in `<script id="__Creator_Center_Context__">`: the handle, and on the
// posts page the first batch of posts with exact counters. Extra evidence, never required.

export interface ExactPost {
  views?: number;
  likes?: number;
  comments?: number;
  shares?: number;
  saves?: number;
  postedAt?: string;
  scheduled?: boolean;
}

export interface StudioContext {
  account?: string;
  posts: Map<string, ExactPost>;
}

const SCHEDULED_STATUS = 140;
const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

export function readContext(root: ParentNode): StudioContext | undefined {
  const script = root.querySelector('script#__Creator_Center_Context__');
  const raw = script?.textContent?.trim();
  if (!raw) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(decodeEntities(raw));
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const context: StudioContext = { posts: new Map() };
  const uniqueId = dig(data, ['commonAppContext', 'user', 'uniqueId']);
  if (typeof uniqueId === 'string' && /^[A-Za-z0-9_.]{2,24}$/.test(uniqueId)) context.account = uniqueId;
  const list = findItemList(data);
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const i = item as Record<string, unknown>;
    const id = String(i.item_id ?? '');
    if (!/^\d{6,30}$/.test(id)) continue;
    const post: ExactPost = {};
    const counters = [['views', 'play_count'], ['likes', 'like_count'], ['comments', 'comment_count'], ['shares', 'share_count'], ['saves', 'favorite_count']] as const;
    for (const [field, source] of counters) {
      const n = exactCount(i[source]);
      if (n !== undefined) post[field] = n;
    }
    const created = exactCount(i.create_time);
    if (created) post.postedAt = new Date(created * 1000).toISOString();
    if (Number(i.status) === SCHEDULED_STATUS) post.scheduled = true;
    context.posts.set(id, post);
  }
  return context;
}

function findItemList(data: unknown): unknown[] {
  const direct = dig(data, ['firstBatchQueryItems', 'item_list']);
  if (Array.isArray(direct)) return direct;
  // Some releases nest the batch one level deeper; look a couple of levels down, no further.
  if (data && typeof data === 'object') {
    for (const value of Object.values(data as Record<string, unknown>)) {
      const nested = dig(value, ['firstBatchQueryItems', 'item_list']);
      if (Array.isArray(nested)) return nested;
    }
  }
  return [];
}

function exactCount(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function dig(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!current || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
