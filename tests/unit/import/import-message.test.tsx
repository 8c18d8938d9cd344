// What the dashboard's import section sends the background, rendered with Preact in happy-dom:
// the read parts merged into one bounded message (security round two, finding 5), and the
// preview's notes shown, not sent.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { StudioFilePart } from '@/utils/import/studio-files';
import { readStudioFile } from '@/utils/import/read-studio-files';
import { businessFiles, exportZips, makeModel } from '../../fixtures/studio-export/build';

const sent = vi.hoisted(() => [] as Array<{ type: string; data: unknown }>);
vi.mock('@/utils/protocol/messaging', () => ({
  sendMessage: async (type: string, data: unknown) => {
    sent.push({ type, data });
    return { account: 'maker_studio.daily', added: 1, updated: 0, unchanged: 0, activityHours: 0, audiencePictures: 0, videos: 0 };
  },
  // Save progress: nothing reports it here.
  onMessage: () => () => undefined,
}));
vi.mock('@/utils/platform/i18n', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`) }));
// The worker is Chromium's to test; here the reader runs in place on the files' bytes.
vi.mock('@/components/dashboard/read-in-worker', () => ({
  readStudioFiles: async (files: File[], today: string) =>
    Promise.all(files.map(async (file) => ({ name: file.name, part: readStudioFile({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) }, today) }))),
}));

const { StudioImport } = await import('@/components/dashboard/StudioImport');
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));

describe('the import message', () => {
  it('four zips of one download and a business file go as one merged part per export day, without notes', async () => {
    const model = makeModel({ exportDay: '2025-08-20', days: 60 });
    const files = [
      ...exportZips(model).map((z) => new File([new Uint8Array(z.data)], z.name)),
      ...exportZips(model).map((z) => new File([new Uint8Array(z.data)], z.name)), // picked twice
    ];
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<StudioImport accounts={[]} onImported={() => undefined} />, root));
    const input = root.querySelector<HTMLInputElement>('[data-testid="studio-files"]')!;
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    await act(() => void input.dispatchEvent(new Event('change')));
    await settle();
    // A second pick adds a business followers file of `--`: the preview says so.
    Object.defineProperty(input, 'files', { value: [new File([businessFiles(model)[2].data], 'FollowerHistory.csv')], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change')));
    await settle();
    expect(root.querySelector('[data-testid="studio-notes"]')!.textContent).toContain('FollowerHistory.csv: studioNoteNoValues(--)');

    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="studio-save"]')!.click());
    await settle();
    expect(sent).toHaveLength(1);
    const { parts } = sent[0].data as { parts: StudioFilePart[] };
    expect(parts).toHaveLength(2); // the download of 2025-08-20, and the CSV without an export time
    expect(parts[0].files).toEqual(['Overview.csv', 'FollowerActivity.csv', 'FollowerGender.csv', 'FollowerHistory.csv', 'FollowerTopTerritories.csv', 'Viewers.csv', 'Content.csv']);
    expect(Object.keys(parts[0].days)).toHaveLength(59);
    expect(parts[0].followerActivity).toHaveLength(7 * 24);
    expect(parts.every((p) => p.notes === undefined)).toBe(true);
    render(null, root);
    root.remove();
  });
});
