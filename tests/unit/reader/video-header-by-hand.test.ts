// A video's header by hand: its counters (views, likes, comments, shares, saves) read by position
// right after the posting date, with up to two caption lines between; not when a count is missing,
// a label stands between, or two headers disagree. An exact header counter beats a card's rounded
// one; a rounded one never replaces an exact one.
import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/reader/read-page';
import { closePage, loadPage } from '../../support/load-page';

const VIDEO = 'https://www.tiktok.com/tiktokstudio/analytics/7301234567890123456';
const COUNTERS = ['12K', '340', '21', '5', '9'];

function read(header: string[], cards = '') {
  const html = `<html lang="en"><body><main><div>${header.map((t) => `<span>${t}</span>`).join('')}</div>${cards}<div><span>New followers</span><span>34</span></div></main></body></html>`;
  const doc = loadPage(html, VIDEO);
  const { snapshot } = readPage(doc, VIDEO);
  closePage(doc);
  return snapshot;
}

describe('a video header by hand', () => {
  it('reads the five counters after the posting date, with up to two lines between', () => {
    const counters = { videoViews: 12000, likes: 340, comments: 21, shares: 5, saves: 9, newFollowers: 34 };
    expect(read(['0:21', 'Sourdough day', 'Aug 4, 2025', ...COUNTERS])).toMatchObject({ metrics: counters, rounded: ['videoViews'] });
    expect(read(['Aug 4, 2025', 'Sourdough day', 'second line', ...COUNTERS])?.metrics).toEqual(counters);
    expect(read(['Aug 4, 2025', 'Sourdough day', 'second line', 'third line', ...COUNTERS])?.metrics).toEqual({ newFollowers: 34 });
  });

  it('reads none when a counter is missing, a value of another kind or a label stands first', () => {
    expect(read(['Aug 4, 2025', ...COUNTERS.slice(0, 4)])?.metrics).toEqual({ newFollowers: 34 });
    expect(read(['Aug 4, 2025', '12%', ...COUNTERS])?.metrics).toEqual({ newFollowers: 34 });
    expect(read(['Aug 4, 2025', 'Shares', ...COUNTERS])?.metrics).toEqual({ newFollowers: 34 });
  });

  it('reads two headers that agree, and neither when they disagree', () => {
    expect(read(['Aug 4, 2025', ...COUNTERS, 'Aug 4, 2025', ...COUNTERS])?.metrics.likes).toBe(340);
    expect(read(['Aug 4, 2025', ...COUNTERS, 'Aug 4, 2025', '12K', '341', '21', '5', '9'])?.metrics).toEqual({ newFollowers: 34 });
  });

  it('lets an exact header counter replace a rounded card value, never the other way round', () => {
    const exactHeader = read(['Aug 4, 2025', '12,345', '340', '21', '5', '9'], '<div><span>Video views</span><span>12K</span></div>');
    expect(exactHeader?.metrics.videoViews).toBe(12345);
    expect(exactHeader?.rounded).toBeUndefined();
    const exactCard = read(['Aug 4, 2025', ...COUNTERS], '<div><span>Video views</span><span>12,345</span></div>');
    expect(exactCard?.metrics.videoViews).toBe(12345);
    expect(exactCard?.rounded).toBeUndefined();
  });
});
