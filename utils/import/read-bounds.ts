// What the Studio export reader refuses, and how it says so: bounds and the error naming the file.
// Apart from the reader, so the dashboard can check a file's size and the batch's bounds without
// loading Studio's label tables (those load only in the worker that reads files). Pure.

export class ExportReadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `, line ${line}` : ''}: ${reason}`);
    this.name = 'ExportReadError';
  }
}

/**
 * Bounds far above any real export (365 days, 24 activity rows a day, a short list of videos),
 * so a crafted file cannot make the worker, the message or the store hold millions of records.
 */
export const READ_LIMITS = {
  /** A zip, CSV or XLSX as given, and any file unpacked from it. */
  fileBytes: 64 * 1024 * 1024,
  /** Everything unpacked from one file given, nested workbooks included (40 files of 60 MiB are refused). */
  unpackedBytes: 128 * 1024 * 1024,
  zipEntries: 64,
  dailyRows: 3_000,
  activityRows: 24 * 1_000,
  videoRows: 20_000,
  audienceRows: 1_000,
  /** Captures keep captions to this length too (utils/history/validate-snapshot.ts). */
  caption: 4_096,
  /** Rows parsed from one file at most: past every row cap, so an oversized file is still refused by name. */
  parsedRows: 1_000_000,
  /** Notes listed per file; the rest are counted. */
  notes: 40,
} as const;
