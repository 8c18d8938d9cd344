// The popup's view: headline cards, the chart, insights and top movers.
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { PeakHoursLine } from '@/components/common/ActivityHeatmap';
import { TimeChart } from '@/components/common/TimeChart';
import { fmt, fmtChange, fmtDate } from '@/utils/metrics/format';
import { windowsSummary } from '@/components/common/windows-summary';
import { CAPTURE_COUNT, DAY_COUNT, DAYS_ORIGIN_NOTE, METRIC_LABEL, RANGES } from '@/components/common/message-keys';
import { plural } from '@/utils/platform/ui-language';
import { DeleteAll } from '@/components/common/DeleteAll';
import { Cards } from '@/components/popup/Cards';
import { Empty } from '@/components/popup/Empty';
import { GoalsAndTakeoff } from '@/components/popup/GoalsAndTakeoff';
import { GuardBlocks } from '@/components/popup/GuardBlocks';
import { Insights } from '@/components/popup/Insights';
import { UnreadNotice } from '@/components/popup/UnreadNotice';
import { WhatWorksLine } from '@/components/popup/WhatWorksLine';
import { t } from '@/utils/platform/i18n';
import { stripBidiControls } from '@/utils/platform/safe-text';
import { latestOnly } from '@/utils/platform/latest-only';
import { STUDIO_HOME_URL } from '@/utils/reader/page-kinds';
import { DAY_MS } from '@/utils/platform/days';
import { setPopupChoice } from '@/utils/platform/user-settings';
import { CHART_METRICS, type PopupData, type PopupMetric, type PopupQuery } from '@/utils/views/popup-view';
import { joinedWithin } from '@/utils/views/timeline-series';
import type { PopupInsights } from '@/utils/views/popup-insights-view';
import { loadInsights, loadPopupData } from './popup-reads';

const STALE_AFTER_DAYS = 3;

