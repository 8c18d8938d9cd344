// The popup's reads: straight from IndexedDB once the background has created the database (no
// wait for a stopped service worker to start), else through the background. Writes always go
// through the background.
import { sendMessage } from '@/utils/protocol/messaging';
import { untilAcknowledged } from '@/utils/platform/retry';
import { getPopupChoice } from '@/utils/platform/user-settings';
import { rememberPopupView } from '@/components/common/last-popup-view';
import { pageHint } from '@/components/common/page-hint';
import { openLensDBForReading, type LensDB } from '@/utils/history/database';
import { historySource } from '@/utils/history/timeline-reads';
import { popupData, type PopupData, type PopupMetric, type PopupQuery } from '@/utils/views/popup-view';
import { popupInsights, type PopupInsights } from '@/utils/views/popup-insights-view';

// Opened as soon as the popup's script runs, alongside everything else it starts.
const reader: Promise<LensDB | undefined> = openLensDBForReading().then(
  (db) => (performance.mark('popup-db'), db),
  () => undefined,
);

// Right after install or an update the background may not be listening yet: asked again for a few
// seconds. Any other failure (the background answered with an error) is final.
const NOT_LISTENING = /Receiving end does not exist|Could not establish connection/i;
function askBackground<T>(send: () => Promise<T>): Promise<T> {
  return untilAcknowledged(send, { signal: AbortSignal.timeout(5000), delays: [100, 250, 500, 1000], isFinal: (e) => !NOT_LISTENING.test(String(e)) });
}

// The account shown last: the popup's first read starts on it.
const shownAccount = pageHint('popupShownAccount');

export async function loadPopupData(query: PopupQuery): Promise<PopupData> {
  const db = await reader;
  const data = await (db ? popupData(historySource(db), query) : askBackground(() => sendMessage('getPopupData', query)));
  shownAccount.keep(data.account);
  return data;
}

export async function loadInsights(account: string): Promise<PopupInsights> {
  const db = await reader;
  return db ? popupInsights(historySource(db), account) : askBackground(() => sendMessage('getPopupInsights', account));
}

/** The first view: the remembered choice if it still has data, else what was captured most recently. */
export async function loadOpeningData(): Promise<PopupData> {
  const choice = await getPopupChoice().catch(() => ({}) as Awaited<ReturnType<typeof getPopupChoice>>);
  const data = await loadPopupData({
    account: choice.account,
    metric: choice.metric as PopupMetric | undefined,
    days: choice.days ?? 30,
    auto: true,
    likelyAccount: shownAccount.read(),
  });
  performance.mark('popup-data');
  // Kept for the next popup once this one is drawn, never in the way of its first chart.
  setTimeout(() => rememberPopupView(data), 1000);
  return data;
}
