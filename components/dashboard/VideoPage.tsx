// One video's page: its exact daily views, its first 48 hours by hour, its retention curve beside
// the creator's median, and its numbers, each said in words when nothing is kept yet. Opened by
// the dashboard's address (#video=<id>): a row of the video table, or the popup's top mover.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Amount } from '@/components/common/Amount';
import { Problem, problemOf } from '@/components/common/Problem';
import { TimeChart } from '@/components/common/TimeChart';
import { DAY_COUNT, METRIC_LABEL } from '@/components/common/message-keys';
import { RetentionChart } from '@/components/dashboard/RetentionChart';
import { fmtCount, fmtDate, fmtIsoDay, fmtPercent } from '@/utils/metrics/format';
import { t } from '@/utils/platform/i18n';
import { latestOnly } from '@/utils/platform/latest-only';
import { stripBidiControls } from '@/utils/platform/safe-text';
import { plural } from '@/utils/platform/ui-language';
import { sendMessage } from '@/utils/protocol/messaging';
import { sharedWatchSource, WATCH_METRICS, type VideoPage as VideoPageData, type WatchValue } from '@/utils/views/video-page-view';
import { VIDEO_COUNTERS } from '@/utils/reader/snapshot';

const VIDEO_HASH = /^#video=(\d{1,25})$/;

/** The video the dashboard's address opens, if any. */
export const videoOfHash = (hash: string) => VIDEO_HASH.exec(hash)?.[1];
export const videoHash = (videoId: string) => `#video=${videoId}`;

const percent = (v: number) => fmtPercent(v / 100);

/** Where a watch-time value came from, and the day it is as of. */
const watchAsOf = (w: Pick<WatchValue, 'source' | 'asOf'>) => t(w.source === 'studio' ? 'watchAsOfStudio' : 'watchAsOfCapture', fmtIsoDay(w.asOf));

/** `caption`: the video's caption as the dashboard's list has it, named while the page's own reads arrive. */
export function VideoPage({ account, videoId, version, caption }: { account: string; videoId: string; version: number; caption?: string }) {
  const [page, setPage] = useState<VideoPageData>();
  const [problem, setProblem] = useState<string>();
  const latest = useRef(latestOnly()).current;
  const box = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    setPage(undefined);
    latest(sendMessage('getVideoPage', { account, videoId }), (p) => (setProblem(undefined), setPage(p)), (error) => setProblem(problemOf(error)));
  }, [account, videoId, version]);
  // Opened from a row far down, or from the popup: the page comes into view.
  // Its heading, which keeps clear of the sticky page header.
  useEffect(() => box.current?.querySelector('h2')?.scrollIntoView?.({ block: 'start' }), [videoId]);

  const daily = useMemo(() => (page?.daily.length ? [{ label: t(METRIC_LABEL.videoViews), points: page.daily.map(({ t: at, v }) => ({ t: at, v })), color: '#2563eb' }] : []), [page]);
  const hours = useMemo(() => (page?.hours.length ? [{ label: t(METRIC_LABEL.videoViews), points: page.hours.map(({ t: at, v }) => ({ t: at, v })), color: '#e11d48' }] : []), [page]);
  const curves = useMemo(
    () => [
      ...(page?.retention ? [{ label: t('retentionThisVideo'), curve: page.retention, color: '#e11d48' }] : []),
      ...(page?.median ? [{ label: t('retentionMedian'), curve: page.median.curve, color: '#64748b', dashed: true }] : []),
    ],
    [page],
  );
  const named = page?.caption ?? caption;
  const title = named ? stripBidiControls(named) : videoId;
  const first = page?.daily[0];
  const last = page?.daily[page.daily.length - 1];
  const dailySummary = page && first && last ? t('videoPageDailySummary', [plural(DAY_COUNT, page.daily.length), fmtIsoDay(first.at), fmtIsoDay(last.at), fmtCount(page.numbers.dailyViews ?? 0)]) : t('videoPageDailyEmpty');
  const hoursSummary = page?.hours.length ? t('videoPageHoursSummary', [fmtCount(page.numbers.hourViews ?? 0), fmtCount(page.hours.length), fmtDate(page.hours[0].t)]) : t('videoPageHoursEmpty');
  const retentionSummary = page?.numbers.retentionEnd === undefined
    ? t('videoPageRetentionEmpty')
    : page.median && page.numbers.medianEnd !== undefined
      ? t('videoPageRetentionSummary', [percent(page.numbers.retentionEnd), percent(page.numbers.medianEnd), fmtCount(page.median.videos)])
      : t('videoPageRetentionAlone', percent(page.numbers.retentionEnd));
  const provisional = page && [...page.daily, ...page.hours, ...Object.values(page.watch)].some((p) => p.provisional);
  const watched = page ? WATCH_METRICS.filter((m) => page.watch[m]) : [];
  const shared = page && sharedWatchSource(page.watch);
  return (
    <section aria-labelledby="video-page" data-testid="video-page" ref={box}>
      <div class="row">
        <h2 id="video-page">{t('videoPageTitle')}: <bdi class="page-text">{title}</bdi></h2>
        <span class="spacer" />
        <a href="#videos">{t('videoPageBack')}</a>
      </div>
      <Problem text={problem} />
      {page && (
        <>
          <dl class="row" data-testid="video-numbers">
            {VIDEO_COUNTERS.filter((c) => page.counters[c] !== undefined).map((c) => (
              <div key={c}><dt class="muted">{t(METRIC_LABEL[c])}</dt><dd><Amount metric={c} value={page.counters[c]} rounded={page.rounded?.includes(c)} /></dd></div>
            ))}
          </dl>
          {page.empty && <p class="empty-state" data-testid="video-page-empty">{t('videoPageEmpty')}</p>}
          {provisional && <p class="muted">{t('videoPageProvisional')}</p>}
          <h3>{t('videoPageWatchTitle')}</h3>
          {watched.length > 0 ? (
            <>
              <dl class="row" data-testid="video-watch">
                {watched.map((m) => (
                  <div key={m} data-testid={`watch-${m}`}>
                    <dt class="muted">{t(METRIC_LABEL[m])}</dt>
                    <dd><Amount metric={m} value={page.watch[m]!.value} rounded={page.watch[m]!.rounded} /></dd>
                    {!shared && <dd class="muted">{watchAsOf(page.watch[m]!)}</dd>}
                  </div>
                ))}
              </dl>
              {shared && <p class="muted" data-testid="video-watch-as-of">{watchAsOf(shared)}</p>}
            </>
          ) : (
            <p class="muted" data-testid="video-watch-empty">{t('videoPageWatchEmpty')}</p>
          )}
          <h3>{t('videoPageDailyTitle')}</h3>
          {daily.length > 0 && <TimeChart series={daily} label={dailySummary} days />}
          <p class="muted" data-testid="video-daily-summary">{dailySummary}</p>
          <h3>{t('videoPageHoursTitle')}</h3>
          {hours.length > 0 && <TimeChart series={hours} label={hoursSummary} />}
          <p class="muted" data-testid="video-hours-summary">{hoursSummary}</p>
          <h3>{t('videoPageRetentionTitle')}</h3>
          {curves.length > 0 && page.retention && <RetentionChart series={curves} label={retentionSummary} axis={t('videoPageRetentionAxis')} />}
          <p class="muted" data-testid="video-retention-summary">{retentionSummary}</p>
        </>
      )}
    </section>
  );
}
