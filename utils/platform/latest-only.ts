// Requests whose replies may arrive out of order (a slow query, then a quick one): only the reply
// to the newest request is applied, so a late answer never overwrites a newer one.

export interface LatestOnly {
  /** Runs `onValue` (or `onError`) only if no newer request was started meanwhile. */
  <T>(request: Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): void;
  /** Drops every pending reply (a page closing, an input going away). */
  cancel(): void;
}

export function latestOnly(): LatestOnly {
  let newest = 0;
  const run = <T>(request: Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void) => {
    const ticket = ++newest;
    request.then(
      (value) => ticket === newest && onValue(value),
      (error) => ticket === newest && onError(error),
    );
  };
  return Object.assign(run, { cancel: () => void ++newest });
}
