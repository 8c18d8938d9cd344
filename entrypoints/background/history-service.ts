// The background owns the database: every store message is answered here.
import { openLensDB, type LensDB } from '@/utils/history/database';
import {
  accountsByRecency,
  clearAll,
  listVideos,
  allPoints,
  saveSnapshot,
} from '@/utils/history/snapshots';
import { historySource, readActivityRecords, readBreakdowns, studioValuesOfRounded } from '@/utils/history/timeline-reads';
import { CSV_HEADER, csvRows, shareRows } from '@/utils/history/export-csv';
import { popupData } from '@/utils/views/popup-view';
import { popupInsights } from '@/utils/views/popup-insights-view';
import { breakdownsView, compareSeries, dailySeries, dashboardOpening, disagreementsOf } from '@/utils/views/dashboard-view';
import { getAudienceHistory, importStudioData } from '@/utils/history/save-import';
import { studioImportErrors } from '@/utils/history/imported-days';
import { whatWorksInputs } from '@/utils/views/what-works-inputs';
import { videoPageOf } from '@/utils/views/video-page-view';
import { whatWorksReport } from '@/utils/insights/what-works-report';
import { takeoffs } from '@/utils/insights/takeoff';
import { goalProgress } from '@/utils/views/goals-view';
import { mediaKit } from '@/utils/views/media-kit-view';
import { toCsv } from '@/utils/platform/safe-csv';
import { makeBackup, restoreBackup } from '@/utils/history/backup';
import { snapshotErrors } from '@/utils/history/validate-snapshot';
import { allStudioData, countStudioValues, saveStudioData } from '@/utils/history/studio-data-store';
import { recoverJournals } from '@/utils/history/write-journal';
import { ImportStaging } from '@/utils/import/import-batch';
import { KeptUntilWrite } from '@/utils/platform/kept-until-write';
import { studioDataBatch, studioPageErrors } from '@/utils/studio-data/studio-data-batch';
import { sendMessage, type StoreProtocol } from '@/utils/protocol/messaging';
import type { StudioSnapshot } from '@/utils/reader/snapshot';
import type { SavedCapture } from '@/utils/views/saved-capture';
import { pageBadges, pageLocale, type BadgeWords } from '@/utils/page-features/badge-text';
import { t } from '@/utils/platform/i18n';
import { METRIC_LABEL } from '@/components/common/message-keys';
import type { StudioDataBatch } from '@/utils/studio-data/studio-data-contract';

const BADGE_WORDS: BadgeWords = {
  say: (key, substitutions) => t(key, substitutions),
  name: (metric) => t(METRIC_LABEL[metric]),
  rowLabel: (caption, label) => t('badgeRowLabel', [caption ?? t('badgePost'), label]),
};

type Handlers = { [K in keyof StoreProtocol]: (data: Parameters<StoreProtocol[K]>[0]) => Promise<ReturnType<StoreProtocol[K]>> };

/**
 * The messages that only read. Every other one may write, and ends the answers kept before it
 * (a message missing here only costs a kept answer, never serves a stale one).
 */
export const READ_ONLY_MESSAGES: ReadonlySet<keyof StoreProtocol> = new Set<keyof StoreProtocol>([
  'accountsByRecency', 'listVideos', 'storeStats', 'makeBackup', 'exportCsv', 'getPopupData', 'getPopupInsights', 'getCompareSeries', 'getDashboardOpening',
  'getDailySeries', 'getActivity', 'getAudienceHistory', 'getDisagreements', 'getBreakdowns', 'getWhatWorks', 'getVideoPage',
  'getGoalProgress', 'getTakeoffs', 'getMediaKit',
]);
/** A kept "what works" report is this fresh at most: its early read and data at risk move with the clock. */
const KEEP_REPORT_MS = 5 * 60_000;

/** Only the page that imports listens; with none open the progress has nowhere to go. */
const sendProgress = (done: number, total: number) => void sendMessage('saveProgress', { done, total }).catch(() => undefined);

/**
 * Builds the store handlers over a lazily opened database (the worker may be stopped at any time).
 * Before the first answer, a restore or import that a stop cut short is rolled back; restores,
 * imports and deleting everything run one at a time.
 */
