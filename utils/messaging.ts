// The one message protocol between content scripts, extension pages and the background.
// The background answers; a handler that throws rejects the sender's promise with that error.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { StudioSnapshot } from './studio/types';
import type { SnapshotRecord, VideoRecord } from './store/records';
import type { AccountSummary, SaveResult, SeriesPoint, SeriesQuery } from './store/store';
import type { ExportFile } from './store/transfer';
import type { PopupData, PopupQuery } from './store/summary';
import type { GuardLists } from './guard/settings';
import type { DailyPoint, StudioImport, StudioImportResult } from './store/import-studio';
import type { ActivityRecord, AudienceRecord } from './store/imported';
import type { DailyMetric } from './studio-export/types';

export interface StoreStats {
  snapshots: number;
  points: number;
  videos: number;
}

/** Messages answered by the snapshot store. */
export interface StoreProtocol {
  /** Content script → background: a capture of the page the creator is looking at. */
  saveSnapshot(snapshot: StudioSnapshot): SaveResult;
  getScopeHistory(query: { scope: string; limit?: number }): SnapshotRecord[];
  getSeries(query: SeriesQuery): SeriesPoint[];
  getSeriesRanges(query: Pick<SeriesQuery, 'account' | 'videoId' | 'metric'>): Array<{ range: string; count: number; lastAt: number }>;
  listAccounts(): AccountSummary[];
  listVideos(account: string): VideoRecord[];
  storeStats(): StoreStats;
  exportAll(): ExportFile;
  importAll(file: unknown): { added: number; skipped: number };
  clearAll(): void;
  /** Popup → background: everything the popup draws, in one round trip. */
  getPopupData(query: PopupQuery): PopupData;
  /** Dashboard → background: one row per captured value, as CSV text. */
  exportCsv(): string;
  /** Dashboard → background: a read TikTok Studio export, saved in one transaction. */
  importStudioExport(request: StudioImport): StudioImportResult;
  /** A metric day by day: imported days, with days a capture saw winning. */
  getDailySeries(query: { account: string; metric: DailyMetric; from?: string }): DailyPoint[];
  getActivity(account: string): ActivityRecord[];
  getAudienceHistory(account: string): AudienceRecord[];
}

/** Messages answered by the scam guard. */
export interface GuardProtocol {
  /** Warning page → background: let this host through until the browser closes. */
  guardProceedOnce(url: string): void;
  /** Warning page or settings → background: trust this host from now on. */
  guardAllowAlways(url: string): GuardLists;
  guardGetLists(): GuardLists;
  guardSetLists(lists: GuardLists): GuardLists;
  /** Warning page → background: mark the tab's toolbar icon. */
  guardWarned(): void;
}

export interface ProtocolMap extends StoreProtocol, GuardProtocol {}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
