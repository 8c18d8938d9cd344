import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { Sparkline } from '@/components/Sparkline';
import { TimeChart } from '@/components/TimeChart';
import { fmt, fmtChange, fmtDate } from '@/components/format';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { DAY_MS } from '@/utils/series/math';
import type { PopupData, PopupQuery } from '@/utils/store/summary';

const STUDIO = 'https://www.tiktok.com/tiktokstudio/analytics';
const RANGES: Array<[string, number]> = [['7d', 7], ['30d', 30], ['90d', 90], ['1y', 365], ['all', 0]];
const STALE_AFTER_DAYS = 3;
const CHART_METRICS = ['followers', 'videoViews', 'profileViews', 'likes', 'comments', 'shares'] as const;

const openStudio = () => void browser.tabs.create({ url: STUDIO });
const sign = (n?: number) => (n === undefined || n === 0 ? '' : n > 0 ? 'up' : 'down');

function Empty() {
  return (
    <section class="banner" data-testid="empty">
      <h1>{t('popupEmptyTitle')}</h1>
      <p>{t('popupEmptyWhat')}</p>
      <p>{t('popupEmptyNot')}</p>
      <button class="primary" onClick={openStudio}>{t('openStudio')}</button>
    </section>
  );
}

function Popup() {
  const [query, setQuery] = useState<PopupQuery>({ days: 30, metric: 'followers' });
  const [data, setData] = useState<PopupData>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    sendMessage('getPopupData', query).then(setData, (e: Error) => setError(e.message));
  }, [query]);

  const series = useMemo(() => {
    if (!data) return [];
    const label = data.chart.videoId ? t('metric_views') : t(`metric_${data.chart.metric}`);
    return [{ label, points: data.chart.points, color: '#e11d48' }];
  }, [data]);

  if (error) return <p role="alert">{t('popupError', error)}</p>;
  if (!data) return <p class="muted">{t('loading')}</p>;
  if (!data.account) return <Empty />;

  const stale = data.lastCapturedAt !== undefined && Date.now() - data.lastCapturedAt > STALE_AFTER_DAYS * DAY_MS;
  const chart = data.chart;
  const movieTitle = chart.videoId ? data.movers.find((m) => m.videoId === chart.videoId)?.caption : undefined;
  const summary = chart.points.length
    ? t('chartSummary', [
        movieTitle ?? t(`metric_${chart.metric}`),
        String(chart.points.length),
        fmt(chart.metric, chart.points[0].v),
        fmt(chart.metric, chart.points[chart.points.length - 1].v),
      ])
    : t('chartEmpty');

  return (
    <>
      <header class="row">
        <h1>Creator Lens</h1>
        <span class="spacer" />
        {data.accounts.length > 1 ? (
          <label>
            <span class="sr-only">{t('account')}</span>
            <select value={data.account} onChange={(e) => setQuery({ ...query, account: e.currentTarget.value, videoId: undefined })}>
              {data.accounts.map((a) => <option key={a.account} value={a.account}>@{a.account}</option>)}
            </select>
          </label>
        ) : (
          <span class="muted">@{data.account}</span>
        )}
        <button onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}>{t('openDashboard')}</button>
      </header>

      {stale && (
        <section class="banner" data-testid="stale">
          <p>{t('popupStale', fmtDate(data.lastCapturedAt!))}</p>
          <button class="primary" onClick={openStudio}>{t('openStudio')}</button>
        </section>
      )}

      <section class="cards" aria-label={t('headline')}>
        {data.cards.map((c) => (
          <div class="card" data-testid={`card-${c.metric}`} key={c.metric}>
            <div class="muted">{t(`metric_${c.metric}`)}{c.range && c.range !== 'lifetime' ? ` · ${t('periodOf', c.range)}` : ''}</div>
            <div class="value" data-testid="value">{c.latest?.rounded ? '≈ ' : ''}{fmt(c.metric, c.latest?.v)}</div>
            <div class="row">
              <span class={sign(c.sincePrevious)} title={t('sincePrevious')} data-testid="since-previous">{fmtChange(c.metric, c.sincePrevious)}</span>
              <span class={`muted ${sign(c.overWindow)}`} title={t('overWindow')}>{fmtChange(c.metric, c.overWindow)}</span>
              <span class="spacer" />
              <Sparkline points={c.spark} />
            </div>
          </div>
        ))}
      </section>

      <section aria-labelledby="chart-title">
        <div class="row">
          <h2 id="chart-title" class="sr-only">{t('chart')}</h2>
          <label>
            <span class="sr-only">{t('metric')}</span>
            <select value={chart.videoId ? '' : chart.metric} onChange={(e) => setQuery({ ...query, metric: e.currentTarget.value as PopupQuery['metric'], videoId: undefined })}>
              {chart.videoId && <option value="">{movieTitle ?? chart.videoId}</option>}
              {CHART_METRICS.map((m) => <option key={m} value={m}>{t(`metric_${m}`)}</option>)}
            </select>
          </label>
          <span class="spacer" />
          <div class="row" role="group" aria-label={t('range')}>
            {RANGES.map(([name, days]) => (
              <button key={name} aria-pressed={query.days === days} onClick={() => setQuery({ ...query, days })}>{t(`range_${name}`)}</button>
            ))}
          </div>
        </div>
        <TimeChart series={series} label={summary} onDrawn={() => performance.mark('first-chart')} />
        <p class="muted" data-testid="chart-summary">{summary}{chart.points.some((p) => p.rounded) ? ` ${t('roundedNote')}` : ''}</p>
      </section>

      {data.movers.length > 0 && (
        <section aria-labelledby="movers">
          <h2 id="movers">{t('topMovers')}</h2>
          <ul class="plain" data-testid="movers">
            {data.movers.map((m) => (
              <li key={m.videoId}>
                <button onClick={() => setQuery({ ...query, metric: 'views', videoId: m.videoId })}>
                  <span>{m.caption ?? m.videoId}</span>
                  <span class="up">{fmtChange('views', m.gainedViews)} · {fmtChange('likes', m.gainedLikes)} ♥</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
