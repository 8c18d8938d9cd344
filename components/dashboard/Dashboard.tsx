// The dashboard: compare any two series, every video in a sortable table, the data itself
// (export, import, delete) and settings. Replies to superseded requests are dropped, and a
// request that fails says so on the page.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { GuardSettings } from '@/components/dashboard/GuardSettings';
import { StudioHistory, type StudioHistoryData } from '@/components/dashboard/StudioHistory';
import { StudioImport } from '@/components/dashboard/StudioImport';
import { TimeChart, type Series } from '@/components/common/TimeChart';
import { VideoTable } from '@/components/dashboard/VideoTable';
import { fmt } from '@/utils/platform/format';
import { METRIC_LABEL } from '@/components/common/message-keys';
import { t } from '@/utils/platform/i18n';
import { stripBidiControls } from '@/utils/platform/safe-text';
import { latestOnly } from '@/utils/platform/latest-only';
import { onMessage, sendMessage, type StoreStats } from '@/utils/platform/messaging';
import { getSettings, updateSettings } from '@/utils/platform/user-settings';
import type { SeriesMetric, VideoRecord } from '@/utils/history/records';
import type { AccountSummary } from '@/utils/history/snapshots';
import type { DailyMetric } from '@/utils/import/studio-files';

const METRICS = ['followers', 'videoViews', 'profileViews', 'likes', 'comments', 'shares', 'netFollowers'] as const satisfies readonly SeriesMetric[];
const COLORS = ['#e11d48', '#2563eb'];
const VIDEO_PREFIX = 'video:';

const problemOf = (error: unknown) => t('dashboardError', error instanceof Error ? error.message : String(error));

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function seriesFor(account: string, metric: SeriesMetric, videoId?: string): Promise<Series['points']> {
  const ranges = await sendMessage('getSeriesRanges', { account, metric, videoId });
  const range = metric === 'followers' || videoId ? 'lifetime' : ranges[0]?.range;
  return range ? sendMessage('getSeries', { account, metric, videoId, range }) : [];
}

const pointsFor = (account: string, key: string) =>
  key.startsWith(VIDEO_PREFIX) ? seriesFor(account, 'views', key.slice(VIDEO_PREFIX.length)) : seriesFor(account, key as SeriesMetric);

function Problem({ text }: { text?: string }) {
  return text ? <p role="alert" class="down" data-testid="problem">{text}</p> : null;
}

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
  const summary = series.map((s) => `${s.label}: ${s.points.length} ${t('captures')}, ${fmt('x', s.points[0]?.v)} → ${fmt('x', s.points[s.points.length - 1]?.v)}`).join('; ');
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

function DataSection({ stats, onChanged }: { stats?: StoreStats; onChanged: () => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      setMessage({ ok: false, text: problemOf(error) });
    }
  };
  const importFile = async (file: File) => {
    try {
      const parsed = JSON.parse(await file.text());
      const stopProgress = onMessage('importProgress', ({ data }) =>
        setMessage({ ok: true, text: t('importProgress', [data.done.toLocaleString(), data.total.toLocaleString()]) }),
      );
      const result = await sendMessage('importAll', parsed).finally(stopProgress);
      const done = t('importDone', [String(result.added), String(result.skipped)]);
      const conflicts = result.conflicts
        ? ` ${t('importConflicts', [String(result.conflicts), result.conflictSamples.map((c) => `${c.scope} @ ${new Date(c.capturedAt).toISOString()}`).join(', ')])}`
        : '';
      setMessage({ ok: !result.conflicts, text: done + conflicts });
      onChanged();
    } catch (error) {
      setMessage({ ok: false, text: t('importFailed', (error as Error).message) });
    }
  };
  const deleteAll = () =>
    attempt(async () => {
      if (!confirm(t('deleteConfirm'))) return;
      await sendMessage('clearAll', undefined);
      setMessage({ ok: true, text: t('deleted') });
      onChanged();
    });
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="data">
      <h2 id="data">{t('yourData')}</h2>
      <p class="muted" data-testid="stats">{stats ? t('storedCounts', [String(stats.snapshots), String(stats.points), String(stats.videos)]) : ''}</p>
      <div class="row">
        <button onClick={() => attempt(async () => download(`creator-lens-${stamp}.csv`, 'text/csv', await sendMessage('exportCsv', undefined)))}>{t('exportCsv')}</button>
        <button onClick={() => attempt(async () => download(`creator-lens-${stamp}.json`, 'application/json', JSON.stringify(await sendMessage('exportAll', undefined))))}>{t('exportJson')}</button>
        <label class="row">
          {t('importJson')}
          <input type="file" accept="application/json,.json" data-testid="import" onChange={(e) => e.currentTarget.files?.[0] && void importFile(e.currentTarget.files[0])} />
        </label>
        <span class="spacer" />
        <button onClick={() => void deleteAll()}>{t('deleteAll')}</button>
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} data-testid="data-message" class={message.ok ? '' : 'down'}>{message.text}</p>}
    </section>
  );
}

