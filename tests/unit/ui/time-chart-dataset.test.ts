// What chart.js is given for a series (issue 34): per-point options only when a value was rounded,
// since chart.js then resolves each point's options on its own (a third of the dashboard's first
// chart at a year of days); plain values share one set.
import { describe, expect, it, vi } from 'vitest';

vi.mock('@/utils/platform/i18n', () => ({ t: (key: string) => key }));
const { dataset } = await import('@/components/common/TimeChart');

const DAY = 86_400_000;
const days = (n: number, rounded?: number) => Array.from({ length: n }, (_, i) => ({ t: i * DAY, v: 100 + i, ...(i === rounded ? { rounded: true as const } : {}) }));

describe('a series as chart.js draws it', () => {
  it('gives plain values one set of point options: no dot on a dense line, a dot on a short one', () => {
    expect(dataset({ label: 'Followers', points: days(365), color: '#e11d48' })).toMatchObject({ pointStyle: 'circle', pointRadius: 0, pointBackgroundColor: '#e11d48' });
    expect(dataset({ label: 'Followers', points: days(30), color: '#e11d48' })).toMatchObject({ pointStyle: 'circle', pointRadius: 3, pointBackgroundColor: '#e11d48' });
  });

  it('draws a rounded value as a hollow triangle among plain dots', () => {
    const short = dataset({ label: 'Views', points: days(3, 1), color: '#2563eb' });
    expect(short.pointStyle).toEqual(['circle', 'triangle', 'circle']);
    expect(short.pointRadius).toEqual([3, 4, 3]);
    expect(short.pointBackgroundColor).toEqual(['#2563eb', 'transparent', '#2563eb']);
    const dense = dataset({ label: 'Views', points: days(100, 0), color: '#2563eb' });
    expect((dense.pointRadius as number[]).slice(0, 3)).toEqual([2, 0, 0]);
  });
});
