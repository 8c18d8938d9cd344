import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesced } from '@/utils/platform/coalesced';

const QUIET = 1000;

/** A run that waits until released, recording its argument. */
function gatedRuns() {
  const started: string[] = [];
  const releases: Array<() => void> = [];
  const run = (arg: string) => {
    started.push(arg);
    return new Promise<void>((resolve) => releases.push(resolve));
  };
  const releaseNext = async () => {
    releases.shift()?.();
    // Let the run's settling (catch, finally) and any next start happen.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { started, run, releaseNext };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('coalesced', () => {
  it('runs once events have been quiet for the given time, with the newest argument', () => {
    const { started, run } = gatedRuns();
    const trigger = coalesced(run, QUIET);
    trigger('a');
    vi.advanceTimersByTime(QUIET - 1);
    trigger('b');
    vi.advanceTimersByTime(QUIET - 1);
    expect(started).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(started).toEqual(['b']);
  });

  it('folds events during a run into one more run after it, with the newest argument', async () => {
    const { started, run, releaseNext } = gatedRuns();
    const trigger = coalesced(run, QUIET);
    trigger('a');
    vi.advanceTimersByTime(QUIET);
    for (const arg of ['b', 'c', 'd']) {
      trigger(arg);
      vi.advanceTimersByTime(QUIET);
    }
    expect(started).toEqual(['a']);
    await releaseNext();
    expect(started).toEqual(['a', 'd']);
    await releaseNext();
    expect(started).toEqual(['a', 'd']);
  });

  it('runs again for an event after the last run ended', async () => {
    const { started, run, releaseNext } = gatedRuns();
    const trigger = coalesced(run, QUIET);
    trigger('a');
    vi.advanceTimersByTime(QUIET);
    await releaseNext();
    trigger('b');
    vi.advanceTimersByTime(QUIET);
    expect(started).toEqual(['a', 'b']);
  });

  it('a failed run does not stop the next one', async () => {
    const started: string[] = [];
    let fail = true;
    const trigger = coalesced(async (arg: string) => {
      started.push(arg);
      if (fail) {
        fail = false;
        throw new Error('read failed');
      }
    }, QUIET);
    trigger('a');
    vi.advanceTimersByTime(QUIET);
    trigger('b');
    vi.advanceTimersByTime(QUIET);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
  });
});
