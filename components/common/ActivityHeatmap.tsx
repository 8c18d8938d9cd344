// Weekday × hour grid of follower activity in the creator's time zone, with the days it rests on.
import { useMemo } from 'preact/hooks';
import { activityHeatmap, hourLabel, peakHours, type ActivityHour, type PeakHours as Peak } from '@/utils/series/follower-activity';
import { t } from '@/utils/platform/i18n';

// 2024-01-01 was a Monday: the grid's rows, named as the browser's language names weekdays.
const weekdayNames = () => Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + i)));

/** "Your followers are most active 19:00–21:00", with the days it rests on; nothing without activity. */
export function PeakHoursLine({ peak, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone }: { peak?: Peak; timeZone?: string }) {
  if (!peak) return null;
  return (
    <p data-testid="peak-hours">
      {t('peakHours', [hourLabel(peak.start), hourLabel(peak.end)])} <span class="muted">{t('heatmapRests', [String(peak.days), timeZone])}</span>
    </p>
  );
}

export function PeakHours({ records, timeZone }: { records: ActivityHour[]; timeZone?: string }) {
  const peak = useMemo(() => peakHours(records, timeZone), [records, timeZone]);
  return <PeakHoursLine peak={peak} timeZone={timeZone} />;
}

export function ActivityHeatmap({ records, timeZone }: { records: ActivityHour[]; timeZone?: string }) {
  const map = useMemo(() => activityHeatmap(records, timeZone), [records, timeZone]);
  const names = useMemo(weekdayNames, []);
  if (!records.length) return <p class="muted" data-testid="heatmap-empty">{t('heatmapEmpty')}</p>;
  return (
    <div class="table-wrap">
      <table class="heatmap" data-testid="heatmap" aria-describedby="heatmap-rests">
        <thead>
          <tr><th><span class="sr-only">{t('weekday')}</span></th>{Array.from({ length: 24 }, (_, h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {map.cells.map((row, w) => (
            <tr key={w}>
              <th scope="row">{names[w]}</th>
              {row.map((value, h) => (
                <td key={h} title={value === undefined ? '—' : `${names[w]} ${hourLabel(h)}: ${Math.round(value)}`}
                  style={value === undefined || !map.max ? undefined : { background: `color-mix(in srgb, var(--accent) ${Math.round((value / map.max) * 100)}%, transparent)` }}>
                  <span class="sr-only">{value === undefined ? '—' : Math.round(value)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted" id="heatmap-rests" data-testid="heatmap-rests">{t('heatmapRests', [String(map.days), map.timeZone])}</p>
    </div>
  );
}
