// Every string the UI asks browser.i18n for exists in every shipped language, with the same placeholders.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const LOCALES = join(ROOT, 'public/_locales');
const load = (code: string): Record<string, { message: string }> => JSON.parse(readFileSync(join(LOCALES, code, 'messages.json'), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  const en = load('en');
  const codes = readdirSync(LOCALES);

  it('ship English, Spanish, Portuguese and Japanese', () => {
    expect(codes).toEqual(expect.arrayContaining(['en', 'es', 'pt_BR', 'ja']));
  });

  it('have every key the code uses', () => {
    const used = new Set<string>();
    for (const file of [...sources(join(ROOT, 'entrypoints')), ...sources(join(ROOT, 'components'))]) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(key);
    }
    for (const key of ['metric_followers', 'metric_videoViews', 'metric_profileViews', 'metric_likes', 'range_7d', 'range_all', 'col_views']) used.add(key);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it.each(['es', 'pt_BR', 'ja'])('%s translates every English message with the same placeholders', (code) => {
    const other = load(code);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      const placeholders = (m: string) => (m.match(/\$\d/g) ?? []).sort();
      expect(placeholders(other[key].message), `${code}:${key}`).toEqual(placeholders(message));
    }
    // Sentences left in English would mean a missed translation (short words may coincide).
    const untranslated = Object.keys(en).filter((key) => en[key].message.length > 12 && other[key].message === en[key].message);
    expect(untranslated).toEqual([]);
  });
});
