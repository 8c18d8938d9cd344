// The dashboard stays usable with a large store (issue 22): the video table draws one page of rows
// while sorting covers them all, and "Delete all" asks again on the page, in the popup as well.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VideoRecord } from '@/utils/history/records';

const sent = vi.hoisted(() => [] as string[]);
vi.mock('@/utils/protocol/messaging', () => ({ sendMessage: async (type: string) => void sent.push(type) }));
vi.mock('@/utils/platform/i18n', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`) }));

const { VideoTable, PAGE_ROWS } = await import('@/components/dashboard/VideoTable');
const { DeleteAll } = await import('@/components/common/DeleteAll');

const video = (i: number): VideoRecord => ({ account: 'maya', videoId: String(7000 + i), caption: `video ${i}`, firstSeenAt: 0, lastSeenAt: 0, counters: { views: i * 10, likes: 1000 - i } });
let root: HTMLElement;
beforeEach(() => {
  sent.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const rows = () => [...root.querySelectorAll('[data-testid="video-table"] tbody tr')].map((r) => r.getAttribute('data-video'));
const click = (selector: string) => act(() => root.querySelector<HTMLButtonElement>(selector)!.click());
const text = (testid: string) => root.querySelector(`[data-testid="${testid}"]`)?.textContent;

describe('the video table with thousands of videos', () => {
  it('draws one page of rows, sorted over every video, with next and previous', async () => {
    const videos = Array.from({ length: 10_000 }, (_, i) => video(i));
    await act(() => render(<VideoTable videos={videos} now={Date.UTC(2026, 0, 1)} />, root));
    expect(rows()).toHaveLength(PAGE_ROWS);
    expect(rows()[0]).toBe('16999'); // most views first, from all 10,000
    expect(text('page-rows')).toBe(`pageRows(1|${PAGE_ROWS}|10000)`);
    expect(root.querySelector<HTMLButtonElement>('[data-testid="page-previous"]')!.disabled).toBe(true);
    await click('[data-testid="page-next"]');
    expect(rows()[0]).toBe(String(16999 - PAGE_ROWS));
    expect(text('page-rows')).toBe(`pageRows(${PAGE_ROWS + 1}|${PAGE_ROWS * 2}|10000)`);
    await click('[data-testid="page-previous"]');
    expect(rows()[0]).toBe('16999');

    // Sorting by another column starts again at its first page, over every video.
    await click('[data-testid="page-next"]');
    const likes = [...root.querySelectorAll('th button')].find((b) => b.textContent === 'col_likes') as HTMLButtonElement;
    await act(() => likes.click());
    expect(rows()[0]).toBe('7000'); // most likes: video 0
    expect(text('page-rows')).toBe(`pageRows(1|${PAGE_ROWS}|10000)`);
  });

  it('shows no pager when one page holds every video', async () => {
    await act(() => render(<VideoTable videos={[video(1), video(2)]} now={0} />, root));
    expect(rows()).toEqual(['7002', '7001']);
    expect(root.querySelector('[data-testid="video-pages"]')).toBeNull();
  });
});

describe('Delete all, asked again on the page', () => {
  it('deletes only after the second click, and Cancel keeps everything', async () => {
    const deleted = vi.fn();
    await act(() => render(<DeleteAll onDeleted={deleted} onFailed={() => undefined} />, root));
    await click('[data-testid="delete-all"]');
    expect(text('delete-confirm')).toContain('deleteConfirm');
    expect(document.activeElement?.textContent).toBe('cancel');
    await act(() => (document.activeElement as HTMLButtonElement).click());
    expect(sent).toEqual([]);
    expect(root.querySelector('[data-testid="delete-confirm"]')).toBeNull();

    await click('[data-testid="delete-all"]');
    await click('[data-testid="delete-yes"]');
    expect(sent).toEqual(['clearAll']);
    expect(deleted).toHaveBeenCalledOnce();
  });
});
