// The brand in disguise inside one label, each rule with its answer written by hand: folding,
// the edit distance, which typos count, where the brand sits and what is left of the name.
import { describe, expect, it } from 'vitest';
import { classifyUrl } from '@/utils/guard/classify';
import { brandIn, decodeLabel, editDistance, fold, foldChar, growthFragmentIn, scamWordsIn, typoInside } from '@/utils/guard/lookalike';

describe('decodeLabel', () => {
  it('decodes punycode, and leaves any other label (or broken punycode) as it is', () => {
    expect(decodeLabel('xn--tktok-n2e')).toBe('t\u0456ktok');
    expect(decodeLabel('tiktok')).toBe('tiktok');
    expect(decodeLabel('axn--tktok-n2e')).toBe('axn--tktok-n2e');
    expect(decodeLabel('xn--99999999999999')).toBe('xn--99999999999999');
  });
});

describe('folding', () => {
  it('folds one character by the table, then by dropping its accent', () => {
    expect(foldChar('l')).toBe('i');
    expect(foldChar('0')).toBe('o');
    expect(foldChar('k')).toBe('k');
    expect(foldChar('\u0456')).toBe('i'); // Cyrillic і
    expect(foldChar('ỉ')).toBe('i');
    expect(foldChar('ǐ')).toBe('i');
    expect(foldChar('é')).toBe('e');
    // An accented l is an l, which the table reads as i.
    expect(foldChar('ḷ')).toBe('i');
    // Letters with no base letter, or several, stay.
    expect(foldChar('ж')).toBe('ж');
    expect(foldChar('한')).toBe('한');
  });

  it('folds a whole text, lower case, one character out per character in', () => {
    expect(fold('T!KT0K')).toBe('tiktok');
    expect(fold('ŢỈḲŤỌḲ')).toBe('tiktok');
    expect(fold('Шop')).toBe('шop');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, replacements and a swap of neighbours, one each', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('abc', 'abd')).toBe(1);
    expect(editDistance('abc', 'ab')).toBe(1);
    expect(editDistance('ab', 'abc')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abcd', 'badc')).toBe(2);
    expect(editDistance('ab', '')).toBe(2);
    expect(editDistance('', 'ab')).toBe(2);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    // Optimal string alignment: a swapped pair is not edited again (Damerau proper would say 2).
    expect(editDistance('ca', 'abc', 5)).toBe(3);
  });

  it('stops at one past the limit', () => {
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('abcd', 'a')).toBe(3);
    expect(editDistance('a', 'abc')).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz')).toBe(3);
    expect(editDistance('tiktok', 'tiktoo', 0)).toBe(1);
    expect(editDistance('tiktok', 'ticktock', 1)).toBe(2);
  });
});

