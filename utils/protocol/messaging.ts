// The one message protocol between content scripts, extension pages and the background.
// The background answers; a handler that throws rejects the sender's promise with that error.
import browser from 'webextension-polyfill';
import { defineExtensionMessaging, type ExtensionMessage } from '@webext-core/messaging';
import type { StudioSnapshot } from '../reader/snapshot';
import type { BackupFile, RestoreResult } from '../history/backup';
import type { PopupData, PopupQuery } from '../views/popup-view';
import type { PopupInsights } from '../views/popup-insights-view';
import type { BreakdownsView, CompareKey, DailyPoint, DashboardOpeningData, MetricDisagreement } from '../views/dashboard-view';
import type { TimelineSeries } from '../views/timeline-series';
import type { AccountRecency, VideoSummary } from '../views/view-source';
import type { SavedCapture } from '../views/saved-capture';
import type { PageBadges } from '../page-features/badge-text';
import type { GuardLists } from '../guard/guard-lists';
import type { TabBlockReport } from '../guard/tab-blocks';
import type { PageSignal } from '../guard/page-signals';
import type { StudioImport, StudioImportPiece, StudioImportResult } from '../import/import-batch';
import type { ActivityRecord, AudienceRecord } from '../history/imported-days';
import type { DailyMetric } from '../import/studio-files';
import type { WhatWorksReport } from '../insights/what-works-report';
import type { StudioDataBatch, StudioDataSaved, StudioPageResponses } from '../studio-data/studio-data-contract';
import type { StudioDataReport } from '../studio-data/page-data-report';
import type { VideoPage } from '../views/video-page-view';
import type { GoalProgress } from '../views/goals-view';
import type { MediaKit } from '../views/media-kit-view';
import type { Goal } from '../platform/user-settings';
import type { Takeoff } from '../insights/takeoff';

export interface StoreStats {
  snapshots: number;
  points: number;
  videos: number;
  /** Day values imported from TikTok Studio exports; absent when there are none. */
  importedValues?: number;
  /** Values from Studio's own data (days, a video's days and hours, activity hours, retention points: the CSV's rows of them); absent when there are none. */
  studioValues?: number;
}

/** Messages answered by the snapshot store. */
export interface StoreProtocol {
  /** Extension pages → background: a capture (tests, the bench and the demo seed the store with it). */
  saveSnapshot(snapshot: StudioSnapshot): SavedCapture;
  /**
   * Content script → background: a capture of the page the creator is looking at, with the page's
   * language tag (`<html lang>`, "en-GB", "zh-TW"); the answer is its badges, written here in that tag.
   */
  capturePage(page: { snapshot: StudioSnapshot; locale?: string }): PageBadges;
  /**
   * Content script → background: the responses Studio's own page received for its data calls (never
   * a request of ours), unread; the background reads them and keeps the signed-in creator's values.
   */
  saveStudioResponses(page: StudioPageResponses): StudioDataSaved;
  /** Extension pages → background: values already read from Studio's data (tests and the bench seed the store with it). */
  saveStudioData(batch: StudioDataBatch): StudioDataSaved;
  /** Dashboard → background: the accounts, freshest first, from a few keys (its first chart waits on this). */
  accountsByRecency(): AccountRecency[];
  listVideos(account: string): VideoSummary[];
  storeStats(): StoreStats;
  makeBackup(): BackupFile;
  restoreBackup(file: unknown): RestoreResult;
  clearAll(): void;
  /** Popup → background: everything the popup draws, in one round trip. */
  getPopupData(query: PopupQuery): PopupData;
  /** Popup → background: milestone, first-day and weekly insights for one account. */
  getPopupInsights(account: string): PopupInsights;
  /** Dashboard → background: what the compare chart draws of a metric's timeline or a video. */
  getCompareSeries(query: { account: string; key: CompareKey }): TimelineSeries;
  /** Dashboard's entry → background: the accounts and the newest one's first compare series, in one round trip. */
  getDashboardOpening(key: CompareKey): DashboardOpeningData;
  /** Dashboard → background: one row per stored value (captured, or an imported day), as CSV text. */
  exportCsv(): string;
  /** Dashboard → background: a read TikTok Studio export, saved in one transaction. */
  importStudioData(request: StudioImport): StudioImportResult;
  /** Dashboard → background: a read export in bounded pieces, one after another; the last one saves them all (null before it). */
  importStudioPiece(piece: StudioImportPiece): StudioImportResult | null;
  /** A metric day by day: imported days, with days a capture saw winning. */
  getDailySeries(query: { account: string; metric: DailyMetric; from?: string }): DailyPoint[];
  getActivity(account: string): ActivityRecord[];
  getAudienceHistory(account: string): AudienceRecord[];
  /** Dashboard → background: where an import and captures of the same window disagree ("Your data"). */
  getDisagreements(account: string): MetricDisagreement[];
  /** Dashboard → background: traffic sources, search queries and audience as Studio's pages showed them. */
  getBreakdowns(account: string): BreakdownsView;
  /** Dashboard and popup → background: what works for the creator, young videos' early reads, data at risk. */
  getWhatWorks(account: string): WhatWorksReport;
  /** Dashboard → background: one video's page (its days and hours from Studio's data, retention beside the median). */
  getVideoPage(query: { account: string; videoId: string }): VideoPage;
  /** Popup → background: each goal's progress and when it is reached at the creator's pace. */
  getGoalProgress(query: { account: string; goals: Goal[] }): GoalProgress[];
  /** Popup → background: the young videos running ahead of the creator's past ones at the same age. */
  getTakeoffs(account: string): Takeoff[];
  /** Media kit page → background: key numbers over the last `days` days, the audience, best videos, growth. */
  getMediaKit(query: { account: string; days: number }): MediaKit;
}

