// Mutated Studio pages (nodes removed, texts swapped, junk injected, cards duplicated) never make
// the reader throw, and never make it return a number the page does not show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '@/utils/reader/read-page';
import { parseCount, parseDuration, parseMoney, parsePercent } from '@/utils/reader/studio-numbers';
import { METRICS } from '@/utils/metrics/metric-facts';
import type { MetricKey, StudioSnapshot } from '@/utils/reader/snapshot';
import { snapshotErrors } from '@/utils/history/validate-snapshot';
import index from '../../fixtures/studio/index.json';
import { loadPage } from '../../support/load-page';

const DIR = join(__dirname, '../../fixtures/studio');
const JUNK = ['+1.2K', '-3', '--', '<1%', '12,5 %', '(−2, −100%)', '9.9M', 'NaN', 'Infinity', '1e309', '-0', 'Likes', 'Video views', '00:21', '∞', '٣٤٥', '1h:8m', '4.6万', '-%', '99999999999999999999'];
const MUTATIONS_PER_FIXTURE = 12;

function prng(seed: number) {
  let s = seed;
  return () => ((s = (s * 48271) % 2147483647) / 2147483647);
}

/** Every number a person could read on the page, in any of the forms the reader understands. */
function numbersOnPage(doc: Document): Set<number> {
  const found = new Set<number>([0.5]);
  const walker = doc.createTreeWalker(doc, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    for (const value of [parseCount(text)?.value, parseCount(text, 'tr')?.value, parseCount(text, 'id')?.value, parsePercent(text), parseDuration(text), parseMoney(text)?.value]) {
      if (value !== undefined) found.add(Math.abs(value));
    }
    const lead = /^([^(%]+)\(/.exec(text.trim());
    if (lead) {
      const v = parseCount(lead[1]);
      if (v) found.add(Math.abs(v.value));
    }
  }
  const context = doc.querySelector('script#__Creator_Center_Context__')?.textContent ?? '';
  for (const m of context.matchAll(/\d+/g)) found.add(Number(m[0]));
  return found;
}

function numbersIn(snapshot: StudioSnapshot): Array<[string, number]> {
  const out: Array<[string, number]> = Object.entries(snapshot.metrics).map(([k, v]) => [`metrics.${k}`, v as number]);
  for (const [key, shares] of Object.entries(snapshot.breakdowns ?? {})) for (const [label, v] of Object.entries(shares!)) out.push([`breakdowns.${key}.${label}`, v]);
  for (const row of snapshot.videos ?? [])
    for (const c of ['views', 'likes', 'comments', 'shares', 'saves'] as const) if (row[c] !== undefined) out.push([`videos.${row.videoId}.${c}`, row[c]!]);
  return out;
}

function mutate(doc: Document, rand: () => number): string {
  const elements = Array.from(doc.body.querySelectorAll('*'));
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const pick = <T,>(list: T[]) => list[Math.floor(rand() * list.length)];
  const kind = Math.floor(rand() * 4);
  if (kind === 0 && elements.length) {
    pick(elements).remove();
    return 'remove';
  }
  if (kind === 1 && texts.length > 1) {
    const a = pick(texts);
    const b = pick(texts);
    [a.nodeValue, b.nodeValue] = [b.nodeValue, a.nodeValue];
    return 'swap';
  }
  if (kind === 2 && elements.length) {
    const span = doc.createElement('span');
    span.textContent = pick(JUNK);
    pick(elements).appendChild(span);
    return 'inject';
  }
  if (elements.length) {
    const el = pick(elements);
    el.parentElement?.insertBefore(el.cloneNode(true), el);
  }
  return 'duplicate';
}

describe('reader under mutation', () => {
  const fixtures = index.filter((f) => !f.name.startsWith('posts-list-30'));
  it(`never throws nor invents numbers over ${fixtures.length * MUTATIONS_PER_FIXTURE} mutated pages`, () => {
    const rand = prng(20261124);
    let read = 0;
    for (const { name, url } of fixtures) {
      const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
      for (let m = 0; m < MUTATIONS_PER_FIXTURE; m++) {
        const doc = loadPage(html, url);
        const steps = 1 + Math.floor(rand() * 4);
        const applied = Array.from({ length: steps }, () => mutate(doc, rand));
        const where = `${name} after ${applied.join(', ')}`;
        let snapshot: StudioSnapshot | null = null;
        expect(() => (snapshot = readSnapshot(doc, url)), where).not.toThrow();
        if (!snapshot) continue;
        read++;
        const shown = numbersOnPage(doc);
        for (const [path, value] of numbersIn(snapshot)) {
          expect(Number.isFinite(value), `${where}: ${path} = ${value}`).toBe(true);
          const metric = path.startsWith('metrics.') ? (path.slice(8) as MetricKey) : undefined;
          if (!(metric && METRICS[metric].signed)) expect(value, `${where}: ${path}`).toBeGreaterThanOrEqual(0);
          expect(shown.has(Math.abs(value)), `${where}: ${path} = ${value} is not on the page`).toBe(true);
        }
        expect(snapshotErrors(snapshot), where).toEqual([]);
      }
    }
    // The mutations must leave most pages readable, or this test would prove nothing.
    expect(read).toBeGreaterThan(fixtures.length * MUTATIONS_PER_FIXTURE * 0.5);
    // A few hundred page loads: seconds alone, more beside other suites on two cores.
  }, 60_000);
});