export function createStoreHandlers(open: () => Promise<LensDB> = openLensDB, { openNow = false, onSaved }: { openNow?: boolean; onSaved?: (account: string) => void } = {}): Handlers {
  let pending: Promise<LensDB> | undefined;
  const db = () => (pending ??= open()
    .then(async (opened) => {
      await recoverJournals(opened);
      return opened;
    })
    .catch((error) => {
      pending = undefined;
      throw error;
    }));
  let writing: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = writing.then(work, work);
    writing = run.catch(() => undefined);
    return run;
  };
  const staging = new ImportStaging();
  const kept = new KeptUntilWrite(KEEP_REPORT_MS);
  // Every video's growth (a read per video: about a second at 1,000), shared by the report and the
  // takeoff read that each opening (and the badge after saves) asks for.
  const videoInputs = (account: string) => kept.get(`videoInputs:${account}`, async () => whatWorksInputs(historySource(await db()), account));
  // The store checks a batch again, whoever sent it.
  const saveBatch = (batch: StudioDataBatch) => oneAtATime(async () => {
    const saved = await saveStudioData(await db(), batch);
    onSaved?.(batch.account);
    return saved;
  });
  // The background's start: recover at once rather than on the first message.
  if (openNow) db().catch(() => undefined);
  const save = async (snapshot: StudioSnapshot): Promise<SavedCapture> => {
    const errors = snapshotErrors(snapshot);
    if (errors.length) throw new Error(`Snapshot rejected: ${errors.slice(0, 3).join('; ')}`);
    const d = await db();
    const saved = await saveSnapshot(d, snapshot);
    onSaved?.(snapshot.account ?? '');
    const exact = await studioValuesOfRounded(d, saved.record);
    return Object.keys(exact).length ? { ...saved, exact } : saved;
  };
  const handlers: Handlers = {
    saveSnapshot: save,
    // A Studio page's capture: saved, then its badges written here in the page's language tag (the
    // messages in the extension's, as the page would say them), so the content script carries none
    // of the formatting. The tag comes from a web page: one Intl refuses means the browser's.
    async capturePage(page) {
      const snapshot = (page as { snapshot?: StudioSnapshot } | null)?.snapshot;
      const saved = await save(snapshot as StudioSnapshot);
      return pageBadges(snapshot as StudioSnapshot, saved, Date.now(), BADGE_WORDS, pageLocale(page.locale));
    },
    // A Studio page's responses, read here (the content script sends them unread): the message is
    // checked first and the batch again by the store, since a content script lives inside a web page.
    async saveStudioResponses(page) {
      const errors = studioPageErrors(page);
      if (errors.length) throw new Error(`Studio data rejected, nothing was changed: ${errors.slice(0, 3).join('; ')}`);
      const { batch, notes } = studioDataBatch(page.responses, { account: page.account, ownVideos: new Set(page.ownVideos) });
      // The notes go back to the page too: its report says what the background left out.
      const saved = batch ? await saveBatch(batch) : { saved: 0 };
      return notes.length ? { ...saved, notes: notes.slice(0, 10) } : saved;
    },
    saveStudioData: (batch) => saveBatch(batch),
    accountsByRecency: async () => accountsByRecency(await db()),
    listVideos: async (account) => listVideos(await db(), account),
    async storeStats() {
      const d = await db();
      const [snapshots, points, videos, importedValues, studioValues] = await Promise.all([d.count('snapshots'), d.count('points'), d.count('videos'), d.count('daily'), countStudioValues(d)]);
      return { snapshots, points, videos, ...(importedValues ? { importedValues } : {}), ...(studioValues ? { studioValues } : {}) };
    },
    makeBackup: async () => makeBackup(await db()),
    restoreBackup: (file) => oneAtATime(async () => restoreBackup(await db(), file, Date.now(), sendProgress)),
    clearAll: () => oneAtATime(async () => clearAll(await db())),
    getPopupData: async (query) => popupData(historySource(await db()), query),
    async importStudioData(request) {
      const errors = studioImportErrors(request);
      if (errors.length) throw new Error(`Import rejected, nothing was changed: ${errors.join('; ')}`);
      return oneAtATime(async () => importStudioData(await db(), request, Date.now(), sendProgress));
    },
    // Each piece is checked as it comes (a few thousand rows: captures wait for no more), held until the last.
    async importStudioPiece(piece) {
      const errors = studioImportErrors(piece);
      if (errors.length) {
        staging.drop();
        throw new Error(`Import rejected, nothing was changed: ${errors.join('; ')}`);
      }
      const request = staging.add(piece);
      return request ? oneAtATime(async () => importStudioData(await db(), request, Date.now(), sendProgress)) : null;
    },
    getDailySeries: async ({ account, metric, from }) => dailySeries(historySource(await db()), account, metric, from),
    getActivity: async (account) => readActivityRecords(await db(), account),
    getAudienceHistory: async (account) => getAudienceHistory(await db(), account),
    getPopupInsights: async (account) => popupInsights(historySource(await db()), account),
    getCompareSeries: async ({ account, key }) => compareSeries(historySource(await db()), account, key),
    getDashboardOpening: async (key) => dashboardOpening(historySource(await db()), key),
    getDisagreements: async (account) => disagreementsOf(historySource(await db()), account),
    getBreakdowns: async (account) => breakdownsView(historySource(await db()), account),
    // Every popup and dashboard opening asks; at 1,000 videos it takes seconds: kept until a write.
    getWhatWorks: (account) => kept.get(`whatWorks:${account}`, async () => whatWorksReport(await videoInputs(account))),
    getVideoPage: async ({ account, videoId }) => videoPageOf(historySource(await db()), account, videoId),
    getGoalProgress: async ({ account, goals }) => goalProgress(historySource(await db()), account, goals),
    async getMediaKit({ account, days }) {
      const d = await db();
      const pictures = await getAudienceHistory(d, account);
      return mediaKit(historySource(d), account, days, pictures.at(-1), Date.now());
    },
    getTakeoffs: async (account) => takeoffs((await videoInputs(account)).videos, Date.now()),
    async exportCsv() {
      const d = await db();
      const [points, days, studio, accounts, audience] = await Promise.all([allPoints(d), d.getAll('daily'), allStudioData(d), accountsByRecency(d), d.getAll('audience')]);
      const captured = (await Promise.all(accounts.map(async ({ account }) => (await readBreakdowns(d, account)).map((r) => ({ ...r, account }))))).flat();
      return toCsv(CSV_HEADER, [...csvRows(points, days, studio), ...shareRows(captured, audience)]);
    },
  };
  for (const name of Object.keys(handlers) as Array<keyof Handlers>) {
    if (!READ_ONLY_MESSAGES.has(name)) (handlers as Record<string, unknown>)[name] = kept.writing(handlers[name] as (arg: unknown) => Promise<unknown>);
  }
  return handlers;
}
