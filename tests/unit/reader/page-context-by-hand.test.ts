// The JSON Studio embeds in its page, read by hand-written snippets: the handle, the first batch of
// posts with exact counters (numbers or digit strings only), the posting time, the scheduled
// status, the batch nested one level down, and the HTML entities the script text may carry.
import { describe, expect, it } from 'vitest';
import { readContext } from '@/utils/reader/page-context';
import { closePage, loadPage } from '../../support/load-page';

const URL = 'https://www.tiktok.com/tiktokstudio/content';

function contextOf(script: string | undefined) {
  const doc = loadPage(`<html><body><main>Posts</main>${script === undefined ? '' : `<script id="__Creator_Center_Context__" type="application/json">${script}</script>`}</body></html>`, URL);
  const context = readContext(doc);
  closePage(doc);
  return context;
}

const user = (uniqueId: string) => JSON.stringify({ commonAppContext: { user: { uniqueId } } });
const batch = (items: unknown[]) => JSON.stringify({ firstBatchQueryItems: { item_list: items } });

describe('the page context by hand', () => {
  it('is absent without the script, with an empty one, with broken JSON or with JSON that is no object', () => {
    expect(contextOf(undefined)).toBeUndefined();
    expect(contextOf('   ')).toBeUndefined();
    expect(contextOf('{"commonAppContext":')).toBeUndefined();
    expect(contextOf('null')).toBeUndefined();
    expect(contextOf('42')).toBeUndefined();
    expect(contextOf('"text"')).toBeUndefined();
  });

  it('takes a handle of 2 to 24 letters, digits, dots and underscores, nothing else', () => {
    expect(contextOf(user('maya.bakes_2'))).toEqual({ account: 'maya.bakes_2', posts: new Map() });
    expect(contextOf(user('ab'))?.account).toBe('ab');
    expect(contextOf(user('a'.repeat(24)))?.account).toBe('a'.repeat(24));
    for (const bad of ['a', 'a'.repeat(25), '@maya', 'maya bakes', 'maya-bakes', ''])
      expect(contextOf(user(bad)), bad).toEqual({ posts: new Map() });
    expect(contextOf(JSON.stringify({ commonAppContext: { user: { uniqueId: 12345 } } }))).toEqual({ posts: new Map() });
    expect(contextOf(JSON.stringify({ commonAppContext: { user: {} } }))).toEqual({ posts: new Map() });
    expect(contextOf(JSON.stringify({ commonAppContext: null }))).toEqual({ posts: new Map() });
  });

  it('reads each post’s exact counters, posting time and scheduled status', () => {
    const context = contextOf(batch([
      // 1754294400 s is 2025-08-04 08:00 UTC (2025-01-01 is 1735689600, plus 215 days and 8 hours).
      { item_id: '7301111111111111111', play_count: 1234, like_count: '56', comment_count: 0, share_count: 7, favorite_count: 8, create_time: 1754294400 },
      { item_id: '7302222222222222222', play_count: '12a', like_count: -1, comment_count: 1.5, share_count: '9'.repeat(16), status: 140 },
      { item_id: 7303333, status: '140', create_time: 0 },
      { item_id: '7304444', status: 102, create_time: '1754294400' },
    ]));
    expect(context).toEqual({
      posts: new Map<string, object>([
        ['7301111111111111111', { views: 1234, likes: 56, comments: 0, shares: 7, saves: 8, postedAt: '2025-08-04T08:00:00.000Z' }],
        ['7302222222222222222', { scheduled: true }],
        ['7303333', { scheduled: true }],
        ['7304444', { postedAt: '2025-08-04T08:00:00.000Z' }],
      ]),
    });
  });

  it('takes no counter from an empty or padded string, an exponent, null or a missing field (no key left behind)', () => {
    const context = contextOf(batch([{ item_id: '123456', play_count: '', like_count: ' 12', comment_count: '1e3', share_count: null, favorite_count: true }]));
    expect(context?.posts.get('123456')).toStrictEqual({});
  });

  it('skips items that are no object or whose id is not 6 to 30 digits', () => {
    const context = contextOf(batch([null, 5, 'x', { item_id: '12345', play_count: 1 }, { play_count: 1 }, { item_id: '1'.repeat(31) }, { item_id: '123456', play_count: 3 }]));
    expect(context).toEqual({ posts: new Map([['123456', { views: 3 }]]) });
  });

  it('finds the batch one level down, not two, and not where it is no list', () => {
    const nested = JSON.stringify({ release: { firstBatchQueryItems: { item_list: [{ item_id: '123456', like_count: 2 }] } } });
    expect(contextOf(nested)).toEqual({ posts: new Map([['123456', { likes: 2 }]]) });
    const deeper = JSON.stringify({ release: { inner: { firstBatchQueryItems: { item_list: [{ item_id: '123456' }] } } } });
    expect(contextOf(deeper)).toEqual({ posts: new Map() });
    expect(contextOf(JSON.stringify({ firstBatchQueryItems: { item_list: { item_id: '123456' } } }))).toEqual({ posts: new Map() });
    expect(contextOf(JSON.stringify({ release: 'text', other: null }))).toEqual({ posts: new Map() });
  });

  it('decodes the entities a script text may carry: named in any case, decimal, hex; unknown or impossible ones stay', () => {
    // The JSON's own quotes written as &quot; and &QUOT;; the handle "baker" as b&#97;k&#X65;r.
    expect(contextOf('{&quot;commonAppContext&QUOT;:{"user":{"uniqueId":"b&#97;k&#X65;r"}}}')?.account).toBe('baker');
    expect(contextOf(user('b&#x61;ker'))?.account).toBe('baker');
    // An entity it does not know is left as it is (and the handle, with & and ;, is no handle).
    expect(contextOf(user('ab&nbsp;cd'))).toEqual({ posts: new Map() });
    // A code point beyond Unicode is left as it is, not a crash.
    expect(contextOf(user('ab&#x110000;cd'))).toEqual({ posts: new Map() });
    expect(contextOf(user('ab&#1114112;cd'))).toEqual({ posts: new Map() });
  });
});