const open = (url: string) => void browser.tabs.create({ url });
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `lastKnown`: `opening` is the view kept from the last popup, painted until the fresh one replaces it. */
function Popup({ opening, lastKnown = false }: { opening: PromiseSettledResult<PopupData>; lastKnown?: boolean }) {
  const [data, setData] = useState(opening.status === 'fulfilled' ? opening.value : undefined);
  const [insights, setInsights] = useState<PopupInsights>();
  const [error, setError] = useState(opening.status === 'rejected' ? message(opening.reason) : undefined);
  const [showingLastKnown, setShowingLastKnown] = useState(lastKnown);
  const chosen = useRef(false);
  const latestData = useRef(latestOnly()).current;
  const latestInsights = useRef(latestOnly()).current;

  const fail = (e: unknown) => setError(message(e));
  // The fresh opening view replaces the last-known one, unless the creator has chosen another since.
  useEffect(() => {
    if (lastKnown || chosen.current) return;
    setShowingLastKnown(false);
    if (opening.status === 'fulfilled') setData(opening.value);
    else setError(message(opening.reason));
  }, [opening]);

  useEffect(() => {
    setInsights(undefined);
    if (data?.account !== undefined) latestInsights(loadInsights(data.account), setInsights, fail);
  }, [data?.account]);

  const choose = (change: PopupQuery) => {
    chosen.current = true;
    const next = { account: data?.account, metric: data?.chart.metric, days: data?.chart.days, ...change, auto: false };
    latestData(loadPopupData(next), (fresh) => (setShowingLastKnown(false), setData(fresh)), fail);
    if (!next.videoId) void setPopupChoice({ account: next.account, metric: next.metric, days: next.days }).catch(() => undefined);
  };

  const series = useMemo(() => {
    if (!data) return [];
    const label = t(METRIC_LABEL[data.chart.videoId ? 'views' : data.chart.metric]);
    return [{ label, points: data.chart.points, color: '#e11d48', joinWithin: joinedWithin(data.chart) }];
  }, [data]);

  if (error) return <p role="alert">{t('popupError', error)}</p>;
  if (!data) return <p class="muted">{t('loading')}</p>;
  if (data.account === undefined) return <Empty onOpenStudio={() => open(STUDIO_HOME_URL)} onImport={() => open(browser.runtime.getURL('/dashboard.html#import'))} />;

  const stale = data.lastCapturedAt !== undefined && Date.now() - data.lastCapturedAt > STALE_AFTER_DAYS * DAY_MS;
  const chart = data.chart;
  const videoTitle = chart.videoId ? stripBidiControls(insights?.movers.find((m) => m.videoId === chart.videoId)?.caption ?? chart.videoId) : undefined;
  const first = chart.points[0];
  const last = chart.points[chart.points.length - 1];
  const summary = first && last && chart.kind === 'windows'
    ? windowsSummary(videoTitle ?? t(METRIC_LABEL[chart.metric]), chart.metric, chart.range, chart.points)
    : first && last
    ? t(chart.kind === 'daily' ? 'chartDays' : 'chartCaptures', [
        videoTitle ?? t(METRIC_LABEL[chart.metric]),
        plural(chart.kind === 'daily' ? DAY_COUNT : CAPTURE_COUNT, chart.points.length),
        fmt(chart.metric, first.v, first.rounded),
        fmt(chart.metric, last.v, last.rounded),
      ])
    : t('chartEmpty');

  return (
    <>
      <header class="row">
        <img src="/icons/32.png" alt="" width="22" height="22" />
        <h1>Creator Lens</h1>
        <span class="spacer" />
        {data.accounts.length > 1 ? (
          <label>
            <span class="sr-only">{t('account')}</span>
            <select value={data.account} onChange={(e) => choose({ account: e.currentTarget.value, videoId: undefined })}>
              {data.accounts.map((a) => <option key={a.account} value={a.account}>@{a.account}</option>)}
            </select>
          </label>
        ) : (
          <span class="muted">{data.account ? `@${data.account}` : t('accountUnnamed')}</span>
        )}
        <button onClick={() => open(browser.runtime.getURL('/dashboard.html'))}>{t('openDashboard')}</button>
      </header>

      {stale && (
        <section class="banner" data-testid="stale">
          <p>{t('popupStale', fmtDate(data.lastCapturedAt!))}</p>
          <button class="primary" onClick={() => open(STUDIO_HOME_URL)}>{t('openStudio')}</button>
        </section>
      )}

      {showingLastKnown && <p class="muted small" role="status" data-testid="last-known">{t('popupLastKnown')}</p>}
      <Cards cards={data.cards} days={chart.days} onOpen={open} lastKnown={showingLastKnown} />

      <section aria-labelledby="chart-title">
        <div class="row">
          <h2 id="chart-title" class="sr-only">{t('chart')}</h2>
          <label>
            <span class="sr-only">{t('metric')}</span>
            <select data-testid="chart-metric" value={chart.videoId ? '' : chart.metric} onChange={(e) => choose({ metric: e.currentTarget.value as PopupMetric, videoId: undefined })}>
              {chart.videoId && <option value="">{videoTitle}</option>}
              {CHART_METRICS.map((m) => <option key={m} value={m}>{t(METRIC_LABEL[m])}</option>)}
            </select>
          </label>
          <span class="spacer" />
          <div class="row" role="group" aria-label={t('range')}>
            {RANGES.map((r) => (
              <button key={r.days} aria-pressed={chart.days === r.days} onClick={() => choose({ days: r.days, metric: chart.metric, videoId: chart.videoId })}>{t(r.label)}</button>
            ))}
          </div>
        </div>
        {/* Never an empty axis: a window without values is said in words (the summary). */}
        {/* The last-known view keeps the chart's place; the chart itself is drawn once, from the fresh reads. */}
        {showingLastKnown ? <div class="chart-box" data-testid="chart-placeholder" /> : chart.points.length > 0 && <TimeChart series={series} label={summary} days={chart.kind === 'daily' || chart.kind === 'windows'} onDrawn={() => performance.mark('first-chart')} />}
        {!showingLastKnown && <p class="muted" data-testid="chart-summary">{summary}{chart.points.some((p) => p.rounded) ? ` ${t('roundedNote')}` : ''}</p>}
        {/* A view kept by an older version has no origin: no note rather than a guess. */}
        {chart.kind === 'daily' && chart.origin && <p class="muted" data-testid="chart-daily">{t(DAYS_ORIGIN_NOTE[chart.origin])}</p>}
        {chart.kind === 'windows' && <p class="muted" data-testid="chart-windows">{t('windowsNote')}</p>}
        <PeakHoursLine peak={insights?.peak} />
      </section>

      <Insights insights={insights} />
      {insights && <WhatWorksLine account={data.account} />}
      {insights && <GoalsAndTakeoff account={data.account} />}

      {insights && insights.movers.length > 0 && (
        <section aria-labelledby="movers">
          <h2 id="movers">{t('topMovers')}</h2>
          <ul class="plain" data-testid="movers">
            {insights.movers.map((m) => (
              <li key={m.videoId}>
                {/* Opens the dashboard on the video's page: its curves, out of the popup's small chart. */}
                <button onClick={() => open(browser.runtime.getURL(`/dashboard.html#video=${m.videoId}`))}>
                  <bdi class="page-text">{stripBidiControls(m.caption ?? m.videoId)}</bdi>
                  <span class="up nowrap">{t('moverGains', [fmtChange('views', m.gainedViews), fmtChange('likes', m.gainedLikes)])}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {/* Reachable even when the dashboard is slow to open with a very large store. */}
      <footer class="row" data-testid="popup-footer">
        <span class="spacer" />
        <DeleteAll small onDeleted={() => latestData(loadPopupData({ auto: true }), setData, fail)} onFailed={fail} />
      </footer>
    </>
  );
}

/**
 * The notices about the tab (a blocked scam, values a Studio page could not read) ask the
 * background and the tab, which may wake the service worker: asked once the first chart is drawn
 * (or shortly after the first render when there is none), never in its way.
 */
function TabNotices() {
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    const ask = () => setAsked(true);
    const timer = setTimeout(ask, 400);
    const drawn = new PerformanceObserver((list) => list.getEntriesByName('first-chart').length && ask());
    drawn.observe({ type: 'mark' });
    return () => (clearTimeout(timer), drawn.disconnect());
  }, []);
  return asked ? (
    <>
      <GuardBlocks />
      <UnreadNotice />
    </>
  ) : null;
}

/** Shows the popup: the last-known view first when the opening data is late, then the opening data (or its failure). */
export function mountPopup(opening: PromiseSettledResult<PopupData>, { lastKnown = false } = {}) {
  render(
    <>
      <TabNotices />
      <Popup opening={opening} lastKnown={lastKnown} />
    </>,
    document.getElementById('app')!,
  );
}
