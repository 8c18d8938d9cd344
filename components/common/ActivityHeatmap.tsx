// Weekday × hour grid of follower activity in the creator's time zone, with a colour legend, the
// peak hours marked in the header, and the days it rests on said once, under the grid.
import { useMemo } from 'preact/hooks';
import { activityHeatmap, hourLabel, peakHours, type ActivityHour, type PeakHours as Peak } from '@/utils/series/follower-activity';
import { t } from '@/utils/platform/i18n';
import { fmtCount } from '@/utils/metrics/format';
import { uiLocale } from '@/utils/platform/ui-language';
import { dateTimeFormat } from '@/utils/platform/intl-cache';

// 2024-01-01 was a Monday: the grid's rows, named as the UI's language names weekdays.
const weekdayNames = () => Array.from({ length: 7 }, (_, i) => dateTimeFormat(uiLocale(), { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + i)));

/** The hours a peak window covers (its end is exclusive; it may wrap past midnight). */
const peakSet = (peak?: Peak) => {
  const hours = new Set<number>();
  if (peak) for (let h = peak.start; h !== peak.end; h = (h + 1) % 24) hours.add(h);
  return hours;
};

/**
 * "Your followers are most active 19:00–21:00". `withBasis`: also say what it rests on (the
 * popup, which has no grid under it to say so).
 */
export function PeakHoursLine({ peak, withBasis = true, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone }: { peak?: Peak; withBasis?: boolean; timeZone?: string }) {
  if (!peak) return null;
  return (
    <p data-testid="peak-hours">
      <strong>{t('peakHours', [hourLabel(peak.start), hourLabel(peak.end)])}</strong>
      {withBasis && <> <span class="muted">{t('heatmapRests', [fmtCount(peak.days), timeZone])}</span></>}
    </p>
  );
}

export function ActivityHeatmap({ records, timeZone }: { records: ActivityHour[]; timeZone?: string }) {
  const map = useMemo(() => activityHeatmap(records, timeZone), [records, timeZone]);
  const peak = useMemo(() => peakHours(records, timeZone), [records, timeZone]);
  const names = useMemo(weekdayNames, []);
  if (!records.length) return <p class="muted" data-testid="heatmap-empty">{t('heatmapEmpty')}</p>;
  const peakHoursSet = peakSet(peak);
  return (
    <>
      <PeakHoursLine peak={peak} withBasis={false} timeZone={timeZone} />
      <div class="table-wrap">
        <table class="heatmap" data-testid="heatmap" aria-describedby="heatmap-rests">
          <thead>
            <tr>
              <th><span class="sr-only">{t('weekday')}</span></th>
              {Array.from({ length: 24 }, (_, h) => <th key={h} scope="col" class={peakHoursSet.has(h) ? 'peak' : undefined}>{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {map.cells.map((row, w) => (
              <tr key={w}>
                <th scope="row">{names[w]}</th>
                {row.map((value, h) => (
                  <td key={h} title={value === undefined ? '—' : `${names[w]} ${hourLabel(h)}–${hourLabel((h + 1) % 24)}: ${fmtCount(Math.round(value))}`}
                    style={value === undefined || !map.max ? undefined : { background: `color-mix(in srgb, var(--accent) ${Math.round((value / map.max) * 100)}%, transparent)` }}>
                    <span class="sr-only">{value === undefined ? '—' : fmtCount(Math.round(value))}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="legend" data-testid="heatmap-legend">
        <span>{t('heatmapFewer')}</span>
        <span class="ramp" aria-hidden="true" />
        <span>{t('heatmapMore', fmtCount(Math.round(map.max)))}</span>
      </div>
      <p class="muted" id="heatmap-rests" data-testid="heatmap-rests">{t('heatmapRests', [fmtCount(map.days), map.timeZone])}</p>
    </>
  );
}
