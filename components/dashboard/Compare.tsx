// The dashboard's first chart: any two series (a metric or a video's views) on one time axis.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Problem, problemOf } from '@/components/common/Problem';
import { TimeChart, type Series } from '@/components/common/TimeChart';
import { CAPTURE_COUNT, METRIC_LABEL } from '@/components/common/message-keys';
import { plural } from '@/utils/platform/ui-language';
import { fmt } from '@/utils/platform/format';
import { t } from '@/utils/platform/i18n';
import { latestOnly } from '@/utils/platform/latest-only';
import { sendMessage } from '@/utils/platform/messaging';
import { stripBidiControls } from '@/utils/platform/safe-text';
import type { SeriesMetric, VideoRecord } from '@/utils/history/records';

const METRICS = ['followers', 'videoViews', 'profileViews', 'likes', 'comments', 'shares', 'netFollowers'] as const satisfies readonly SeriesMetric[];
const COLORS = ['#e11d48', '#2563eb'];
const VIDEO_PREFIX = 'video:';

async function seriesFor(account: string, metric: SeriesMetric, videoId?: string): Promise<Series['points']> {
  const ranges = await sendMessage('getSeriesRanges', { account, metric, videoId });
  const range = metric === 'followers' || videoId ? 'lifetime' : ranges[0]?.range;
  return range ? sendMessage('getSeries', { account, metric, videoId, range }) : [];
}

const pointsFor = (account: string, key: string) =>
  key.startsWith(VIDEO_PREFIX) ? seriesFor(account, 'views', key.slice(VIDEO_PREFIX.length)) : seriesFor(account, key as SeriesMetric);

export function Compare({ account, videos }: { account: string; videos: VideoRecord[] }) {
  const [a, setA] = useState<string>('followers');
  const [b, setB] = useState<string>('');
  const [loaded, setLoaded] = useState<Array<{ key: string; points: Series['points'] }>>([]);
  const [problem, setProblem] = useState<string>();
  const latest = useRef(latestOnly()).current;

  // Another account's video is no choice for this one.
  useEffect(() => {
    setA((key) => (key.startsWith(VIDEO_PREFIX) ? 'followers' : key));
    setB((key) => (key.startsWith(VIDEO_PREFIX) ? '' : key));
  }, [account]);

  useEffect(() => {
    const keys = [a, b].filter(Boolean);
    latest(
      Promise.all(keys.map(async (key) => ({ key, points: await pointsFor(account, key) }))),
      (series) => {
        setProblem(undefined);
        setLoaded(series);
      },
      (error) => setProblem(problemOf(error)),
    );
  }, [account, a, b]);

  // Names come from the current video list, so a caption that changes or arrives late shows.
  const label = (key: string) => {
    if (!key.startsWith(VIDEO_PREFIX)) return t(METRIC_LABEL[key as SeriesMetric]);
    const id = key.slice(VIDEO_PREFIX.length);
    return stripBidiControls(videos.find((v) => v.videoId === id)?.caption ?? id);
  };
  const series = useMemo(
    () => loaded.map(({ key, points }, i) => ({ label: label(key), points, color: COLORS[i], right: i === 1 })),
    [loaded, videos],
  );
  const options = [
    ...METRICS.map((m) => [m, t(METRIC_LABEL[m])]),
    ...videos.slice(0, 300).map((v) => [`${VIDEO_PREFIX}${v.videoId}`, `▶ ${stripBidiControls(v.caption ?? v.videoId)}`]),
  ];
  const summary = series
    .filter((s) => s.points.length)
    .map((s) => {
      const [first, last] = [s.points[0], s.points[s.points.length - 1]];
      return `${s.label}: ${plural(CAPTURE_COUNT, s.points.length)}, ${fmt('x', first.v, first.rounded)} → ${fmt('x', last.v, last.rounded)}`;
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
      <p class="muted">{t('capturesNote')}</p>
      <Problem text={problem} />
      <TimeChart series={series} label={summary || t('chartEmpty')} />
      <p class="muted" data-testid="compare-summary">{summary}</p>
    </section>
  );
}
