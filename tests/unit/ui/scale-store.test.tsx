// The popup and the dashboard open on a creator at real scale (issue 34, tests/support/scale-profile.ts:
// 1,000 videos, three years of Studio's exact days, a year of captures, a 365-day export), loaded
// through the real save paths into fake IndexedDB, with the pages' messages answered by the
// background's own handlers.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Series } from '@/components/common/TimeChart';
import { sendInPieces } from '@/utils/import/import-batch';
import { saveProfileStudioData, scaleProfile } from '../../support/scale-profile';

const background = vi.hoisted(() => ({ handlers: {} as Record<string, (data: unknown) => Promise<unknown>> }));
vi.mock('@/utils/protocol/messaging', () => ({
  sendMessage: (type: string, data: unknown) => background.handlers[type]?.(data) ?? Promise.resolve(undefined),
  onMessage: () => () => undefined,
}));
vi.mock('@/utils/platform/i18n', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`) }));
// The chart itself is tested in Chromium; here it shows what it was given.
vi.mock('@/components/common/TimeChart', () => ({
  TimeChart: ({ series }: { series: Series[] }) => <ul data-testid="chart">{series.map((s) => <li key={s.label}>{s.label}: {s.points.length}</li>)}</ul>,
}));
vi.mock('@/components/dashboard/GuardSettings', () => ({ GuardSettings: () => null }));

const { createStoreHandlers } = await import('@/entrypoints/background/history-service');
const profile = scaleProfile({ now: Date.now() - 3_600_000 });
const store = createStoreHandlers();
background.handlers = store as unknown as typeof background.handlers;

beforeAll(async () => {
  await store.restoreBackup(profile.captures);
  await saveProfileStudioData(profile, store.saveStudioData);
  await sendInPieces(profile.exportImport, store.importStudioPiece);
}, 600_000);

let root: HTMLElement;
const settle = (ms = 50) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
async function until(found: () => unknown, what: string) {
  for (let i = 0; i < 400 && !found(); i++) await settle();
  if (!found()) throw new Error(`never showed ${what}: ${root.textContent?.slice(0, 300)}`);
}
afterAll(() => root?.remove());

describe('a creator at real scale', () => {
  it('holds what the profile brought', async () => {
    const stats = await store.storeStats(undefined);
    expect(stats.videos).toBe(1000);
    expect(stats.snapshots).toBe(profile.captures.snapshots.length);
    // Three years of Studio's own days, under the export's year.
    const followers = await store.getDailySeries({ account: profile.account, metric: 'followers' });
    expect(followers.length).toBeGreaterThanOrEqual(3 * 365);
  });

  it('the popup opens on its chart and cards', async () => {
    root = document.createElement('main');
    root.id = 'app';
    document.body.append(root);
    const { loadOpeningData } = await import('@/components/popup/popup-reads');
    const { mountPopup } = await import('@/components/popup/Popup');
    const opening = await loadOpeningData();
    expect(opening.account).toBe(profile.account);
    await act(() => mountPopup({ status: 'fulfilled', value: opening }));
    await until(() => root.querySelector('[data-testid="chart"]'), 'the chart');
    expect(root.querySelector('[data-testid="chart"]')!.textContent).toMatch(/: [1-9]\d*/);
    render(null, root);
    root.remove();
  });

  it('the dashboard opens on its compare chart and lists every video, a page at a time', async () => {
    root = document.createElement('div');
    document.body.append(root);
    const { Dashboard } = await import('@/components/dashboard/Dashboard');
    const { PAGE_ROWS } = await import('@/components/dashboard/VideoTable');
    await act(() => render(<Dashboard />, root));
    await until(() => root.querySelector('[data-testid="chart"]'), 'the compare chart');
    // Followers over all time, day by day: three years and more.
    expect(Number(root.querySelector('[data-testid="chart"] li')!.textContent!.split(': ')[1])).toBeGreaterThanOrEqual(3 * 365);
    await until(() => root.querySelector('[data-testid="page-rows"]'), 'the video table');
    expect(root.querySelector('[data-testid="page-rows"]')!.textContent).toBe(`pageRows(1|${PAGE_ROWS}|1000)`);
    render(null, root);
  });
});