describe('brandIn', () => {
  it('passes over names with no k and t (or 7), unless punycode', () => {
    expect(brandIn('example')).toBeUndefined();
    expect(brandIn('kite')).toBeUndefined();
    expect(brandIn('tiktak')).toBeUndefined();
  });

  it('finds the brand as written inside a name, and what is left around it', () => {
    expect(brandIn('tiktokviewer')).toEqual({ kind: 'exact', label: 'tiktokviewer', rest: 'viewer' });
    expect(brandIn('my-tiktok_shop')).toEqual({ kind: 'exact', label: 'my-tiktok_shop', rest: 'my shop' });
    expect(brandIn('tiktok')).toEqual({ kind: 'exact', label: 'tiktok', rest: '' });
  });

  it('skips words that merely begin like it, unless another word goes on', () => {
    expect(brandIn('tiktoken')).toBeUndefined();
    expect(brandIn('tiktokens')).toBeUndefined();
    expect(brandIn('tiktokenizer')).toBeUndefined();
    expect(brandIn('tiktokens-tiktok')).toEqual({ kind: 'exact', label: 'tiktokens-tiktok', rest: 'tiktokens' });
    expect(brandIn('tiktokenx')).toEqual({ kind: 'exact', label: 'tiktokenx', rest: 'enx' });
    // The brand one letter in, in a longer name: the brand, not a typo of it.
    expect(brandIn('xtiktokshop')).toEqual({ kind: 'exact', label: 'xtiktokshop', rest: 'x shop' });
  });

  it('finds it with look-alike letters (folded) or homoglyphs', () => {
    expect(brandIn('free-t1kt0k-coins')).toEqual({ kind: 'folded', label: 'free-t1kt0k-coins', rest: 'free coins' });
    expect(brandIn('xn--tktok-n2e')).toEqual({ kind: 'homoglyph', label: 'xn--tktok-n2e', rest: '' });
  });

  it('takes the brand with one letter glued on for a typo of it', () => {
    expect(brandIn('tiktokw')).toEqual({ kind: 'typo', label: 'tiktokw', rest: '' });
    expect(brandIn('ttiktok')).toEqual({ kind: 'typo', label: 'ttiktok', rest: '' });
  });

  it('takes one sound-alike letter, not two', () => {
    expect(brandIn('tictok')).toEqual({ kind: 'typo', label: 'tictok', rest: '' });
    expect(brandIn('tictokshop')).toEqual({ kind: 'typo', label: 'tictokshop', rest: 'shop' });
    expect(brandIn('tictocky')).toBeUndefined();
    // The brand's tail alone, one letter short at the front, is no sound-alike.
    expect(brandIn('iktokz')).toBeUndefined();
  });

  it('takes the typos people register, and not other words one letter away', () => {
    const kind = (label: string) => brandIn(label)?.kind;
    expect(kind('tktok')).toBe('typo'); // a letter dropped
    expect(kind('tiktk')).toBe('typo');
    expect(kind('titkok')).toBe('typo'); // neighbours swapped
    expect(kind('taktok')).toBe('typo'); // the first vowel replaced
    expect(kind('tuktok')).toBe('typo');
    expect(kind('tiktpk')).toBe('typo'); // a key next to the letter
    expect(kind('tjktok')).toBe('typo');
    expect(kind('tiktuk')).toBeUndefined(); // a vowel, but not the first
    expect(kind('kiktok')).toBeUndefined();
    expect(kind('tiktik')).toBeUndefined();
  });

  it('reads a typo in one hyphenated part of the name, the rest being the other parts', () => {
    expect(brandIn('shop-titok')).toEqual({ kind: 'typo', label: 'shop-titok', rest: 'shop' });
    expect(brandIn('my-tktok-app')).toEqual({ kind: 'typo', label: 'my-tktok-app', rest: 'my app' });
    expect(brandIn('a-b-tktok')).toEqual({ kind: 'typo', label: 'a-b-tktok', rest: 'a b' });
    // Parts that only together make a typo of the brand (a dropped t no stretch inside starts with).
    expect(brandIn('ik-tok')).toEqual({ kind: 'typo', label: 'ik-tok', rest: '' });
  });

  it('reads a typo inside a longer name, the rest as written (not folded: "mall" stays a word, 1 a digit)', () => {
    expect(brandIn('malltktok')).toEqual({ kind: 'typo', label: 'malltktok', rest: 'mall' });
    expect(brandIn('tiktko18')).toEqual({ kind: 'typo', label: 'tiktko18', rest: '18' });
    expect(brandIn('logintiktk-9')).toEqual({ kind: 'typo', label: 'logintiktk-9', rest: 'login 9' });
  });
});

describe('brandIn, a typo written with homoglyphs', () => {
  it('calls every kind of typo a homoglyph when the label has non-Latin letters', () => {
    // tіktokw, tіctok, shop-tіtok, іk-tok (Cyrillic і) and mallтktok (Cyrillic т), in punycode.
    expect(brandIn('xn--tktokw-pvf')).toEqual({ kind: 'homoglyph', label: 'xn--tktokw-pvf', rest: '' });
    expect(brandIn('xn--tctok-n2e')).toEqual({ kind: 'homoglyph', label: 'xn--tctok-n2e', rest: '' });
    expect(brandIn('xn--shop-ttok-09h')).toEqual({ kind: 'homoglyph', label: 'xn--shop-ttok-09h', rest: 'shop' });
    expect(brandIn('xn--k-tok-m2e')).toEqual({ kind: 'homoglyph', label: 'xn--k-tok-m2e', rest: '' });
    expect(brandIn('xn--mallktok-rch')).toEqual({ kind: 'homoglyph', label: 'xn--mallktok-rch', rest: 'mall' });
  });
});

