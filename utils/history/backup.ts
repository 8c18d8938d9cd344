// The backup file: one JSON document holding every capture, with a format version.
// Points and video records are derived, so they are rebuilt on restore rather than trusted.
import type { LensDB } from './database';
import { DAY_MS } from '../platform/days';
import { scopeKey, type SnapshotRecord } from './records';
import { allSnapshots, writeRecords, type AddRecordsResult } from './snapshots';
import { journaled, progressCounter } from './write-journal';
import { snapshotErrors } from './validate-snapshot';
import { backupImportedDays, restoreImportedDays } from './save-import';
import { importedBackupErrors, type ImportedBackup } from './imported-days';
import { allStudioData, restoreStudioData } from './studio-data-store';
import { studioBackupErrors, type StudioDataBackup } from './studio-data-records';

export const BACKUP_FORMAT = 'creator-lens-export';
export const BACKUP_VERSION = 1;
const MAX_REPORTED_ERRORS = 10;
// Captures cannot come from the future (a day of slack for clock skew) or before TikTok Studio existed.
const EARLIEST_CAPTURE = Date.UTC(2019, 0, 1);

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  snapshots: Array<Omit<SnapshotRecord, 'id' | 'scope'>>;
  /** Daily history, follower activity and audience imported from TikTok Studio exports. */
  imported?: ImportedBackup;
  /** What Studio's own data brought: account days, per-video days and hours, retention curves, activity. */
  studio?: StudioDataBackup;
}

export async function makeBackup(db: LensDB, now = Date.now()): Promise<BackupFile> {
  const records = await allSnapshots(db);
  const [imported, studio] = await Promise.all([backupImportedDays(db), allStudioData(db)]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    snapshots: records.map(({ id: _id, scope: _scope, ...rest }) => rest),
    ...(imported ? { imported } : {}),
    ...(studio ? { studio } : {}),
  };
}

export class BackupError extends Error {
  constructor(readonly problems: string[]) {
    super(`Restore rejected, nothing was changed: ${problems.join('; ')}`);
    this.name = 'BackupError';
  }
}

/** Validates a whole backup file; returns the records to add or throws BackupError listing what is wrong. */
export function parseBackup(data: unknown, now = Date.now()): Array<Omit<SnapshotRecord, 'id'>> {
  const problems: string[] = [];
  const file = data as Partial<BackupFile> | null;
  if (!file || typeof file !== 'object' || Array.isArray(file)) throw new BackupError(['the file is not a Creator Lens export']);
  if (file.format !== BACKUP_FORMAT) throw new BackupError([`unknown format ${JSON.stringify(file.format)}`]);
  if (file.version !== BACKUP_VERSION)
    throw new BackupError([`unsupported version ${JSON.stringify(file.version)} (this build reads ${BACKUP_VERSION})`]);
  if (!Array.isArray(file.snapshots)) throw new BackupError(['"snapshots" must be a list']);

  const records: Array<Omit<SnapshotRecord, 'id'>> = [];
  file.snapshots.forEach((raw: unknown, i) => {
    const path = `snapshots[${i}]`;
    const errors = snapshotErrors(raw, path);
    const r = raw as Record<string, unknown>;
    if (!errors.length) {
      for (const field of ['capturedAt', 'lastSeenAt'] as const) {
        const t = r[field];
        if (typeof t !== 'number' || !Number.isFinite(t) || t < EARLIEST_CAPTURE || t > now + DAY_MS)
          errors.push(`${path}.${field}: not a plausible capture time`);
      }
      if (!errors.length && (r.lastSeenAt as number) < (r.capturedAt as number))
        errors.push(`${path}.lastSeenAt: earlier than capturedAt`);
      if (typeof r.account !== 'string') errors.push(`${path}.account: must be text ('' when unknown)`);
    }
    if (errors.length) problems.push(...errors);
    else {
      // A file's own ids are dropped: the store numbers what it adds (and takes back by those numbers).
      const { id: _id, ...record } = raw as SnapshotRecord;
      records.push({ ...record, scope: scopeKey(record) });
    }
  });
  if (file.imported !== undefined) problems.push(...importedBackupErrors(file.imported));
  if (file.studio !== undefined) problems.push(...studioBackupErrors(file.studio, now));
  if (problems.length) {
    const shown = problems.slice(0, MAX_REPORTED_ERRORS);
    if (problems.length > shown.length) shown.push(`and ${problems.length - shown.length} more problems`);
    throw new BackupError(shown);
  }
  return records;
}

/**
 * What a restore added; `restoredStudioRecords`: how many of the file's records of Studio imports
 * (days, activity hours, audience) it wrote; `restoredStudioData`: of Studio's own data.
 */
export type RestoreResult = AddRecordsResult & { restoredStudioRecords?: number; restoredStudioData?: number };

/**
 * All or nothing: a file with any bad record changes nothing, and a restore that fails or is cut
 * short by a stopped background is taken back (see write-journal.ts). Written in short chunks,
 * reporting progress over every record of the file.
 */
export async function restoreBackup(
  db: LensDB,
  data: unknown,
  now = Date.now(),
  onProgress?: (done: number, total: number) => void,
): Promise<RestoreResult> {
  const records = parseBackup(data, now);
  const given = (data as BackupFile).imported;
  const imported = given && { daily: given.daily ?? [], activity: given.activity ?? [], audience: given.audience ?? [] };
  const givenStudio = (data as BackupFile).studio;
  const studio = givenStudio && { days: givenStudio.days ?? [], videoValues: givenStudio.videoValues ?? [], retention: givenStudio.retention ?? [], activity: givenStudio.activity ?? [] };
  const total =
    records.length +
    (imported ? imported.daily.length + imported.activity.length + imported.audience.length : 0) +
    (studio ? studio.days.length + studio.videoValues.length + studio.retention.length + studio.activity.length : 0);
  const tick = progressCounter(total, onProgress);
  return journaled(db, 'restore', async (journal) => {
    const result: RestoreResult = await writeRecords(journal, records, tick);
    if (imported) result.restoredStudioRecords = await restoreImportedDays(journal, imported, tick);
    if (studio) result.restoredStudioData = await restoreStudioData(journal, studio, tick);
    return result;
  });
}
