// The reader's invariants: every fixture, rewritten by each transform a person would not notice
// (chrome added, markup reshaped, lines flattened, invisible characters), reads as exactly the
// same snapshot. Transforms are generic DOM rewrites (tests/fixtures/studio/transforms.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '@/utils/reader/read-page';
import type { StudioSnapshot } from '@/utils/reader/snapshot';
import index from '../../fixtures/studio/index.json';
import { ALL_AT_ONCE, TRANSFORMS, type Transform } from '../../fixtures/studio/transforms';
import { closePage, loadPage } from '../../support/load-page';

const DIR = join(__dirname, '../../fixtures/studio');
// The 30-row list is the same markup as the short ones, thirty times: it adds time, not cases.
const FIXTURES = index.filter((f) => f.name !== 'posts-list-30');

function read(name: string, url: string, transform: Transform) {
  const doc = loadPage(readFileSync(join(DIR, `${name}.html`), 'utf8'), url);
  const adjust = transform.apply(doc);
  const expected: StudioSnapshot | null = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));
  const got = readSnapshot(doc, url);
  closePage(doc);
  return { got, expected: expected && adjust ? adjust(expected) : expected };
}

describe.each([...TRANSFORMS, ALL_AT_ONCE].map((t) => ({ transform: t, name: t.name })))('$name', ({ transform }) => {
  it.each(FIXTURES)('$name reads the same', ({ name, url }) => {
    const { got, expected } = read(name, url, transform);
    expect(got).toEqual(expected);
  });
});