describe('typoInside', () => {
  it('finds a stretch one typo from the brand, starting at a t, trying the brand\'s length first', () => {
    expect(typoInside('malltktok')).toEqual({ at: 4, length: 5 });
    expect(typoInside('shoptitok')).toEqual({ at: 4, length: 5 });
    expect(typoInside('tiktookk1688')).toEqual({ at: 0, length: 7 });
    expect(typoInside('xtiktpkx')).toEqual({ at: 1, length: 6 });
    expect(typoInside('kiktokx')).toBeUndefined();
    expect(typoInside('tiktokenx')).toBeUndefined();
    expect(typoInside('tkt')).toBeUndefined();
    // Before the first t no stretch starts; a word that begins like the brand keeps its place.
    expect(typoInside('iktokz')).toBeUndefined();
    expect(typoInside('tiktokentktok')).toEqual({ at: 8, length: 5 });
  });
});

describe('growthFragmentIn', () => {
  it('finds a piece of the brand between a growth word and the name\'s edge or another growth word', () => {
    expect(growthFragmentIn('freetikfan')).toEqual({ fragment: 'tik', word: 'free' });
    expect(growthFragmentIn('Free-Tik_Fan')).toEqual({ fragment: 'tik', word: 'free' });
    expect(growthFragmentIn('followerstik')).toEqual({ fragment: 'tik', word: 'followers' });
    expect(growthFragmentIn('ttlike')).toEqual({ fragment: 'tt', word: 'like' });
    expect(growthFragmentIn('ttcoinz')).toEqual({ fragment: 'tt', word: 'coinz' });
    expect(growthFragmentIn('xtikfreetik')).toEqual({ fragment: 'tik', word: 'free' });
  });

  it('leaves a piece inside a word, or beside one growth word in the middle of the name', () => {
    expect(growthFragmentIn('bittcoin')).toBeUndefined();
    expect(growthFragmentIn('liketikshop')).toBeUndefined();
    expect(growthFragmentIn('shoptiklike')).toBeUndefined();
    expect(growthFragmentIn('tiktok')).toBeUndefined();
    expect(growthFragmentIn('example')).toBeUndefined();
  });
});

describe('scamWordsIn', () => {
  it('finds the longest word first, and each part of the text once', () => {
    expect(scamWordsIn('tiktok-viewer')).toEqual([{ word: 'viewer', kind: 'viewer-stalker' }]);
    expect(scamWordsIn('Free.Coins_Shop')).toEqual([{ word: 'coins', kind: 'coins' }, { word: 'free', kind: 'free-followers' }, { word: 'shop', kind: 'fake-shop' }]);
    expect(scamWordsIn('viewerview')).toEqual([{ word: 'viewer', kind: 'viewer-stalker' }, { word: 'view', kind: 'free-followers' }]);
    expect(scamWordsIn('example')).toEqual([]);
    // Separators inside a word are dropped; a word taken out leaves a break behind it.
    expect(scamWordsIn('fol-low_ers')).toEqual([{ word: 'followers', kind: 'free-followers' }]);
    expect(scamWordsIn('frvieweree')).toEqual([{ word: 'viewer', kind: 'viewer-stalker' }]);
  });
});

describe('a typo inside a longer name, in the verdict', () => {
  it('keeps the scam word beside it, so the warning page gives that scam\'s advice', () => {
    // Before: the rest was taken from the folded name ("maii"), the shop word was lost.
    expect(classifyUrl('https://malltktok.com/').reasons).toEqual(['typo:malltktok', 'keyword:mall']);
    expect(classifyUrl('https://logintiktk.com/').reasons).toEqual(['typo:logintiktk', 'keyword:login']);
  });
});
