// The same invariants in every UI language the reader knows: each fixture is translated (its
// labels replaced by the same-meaning labels of another language) and read as the same snapshot,
// plainly and with every transform applied at once (each transform alone runs in every fixture's
// own language in metamorphic.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '@/utils/reader/read-page';
import { LABEL_LANGUAGES } from '@/utils/reader/vocabulary';
import type { StudioSnapshot } from '@/utils/reader/snapshot';
import index from '../../fixtures/studio/index.json';
import { ALL_AT_ONCE, translatePage } from '../../fixtures/studio/transforms';
import { closePage, loadPage } from '../../support/load-page';

const DIR = join(__dirname, '../../fixtures/studio');
const FIXTURES = index.filter((f) => f.name !== 'posts-list-30');

/**
 * The pairs that cannot be translated faithfully (translatePage says so), written out so that each
 * case asserts something: a pair that stops translating, or starts, fails its case.
 * - overview-tr into any language: Turkish `B` is a thousand (bin), a billion elsewhere.
 * - Indonesian from English pages: `M` is a thousand million (miliar) there, a million in English.
 * - Japanese and Chinese: a label of these pages has no same-meaning twin there.
 * - The real Simplified-Chinese video page: labels seen only on it (its traffic sources, its
 *   processing line) have no same-meaning twin in most languages' labels.
 */
const ZH_HANS = 'real-video-overview-zh-hans';
const UNTRANSLATABLE: Record<string, string[]> = {
  en: ['overview-tr', ZH_HANS], fr: ['overview-tr', ZH_HANS], es: ['overview-tr', ZH_HANS], vi: ['overview-tr', ZH_HANS], pt: ['overview-tr', ZH_HANS], de: ['overview-tr'], ko: ['overview-tr', ZH_HANS], tr: [ZH_HANS],
  ja: ['overview-tr', 'viewers-en', 'real-followers-en', 'real-overview-fr', 'real-overview-es', 'studio-home-en', 'studio-home-fr', 'studio-home-no-range-en', ZH_HANS],
  zh: ['overview-tr', 'viewers-en', 'real-followers-en', 'real-overview-fr', 'real-overview-es', 'studio-home-en', 'studio-home-fr', 'studio-home-no-range-en'],
  id: ['overview-tr', 'video-overview-en', 'video-viewers-en', 'posts-list-en', 'account-content-en', 'video-overview-digit-caption-en', 'real-posts-list-en', 'studio-home-en', 'studio-home-no-range-en', ZH_HANS, 'studio-home-profile-one-text-en'],
};
const untranslatable = (lang: string, name: string) => (UNTRANSLATABLE[lang] ?? []).includes(name);
const PAIRS = LABEL_LANGUAGES.flatMap((lang) => FIXTURES.map(({ name, url }) => ({ lang, name, url })));
const TRANSLATABLE = PAIRS.filter((p) => !untranslatable(p.lang, p.name));

describe('translated', () => {
  it.each(TRANSLATABLE)('$name in $lang reads the same, also with every transform at once', ({ lang, name, url }) => {
    const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
    const original: StudioSnapshot | null = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));
    const plain = loadPage(html, url);
    const translate = translatePage(plain, lang);
    expect(translate, 'translatable').toBeTypeOf('function');
    const expected = original && translate!(original);
    expect(readSnapshot(plain, url), 'translated').toEqual(expected);
    closePage(plain);
    const doc = loadPage(html, url);
    translatePage(doc, lang);
    const adjust = ALL_AT_ONCE.apply(doc);
    expect(readSnapshot(doc, url), ALL_AT_ONCE.name).toEqual(expected && adjust ? adjust(expected) : expected);
    closePage(doc);
  });
});

describe('the language matrix', () => {
  it.each(PAIRS.filter((p) => untranslatable(p.lang, p.name)))('$name cannot be translated into $lang faithfully, and says so', ({ lang, name, url }) => {
    const doc = loadPage(readFileSync(join(DIR, `${name}.html`), 'utf8'), url);
    expect(translatePage(doc, lang)).toBeUndefined();
    closePage(doc);
  });

  it('translates most fixtures into every language (a few labels have no same-meaning twin)', () => {
    expect(PAIRS.length - TRANSLATABLE.length).toBe(42);
    expect(TRANSLATABLE.length).toBeGreaterThan(PAIRS.length * 0.6);
  });
});
