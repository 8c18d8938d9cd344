// The only code that knows IndexedDB. Opened by the background (a content script's
// IndexedDB would belong to tiktok.com, where the page could read it).
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ActivityDayRecord, ActivityRecord, AudienceRecord, DailyRecord } from './imported-days';
import type { JournalEntry, UndoStep } from './write-journal';
import type { StudioActivityRecord, StudioDayRecord, StudioRetentionRecord, StudioVideoValueRecord } from './studio-data-records';
import { mergeVideos, pointsOf, type MetricPoint, type SnapshotRecord, type VideoRecord } from './records';

export const DB_NAME = 'creator-lens';
export const DB_VERSION = 6;

export interface LensSchema extends DBSchema {
  snapshots: {
    key: number;
    value: SnapshotRecord;
    indexes: { byScope: [string, number]; byAccount: [string, number]; byCapturedAt: number };
  };
  points: {
    key: number;
    value: MetricPoint;
    indexes: { bySeries: [string, string, string, string, number] };
  };
  videos: {
    key: [string, string];
    value: VideoRecord;
    indexes: { byAccount: string };
  };
  /** v3: a day's value of one metric, from a TikTok Studio export. */
  daily: {
    key: [string, string, string];
    value: DailyRecord;
  };
  /** v3: active followers per day and hour, from exports; every import adds its days. */
  activity: {
    key: [string, string, number];
    value: ActivityRecord;
  };
  /** v6: a day's hours of follower activity from exports, by [account, date] (imports and restores write here; v3's hours are still read). */
  activityDays: {
    key: [string, string];
    value: ActivityDayRecord;
  };
  /** v3: the audience picture (gender, top territories) each export showed. */
  audience: {
    key: [string, number];
    value: AudienceRecord;
  };
  /** v4 (write journal): one entry per restore or import under way; none when nothing is. */
  journal: {
    key: string;
    value: JournalEntry;
  };
  /** v4 (write journal): how to take back each chunk an open journal wrote, by [journal, seq]. */
  journalUndo: {
    key: [string, number];
    value: UndoStep;
  };
  /** v5 (Studio's own data): an account metric's day, by [account, metric, date]. */
  studioDays: {
    key: [string, string, string];
    value: StudioDayRecord;
  };
  /** v5: a video metric's day or hour (YYYY-MM-DD or YYYY-MM-DDTHH), by [account, videoId, metric, at]. */
  studioVideoValues: {
    key: [string, string, string, string];
    value: StudioVideoValueRecord;
  };
  /** v5: each video's latest retention curve, by [account, videoId]. */
  studioRetention: {
    key: [string, string];
    value: StudioRetentionRecord;
  };
  /** v5: followers active per local day and hour, by [account, date, hour]. */
  studioActivity: {
    key: [string, string, number];
    value: StudioActivityRecord;
  };
}

export type LensDB = IDBPDatabase<LensSchema>;
type UpgradeTx = IDBPTransaction<LensSchema, StoreNames<LensSchema>[], 'versionchange'>;

/**
 * Opens (and upgrades) the database. Each step runs once, in order, and is never edited after
 * release. `version` below the current one exists for upgrade tests.
 */
export function openLensDB(name = DB_NAME, version = DB_VERSION): Promise<LensDB> {
  return openDB<LensSchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      const step = (n: number) => oldVersion < n && (newVersion ?? version) >= n;
      if (step(1)) {
        const snapshots = db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
        snapshots.createIndex('byScope', ['scope', 'capturedAt']);
        snapshots.createIndex('byAccount', ['account', 'capturedAt']);
        snapshots.createIndex('byCapturedAt', 'capturedAt');
      }
      if (step(2)) {
        // v2: per-metric points and per-video records, so charts read one index range
        // instead of walking every snapshot. Backfilled from the snapshots v1 kept.
        const points = db.createObjectStore('points', { keyPath: 'id', autoIncrement: true });
        points.createIndex('bySeries', ['account', 'videoId', 'metric', 'range', 'capturedAt']);
        const videos = db.createObjectStore('videos', { keyPath: ['account', 'videoId'] });
        videos.createIndex('byAccount', 'account');
        await backfillDerived(tx);
      }
      if (step(3)) {
        // v3: daily history imported from TikTok Studio's "Download data", kept beside captures
        // (never mixed into points: a capture's 7-day total is not a day's value).
        db.createObjectStore('daily', { keyPath: ['account', 'metric', 'date'] });
        db.createObjectStore('activity', { keyPath: ['account', 'date', 'hour'] });
        db.createObjectStore('audience', { keyPath: ['account', 'takenAt'] });
      }
      if (step(4)) {
        // v4 (write journal): a restore or import writes in short transactions; each also records
        // how to take itself back, so one cut short by a stopped background is undone on restart.
        db.createObjectStore('journal', { keyPath: 'id' });
        db.createObjectStore('journalUndo', { keyPath: ['journal', 'seq'] });
      }
      if (step(5)) {
        // v5 (Studio's own data): the exact values Studio's pages load, kept apart from exports and
        // captures (each source keeps its records; the timeline picks a day's winner).
        db.createObjectStore('studioDays', { keyPath: ['account', 'metric', 'date'] });
        db.createObjectStore('studioVideoValues', { keyPath: ['account', 'videoId', 'metric', 'at'] });
        db.createObjectStore('studioRetention', { keyPath: ['account', 'videoId'] });
        db.createObjectStore('studioActivity', { keyPath: ['account', 'date', 'hour'] });
      }
      if (step(6)) {
        // v6: an export's follower activity as one record per day (24 hours), not one per hour:
        // saving a year was 8,760 puts, most of its time. v3's hour records stay where they are
        // and are read with the days (moving them could not be undone by a journal left open).
        db.createObjectStore('activityDays', { keyPath: ['account', 'date'] });
      }
    },
  });
}

/**
 * The database for reading from an extension page, when the background has already created it at
 * this version; otherwise undefined (the page then asks the background, which owns creating and
 * upgrading it). The connection closes itself if a newer version needs the database.
 */
export async function openLensDBForReading(name = DB_NAME): Promise<LensDB | undefined> {
  let db: LensDB;
  try {
    // Opened at whatever version it has, in one request. A database that does not exist yet would
    // be created here: aborting its first upgrade creates nothing.
    db = await openDB<LensSchema>(name, undefined, {
      upgrade(_db, _oldVersion, _newVersion, tx) {
        tx.done.catch(() => undefined); // aborting is the point, not an error
        tx.abort();
      },
      blocking() {
        db.close();
      },
    });
  } catch {
    return undefined;
  }
  if (db.version === DB_VERSION) return db;
  db.close();
  return undefined;
}

async function backfillDerived(tx: UpgradeTx): Promise<void> {
  const videos = new Map<string, VideoRecord>();
  const points = tx.objectStore('points');
  let cursor = await tx.objectStore('snapshots').index('byCapturedAt').openCursor();
  while (cursor) {
    const record = cursor.value as SnapshotRecord & { id: number };
    for (const point of pointsOf(record)) void points.add(point);
    for (const video of mergeVideos(record, (a, v) => videos.get(`${a}|${v}`))) {
      videos.set(`${video.account}|${video.videoId}`, video);
    }
    cursor = await cursor.continue();
  }
  for (const video of videos.values()) void tx.objectStore('videos').put(video);
}
