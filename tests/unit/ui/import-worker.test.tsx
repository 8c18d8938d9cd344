// The dashboard's import when its worker fails (issue 37): a worker that cannot load or crashes
// ends the import with words saying so on every file it did not read, and the file input is
// enabled again; the next import starts a new worker. A fake Worker stands in for the browser's.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/utils/protocol/messaging', () => ({ sendMessage: async () => undefined, onMessage: () => () => undefined }));
vi.mock('@/utils/platform/i18n', () => ({ t: (key: string) => key }));

type Mode = 'never-loads' | 'crashes' | 'garbles';
const workers: FakeWorker[] = [];
let mode: Mode = 'never-loads';

/** A worker that fails the way the mode says, as the browser reports it: an `error` or `messageerror` event. */
class FakeWorker extends EventTarget {
  posted = 0;
  terminated = false;
  constructor() {
    super();
    workers.push(this);
    // A module worker that cannot load says so with a plain `error` event, after the page went on.
    if (mode === 'never-loads') setTimeout(() => this.dispatchEvent(new Event('error')), 1);
  }
  postMessage() {
    this.posted++;
    if (mode === 'crashes') setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'RangeError: out of memory' })), 1);
    if (mode === 'garbles') setTimeout(() => this.dispatchEvent(new MessageEvent('messageerror')), 1);
  }
  terminate() {
    this.terminated = true;
  }
}

const { StudioImport } = await import('@/components/dashboard/StudioImport');
const { READER_STOPPED } = await import('@/components/dashboard/read-in-worker');
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
const realWorker = globalThis.Worker;

beforeAll(() => {
  globalThis.Worker = FakeWorker as unknown as typeof Worker;
});
afterAll(() => {
  globalThis.Worker = realWorker;
});

async function pick(names: string[]) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<StudioImport accounts={[]} onImported={() => undefined} />, root));
  const input = root.querySelector<HTMLInputElement>('[data-testid="studio-files"]')!;
  Object.defineProperty(input, 'files', { value: names.map((name) => new File(['Date,Video Views\n'], name)), configurable: true });
  await act(() => void input.dispatchEvent(new Event('change')));
  await settle();
  const errors = [...root.querySelectorAll('[data-testid="studio-preview"] [role="alert"]')].map((cell) => cell.textContent ?? '');
  const done = { disabled: input.disabled, errors };
  render(null, root);
  root.remove();
  return done;
}

describe('the import when its worker fails', () => {
  it.each<[Mode, string]>([
    ['never-loads', 'it could not start'],
    ['crashes', 'RangeError: out of memory'],
    ['garbles', 'its answer could not be read'],
  ])('a worker that %s: every file says the reader stopped, the input is enabled, the next import gets a new worker', async (failure, detail) => {
    mode = failure;
    const before = workers.length;
    const first = await pick(['Overview.zip', 'Viewers.zip']);
    expect(first.disabled).toBe(false);
    expect(first.errors).toEqual([0, 1].map(() => `${READER_STOPPED} (${detail}). Try again, or reload this page.`));
    // The broken worker is let go; the second file was never handed to it.
    const broken = workers[before];
    expect(workers).toHaveLength(before + 1);
    expect(broken.terminated).toBe(true);
    expect(broken.posted).toBeLessThanOrEqual(1);

    await pick(['Overview.zip']);
    expect(workers).toHaveLength(before + 2);
  });
});
