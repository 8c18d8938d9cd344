// The dashboard's first reads, asked by its entry before the view's code loads (as the popup's are):
// the accounts, then the first chart's series (the newest account's followers, Compare's default),
// so the first chart waits on one round trip's worth less.
import { sendMessage } from '@/utils/protocol/messaging';
import type { AccountRecency } from '@/utils/views/view-source';
import type { CompareKey } from '@/utils/views/dashboard-view';
import type { TimelineSeries } from '@/utils/views/timeline-series';

export const FIRST_COMPARE_KEY: CompareKey = 'followers';

export interface DashboardOpening {
  accounts: Promise<AccountRecency[]>;
  /** The first chart's series for the account the dashboard opens on (none without an account). */
  firstSeries: Promise<{ account: string; key: CompareKey; series: TimelineSeries } | undefined>;
}

export function loadDashboardOpening(): DashboardOpening {
  const accounts = sendMessage('accountsByRecency', undefined);
  const firstSeries = accounts.then(async (list) => {
    const account = list.find((a) => a.account)?.account;
    if (!account) return undefined;
    return { account, key: FIRST_COMPARE_KEY, series: await sendMessage('getCompareSeries', { account, key: FIRST_COMPARE_KEY }) };
  });
  // Each is read by the view (its failure said there); unread here they must not be unhandled.
  firstSeries.catch(() => undefined);
  return { accounts, firstSeries };
}
