// Every string the UI asks browser.i18n for exists in every shipped language, with the same
// placeholders: keys written out in t('…') calls, and every key the code builds from data, which
// lives in typed maps (components/common/message-keys.ts, the badge and guard-reason lists) read here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_KEYS, METRIC_LABEL } from '@/components/common/message-keys';
import { WHAT_WORKS_KEYS } from '@/components/common/what-works-words';
import { BADGE_MESSAGES } from '@/utils/page-features/badge-text';
import { EXPLAIN_KEYS, KIND_KEYS } from '@/utils/guard/explain-verdict';
import { METRIC_KEYS, VIDEO_COUNTERS } from '@/utils/reader/snapshot';

const ROOT = join(__dirname, '../../..');
const LOCALES = join(ROOT, 'public/_locales');
const load = (code: string): Record<string, { message: string }> => JSON.parse(readFileSync(join(LOCALES, code, 'messages.json'), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}
const uiSources = () => [...sources(join(ROOT, 'entrypoints')), ...sources(join(ROOT, 'components'))];

describe('locales', () => {
  const en = load('en');
  const codes = readdirSync(LOCALES);

  it('ship English, Spanish, Portuguese and Japanese', () => {
    expect(codes).toEqual(expect.arrayContaining(['en', 'es', 'pt_BR', 'ja']));
  });

  it('have every key the code writes out or builds', () => {
    const used = new Set<string>([...BUILT_KEYS, ...WHAT_WORKS_KEYS, ...BADGE_MESSAGES, ...EXPLAIN_KEYS, ...Object.values(KIND_KEYS)]);
    for (const file of uiSources()) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(key);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('name every metric the store can hold', () => {
    expect(Object.keys(METRIC_LABEL).sort()).toEqual([...new Set([...METRIC_KEYS, ...VIDEO_COUNTERS])].sort());
  });

  it('are never looked up by a key glued together at runtime', () => {
    // t(`metric_${m}`) would hide its keys from this test; typed maps keep them enumerable.
    const glued = uiSources().flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*(`[^`]*\$\{|'[^']*'\s*\+|[A-Za-z_.]+\s*\+)/g)].map((m) => `${file}: ${m[0]}`));
    expect(glued).toEqual([]);
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
