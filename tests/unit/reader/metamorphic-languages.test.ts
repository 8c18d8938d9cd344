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

const ran = { translated: 0, untranslatable: 0 };

describe.each(LABEL_LANGUAGES)('in %s', (lang) => {
  it.each(FIXTURES)('$name, translated, reads the same, also with every transform at once', ({ name, url }) => {
    const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
    const original: StudioSnapshot | null = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));
    const plain = loadPage(html, url);
    const translate = translatePage(plain, lang);
    const expected = original && translate ? translate(original) : null;
    if (translate) expect(readSnapshot(plain, url), 'translated').toEqual(expected);
    closePage(plain);
    if (!translate) {
      ran.untranslatable++;
      return;
    }
    ran.translated++;
    const doc = loadPage(html, url);
    translatePage(doc, lang);
    const adjust = ALL_AT_ONCE.apply(doc);
    expect(readSnapshot(doc, url), ALL_AT_ONCE.name).toEqual(expected && adjust ? adjust(expected) : expected);
    closePage(doc);
  });
});

describe('the language matrix', () => {
  it('translates most fixtures into every language (a few labels have no same-meaning twin)', () => {
    expect(ran.translated).toBeGreaterThan(FIXTURES.length * LABEL_LANGUAGES.length * 0.6);
  });
});
