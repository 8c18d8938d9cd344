// The popup's view, rendered with Preact in happy-dom over scripted reads.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Series } from '@/components/common/TimeChart';
import type { PopupData, PopupQuery } from '@/utils/views/popup-view';

const reads = vi.hoisted(() => ({
  popupData: (_query: PopupQuery): Promise<PopupData> => Promise.reject(new Error('not scripted')),
}));
vi.mock('@/components/popup/popup-reads', () => ({
  loadPopupData: (query: PopupQuery) => reads.popupData(query),
  loadInsights: () => new Promise(() => undefined),
}));
vi.mock('@/utils/platform/i18n', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`) }));
// The chart itself is tested in Chromium; here it shows what it was given.
vi.mock('@/components/common/TimeChart', () => ({
  TimeChart: ({ series }: { series: Series[] }) => <ul data-testid="chart">{series.map((s) => <li key={s.label}>{s.label}: {s.points.length}</li>)}</ul>,
}));

const { mountPopup } = await import('@/components/popup/Popup');

const NOW = Date.now();
const data = (metric: PopupData['chart']['metric'], points: number): PopupData => ({
  accounts: [{ account: 'maya', lastAt: NOW }],
  account: 'maya',
  lastCapturedAt: NOW,
  cards: [],
  chart: { metric, days: 30, points: Array.from({ length: points }, (_, i) => ({ t: NOW - i, v: i })) },
});
const later = <T,>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const chart = () => document.querySelector('[data-testid="chart"]')?.textContent;

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('main');
  root.id = 'app';
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the popup', () => {
  it('draws the opening data at once', async () => {
    await act(() => mountPopup({ status: 'fulfilled', value: data('videoViews', 3) }));
    expect(chart()).toBe('metric_videoViews: 3');
    expect(root.querySelector('header h1')?.textContent).toBe('Creator Lens');
  });

  it('says why when the opening read failed', async () => {
    await act(() => mountPopup({ status: 'rejected', reason: new Error('database closed') }));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('popupError(database closed)');
  });

  it('draws the newest choice even when the reply to an earlier one comes back last', async () => {
    reads.popupData = (query) => (query.metric === 'likes' ? later(data('likes', 1), 60) : later(data('shares', 2), 5));
    await act(() => mountPopup({ status: 'fulfilled', value: data('videoViews', 3) }));
    const metric = root.querySelector<HTMLSelectElement>('[data-testid="chart-metric"]')!;
    for (const choice of ['likes', 'shares']) {
      await act(() => {
        metric.value = choice;
        metric.dispatchEvent(new Event('change'));
      });
    }
    await act(() => later(undefined, 120));
    expect(chart()).toBe('metric_shares: 2');
  });

  it('paints the last-known view at once, then the fresh one in its place', async () => {
    await act(() => mountPopup({ status: 'fulfilled', value: data('videoViews', 3) }, { lastKnown: true }));
    // The last-known numbers and the chart's place; the chart is drawn once, from the fresh reads.
    expect(chart()).toBeUndefined();
    expect(root.querySelector('[data-testid="chart-placeholder"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="last-known"]')?.textContent).toBe('popupLastKnown');
    expect(root.querySelector('[data-testid="last-known-card-followers"], .cards')).not.toBeNull();
    expect(root.querySelector('[data-testid="chart-summary"]')).toBeNull();
    await act(() => mountPopup({ status: 'fulfilled', value: data('likes', 5) }));
    expect(chart()).toBe('metric_likes: 5');
    expect(root.querySelector('[data-testid="last-known"]')).toBeNull();
    expect(root.querySelector('[data-testid="chart-summary"]')).not.toBeNull();
  });

  it('keeps a choice made on the last-known view when the opening view arrives after it', async () => {
    reads.popupData = () => later(data('shares', 2), 5);
    await act(() => mountPopup({ status: 'fulfilled', value: data('videoViews', 3) }, { lastKnown: true }));
    const metric = root.querySelector<HTMLSelectElement>('[data-testid="chart-metric"]')!;
    await act(() => {
      metric.value = 'shares';
      metric.dispatchEvent(new Event('change'));
    });
    await act(() => later(undefined, 30));
    await act(() => mountPopup({ status: 'fulfilled', value: data('likes', 5) }));
    expect(chart()).toBe('metric_shares: 2');
  });
});

describe('the last popup view kept', () => {
  it('comes back whole, is dropped for a store without accounts, and a broken one is no view', async () => {
    const { lastPopupView, rememberPopupView, forgetPopupView } = await import('@/components/common/last-popup-view');
    rememberPopupView(data('likes', 2));
    // Kept without the chart's points: the last-known view keeps the chart's place only.
    expect(lastPopupView()).toEqual({ ...data('likes', 2), chart: { ...data('likes', 2).chart, points: [] } });
    rememberPopupView({ accounts: [], cards: [], chart: { metric: 'followers', days: 30, points: [] } });
    expect(lastPopupView()).toBeUndefined();
    localStorage.setItem('popupLastView.v1', '{"cards": 3');
    expect(lastPopupView()).toBeUndefined();
    forgetPopupView();
  });
});
