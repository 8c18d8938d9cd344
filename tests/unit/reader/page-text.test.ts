// The reader's view of a page: visible text in document order, nothing hidden, nothing of ours.
import { describe, expect, it } from 'vitest';
import { collectText } from '@/utils/reader/page-text';
import { loadPage } from '../../support/load-page';

const URL = 'https://www.tiktok.com/tiktokstudio/analytics';
const texts = (root: ParentNode) => collectText(root).map((item) => item.text);

describe('collectText', () => {
  it('keeps document order when text and elements interleave', () => {
    const doc = loadPage('<main><p>Video <b>views</b> today</p><div><span>1,234</span>+12</div></main>', URL);
    expect(texts(doc)).toEqual(['Video', 'views', 'today', '1,234', '+12']);
  });

  it('joins text nodes React split inside one element and folds odd spaces', () => {
    const doc = loadPage('<span id="v"></span>', URL);
    const span = doc.getElementById('v')!;
    span.append(doc.createTextNode('12'), doc.createTextNode('\u202f345'), doc.createTextNode('\u200b'));
    expect(texts(doc)).toEqual(['12 345']);
    expect(collectText(doc)[0].el).toBe(span);
  });

  it('skips scripts, styles, svg, hidden subtrees and Creator Lens badges', () => {
    const doc = loadPage(
      '<div><script>var a = 1</script><style>.a{}</style><svg><text>9</text></svg><span hidden>8</span>' +
        '<div aria-hidden="true"><span>7</span></div><span data-creator-lens="badge"><b>▲ 6</b></span><span>5</span></div>',
      URL,
    );
    expect(texts(doc)).toEqual(['5']);
  });

  it('reads from an element root, and reads nothing from inside a hidden one', () => {
    const doc = loadPage('<section id="a"><span>Likes</span><span>12</span></section><div hidden><p id="b">3</p></div>', URL);
    const items = collectText(doc.getElementById('a')!);
    expect(items.map((i) => i.text)).toEqual(['Likes', '12']);
    expect(items[0].labels?.some((m) => m.key === 'likes')).toBe(true);
    expect(texts(doc.getElementById('b')!)).toEqual([]);
  });
});
