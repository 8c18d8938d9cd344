// Day-by-day history from TikTok Studio exports (joined with days Creator Lens captured itself),
// best time to post, and the audience over time. Receives its data; the page fetches it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DailyPoint } from '@/utils/views/dashboard-view';
import { toPoint } from '@/utils/timeline/chart-point';
import type { ActivityHour } from '@/utils/series/follower-activity';
import type { AudiencePicture } from '@/utils/series/audience-shift';
import { DAILY_METRICS, type DailyMetric } from '@/utils/import/studio-files';
import { DAY_COUNT, METRIC_LABEL } from '@/components/common/message-keys';
import { plural } from '@/utils/platform/ui-language';
import { t } from '@/utils/platform/i18n';
import { ActivityHeatmap } from '@/components/common/ActivityHeatmap';
import { AudienceShift } from './AudienceShift';
import { fmt, fmtCount, fmtIsoDay } from '@/utils/metrics/format';
import { TimeChart } from '@/components/common/TimeChart';

export const dailyChartPoints = (points: DailyPoint[]) => points.map(toPoint);

export interface StudioHistoryData {
  metric: DailyMetric;
  /** Only these days: the range an import just brought (the saved message's link). */
  range?: { first: string; last: string };
  daily: DailyPoint[];
  activity: ActivityHour[];
  audience: AudiencePicture[];
}

/** Counts up to `last`, one step per task: heavy parts mount one after another, never in one long task. */
function useStages(last: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= last) return;
    const id = setTimeout(() => setStage(stage + 1), 0);
    return () => clearTimeout(id);
  }, [stage, last]);
  return stage;
}

export function StudioHistory({ data, onMetric, onAllDays }: { data: StudioHistoryData; onMetric: (metric: DailyMetric) => void; onAllDays?: () => void }) {
  const stage = useStages(2);
  const series = useMemo(() => [{ label: t(METRIC_LABEL[data.metric]), points: dailyChartPoints(data.daily), color: '#2563eb' }], [data.daily, data.metric]);
  const first = data.daily[0];
  const last = data.daily[data.daily.length - 1];
  const captured = data.daily.filter((p) => p.source === 'capture').length;
  const summary = first && last
    ? t('dailySummary', [t(METRIC_LABEL[data.metric]), plural(DAY_COUNT, data.daily.length), fmtIsoDay(first.date), fmtIsoDay(last.date), fmt(data.metric, first.v), fmt(data.metric, last.v)])
    : t('dailyEmpty');
  return (
    <>
      <section aria-labelledby="daily" data-testid="daily">
        <div class="row">
          <h2 id="daily">{t('dailyTitle')}</h2>
          <span class="spacer" />
          <label>{t('metric')}{' '}
            <select value={data.metric} data-testid="daily-metric" onChange={(e) => onMetric(e.currentTarget.value as DailyMetric)}>
              {DAILY_METRICS.map((m) => <option key={m} value={m}>{t(METRIC_LABEL[m])}</option>)}
            </select>
          </label>
        </div>
        <p class="muted">{t('dailyNote')}</p>
        {data.range && (
          <p class="row" data-testid="daily-range">
            <span>{t('dailyImportedRange', [fmtIsoDay(data.range.first), fmtIsoDay(data.range.last)])}</span>
            {onAllDays && <button class="link" onClick={onAllDays}>{t('dailyAllDays')}</button>}
          </p>
        )}
        {/* Never an empty chart: with no days the summary below says so. */}
        {!first ? null : stage >= 1 ? <TimeChart series={series} label={summary} days /> : <div class="chart-box" />}
        <p class="muted" data-testid="daily-summary">{summary}{captured ? ` ${t('dailyCaptured', fmtCount(captured))}` : ''}</p>
      </section>
      <section aria-labelledby="best-time" data-testid="best-time">
        <h2 id="best-time">{t('heatmapTitle')}</h2>
        {stage >= 2 && <ActivityHeatmap records={data.activity} />}
      </section>
      {stage >= 2 && data.audience.length > 0 && (
        <section aria-labelledby="audience">
          <h2 id="audience">{t('audienceTitle')}</h2>
          <AudienceShift pictures={data.audience} />
        </section>
      )}
    </>
  );
}
