// The dashboard's first reads, started by its entry before the view's code loads: the accounts and
// the first chart's series (the newest account's followers, Compare's default). Read straight from
// IndexedDB once the background has created the database, as the popup's are (no wait for a stopped
// service worker to start, no round trip), else asked of the background in one message.
import { sendMessage } from '@/utils/protocol/messaging';
import { pageHint } from '@/components/common/page-hint';
import { openLensDBForReading } from '@/utils/history/database';
import { historySource } from '@/utils/history/timeline-reads';
import { dashboardOpening, type CompareKey, type DashboardOpeningData } from '@/utils/views/dashboard-view';
import type { AccountRecency } from '@/utils/views/view-source';

export const FIRST_COMPARE_KEY: CompareKey = 'followers';

export interface DashboardOpening {
  accounts: Promise<AccountRecency[]>;
  /** The first chart's series for the account the dashboard opens on (none without an account). */
  firstSeries: Promise<DashboardOpeningData['first']>;
}

// The account the dashboard opened on last time: its series is read beside the accounts.
const openedAccount = pageHint('dashboardOpenedAccount');

export function loadDashboardOpening(): DashboardOpening {
  const ask = () => sendMessage('getDashboardOpening', FIRST_COMPARE_KEY);
  const opening = openLensDBForReading()
    .then((db) => (performance.mark('dashboard-db'), db ? dashboardOpening(historySource(db), FIRST_COMPARE_KEY, openedAccount.read()) : ask()), ask)
    .then((data) => (performance.mark('dashboard-data'), openedAccount.keep(data.first?.account), data));
  const firstSeries = opening.then((o) => o.first);
  // Each is read by the view (its failure said there); unread here they must not be unhandled.
  firstSeries.catch(() => undefined);
  return { accounts: opening.then((o) => o.accounts), firstSeries };
}
