// Work that follows events but need not run once per event (a badge read again after saves): it
// waits until the events have been quiet for `quietMs`, runs one at a time, and events during a
// run fold into one more run with the newest argument. A burst of a thousand saves costs one run,
// not a thousand overlapping ones competing with the saves for the same thread.

/** Returns a trigger: `run(arg)` once events have been quiet for `quietMs`, never two at once. */
export function coalesced<A>(run: (arg: A) => Promise<void>, quietMs: number): (arg: A) => void {
  let running = false;
  let queued: { arg: A } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = (arg: A) => {
    running = true;
    run(arg)
      // `run` reports its own failures; one that slips through must not stop later runs.
      .catch(() => undefined)
      .finally(() => {
        running = false;
        const next = queued;
        queued = undefined;
        if (next) start(next.arg);
      });
  };
  return (arg: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running) queued = { arg };
      else start(arg);
    }, quietMs);
  };
}
