// What a Studio page reads back when its capture is saved: the badges compare it with the
// captures before it. The store answers with its records (utils/history/snapshots.ts, SaveResult),
// of which the page needs only these fields.
import type { MetricKey, StudioSnapshot } from '../reader/snapshot';

/** A capture as the page compares it: what it showed, and when. */
export type CaptureAt = StudioSnapshot & { capturedAt: number };

export interface SavedCapture {
  status: 'added' | 'refreshed';
  record: CaptureAt;
  /** Earlier captures of the same scope, newest first (not including `record`). */
  previous: CaptureAt[];
  /** Studio's own exact value of a metric the page showed rounded, for the same period (where its data holds every day of it). */
  exact?: Partial<Record<MetricKey, number>>;
}
