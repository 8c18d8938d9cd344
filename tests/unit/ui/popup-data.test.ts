// The popup's reads when the database is not there for it yet: it asks the background, and asks
// again while the background is not listening (right after install or an update).
import { describe, expect, it, vi } from 'vitest';
import type { PopupData } from '@/utils/views/popup-view';

const background = vi.hoisted(() => ({ answers: [] as Array<() => Promise<unknown>>, asked: 0 }));
vi.mock('@/utils/protocol/messaging', () => ({
  sendMessage: () => {
    background.asked++;
    return background.answers.shift()!();
  },
}));
vi.mock('@/utils/history/database', () => ({ openLensDBForReading: async () => undefined }));

const { loadPopupData } = await import('@/components/popup/popup-reads');

const EMPTY: PopupData = { accounts: [], cards: [], chart: { metric: 'followers', days: 30, points: [] } };
const notListening = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));

describe('loadPopupData without its own database connection', () => {
  it('asks the background again while it is not listening yet', async () => {
    background.asked = 0;
    background.answers = [notListening, notListening, () => Promise.resolve(EMPTY)];
    await expect(loadPopupData({ auto: true })).resolves.toEqual(EMPTY);
    expect(background.asked).toBe(3);
  });

  it('takes an error the background answered with as final', async () => {
    background.asked = 0;
    background.answers = [() => Promise.reject(new Error('disk full')), () => Promise.resolve(EMPTY)];
    await expect(loadPopupData({ auto: true })).rejects.toThrow('disk full');
    expect(background.asked).toBe(1);
  });
});
