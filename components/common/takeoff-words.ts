// How a video taking off is said: in the popup's line and the toolbar button's title.
import { ageIn, type Takeoff } from '@/utils/insights/takeoff';
import { fmt, fmtRatio } from '@/utils/metrics/format';
import { t } from '@/utils/platform/i18n';
import { stripBidiControls } from '@/utils/platform/safe-text';

/** "3.4×": how far ahead of the creator's typical video at the same age. */
export const timesAhead = (takeoff: Takeoff) => `${fmtRatio(Math.min(takeoff.ratio, 999))}×`;

/** The toolbar badge: as short as a badge holds ("4×"). */
export const takeoffBadgeText = (takeoff: Takeoff) => `${Math.min(99, Math.round(takeoff.ratio))}×`;

/** "“Sourdough in 60 seconds” is taking off: 12,400 views at 6 hours, 3.4× your typical video then (ahead of 38 of 40)." */
export function takeoffText(takeoff: Takeoff): string {
  const age = ageIn(takeoff);
  return t('takeoffLine', [
    stripBidiControls(takeoff.caption ?? takeoff.videoId),
    fmt('views', takeoff.views),
    t(takeoff.by === 'hours' ? 'takeoffAgeHours' : 'takeoffAgeDays', String(age)),
    timesAhead(takeoff),
    String(takeoff.ahead),
    String(takeoff.references),
  ]);
}
