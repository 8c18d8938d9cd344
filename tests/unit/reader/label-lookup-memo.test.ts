// lookupLabel remembers each text's answer (the posts list's read time, issue 34): it must answer
// exactly as the folding and the vocabulary do, also once the memo starts over. normalizeLabel is
// pinned to its folding over every shipped label and its variants, so a shortcut added for speed
// (one for printable ASCII was tried) has to give the same answers.
import { describe, expect, it } from 'vitest';
import { LABEL_LANGUAGES, labelEvidence, lookupLabel, normalizeLabel } from '@/utils/reader/vocabulary';

/** The folding, spelled out. */
const fullFold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[ıİ]/g, 'i')
    .replace(/[\u2018\u2019\u201c\u201d\u201e„“]/g, "'")
    .replace(/[\s\u00a0\u202f\u200b]+/g, ' ')
    .replace(/\s*[:：]\s*$/, '')
    .trim()
    .toLowerCase();

const labels = LABEL_LANGUAGES.flatMap((lang) => labelEvidence(lang).flatMap(({ text }) => text.split('|')));
const variants = (text: string) => [text, text.toUpperCase(), `  ${text}  `, `${text}:`, `${text} : `, text.replace(/ /g, '   '), `${text}\t`, `${text}：`, `"${text}"`, `${text}\u00a0`];

describe('normalizeLabel', () => {
  it('folds every shipped label and its spacing, case and colon variants as the full folding does', () => {
    expect(labels.length).toBeGreaterThan(500);
    for (const label of labels) for (const text of variants(label)) expect(normalizeLabel(text), JSON.stringify(text)).toBe(fullFold(text));
    for (const text of ['', ' ', ':', 'a  :  ', 'Views:  x', '12,3K', 'A:B:', "Don't", 'TOTAL   PLAY time :']) expect(normalizeLabel(text), JSON.stringify(text)).toBe(fullFold(text));
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
