// Sending until acknowledged (issue 13, finding 4): transient failures are retried, a refusal is
// final, and an abort stops at once.
import { describe, expect, it } from 'vitest';
import { untilAcknowledged } from '@/utils/platform/retry';

const noSleep = async (_ms: number, signal: AbortSignal) => signal.throwIfAborted();

describe('untilAcknowledged', () => {
  it('retries a failed send until it is answered, pausing longer each time', async () => {
    const pauses: number[] = [];
    let calls = 0;
    const answer = await untilAcknowledged(
      async () => {
        if (++calls < 5) throw new Error('The message port closed before a response was received.');
        return 'stored';
      },
      { signal: new AbortController().signal, delays: [10, 20, 40], sleep: async (ms) => void pauses.push(ms) },
    );
    expect(answer).toBe('stored');
    expect(pauses).toEqual([10, 20, 40, 40]);
  });

  it('gives up at once on a refusal', async () => {
    let calls = 0;
    const refused = untilAcknowledged(
      async () => {
        calls++;
        throw new Error('Snapshot rejected: followers: must not be negative');
      },
      { signal: new AbortController().signal, isFinal: (e) => String(e).includes('rejected'), sleep: noSleep },
    );
    await expect(refused).rejects.toThrow('rejected');
    expect(calls).toBe(1);
  });

  it('stops when its signal aborts, even mid-pause', async () => {
    const controller = new AbortController();
    const failures: number[] = [];
    const pending = untilAcknowledged(() => Promise.reject(new Error('gone')), {
      signal: controller.signal,
      delays: [60_000],
      onRetry: (_e, attempt) => failures.push(attempt),
    });
    await new Promise((r) => setTimeout(r, 20));
    controller.abort(new Error('extension unloaded'));
    await expect(pending).rejects.toThrow('extension unloaded');
    expect(failures).toEqual([1]);
  });
});
