// lookupLabel remembers each text's answer (the posts list's read time, issue 34): it must answer
// exactly as the vocabulary does, also once the memo starts over. normalizeLabel's folding is pinned
// by hand (spacing, case, colons, accents, quotes, width), so a shortcut added for speed (one for
// printable ASCII was tried) has to keep these answers.
import { describe, expect, it } from 'vitest';
import { lookupLabel, normalizeLabel } from '@/utils/reader/vocabulary';

describe('normalizeLabel', () => {
  it.each([
    ['Views:', 'views'],
    ['  Total   PLAY time :', 'total play time'],
    ['Vues :', 'vues'],
    ['視聴数：', '視聴数'],
    ['Views\u00a0', 'views'],
    ['A:B:', 'a:b'],
    ['Lượt xem', 'luot xem'],
    ['Đã thích', 'da thich'],
    ['İzlenme', 'izlenme'],
    ['“Likes”', "'likes'"],
    ['Ｖｉｅｗｓ', 'views'],
    ['', ''],
  ])('%j → %j', (text, folded) => {
    expect(normalizeLabel(text)).toBe(folded);
  });
});

describe('lookupLabel', () => {
  it('answers the same for a text seen before, also once its memo has been emptied', () => {
    const first = lookupLabel('Video views');
    expect(first?.map((m) => m.key)).toContain('videoViews');
    expect(lookupLabel('Sourdough starter, day 3')).toBeUndefined();
    // More distinct texts than the memo keeps: it starts over and still answers from the vocabulary.
    for (let k = 0; k < 6000; k++) lookupLabel(`caption ${k}`);
    expect(lookupLabel('Video views')).toEqual(first);
    expect(lookupLabel('VIDEO VIEWS:')).toEqual(first);
    expect(lookupLabel('Sourdough starter, day 3')).toBeUndefined();
  });
});
