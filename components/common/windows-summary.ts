// How a chart of rolling windows is said (the popup's and the dashboard's alike): what each point
// is, how many, from which day to which, and the first and last totals.
import { LAST_DAYS, VALUE_COUNT } from '@/components/common/message-keys';
import { fmt, fmtDate } from '@/utils/metrics/format';
import { t } from '@/utils/platform/i18n';
import { plural } from '@/utils/platform/ui-language';
import type { Point } from '@/utils/series/series-math';
import { rollingDays } from '@/utils/views/window-totals';

/** "Video views: 106 values (last 7 days each), 2 Jul 2025 to 29 Jun 2026, from 700 to 700." */
export function windowsSummary(label: string, metric: string, range: string | undefined, points: Point[]): string {
  const [first, last] = [points[0], points[points.length - 1]];
  return t('chartWindows', [label, plural(VALUE_COUNT, points.length), plural(LAST_DAYS, rollingDays(range) ?? 0), fmtDate(first.t), fmtDate(last.t), fmt(metric, first.v, first.rounded), fmt(metric, last.v, last.rounded)]);
}
