// What the dashboard sends the background to save: the read parts merged, so one message of
// bounded size carries each day, hour and video once. Parts exported the same day (Studio's tabs,
// downloaded one after another) become one part stamped with the latest export; exports of other
// days stay apart, because the store ranks a day's values by when they were exported. Pure.
import { localDate } from '../platform/days';
import { ExportReadError, READ_LIMITS } from './read-bounds';
import { mergeParts } from './merge-parts';
import type { StudioFilePart } from './studio-files';

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
