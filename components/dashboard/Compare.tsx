// The dashboard's first chart: any two series (a metric's timeline or a video's views) on one time
// axis. Never drawn empty: a series with nothing stored is said in words instead.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Problem, problemOf } from '@/components/common/Problem';
import { TimeChart, type Series } from '@/components/common/TimeChart';
import { CAPTURE_COUNT, DAY_COUNT, METRIC_LABEL } from '@/components/common/message-keys';
import { plural } from '@/utils/platform/ui-language';
import { fmt } from '@/utils/metrics/format';
import { windowsSummary } from '@/components/common/windows-summary';
import { t } from '@/utils/platform/i18n';
import { latestOnly } from '@/utils/platform/latest-only';
import { sendMessage } from '@/utils/protocol/messaging';
import { stripBidiControls } from '@/utils/platform/safe-text';
import type { VideoSummary } from '@/utils/views/view-source';
import type { TimelineMetric } from '@/utils/timeline/timeline-contract';
import { COMPARE_METRICS, VIDEO_PREFIX, type CompareKey } from '@/utils/views/dashboard-view';
import { joinedWithin, type TimelineSeries } from '@/utils/views/timeline-series';
import { FIRST_COMPARE_KEY, type DashboardOpening } from '@/components/dashboard/dashboard-opening';

const COLORS = ['#e11d48', '#2563eb'];

/**
 * `onShown`: called once the first reply is on the page (drawn, or said in words); `version` changes
 * when the data did (an import): asked again. `first`: the opening's series, asked before this
 * code loaded: used once, when it is the series this chart asks for first.
 */
export function Compare({ account, videos, version, first, onShown }: { account: string; videos: VideoSummary[]; version?: number; first?: DashboardOpening['firstSeries']; onShown?: () => void }) {
  const [picked, setPicked] = useState({ account, a: FIRST_COMPARE_KEY as string, b: '' });
  // Another account's video is no choice for this one: its keys give way to the defaults.
  const keep = (key: string, fallback: string) => (picked.account === account || !key.startsWith(VIDEO_PREFIX) ? key : fallback);
  const a = keep(picked.a, FIRST_COMPARE_KEY);
  const b = keep(picked.b, '');
  const setA = (key: string) => setPicked({ account, a: key, b });
  const setB = (key: string) => setPicked({ account, a, b: key });
  const [loaded, setLoaded] = useState<Array<{ key: string } & TimelineSeries>>();
  const [problem, setProblem] = useState<string>();
  const latest = useRef(latestOnly()).current;
  const opening = useRef(first);

  // Asked as soon as the section is rendered: an effect would wait for the next frame first.
  useLayoutEffect(() => {
    const keys = [a, b].filter(Boolean);
    const early = opening.current;
    opening.current = undefined;
    const ask = async (key: string): Promise<TimelineSeries> => {
      const held = early && !version && key === FIRST_COMPARE_KEY ? await early.catch(() => undefined) : undefined;
      return held?.account === account && held.key === key ? held.series : sendMessage('getCompareSeries', { account, key: key as CompareKey });
    };
    latest(
      Promise.all(keys.map(async (key) => ({ key, ...(await ask(key)) }))),
      (series) => {
        setProblem(undefined);
        setLoaded(series);
      },
      (error) => {
        setProblem(problemOf(error));
        onShown?.();
      },
    );
  }, [account, a, b, version]);

  // Names come from the current video list, so a caption that changes or arrives late shows.
  const label = (key: string) => {
    if (!key.startsWith(VIDEO_PREFIX)) return t(METRIC_LABEL[key as TimelineMetric]);
    const id = key.slice(VIDEO_PREFIX.length);
    return stripBidiControls(videos.find((v) => v.videoId === id)?.caption ?? id);
  };
  // After the commit that drew it: the page mounts its heavier sections only then.
  useEffect(() => {
    if (loaded) onShown?.();
  }, [loaded !== undefined]);
  const series = useMemo(
    () => (loaded ?? []).map(({ key, points, kind, range }, i) => ({ label: label(key), points, kind, range, color: COLORS[i], right: i === 1, joinWithin: joinedWithin({ kind, range }) })),
    [loaded, videos],
  );
  const drawn: Series[] = series.filter((s) => s.points.length);
  const options = [
    ...COMPARE_METRICS.map((m) => [m, t(METRIC_LABEL[m])]),
    ...videos.slice(0, 300).map((v) => [`${VIDEO_PREFIX}${v.videoId}`, `▶ ${stripBidiControls(v.caption ?? v.videoId)}`]),
  ];
  const summary = series
    .map((s) => {
      if (!s.points.length) return t('compareNone', s.label);
      if (s.kind === 'windows') return windowsSummary(s.label, 'x', s.range, s.points);
      const [first, last] = [s.points[0], s.points[s.points.length - 1]];
      return `${s.label}: ${plural(s.kind === 'daily' ? DAY_COUNT : CAPTURE_COUNT, s.points.length)}, ${fmt('x', first.v, first.rounded)} → ${fmt('x', last.v, last.rounded)}`;
    })
    .join('; ');
  return (
    <section aria-labelledby="compare">
      <div class="row">
        <h2 id="compare">{t('compare')}</h2>
        <span class="spacer" />
        <label>{t('first')} <select aria-label={t('first')} value={a} onChange={(e) => setA(e.currentTarget.value)}>{options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}</select></label>
        <label>{t('second')} <select aria-label={t('second')} value={b} onChange={(e) => setB(e.currentTarget.value)}><option value="">—</option>{options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}</select></label>
      </div>
      {series.some((s) => s.kind === 'captures' && s.points.length) && <p class="muted">{t('capturesNote')}</p>}
      {series.some((s) => s.kind === 'windows' && s.points.length) && <p class="muted" data-testid="compare-windows">{t('windowsNote')}</p>}
      <Problem text={problem} />
      {drawn.length > 0 && <TimeChart series={drawn} label={summary} onDrawn={() => performance.mark('first-chart')} />}
      <p class="muted" data-testid="compare-summary">{summary}</p>
    </section>
  );
}
