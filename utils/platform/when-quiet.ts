// Work that follows a burst of events once, not once per event: each request moves the start to
// `quietMs` after the latest one, the work runs one at a time, and a request made while it runs
// asks for one more run after it (with the latest argument). Issue 34: the background read every
// video of the account for the takeoff badge after each save, so a Studio visit's save, an import's
// pieces or the thousand saves of a seed each waited behind the reads the saves before had set off.

export interface WhenQuietOptions {
  /** How long requests must stop before the work starts (ms). */
  quietMs: number;
  /** Timers; replaceable in tests. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** A request function for `work`: called any number of times, it runs `work(latest argument)` once things are quiet. */
export function whenQuiet<T>(work: (arg: T) => Promise<unknown>, options: WhenQuietOptions): (arg: T) => void {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let timer: unknown;
  let running = false;
  let again = false;
  let latest: T;
  const start = () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = true;
    work(latest)
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          request(latest);
        }
      });
  };
  const request = (arg: T) => {
    latest = arg;
    if (timer !== undefined) clearTimer(timer);
    timer = setTimer(start, options.quietMs);
  };
  return request;
}
