// Studio Home by hand: the Key metrics card read with the range it names, the profile line's
// total written with its word in one text ("14.8K Followers", "Followers 15,000"), two such
// totals that disagree, a signed one.
import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/reader/read-page';
import { closePage, loadPage } from '../../support/load-page';

const HOME = 'https://www.tiktok.com/tiktokstudio';

function read(profile: string[], card = '<span>Last 28 days</span><div><span>Video views</span><span>5,000</span></div><div><span>Likes</span><span>300</span></div>') {
  const html = `<html lang="en"><body><main><div>${profile.map((t) => `<span>${t}</span>`).join('')}</div><section><h2>Key metrics</h2>${card}</section></main></body></html>`;
  const doc = loadPage(html, HOME);
  const { snapshot, unread } = readPage(doc, HOME);
  const texts = unread.map((el) => el.textContent);
  closePage(doc);
  return { snapshot, texts };
}

describe('Studio Home by hand', () => {
  it('reads the card with its range and the followers from the profile line', () => {
    expect(read(['@maya.bakes', '14.8K Followers', 'Following 120']).snapshot).toEqual({
      page: 'studio-home', url: HOME, range: { days: 28 }, account: 'maya.bakes', locale: 'en',
      metrics: { videoViews: 5000, likes: 300, followers: 14800 }, rounded: ['followers'],
    });
  });

  it('reads the count on either side of the word, the same twice, and nothing from two that disagree', () => {
    expect(read(['Followers 15,000']).snapshot?.metrics.followers).toBe(15000);
    expect(read(['15,000 Followers', 'Followers 15,000']).snapshot?.metrics.followers).toBe(15000);
    expect(read(['14.8K Followers', 'Followers 15,000']).snapshot?.metrics.followers).toBeUndefined();
    // Same number, once rounded and once exact: they disagree too.
    expect(read(['15K Followers', 'Followers 15,000']).snapshot?.metrics.followers).toBeUndefined();
  });

  it('takes no total from a signed count (a change)', () => {
    expect(read(['+120 Followers']).snapshot?.metrics.followers).toBeUndefined();
  });

  it('reads no range metric from a card that names no range', () => {
    const { snapshot } = read(['14.8K Followers'], '<div><span>Video views</span><span>5,000</span></div><div><span>Likes</span><span>300</span></div>');
    expect(snapshot?.metrics).toEqual({ followers: 14800 });
    expect(snapshot?.range).toBeUndefined();
  });
});
