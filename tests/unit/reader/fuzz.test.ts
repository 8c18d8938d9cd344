// Mutated Studio pages (nodes removed, texts swapped, junk injected, cards duplicated) never make
// the reader throw, and never make it return a number the page does not show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '@/utils/reader/read-page';
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

/** Zero of each decimal digit block the fixtures use (ASCII, full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai). */
const DIGIT_ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50];
const asciiDigit = (ch: string) => {
  const code = ch.codePointAt(0)!;
  const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
  return zero === undefined ? ch : String(code - zero);
};
/** What a count's abbreviation can multiply by: thousand (K, mil, rb, 千, 천, Turkish B), 万/만, million, 億/억, billion. */
const MULTIPLIERS = [1, 1e3, 1e4, 1e6, 1e8, 1e9];
/** Digits, with the group and decimal separators numbers are printed with between them. */
const NUMBER = /\d+(?:[.,\u00a0\u202f\u2009 ]\d+)*/g;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Every number a person could read on the page, worked out without the reader's own parsers (an
 * oracle that shares the reader's code would agree with any bug in it): each run of digits read
 * whole and with its last separator as the decimal point, times every abbreviation's multiplier,
 * and the runs of a text combined as a duration (h m s, m s) in seconds.
 */
function numbersOnPage(doc: Document): Set<number> {
  const found = new Set<number>([0.5]); // "<1%": a share shown as less than one percent is read as 0.5
  const walker = doc.createTreeWalker(doc, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = [...(n.nodeValue ?? '').replace(/[\u200b-\u200d\u2060\ufeff]/g, '')].map((ch) => (/\p{Nd}/u.test(ch) ? asciiDigit(ch) : ch)).join('');
    const amounts: number[] = [];
    for (const match of text.matchAll(NUMBER)) {
      const run = match[0];
      const whole = Number(run.replace(/\D/g, ''));
      const last = run.search(/\D\d+$/);
      const decimal = last === -1 ? whole : Number(`${run.slice(0, last).replace(/\D/g, '')}.${run.slice(last + 1)}`);
      // "<0.1%": a share shown as less than its bound is read as half the bound (the snapshot contract).
      const below = /[<＜]\s*$/.test(text.slice(0, match.index));
      for (const x of new Set([whole, decimal])) {
        amounts.push(x);
        if (below) found.add(round6(x / 2));
        for (const m of MULTIPLIERS) found.add(round6(Math.round(x * m * 1e6) / 1e6)).add(Math.round(x * m));
        found.add(round6(x * 60)).add(round6(x * 3600));
      }
    }
    for (let i = 0; i + 1 < amounts.length; i++) {
      const [a, b, c] = amounts.slice(i, i + 3);
      found.add(round6(a * 60 + b)).add(round6(a * 3600 + b * 60));
      if (c !== undefined) found.add(round6(a * 3600 + b * 60 + c));
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
          expect(shown.has(round6(Math.abs(value))), `${where}: ${path} = ${value} is not on the page`).toBe(true);
        }
        expect(snapshotErrors(snapshot), where).toEqual([]);
      }
    }
    // The mutations must leave most pages readable, or this test would prove nothing.
    expect(read).toBeGreaterThan(fixtures.length * MUTATIONS_PER_FIXTURE * 0.5);
    // A few hundred page loads: seconds alone, more beside other suites on two cores.
  }, 60_000);
});
