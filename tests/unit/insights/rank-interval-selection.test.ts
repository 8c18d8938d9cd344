// rankInterval selects three order statistics of the n·m differences instead of sorting them: it
// must give exactly what the sorted differences give (the oracle sorts every difference; its ranks
// are the normal approximation with the ties' correction, whose values what-works.test.ts pins by
// hand), whatever the ties, the sizes and the order of the values.
import { describe, expect, it } from 'vitest';
import { normalQuantile, rankInterval } from '@/utils/insights/what-works';

function bySorting(a: number[], b: number[], z: number) {
  const diffs = a.flatMap((x) => b.map((y) => x - y)).sort((x, y) => x - y);
  const total = diffs.length;
  const [n, m] = [a.length, b.length];
  const counts = new Map<number, number>();
  for (const x of [...a, ...b]) counts.set(x, (counts.get(x) ?? 0) + 1);
  const ties = [...counts.values()].reduce((sum, t) => sum + t ** 3 - t, 0);
  const k = Math.floor(total / 2 - z * Math.sqrt(((n * m) / 12) * (n + m + 1 - ties / ((n + m) * (n + m - 1)))));
  const estimate = total % 2 ? diffs[(total - 1) / 2] : (diffs[total / 2 - 1] + diffs[total / 2]) / 2;
  return k < 1 ? { estimate, low: -Infinity, high: Infinity } : { estimate, low: diffs[k - 1], high: diffs[total - k] };
}

/** A repeatable stream of numbers in [0, 1). */
function stream(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('rankInterval by selection', () => {
  it('equals the sorted differences on 2,000 random pairs of groups with many ties', () => {
    const next = stream(7);
    for (let t = 0; t < 2000; t++) {
      const a = Array.from({ length: 1 + Math.floor(next() * 25) }, () => Math.floor(next() * 6));
      const b = Array.from({ length: 1 + Math.floor(next() * 25) }, () => Math.floor(next() * 6));
      const z = normalQuantile(0.975 + next() * 0.02);
      expect(rankInterval(a, b, z)).toEqual(bySorting(a, b, z));
    }
  });

  it('equals the sorted differences for values in posting order, reversed and all equal', () => {
    const rising = Array.from({ length: 40 }, (_, i) => i);
    const falling = [...rising].reverse();
    const flat = Array.from({ length: 30 }, () => 2);
    for (const [a, b] of [[rising, falling], [falling, rising], [flat, rising], [flat, flat]]) {
      expect(rankInterval(a, b, 1.96)).toEqual(bySorting(a, b, 1.96));
    }
    // 40 × 40 rising against falling: differences −39…39, hand-counted: the median of 1,600 is 0.
    expect(rankInterval(rising, falling, 1.96).estimate).toBe(0);
  });
});
