// Answers worth keeping between page openings (the "what works" report reads every video: 1–2 s at
// 1,000 videos, asked by every popup and dashboard opening) until the store changes. Every message
// that may write ends what was kept before it, at its start and at its end, so an answer computed
// while a write ran is never kept past it; kept answers also age out, since they depend on the time.

export class KeptUntilWrite {
  private writes = 0;
  private readonly kept = new Map<string, { writes: number; at: number; value: Promise<unknown> }>();

  constructor(private readonly maxAgeMs: number, private readonly now: () => number = Date.now) {}

  /** Called at the start and the end of anything that may write. */
  wrote(): void {
    this.writes++;
    this.kept.clear();
  }

  /** The answer kept under `key` since the last write and within its age, else `compute()`'s, kept. */
  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const held = this.kept.get(key);
    if (held && held.writes === this.writes && this.now() - held.at < this.maxAgeMs) return held.value as Promise<T>;
    const entry = { writes: this.writes, at: this.now(), value: compute() as Promise<unknown> };
    this.kept.set(key, entry);
    // A failed answer is not kept.
    entry.value.catch(() => {
      if (this.kept.get(key) === entry) this.kept.delete(key);
    });
    return entry.value as Promise<T>;
  }

  /** Wraps a handler that may write: what was kept ends when it starts and when it ends. */
  writing<A, R>(handler: (arg: A) => Promise<R>): (arg: A) => Promise<R> {
    return async (arg: A) => {
      this.wrote();
      try {
        return await handler(arg);
      } finally {
        this.wrote();
      }
    };
  }
}
