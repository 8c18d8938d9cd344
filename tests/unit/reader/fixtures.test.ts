// Every saved Studio page under tests/fixtures/studio reads as its expected snapshot.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSnapshot } from '@/utils/reader/read-page';
import index from '../../fixtures/studio/index.json';
import { loadPage } from '../../support/load-page';

const DIR = join(__dirname, '../../fixtures/studio');

describe('Studio fixtures', () => {
  it('cover every page kind, 11 languages and hostile pages', () => {
    const expected = index.map((f) => JSON.parse(readFileSync(join(DIR, `${f.name}.expected.json`), 'utf8')));
    const kinds = new Set(expected.filter(Boolean).map((s) => s.page));
    const languages = new Set(expected.filter(Boolean).map((s) => s.locale));
    expect(index.length).toBeGreaterThanOrEqual(25);
    expect(kinds.size).toBe(9);
    expect(languages.size).toBeGreaterThanOrEqual(11);
    expect(expected.filter((s) => s === null).length).toBeGreaterThanOrEqual(6);
  });

  it.each(index)('$name', ({ name, url }) => {
    const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));
    expect(extractSnapshot(loadPage(html, url), url)).toEqual(expected);
  });
});
