// A video's page, rendered with Preact in happy-dom over a scripted background: the words for each
// state, and the dashboard opening and closing it by its address (#video=<id>).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Series } from '@/components/common/TimeChart';
import type { CurveSeries } from '@/components/dashboard/RetentionChart';
import { videoPage, type VideoValue } from '@/utils/views/video-page-view';

const replies = vi.hoisted(() => ({ handler: (_type: string, _data: unknown): Promise<unknown> => Promise.resolve([]) }));
vi.mock('@/utils/protocol/messaging', () => ({ sendMessage: (type: string, data: unknown) => replies.handler(type, data) }));
vi.mock('@/utils/platform/i18n', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`) }));
// The charts themselves are drawn in Chromium (tests/e2e/video-page.test.ts); here they show what they were given.
vi.mock('@/components/common/TimeChart', () => ({
  TimeChart: ({ series }: { series: Series[] }) => <ul data-testid="chart">{series.map((s) => <li key={s.label}>{s.label}: {s.points.length}</li>)}</ul>,
}));
vi.mock('@/components/dashboard/RetentionChart', () => ({
  RetentionChart: ({ series }: { series: CurveSeries[] }) => <ul data-testid="curves">{series.map((s) => <li key={s.label}>{s.label}: {s.curve.length}</li>)}</ul>,
}));
vi.mock('@/components/dashboard/GuardSettings', () => ({ GuardSettings: () => null }));

const { VideoPage } = await import('@/components/dashboard/VideoPage');
const { Dashboard } = await import('@/components/dashboard/Dashboard');

const VIDEO = '7301234567890123456';
const settle = (ms = 30) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
const text = (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  location.hash = '';
});

const values: VideoValue[] = [
  { metric: 'videoViews', at: '2026-12-02', value: 4000 },
  { metric: 'videoViews', at: '2026-12-03', value: 900, provisional: true },
  { metric: 'videoViews', at: '2026-12-01T20', value: 40 },
];

describe('VideoPage', () => {
  it('says what to do when nothing is kept for the video, and draws nothing', async () => {
    replies.handler = async () => videoPage(VIDEO, { values: [], curves: [] });
    await act(() => render(<VideoPage account="maya" videoId={VIDEO} version={0} />, root));
    await settle();
    expect(text('video-page-empty')).toBe('videoPageEmpty');
    expect(text('video-daily-summary')).toBe('videoPageDailyEmpty');
    expect(text('video-hours-summary')).toBe('videoPageHoursEmpty');
    expect(text('video-retention-summary')).toBe('videoPageRetentionEmpty');
    expect(root.querySelectorAll('[data-testid="chart"], [data-testid="curves"]')).toHaveLength(0);
  });

  it('draws the days, the hours and the curve beside the median, and says they are not all final', async () => {
    const asked: unknown[] = [];
    replies.handler = async (_type, data) => (asked.push(data), videoPage(VIDEO, { values, retention: { videoId: VIDEO, points: [[0, 100], [10, 40]] }, curves: [{ videoId: '1', points: [[0, 100], [5, 50]] }] }));
    await act(() => render(<VideoPage account="maya" videoId={VIDEO} version={0} />, root));
    await settle();
    expect(asked).toEqual([{ account: 'maya', videoId: VIDEO }]);
    expect([...root.querySelectorAll('[data-testid="chart"]')].map((c) => c.textContent)).toEqual(['metric_videoViews: 2', 'metric_videoViews: 1']);
    expect(text('curves')).toBe('retentionThisVideo: 2retentionMedian: 101');
    expect(text('video-retention-summary')).toMatch(/^videoPageRetentionSummary\(40\s?%\|50\s?%\|1\)$/);
    expect(text('video-page')).toContain('videoPageProvisional');
    expect(text('video-page-empty')).toBeUndefined();
  });
});

describe('the dashboard and a video page', () => {
  it('opens the page its address names, and closes it when the address moves on', async () => {
    replies.handler = async (type) => {
      if (type === 'accountsByRecency') return [{ account: 'maya', lastAt: 1 }];
      if (type === 'getVideoPage') return videoPage(VIDEO, { values: [], curves: [] });
      if (type === 'getCompareSeries') return { kind: 'captures', points: [] };
      return [];
    };
    location.hash = `#video=${VIDEO}`;
    await act(() => render(<Dashboard />, root));
    await settle();
    expect(text('video-page-empty')).toBe('videoPageEmpty');
    await act(() => {
      location.hash = '#videos';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await settle();
    expect(text('video-page')).toBeUndefined();
    // An address that is no video id opens nothing.
    await act(() => {
      location.hash = '#video=../etc';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await settle();
    expect(text('video-page')).toBeUndefined();
  });
});
