// The dashboard's data handling, rendered with Preact in happy-dom over a scripted background.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Series } from '@/components/common/TimeChart';
import type { VideoRecord } from '@/utils/history/records';

const replies = vi.hoisted(() => ({ handler: (_type: string, _data: unknown): Promise<unknown> => Promise.resolve([]) }));
vi.mock('@/utils/protocol/messaging', () => ({ sendMessage: (type: string, data: unknown) => replies.handler(type, data) }));
vi.mock('@/utils/platform/i18n', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`) }));
// The chart itself is tested in Chromium; here it shows what it was given.
vi.mock('@/components/common/TimeChart', () => ({
  TimeChart: ({ series }: { series: Series[] }) => <ul data-testid="chart">{series.map((s) => <li key={s.label}>{s.label}: {s.points.length}</li>)}</ul>,
}));
vi.mock('@/components/dashboard/GuardSettings', () => ({ GuardSettings: () => null }));

const { Dashboard } = await import('@/components/dashboard/Dashboard');
const { Compare } = await import('@/components/dashboard/Compare');

const video = (videoId: string, caption: string, account = 'maya'): VideoRecord => ({ account, videoId, caption, firstSeenAt: 0, lastSeenAt: 0, counters: { views: 10 } });
const later = <T,>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const settle = (ms = 30) => act(() => later(undefined, ms));
/** Picks `value` in the select `selector` names, as a person would. */
const choose = (selector: string, value: string) =>
  act(() => {
    const select = root.querySelector<HTMLSelectElement>(selector)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  });
let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Compare', () => {
  it('names a video series by its current caption, also when the caption arrives after the series', async () => {
    replies.handler = async () => ({ kind: 'captures', range: 'lifetime', points: [{ t: 1, v: 5 }, { t: 2, v: 9 }] });
    await act(() => render(<Compare account="maya" videos={[video('111', 'Old caption')]} />, root));
    await settle();
    await choose('select[aria-label="second"]', 'video:111');
    await settle();
    expect(root.querySelector('[data-testid="chart"]')!.textContent).toContain('Old caption: 2');
    await act(() => render(<Compare account="maya" videos={[video('111', 'Sourdough in 60 seconds')]} />, root));
    await settle();
    expect(root.querySelector('[data-testid="chart"]')!.textContent).toContain('Sourdough in 60 seconds: 2');
    expect(root.querySelector('[data-testid="compare-summary"]')!.textContent).toContain('Sourdough in 60 seconds');
  });

  it("asks for the new account's series when the account changes, its video choice giving way to the defaults", async () => {
    const asked: string[] = [];
    replies.handler = async (_type, data) => {
      const { account, key } = data as { account: string; key: string };
      asked.push(`${account}:${key}`);
      return { kind: 'captures', range: 'lifetime', points: [{ t: 1, v: 5 }] };
    };
    await act(() => render(<Compare account="maya" videos={[video('111', 'Sourdough')]} />, root));
    await settle();
    await choose('select[aria-label="second"]', 'likes');
    await choose('select[aria-label="first"]', 'video:111');
    await settle();
    asked.length = 0;
    await act(() => render(<Compare account="other" videos={[]} />, root));
    await settle();
    // Never maya's video under the other account; the metric choice stays.
    expect(asked).toEqual(['other:followers', 'other:likes']);
    expect(root.querySelector<HTMLSelectElement>('select[aria-label="first"]')!.value).toBe('followers');
    expect(root.querySelector('[data-testid="chart"]')!.textContent).toBe('metric_followers: 1metric_likes: 1');
  });

  it('draws the newest choice even when the reply to an earlier one comes back last', async () => {
    replies.handler = async (type, data) => {
      const { key } = data as { key: string };
      expect(type).toBe('getCompareSeries');
      const series = (points: Array<{ t: number; v: number }>) => ({ kind: 'captures', range: '7d', points });
      return key === 'likes' ? later(series([{ t: 1, v: 1 }]), 60) : later(series([{ t: 1, v: 1 }, { t: 2, v: 2 }, { t: 3, v: 3 }]), 5);
    };
    await act(() => render(<Compare account="maya" videos={[]} />, root));
    await settle();
    await choose('select[aria-label="first"]', 'likes');
    await choose('select[aria-label="first"]', 'shares');
    await settle(120);
    expect(root.querySelector('[data-testid="chart"]')!.textContent).toBe('metric_shares: 3');
  });

  it('never draws an empty chart: a series with nothing stored is said in words', async () => {
    replies.handler = async (_type, data) => ((data as { key: string }).key === 'followers' ? { kind: 'daily', points: [] } : { kind: 'daily', points: [{ t: 1, v: 4 }] });
    await act(() => render(<Compare account="maya" videos={[]} />, root));
    await settle();
    expect(root.querySelector('[data-testid="chart"]')).toBeNull();
    expect(root.querySelector('[data-testid="compare-summary"]')!.textContent).toBe('compareNone(metric_followers)');
    await choose('select[aria-label="second"]', 'likes');
    await settle();
    expect(root.querySelector('[data-testid="chart"]')!.textContent).toBe('metric_likes: 1');
    expect(root.querySelector('[data-testid="compare-summary"]')!.textContent).toBe('compareNone(metric_followers); metric_likes: dayCount_one(1), 4 → 4');
  });

  it('says when a series could not be loaded', async () => {
    replies.handler = async () => {
      throw new Error('database closed');
    };
    await act(() => render(<Compare account="maya" videos={[]} />, root));
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('dashboardError(database closed)');
  });
});

describe('Dashboard', () => {
  it('shows the failure when the background cannot answer', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    replies.handler = async (type) => {
      if (type === 'accountsByRecency') throw new Error('Could not establish connection');
      return type === 'storeStats' ? { snapshots: 0, points: 0, videos: 0 } : [];
    };
    await act(() => render(<Dashboard />, root));
    await settle();
    process.off('unhandledRejection', unhandled);
    expect(root.querySelector('[data-testid="problem"]')?.textContent).toBe('dashboardError(Could not establish connection)');
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('lists the videos of the account chosen last, whatever order the replies come in', async () => {
    const accounts = [{ account: 'a', lastAt: 2 }, { account: 'b', lastAt: 1 }];
    replies.handler = async (type, data) => {
      if (type === 'accountsByRecency') return accounts;
      if (type === 'storeStats') return { snapshots: 2, points: 0, videos: 2 };
      if (type === 'listVideos') return data === 'a' ? later([video('1', 'from a', 'a')], 80) : later([video('2', 'from b', 'b')], 5);
      if (type === 'getCompareSeries') return { kind: 'captures', points: [] };
      return [];
    };
    await act(() => render(<Dashboard />, root));
    await settle(5);
    await choose('header select', 'b');
    await settle(150);
    const rows = [...root.querySelectorAll('[data-testid="video-table"] tbody tr')].map((r) => r.getAttribute('data-video'));
    expect(rows).toEqual(['2']);
  });
});
