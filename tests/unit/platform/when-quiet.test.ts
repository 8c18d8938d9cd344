// Work after a burst of events runs once the burst is over, one run at a time, with the latest
// argument; a request during a run asks for exactly one more run after it (issue 34: the takeoff
// badge's read of every video after saves).
import { describe, expect, it, vi } from 'vitest';
import { whenQuiet } from '@/utils/platform/when-quiet';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('whenQuiet', () => {
  it('runs once, with the latest argument, after requests have been quiet for quietMs', async () => {
    vi.useFakeTimers();
    try {
      const runs: string[] = [];
      const request = whenQuiet(async (account: string) => void runs.push(account), { quietMs: 1000 });
      for (let i = 0; i < 100; i++) {
        request(i < 99 ? 'maya.bakes' : 'other.account');
        vi.advanceTimersByTime(999);
      }
      expect(runs).toEqual([]);
      vi.advanceTimersByTime(1);
      await vi.runOnlyPendingTimersAsync();
      expect(runs).toEqual(['other.account']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never runs twice at once: a request during a run gets one more run after it, however many there were', async () => {
    const finish: Array<() => void> = [];
    const runs: number[] = [];
    let running = 0;
    let most = 0;
    const request = whenQuiet(
      (n: number) => {
        runs.push(n);
        most = Math.max(most, ++running);
        return new Promise<void>((resolve) => finish.push(() => (running--, resolve())));
      },
      { quietMs: 0 },
    );
    request(1);
    await settle();
    expect(runs).toEqual([1]);
    request(2);
    request(3);
    await settle();
    await settle();
    expect(runs).toEqual([1]);
    finish.shift()!();
    await settle();
    await settle();
    expect(runs).toEqual([1, 3]);
    finish.shift()!();
    await settle();
    await settle();
    expect(runs).toEqual([1, 3]);
    expect(most).toBe(1);
  });

  it('goes on after a run that failed', async () => {
    const runs: number[] = [];
    const request = whenQuiet(async (n: number) => {
      runs.push(n);
      if (n === 1) throw new Error('read failed');
    }, { quietMs: 0 });
    request(1);
    await settle();
    await settle();
    request(2);
    await settle();
    await settle();
    expect(runs).toEqual([1, 2]);
  });
});
