// Studio's own data (the exact days, per-video curves and retention its pages load), kept beside
// captures and imports. Placeholder until the store's schema step lands: it refuses, so nothing is
// silently dropped.
import type { StudioDataBatch, StudioDataSaved } from '../studio-data/studio-data-contract';
import type { LensDB } from './database';

export async function saveStudioData(_db: LensDB, _batch: StudioDataBatch): Promise<StudioDataSaved> {
  throw new Error('Studio data is not kept yet');
}
