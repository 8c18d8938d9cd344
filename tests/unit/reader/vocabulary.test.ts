// The vocabulary keeps Studio's own words apart from the team's guesses: every label seen on
// Studio carries its source and is read as what it means, first in its language; the guesses
// stay as unverified fallbacks; every language with evidence has a fixture in those words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_LANGUAGES, LABEL_LANGUAGES, LABEL_SOURCES, labelEvidence, labelTexts, lookupLabel, readRangeDays } from '@/utils/reader/vocabulary';
import index from '../../fixtures/studio/index.json';

const DIR = join(__dirname, '../../fixtures/studio');

describe('vocabulary', () => {
  it('has labels seen on Studio in English, Spanish, French, Japanese, Vietnamese and Chinese', () => {
    expect([...EVIDENCE_LANGUAGES].sort()).toEqual(['en', 'es', 'fr', 'ja', 'vi', 'zh']);
  });

  describe.each(EVIDENCE_LANGUAGES)('%s', (lang) => {
    const seen = labelEvidence(lang).filter((e) => e.source !== 'team');

    it('every label seen on Studio names a source that is not a guess, and reads as its key', () => {
      expect(seen.length).toBeGreaterThan(0);
      for (const { key, text, source } of seen) {
        expect(LABEL_SOURCES[source].kind).not.toBe('unverified');
        if (key.startsWith('range.')) continue;
        expect(lookupLabel(text)?.map((m) => m.key), `${lang} "${text}"`).toContain(key);
      }
    });

    it('what Studio was seen to say comes first, before any guess', () => {
      for (const key of new Set(seen.map((e) => e.key))) {
        const first = labelTexts(key, lang)[0];
        expect(seen.some((e) => e.key === key && e.text === first), `${lang} ${key}: "${first}"`).toBe(true);
      }
    });

    it('a fixture shows the page in these words and reads in full', () => {
      const pages = index.filter(({ name }) => {
        const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));
        return expected?.locale === lang && name.startsWith('real-');
      });
      expect(pages.length).toBeGreaterThan(0);
      const html = pages.map(({ name }) => readFileSync(join(DIR, `${name}.html`), 'utf8')).join('');
      const shown = seen.filter(({ text }) => html.includes(`>${text.replace(/'/g, '\u2019')}<`) || html.includes(`>${text}<`));
      expect(shown.length, `${lang}: seen labels on its real-shaped pages`).toBeGreaterThanOrEqual(Math.min(4, seen.length));
    });
  });

  it('keeps the team\'s guesses as unverified fallbacks: Studio writes 总播放时间, 总播放时长 still reads', () => {
    expect(labelTexts('totalPlayTime', 'zh')[0]).toBe('总播放时间');
    expect(labelEvidence('zh').find((e) => e.text === '总播放时长')?.source).toBe('team');
    expect(lookupLabel('总播放时长')?.[0].key).toBe('totalPlayTime');
    // Languages nobody has seen Studio in yet are guesses through and through.
    for (const lang of LABEL_LANGUAGES.filter((l) => !EVIDENCE_LANGUAGES.includes(l))) expect(labelEvidence(lang).every((e) => e.source === 'team'), lang).toBe(true);
  });

  it.each([
    ['Last 28 days', 28], ['Last 7 days', 7], ['7 derniers jours', 7], ['過去28日間', 28], ['过去 60 天', 60], ['Son 365 gün', 365],
  ])('reads the range "%s" as %d days', (text, days) => {
    expect(readRangeDays(text)).toBe(days);
  });

  it.each(['Last days', 'Custom', 'Last 0 days', 'Last 9999 days', 'Key metrics'])('reads no range in "%s"', (text) => {
    expect(readRangeDays(text)).toBeUndefined();
  });
});
