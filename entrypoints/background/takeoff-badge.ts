// The toolbar badge for a video taking off: after saves, the account's young videos are read
// against its past ones (utils/insights/takeoff.ts); the one furthest ahead sets the badge and the
// button's title, and none clears them. Tabs the guard marked keep their own badge. The read
// covers every video (1–2 s at 1,000 videos): it waits for saves to pause, so a Studio visit's
// batches (or a backlog of them) cost one read, not one each competing with the saves.
import browser from 'webextension-polyfill';
import { takeoffBadgeText, takeoffText } from '@/components/common/takeoff-words';
import type { Takeoff } from '@/utils/insights/takeoff';
import { t } from '@/utils/platform/i18n';
import { coalesced } from '@/utils/platform/coalesced';

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

/** Saves are quiet this long before the read (a Studio page sends its batches 1.5 s apart). */
const AFTER_SAVES_MS = 2_000;

/** Reads takeoffs once saves pause and shows them; saves during a read fold into one more. */
export const refreshTakeoffBadge = coalesced(async (read: () => Promise<Takeoff[]>) => {
  try {
    await showTakeoffBadge(await read());
  } catch (error) {
    report(error);
  }
}, AFTER_SAVES_MS);

const report = (error: unknown) => console.error('[Creator Lens] takeoff not shown:', error);
