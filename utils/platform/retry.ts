// Sending until the other side acknowledges: a browser may stop the extension's background at any
// moment (an idle MV3 service worker, an update), and a message in flight then fails although
// nothing is wrong with it. Such failures are retried with growing pauses; a refusal is final.

export interface RetryOptions {
  /** Stops retrying (the promise rejects with the signal's reason). */
  signal: AbortSignal;
  /** Pauses before each retry, in ms; the last one repeats for as long as it takes. */
  delays?: readonly number[];
  /** True for an answer that retrying cannot change (the data itself was refused). */
  isFinal?: (error: unknown) => boolean;
  /** Told about every failed attempt that will be retried. */
  onRetry?: (error: unknown, attempt: number) => void;
  /** Waits; replaceable in tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export const DEFAULT_DELAYS = [250, 500, 1000, 2000, 4000, 8000, 15000] as const;

/** The browsers' own words for a message whose other side stopped or was never there. */
const BACKGROUND_GONE = /message port closed|Receiving end does not exist|Could not establish connection|Extension context invalidated|message channel closed/i;

/** True when a message failed because the background stopped, not because it refused the data. */
export const isBackgroundGone = (error: unknown): boolean => BACKGROUND_GONE.test(error instanceof Error ? error.message : String(error));

export async function untilAcknowledged<T>(send: () => Promise<T>, options: RetryOptions): Promise<T> {
  const { signal, delays = DEFAULT_DELAYS, isFinal = () => false, onRetry, sleep = abortableSleep } = options;
  for (let attempt = 1; ; attempt++) {
    signal.throwIfAborted();
    try {
      return await send();
    } catch (error) {
      if (isFinal(error)) throw error;
      signal.throwIfAborted();
      onRetry?.(error, attempt);
      await sleep(delays[Math.min(attempt, delays.length) - 1] ?? 1000, signal);
    }
  }
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', done);
      resolve();
    }, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
