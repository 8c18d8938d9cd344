// Labels and their values by hand: a metric shown twice (the same, disagreeing, once "--"), and
// cards whose value the flat fallback would not find (too far from the label), so the card search
// itself is what reads them.
import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/reader/read-page';
import { LabelReader } from '@/utils/reader/label-values';
import { collectText } from '@/utils/reader/page-text';
import { closePage, loadPage } from '../../support/load-page';

const HOME = 'https://www.tiktok.com/tiktokstudio';

function metrics(cards: string) {
  const html = `<html lang="en"><body><main><div><span>@maya.bakes</span></div><section><h2>Key metrics</h2><span>Last 28 days</span>${cards}</section></main></body></html>`;
  const doc = loadPage(html, HOME);
  const { snapshot } = readPage(doc, HOME);
  closePage(doc);
  return snapshot?.metrics;
}

/** The likes of a page made of these cards, read by the label reader alone. */
function likes(cards: string) {
  const doc = loadPage(`<html lang="en"><body><main>${cards}</main></body></html>`, HOME);
  const value = new LabelReader(collectText(doc.body), 'en').metric('likes')?.value;
  closePage(doc);
  return value;
}

const card = (...texts: string[]) => `<div>${texts.map((t) => `<span>${t}</span>`).join('')}</div>`;
const VIEWS = card('Video views', '5,000');

describe('label values by hand', () => {
  it('reads a metric shown twice with one value, and nothing when the two disagree', () => {
    expect(likes(VIEWS + card('Likes', '300') + card('Likes', '300'))).toBe(300);
    expect(likes(VIEWS + card('Likes', '300') + card('Likes', '301'))).toBeUndefined();
    // Same number, once rounded: they disagree.
    expect(likes(VIEWS + card('Likes', '1K') + card('Likes', '1,000'))).toBeUndefined();
    // One says "no data", the other a number, in either order.
    expect(likes(VIEWS + card('Likes', '--') + card('Likes', '300'))).toBeUndefined();
    expect(likes(VIEWS + card('Likes', '300') + card('Likes', '--'))).toBeUndefined();
  });

  it('reads the value the card holds four lines below its label (past the flat reach)', () => {
    expect(metrics(VIEWS + card('Likes', 'vs.', 'previous', 'period', 'here', '300'))).toEqual({ videoViews: 5000, likes: 300 });
  });

  it('reads the value above the label inside its card', () => {
    expect(metrics(card('5,000', 'Video views') + card('300', 'Likes'))).toEqual({ videoViews: 5000, likes: 300 });
  });

  it('gives no value, not a "no data" mark, for a metric only shown as "--"', () => {
    const doc = loadPage(`<html lang="en"><body><main>${VIEWS}${card('Likes', '--')}</main></body></html>`, HOME);
    expect(new LabelReader(collectText(doc.body), 'en').metric('likes')).toBeUndefined();
    closePage(doc);
  });

  it('reads no flat value four lines past its label', () => {
    // Flat lines: "after" finds 2 (views, comments), "before" 2 (comments and likes reach back): a tie, nothing read.
    const flat = ['Video views', '5,000', 'Comments', '12', 'Likes', 'a', 'b', 'c', 'd', '300'].map((t) => `<span>${t}</span>`).join('');
    expect(likes(flat)).toBeUndefined();
  });

  it('reads one text as a value of its metric\'s kind', () => {
    const reader = new LabelReader([], 'en');
    expect(reader.readValue('Processing', 'likes', true)).toBe('missing');
    // A duration metric takes no plain word.
    expect(reader.readValue('soon', 'totalPlayTime', true)).toBeUndefined();
    // A percent: up to 100 (100 itself kept), never signed (a change), never a word.
    expect(reader.readValue('100%', 'watchedFullVideo', true)).toEqual({ value: 100, rounded: false });
    expect(reader.readValue('150%', 'watchedFullVideo', true)).toBeUndefined();
    expect(reader.readValue('+5%', 'watchedFullVideo', true)).toBeUndefined();
    expect(reader.readValue('half', 'watchedFullVideo', true)).toBeUndefined();
  });

  it('reads a flat page whose values stand before their labels', () => {
    // Before: likes 300, comments 12, views 5,000 (3); after: likes 12, comments 5,000 (2): before wins.
    const flat = ['300', 'Likes', '12', 'Comments', '5,000', 'Video views'].map((t) => `<span>${t}</span>`).join('');
    expect(likes(flat)).toBe(300);
  });
});
