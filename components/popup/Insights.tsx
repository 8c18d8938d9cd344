// What the creator's own history says beyond the numbers: the next follower milestone and this
// week against last (the newest video's early read is WhatWorksLine's). Each insight appears only
// with enough data; otherwise it says what is missing.
import { fmt, fmtChange, fmtCount, fmtDay, fmtPercent, fmtPercentChange } from '@/utils/metrics/format';
import { METRIC_LABEL, MILESTONE_MISSING, RECAP_MISSING } from '@/components/common/message-keys';
import type { Milestone } from '@/utils/insights/milestone';
import type { RecapRow } from '@/utils/insights/weekly-recap';
import { Amount } from '@/components/common/Amount';
import { t } from '@/utils/platform/i18n';
import { stripBidiControls } from '@/utils/platform/safe-text';
import type { HeadlineMetric } from '@/utils/views/popup-view';
import type { PopupInsights } from '@/utils/views/popup-insights-view';

const perDay = (n: number) => fmtChange('followers', Math.round(n * 10) / 10);
const count = (n: number) => fmtCount(n);

function MilestoneLine({ m }: { m: Milestone }) {
  if (!m.ready) {
    const subs =
      m.missing === 'shortHistory' ? [count(m.needDays), count(m.haveDays)]
      : m.missing === 'outdated' ? [fmtDay(m.lastAt)]
      : m.missing === 'notGrowing' ? [perDay(m.perDay), count(m.paceDays)]
      : [];
    return <p class="muted" data-testid="milestone" data-ready="false">{t(MILESTONE_MISSING[m.missing], subs)}</p>;
  }
  const target = fmt('followers', m.target, m.approximate);
  return (
    <p data-testid="milestone" data-ready="true">
      <strong>{m.days === undefined ? t('insightMilestoneFar', target) : t('insightMilestone', [target, count(m.days)])}</strong>
      <br />
      <span class="muted">{t('insightPace', [perDay(m.perDay), count(m.paceDays)])}</span>
    </p>
  );
}

function RecapTable({ rows }: { rows: Array<RecapRow<HeadlineMetric>> }) {
  return (
    <table data-testid="recap">
      <caption class="sr-only">{t('recapTitle')}</caption>
      <thead>
        <tr><th scope="col">{t('recapMetric')}</th><th scope="col">{t('recapThisWeek')}</th><th scope="col">{t('recapLastWeek')}</th><th scope="col">{t('recapChange')}</th></tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.metric} data-metric={r.metric} data-ready={String(r.ready)}>
            <th scope="row">{t(METRIC_LABEL[r.metric])}</th>
            {r.ready ? (
              <>
                <td><Amount metric={r.metric} value={Math.round(r.thisWeek)} rounded={r.approximate} /></td>
                <td><Amount metric={r.metric} value={Math.round(r.lastWeek)} rounded={r.approximate} /></td>
                <td class={r.change === undefined || r.change === 0 ? '' : r.change > 0 ? 'up' : 'down'}>{r.change === undefined ? '—' : fmtPercentChange(r.change)}</td>
              </>
            ) : (
              <td colSpan={3} class="muted">
                {t(RECAP_MISSING[r.missing], r.missing === 'outdated' ? fmtDay(r.lastAt) : r.missing === 'needsCaptureNear' ? fmtDay(r.near) : [])}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Insights({ insights }: { insights?: PopupInsights }) {
  return (
    <section aria-labelledby="insights" data-testid="insights">
      <h2 id="insights">{t('insights')}</h2>
      {insights ? (
        <>
          <MilestoneLine m={insights.milestone} />
          {insights.topSource && (
            <p class="muted" data-testid="top-source">{t('popupTopSource', [stripBidiControls(insights.topSource.label), fmtPercent(insights.topSource.share / 100), fmtDay(insights.topSource.at)])}</p>
          )}
          <h3>{t('recapTitle')}</h3>
          <RecapTable rows={insights.recap} />
        </>
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
    </section>
  );
}
