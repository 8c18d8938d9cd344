// What the dashboard sends the background to save: the read parts merged, so each day, hour and
// video goes once, in pieces of bounded size the background takes one at a time. Parts exported
// the same day (Studio's tabs, downloaded one after another) become one part stamped with the
// latest export; exports of other days stay apart, because the store ranks a day's values by when
// they were exported. Pure.
import { localDate } from '../platform/days';
import { ExportReadError, READ_LIMITS } from './read-bounds';
import { mergeParts } from './merge-parts';
import type { ExportVideo, StudioFilePart } from './studio-files';

/** The import message: the parts read from Studio's files, for one account. */
export interface StudioImport {
  /** The handle the files belong to: from the zip names, or chosen by the creator. */
  account: string;
  parts: StudioFilePart[];
}

/** What the store answers: what the import added, changed and found already held. */
export interface StudioImportResult {
  account: string;
  /** Day values new to the store, replaced by a better one, or already held. */
  added: number;
  updated: number;
  unchanged: number;
  activityHours: number;
  audiencePictures: number;
  videos: number;
  firstDay?: string;
  lastDay?: string;
}

/** Bounds on one import message, after merging (a year of every file is far below them). */
export const BATCH_LIMITS = {
  days: 10 * 366,
  activityHours: READ_LIMITS.activityRows,
  videos: READ_LIMITS.videoRows,
  /** Captions of all videos together, in characters. */
  captionChars: 8 * 1024 * 1024,
} as const;

/** The parts to send: merged per export day, without the preview's notes; refuses what is over the bounds. */
export function batchForSaving(parts: StudioFilePart[]): StudioFilePart[] {
  const groups = new Map<string, StudioFilePart[]>();
  for (const part of parts) {
    const key = part.exportedAt === undefined ? '' : localDate(part.exportedAt);
    groups.set(key, [...(groups.get(key) ?? []), part]);
  }
  const batch = [...groups.values()].map((group): StudioFilePart => {
    const merged = mergeParts(group);
    const exportedAt = Math.max(...group.map((p) => p.exportedAt ?? -1));
    return {
      ...merged,
      name: [...new Set(group.map((p) => p.name.split(/[\\/]/).pop()))].join(' + ').slice(0, 300),
      files: [...new Set(group.flatMap((p) => p.files))],
      ...(exportedAt >= 0 ? { exportedAt } : {}),
    };
  });
  const days = new Set(batch.flatMap((p) => Object.keys(p.days))).size;
  const hours = batch.reduce((n, p) => n + (p.followerActivity?.length ?? 0), 0);
  const videos = batch.flatMap((p) => p.videos ?? []);
  const captions = videos.reduce((n, v) => n + v.caption.length, 0);
  const over = (what: string, n: number, limit: number) => {
    if (n > limit) throw new ExportReadError(batch.map((p) => p.name).join(' + '), `${n} ${what} together: more than one import takes (at most ${limit}); import fewer files at a time`);
  };
  over('days', days, BATCH_LIMITS.days);
  over('hours of follower activity', hours, BATCH_LIMITS.activityHours);
  over('videos', videos.length, BATCH_LIMITS.videos);
  over('characters of captions', captions, BATCH_LIMITS.captionChars);
  return batch;
}

/**
 * One bounded piece of an import on its way to the background: slices of the batch's parts, each
 * read and checked on its own, so no message is ever a whole 30 MB file the background must take in
 * one go (captures wait for nothing that long). The last piece saves them all.
 */
export interface StudioImportPiece extends StudioImport {
  /** Names one import's pieces. */
  importId: string;
  /** 0-based: pieces go one after another. */
  index: number;
  count: number;
  /** For each slice in `parts`, the part of the batch it belongs to. */
  partOf: number[];
}

/** Bounds on one piece, and on what the background holds of an import before it saves it. */
export const PIECE_LIMITS = {
  /** Days, hours of activity and videos together. */
  rows: 5_000,
  captionChars: 1024 * 1024,
  /** Every row of one import: past the reader's cap on the rows of any file. */
  stagedRows: READ_LIMITS.parsedRows,
} as const;

const byVideoId = (a: ExportVideo, b: ExportVideo) => (a.videoId < b.videoId ? -1 : a.videoId > b.videoId ? 1 : 0);

/**
 * The request cut into pieces of at most PIECE_LIMITS.rows rows (a small import is one piece).
 * Videos go in id order, the order the store writes them in, so it sorts nothing large.
 */
