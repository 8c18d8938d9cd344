// The hand-off between the capture feature and the badges feature.
import type { PageAnchors } from '@/utils/reader/read-page';
import type { StudioSnapshot } from '@/utils/reader/snapshot';
import type { PageBadges } from '@/utils/page-features/badge-text';

/** A capture, with where the page showed each value (read in the same pass, so badges never read the page again) and, once saved, its badges' words (written by the background). */
export type CaptureOutcome =
  | { snapshot: StudioSnapshot; anchors: PageAnchors; badges: PageBadges; at: number }
  | { snapshot: StudioSnapshot; anchors: PageAnchors; error: string; at: number };

type Listener = (outcome: CaptureOutcome) => void;
const listeners = new Set<Listener>();
let latest: CaptureOutcome | undefined;

export function publishCapture(outcome: CaptureOutcome): void {
  latest = outcome;
  for (const listener of listeners) listener(outcome);
}

/** Subscribes until `signal` aborts; a late subscriber first gets the latest outcome for this URL. */
export function onCapture(listener: Listener, signal: AbortSignal): void {
  listeners.add(listener);
  signal.addEventListener('abort', () => listeners.delete(listener));
  if (latest && latest.snapshot.url === location.href) listener(latest);
}

/** Every read of the page, stored or not: how many of the values it shows the reader missed. */
export interface ReadOutcome {
  url: string;
  page: string;
  unread: Element[];
  /** The reader crashed on this page: counted as a value not read (the report shows the trace). */
  crash?: string;
}

type ReadListener = (read: ReadOutcome) => void;
const readListeners = new Set<ReadListener>();
let latestRead: ReadOutcome | undefined;

export function publishRead(read: ReadOutcome): void {
  latestRead = read;
  for (const listener of readListeners) listener(read);
}

/** The last read of the page now shown, if any. */
export const lastRead = (): ReadOutcome | undefined => (latestRead?.url === location.href ? latestRead : undefined);

export function onRead(listener: ReadListener, signal: AbortSignal): void {
  readListeners.add(listener);
  signal.addEventListener('abort', () => readListeners.delete(listener));
  const latest = lastRead();
  if (latest) listener(latest);
}
