// Cancel while files are read (issue 36, finding 6): the worker reading them is ended, whatever it
// was doing, the file input works again and the page says nothing was saved. The worker here never
// answers, as one stuck in a hostile file did; Chromium runs the real one (tests/e2e/import-round-three.test.ts).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/utils/protocol/messaging', () => ({ sendMessage: async () => undefined, onMessage: () => () => undefined }));
vi.mock('@/utils/platform/i18n', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`) }));

/** A worker stuck in its file: it takes the message and never answers. */
class StuckWorker {
  static started = 0;
  static terminated = 0;
  constructor() {
    StuckWorker.started++;
  }
  addEventListener() {}
  removeEventListener() {}
  postMessage() {}
  terminate() {
    StuckWorker.terminated++;
  }
}
vi.stubGlobal('Worker', StuckWorker);
afterEach(() => {
  StuckWorker.started = 0;
  StuckWorker.terminated = 0;
});

const { StudioImport } = await import('@/components/dashboard/StudioImport');
const { readStudioFiles } = await import('@/components/dashboard/read-in-worker');
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));

describe('Cancel while reading', () => {
  it('readStudioFiles stops at once and ends the worker; the next reading starts a fresh one', async () => {
    const controller = new AbortController();
    const reading = readStudioFiles([new File(['x'], 'Overview.xlsx'), new File(['y'], 'Content.xlsx')], '2025-06-10', controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    expect(await reading).toBeUndefined();
    expect(StuckWorker.terminated).toBe(1);
    const again = new AbortController();
    const next = readStudioFiles([new File(['x'], 'Overview.xlsx')], '2025-06-10', again.signal);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(StuckWorker.started).toBe(2);
    again.abort();
    await next;
  });

  it('the dashboard offers Cancel while it reads; after it the input works and nothing was saved', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<StudioImport accounts={[]} onImported={() => undefined} />, root));
    const input = root.querySelector<HTMLInputElement>('[data-testid="studio-files"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['<row>'.repeat(1000)], 'Overview.xlsx')], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change')));
    await settle();
    expect(input.disabled).toBe(true);
    expect(root.querySelector('[data-testid="studio-progress"]')!.textContent).toContain('loading');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="studio-cancel-reading"]')!.click());
    await settle();
    expect(StuckWorker.terminated).toBe(1);
    expect(input.disabled).toBe(false);
    expect(root.querySelector('[data-testid="studio-progress"]')).toBeNull();
    expect(root.querySelector('[data-testid="studio-message"]')!.textContent).toBe('studioImportCancelled');
    expect(root.querySelector('[data-testid="studio-preview"]')).toBeNull();
    render(null, root);
    root.remove();
  });
});