export function importPieces(request: StudioImport, importId: string, limits: Pick<typeof PIECE_LIMITS, 'rows' | 'captionChars'> = PIECE_LIMITS): StudioImportPiece[] {
  const pieces: Array<Pick<StudioImportPiece, 'parts' | 'partOf'>> = [];
  let open: Pick<StudioImportPiece, 'parts' | 'partOf'> = { parts: [], partOf: [] };
  let rows = 0;
  let chars = 0;
  const flush = () => {
    if (open.parts.length) pieces.push(open);
    open = { parts: [], partOf: [] };
    rows = 0;
    chars = 0;
  };
  request.parts.forEach((part, p) => {
    let slice: StudioFilePart | undefined;
    /** The slice of this part in the open piece, with room made for `n` rows and `c` caption characters. */
    const room = (n: number, c = 0): StudioFilePart => {
      if (rows + n > limits.rows || chars + c > limits.captionChars) {
        flush();
        slice = undefined;
      }
      if (!slice) {
        slice = { name: part.name, files: part.files, ...(part.exportedAt !== undefined ? { exportedAt: part.exportedAt } : {}), days: {} };
        open.parts.push(slice);
        open.partOf.push(p);
      }
      rows += n;
      chars += c;
      return slice;
    };
    room(0);
    if (part.audience) room(1).audience = part.audience;
    for (const [date, values] of Object.entries(part.days)) room(1).days[date] = values;
    for (const hour of part.followerActivity ?? []) (room(1).followerActivity ??= []).push(hour);
    for (const video of [...(part.videos ?? [])].sort(byVideoId)) (room(1, video.caption.length).videos ??= []).push(video);
  });
  flush();
  if (!pieces.length) pieces.push({ parts: [], partOf: [] });
  return pieces.map((piece, index) => ({ importId, account: request.account, index, count: pieces.length, ...piece }));
}

/** Sends the request piece by piece, each once the one before was taken; the last piece's answer. */
export async function sendInPieces<R>(request: StudioImport, send: (piece: StudioImportPiece) => Promise<R | null>, importId: string = crypto.randomUUID()): Promise<R> {
  let answer: R | null = null;
  for (const piece of importPieces(request, importId)) answer = await send(piece);
  if (answer === null) throw new Error('the last part of the import got no answer');
  return answer;
}

const rowsOf = (part: StudioFilePart) => Object.keys(part.days).length + (part.followerActivity?.length ?? 0) + (part.videos?.length ?? 0) + (part.audience ? 1 : 0);

/**
 * The background's side: holds one import's pieces (checked one by one as they come) until the last,
 * then hands back the whole request. Pieces out of order, of another import or past the bounds drop
 * what was held: nothing is saved before the last piece, so nothing was changed.
 */
export class ImportStaging {
  private held?: { importId: string; account: string; next: number; count: number; parts: StudioFilePart[]; rows: number };

  /** Forgets an import's pieces (one was refused). */
  drop(): void {
    this.held = undefined;
  }

  /** Takes the next piece; the whole request once the last one is in, undefined before. */
  add(piece: StudioImportPiece): StudioImport | undefined {
    const shaped = typeof piece.importId === 'string' && piece.importId.length <= 100 && Number.isInteger(piece.index) && Number.isInteger(piece.count) && piece.count >= 1 && piece.index < piece.count
      && Array.isArray(piece.partOf) && piece.partOf.length === piece.parts.length && piece.partOf.every((p) => Number.isInteger(p) && p >= 0 && p < 10_000)
      && piece.parts.reduce((n, slice) => n + rowsOf(slice), 0) <= PIECE_LIMITS.rows;
    // A first piece starts a new import (one left unfinished, by a page closed mid-way, is dropped).
    if (shaped && piece.index === 0) this.held = { importId: piece.importId, account: piece.account, next: 0, count: piece.count, parts: [], rows: 0 };
    const held = this.held;
    if (!shaped || !held || held.importId !== piece.importId || held.account !== piece.account || held.next !== piece.index || held.count !== piece.count) {
      this.held = undefined;
      throw new Error('Import rejected, nothing was changed: its parts came out of order; import the files again');
    }
    piece.parts.forEach((slice, i) => {
      const at = piece.partOf[i];
      const part = (held.parts[at] ??= { name: slice.name, files: slice.files, ...(slice.exportedAt !== undefined ? { exportedAt: slice.exportedAt } : {}), days: {} });
      Object.assign(part.days, slice.days);
      if (slice.audience) part.audience = slice.audience;
      for (const hour of slice.followerActivity ?? []) (part.followerActivity ??= []).push(hour);
      for (const video of slice.videos ?? []) (part.videos ??= []).push(video);
      held.rows += rowsOf(slice);
    });
    if (held.rows > PIECE_LIMITS.stagedRows) {
      this.held = undefined;
      throw new Error(`Import rejected, nothing was changed: more than ${PIECE_LIMITS.stagedRows} rows`);
    }
    held.next++;
    if (held.next < held.count) return undefined;
    this.held = undefined;
    return { account: held.account, parts: held.parts.filter(Boolean) };
  }
}
