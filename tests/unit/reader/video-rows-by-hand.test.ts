// Rows of the posts list by hand: caption, length, date and counters by column (the header's order,
// else views, likes, comments), a scheduled row (word or icon) with no counters, a row showing
// fewer counters than columns, and the page's exact counters replacing rounded ones.
import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/reader/read-page';
import { closePage, loadPage } from '../../support/load-page';

const POSTS = 'https://www.tiktok.com/tiktokstudio/content';
const ID = ['7301111111111111111', '7302222222222222222', '7303333333333333333'];

const row = (id: string, cells: string[], extra = '') =>
  `<div><a href="https://www.tiktok.com/@maya/video/${id}"><span>1:02:03</span></a><a href="https://www.tiktok.com/@maya/video/${id}"><span>Caption ${id.slice(3, 4)}</span></a>${extra}${cells.map((c) => `<span>${c}</span>`).join('')}</div>`;

function read(body: string, context?: unknown) {
  const script = context ? `<script id="__Creator_Center_Context__" type="application/json">${JSON.stringify(context)}</script>` : '';
  const doc = loadPage(`<html lang="en"><head>${script}</head><body><main>${body}</main></body></html>`, POSTS);
  const { snapshot } = readPage(doc, POSTS);
  closePage(doc);
  return snapshot?.videos;
}

describe('posts list rows by hand', () => {
  it('reads caption, length, date and the three default columns; a scheduled row and a short row get no counters', () => {
    const videos = read(
      row(ID[0], ['Aug 4, 2025, 8:09 AM', '12K', '340', '21']) +
      row(ID[1], ['2025/8/5', '10', '2', '1'], '<span aria-label="Scheduled post"></span>') +
      row(ID[2], ['Pinned', '2025-08-06', '10', '2']),
    );
    expect(videos).toEqual([
      { videoId: ID[0], caption: 'Caption 1', durationSeconds: 3723, postedAt: '2025-08-04', views: 12000, likes: 340, comments: 21, rounded: ['views'] },
      { videoId: ID[1], caption: 'Caption 2', durationSeconds: 3723, postedAt: '2025-08-05', scheduled: true },
      { videoId: ID[2], caption: 'Caption 3', durationSeconds: 3723, postedAt: '2025-08-06', pinned: true },
    ]);
  });

  it('takes the columns in the header’s order', () => {
    // Two rows: with one, the whole list would be that video's row, its header included.
    const videos = read(`<div><span>Comments</span><span>Likes</span><span>Video views</span></div>${row(ID[0], ['3', '40', '500'])}${row(ID[1], ['4', '50', '600'])}`);
    expect(videos).toEqual([
      { videoId: ID[0], caption: 'Caption 1', durationSeconds: 3723, comments: 3, likes: 40, views: 500 },
      { videoId: ID[1], caption: 'Caption 2', durationSeconds: 3723, comments: 4, likes: 50, views: 600 },
    ]);
  });

  it('replaces rounded counters with the page’s exact ones, and marks a row scheduled by its status', () => {
    const context = { firstBatchQueryItems: { item_list: [
      { item_id: ID[0], play_count: 12345, create_time: 1754294400 },
      { item_id: ID[1], play_count: 7, status: 140 },
    ] } };
    const videos = read(row(ID[0], ['12K', '340', '21']) + row(ID[1], ['10', '2', '1']), context);
    expect(videos).toEqual([
      // 1754294400 s: 2025-08-04 08:00 UTC. The other rounded counters stay rounded (none here).
      { videoId: ID[0], caption: 'Caption 1', durationSeconds: 3723, postedAt: '2025-08-04T08:00:00.000Z', views: 12345, likes: 340, comments: 21 },
      { videoId: ID[1], caption: 'Caption 2', durationSeconds: 3723, views: 10, likes: 2, comments: 1, scheduled: true },
    ]);
  });
});