function Settings() {
  const [badges, setBadges] = useState<boolean>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => void getSettings().then((s) => setBadges(s.badges), (error) => setProblem(problemOf(error))), []);
  return (
    <section aria-labelledby="settings">
      <h2 id="settings">{t('settings')}</h2>
      <label class="row">
        <input
          type="checkbox"
          checked={badges ?? true}
          onChange={(e) => void updateSettings({ badges: e.currentTarget.checked }).then((s) => setBadges(s.badges), (error) => setProblem(problemOf(error)))}
        />
        {t('badgesSetting')}
      </label>
      <Problem text={problem} />
      <GuardSettings />
    </section>
  );
}

export function Dashboard() {
  const [accounts, setAccounts] = useState<AccountSummary[]>([]);
  const [account, setAccount] = useState<string>();
  const [videos, setVideos] = useState<VideoRecord[]>([]);
  const [stats, setStats] = useState<StoreStats>();
  const [version, setVersion] = useState(0);
  const [problem, setProblem] = useState<string>();
  const latestAccounts = useRef(latestOnly()).current;
  const latestStats = useRef(latestOnly()).current;
  const latestVideos = useRef(latestOnly()).current;
  const fail = (error: unknown) => setProblem(problemOf(error));

  useEffect(() => {
    latestAccounts(sendMessage('listAccounts', undefined), (list) => {
      const named = list.filter((a) => a.account);
      setAccounts(named);
      setAccount((current) => (named.some((a) => a.account === current) ? current : named[0]?.account));
    }, fail);
    latestStats(sendMessage('storeStats', undefined), setStats, fail);
  }, [version]);
  useEffect(() => {
    if (account) latestVideos(sendMessage('listVideos', account), setVideos, fail);
    else {
      latestVideos.cancel();
      setVideos([]);
    }
  }, [account, version]);
  const now = useMemo(() => Date.now(), [videos]);
  const [dailyMetric, setDailyMetric] = useState<DailyMetric>('followers');
  const [history, setHistory] = useState<StudioHistoryData>();
  const latestHistory = useRef(latestOnly()).current;
  useEffect(() => {
    if (!account) {
      latestHistory.cancel();
      return setHistory(undefined);
    }
    latestHistory(
      Promise.all([
        sendMessage('getDailySeries', { account, metric: dailyMetric }),
        sendMessage('getActivity', account),
        sendMessage('getAudienceHistory', account),
      ]),
      ([daily, activity, audience]) => setHistory({ metric: dailyMetric, daily, activity, audience }),
      fail,
    );
  }, [account, dailyMetric, version]);
  const imported = (name: string) => {
    setAccount(name);
    setVersion((v) => v + 1);
  };
  return (
    <>
      <header class="row">
        <h1>Creator Lens</h1>
        <span class="spacer" />
        {accounts.length > 1 && (
          <label>{t('account')} <select value={account} onChange={(e) => setAccount(e.currentTarget.value)}>{accounts.map((a) => <option key={a.account} value={a.account}>@{a.account}</option>)}</select></label>
        )}
        {accounts.length === 1 && <span class="muted">@{account}</span>}
      </header>
      <Problem text={problem} />
      {account ? <Compare account={account} videos={videos} /> : <section data-testid="empty"><p>{t('popupEmptyWhat')}</p><p>{t('popupEmptyNot')}</p></section>}
      {account && history && <StudioHistory data={history} onMetric={setDailyMetric} />}
      <StudioImport accounts={accounts.map((a) => a.account)} onImported={imported} focus={location.hash === '#import'} />
      {account && <VideoTable videos={videos} now={now} />}
      <DataSection stats={stats} onChanged={() => setVersion((v) => v + 1)} />
      <Settings />
    </>
  );
}
