// The toolbar badge for a video taking off: after saves, the account's young videos are read
// against its past ones (utils/insights/takeoff.ts); the one furthest ahead sets the badge and the
// button's title, and none clears them. Tabs the guard marked keep their own badge.
import browser from 'webextension-polyfill';
import { takeoffBadgeText, takeoffText } from '@/components/common/takeoff-words';
import type { Takeoff } from '@/utils/insights/takeoff';
import { t } from '@/utils/platform/i18n';

const TAKEOFF_COLOR = '#16a34a';

async function showTakeoffBadge(found: Takeoff[]): Promise<void> {
  const [first] = found;
  if (!first) {
    await browser.action.setBadgeText({ text: '' });
    await browser.action.setTitle({ title: t('extName') });
    return;
  }
  await browser.action.setBadgeBackgroundColor({ color: TAKEOFF_COLOR });
  await browser.action.setBadgeText({ text: takeoffBadgeText(first) });
  await browser.action.setTitle({ title: takeoffText(first) });
}

/** Reads the account's takeoffs and shows them (callers run one read at a time, after saves go quiet: index.ts). */
export function refreshTakeoffBadge(read: Promise<Takeoff[]>): Promise<void> {
  return read.then(showTakeoffBadge).catch(report);
}

const report = (error: unknown) => console.error('[Creator Lens] takeoff not shown:', error);