/** Messages answered by the scam guard. */
export interface GuardProtocol {
  /** Warning page → background: let this host through until the browser closes (a real click). */
  guardProceedOnce(url: string): void;
  /** Warning page → background: the precise check found nothing; this exact host, this tab only. */
  guardLetThrough(url: string): void;
  /** Warning page → background: went on after a caution; not cautioned again for this site. */
  guardCautionSeen(url: string): void;
  /** Warning page or settings → background: trust this host from now on. */
  guardAllowAlways(url: string): GuardLists;
  guardGetLists(): GuardLists;
  guardSetLists(lists: GuardLists): GuardLists;
  /** Warning page → background: mark the tab's toolbar icon. */
  guardWarned(): void;
  /**
   * Page-check content script → background: what the page showed (signal names only, never its
   * text). The background judges the sender's own tab and address, never an address sent here.
   */
  guardPageVerdict(finding: { signals: PageSignal[] }): void;
  /** Popup → background: what the guard blocked on the active tab (needs the toolbar click's activeTab). */
  guardTabBlocks(tab: { id: number; url?: string }): TabBlockReport;
}

/** Background → extension pages: how far a long import has come. */
export interface ProgressProtocol {
  saveProgress(progress: { done: number; total: number }): void;
}

/**
 * Popup → the Studio tab's content script (sent with the tab's id): what the page's last read
 * missed, and the redacted page report, built only when asked. Nothing is stored.
 */
export interface PageProtocol {
  pageUnread(): { page: string; unread: number } | null;
  pageReport(): string | null;
  /** What the Studio-data feature did with the responses this page load received (heard, sent, left out and why, kept). */
  pageStudioData(): StudioDataReport;
}

export interface ProtocolMap extends StoreProtocol, GuardProtocol, ProgressProtocol, PageProtocol {}

const messaging = defineExtensionMessaging<ProtocolMap>();

export const sendMessage = messaging.sendMessage;

/**
 * The only messages a content script may send. A content script lives inside a web page, so
 * everything else (clearing or exporting the data, importing, changing or reading the guard's
 * lists, proceeding past a warning) is answered only for the extension's own pages.
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<keyof ProtocolMap> = new Set<keyof ProtocolMap>(['capturePage', 'saveStudioResponses', 'guardPageVerdict']);

/**
 * True for a top-level page of this extension (popup, dashboard, warning page). A content script's
 * sender URL is the web page's; an extension page framed by a web page is not top-level.
 */
export function isOwnPage(sender: ExtensionMessage['sender'], ownId: string): boolean {
  if (sender.id !== ownId || !sender.url) return false;
  if (sender.tab && sender.frameId !== 0) return false;
  return /^(chrome|moz)-extension:$/.test(new URL(sender.url).protocol);
}

/**
 * For content scripts: what the extension's own pages and background send to a tab
 * (tabs.sendMessage). A web page cannot reach a content script's runtime.onMessage, and neither can
 * another tab's content script, so there is no sender to check (and the check stays out of the
 * content script's bundle).
 */
export const onTabMessage = messaging.onMessage;

/** Like the messenger's onMessage, but privileged messages from anywhere else are refused. */
export const onMessage: typeof messaging.onMessage = (type, handler) =>
  messaging.onMessage(type, (message) => {
    if (!CONTENT_SCRIPT_MESSAGES.has(type) && !isOwnPage(message.sender, browser.runtime.id))
      throw new Error(`Creator Lens accepts "${type}" only from its own pages`);
    return handler(message);
  });
