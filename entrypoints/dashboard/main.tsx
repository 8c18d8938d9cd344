import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { GuardSettings } from '@/components/GuardSettings';
import { StudioHistory, type StudioHistoryData } from '@/components/StudioHistory';
import { StudioImport } from '@/components/StudioImport';
import { TimeChart, type Series } from '@/components/TimeChart';
import { VideoTable } from '@/components/VideoTable';
import { fmt } from '@/components/format';
import { t } from '@/utils/i18n';
import { sendMessage, type StoreStats } from '@/utils/messaging';
import { getSettings, updateSettings } from '@/utils/settings';
import type { SeriesMetric, VideoRecord } from '@/utils/store/records';
import type { AccountSummary } from '@/utils/store/store';
import type { DailyMetric } from '@/utils/studio-export/types';

const METRICS: SeriesMetric[] = ['followers', 'videoViews', 'profileViews', 'likes', 'comments', 'shares', 'netFollowers'];
const COLORS = ['#e11d48', '#2563eb'];

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

function Compare({ account, videos }: { account: string; videos: VideoRecord[] }) {
  const [a, setA] = useState<string>('followers');
  const [b, setB] = useState<string>('');
  const [series, setSeries] = useState<Series[]>([]);
  const label = (key: string) => (key.startsWith('video:') ? videos.find((v) => v.videoId === key.slice(6))?.caption ?? key.slice(6) : t(`metric_${key}`));
  useEffect(() => {
    void (async () => {
      const keys = [a, b].filter(Boolean);
      const loaded = await Promise.all(
        keys.map((key) => (key.startsWith('video:') ? seriesFor(account, 'views', key.slice(6)) : seriesFor(account, key as SeriesMetric))),
      );
      setSeries(loaded.map((points, i) => ({ label: label(keys[i]), points, color: COLORS[i], right: i === 1 })));
    })();
  }, [account, a, b]);
  const options = [...METRICS.map((m) => [m, t(`metric_${m}`)]), ...videos.slice(0, 300).map((v) => [`video:${v.videoId}`, `▶ ${v.caption ?? v.videoId}`])];
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
      <TimeChart series={series} label={summary || t('chartEmpty')} />
      <p class="muted" data-testid="compare-summary">{summary}</p>
    </section>
  );
}

function DataSection({ stats, onChanged }: { stats?: StoreStats; onChanged: () => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const importFile = async (file: File) => {
    try {
      const parsed = JSON.parse(await file.text());
      const result = await sendMessage('importAll', parsed);
      setMessage({ ok: true, text: t('importDone', [String(result.added), String(result.skipped)]) });
      onChanged();
    } catch (error) {
      setMessage({ ok: false, text: t('importFailed', (error as Error).message) });
    }
  };
  const deleteAll = async () => {
    if (!confirm(t('deleteConfirm'))) return;
    await sendMessage('clearAll', undefined);
    setMessage({ ok: true, text: t('deleted') });
    onChanged();
  };
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="data">
      <h2 id="data">{t('yourData')}</h2>
      <p class="muted" data-testid="stats">{stats ? t('storedCounts', [String(stats.snapshots), String(stats.points), String(stats.videos)]) : ''}</p>
      <div class="row">
        <button onClick={async () => download(`creator-lens-${stamp}.csv`, 'text/csv', await sendMessage('exportCsv', undefined))}>{t('exportCsv')}</button>
        <button onClick={async () => download(`creator-lens-${stamp}.json`, 'application/json', JSON.stringify(await sendMessage('exportAll', undefined)))}>{t('exportJson')}</button>
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
  useEffect(() => void getSettings().then((s) => setBadges(s.badges)), []);
  return (
    <section aria-labelledby="settings">
      <h2 id="settings">{t('settings')}</h2>
      <label class="row">
        <input type="checkbox" checked={badges ?? true} onChange={async (e) => setBadges((await updateSettings({ badges: e.currentTarget.checked })).badges)} />
        {t('badgesSetting')}
      </label>
      <GuardSettings />
    </section>
  );
}

function Dashboard() {
  const [accounts, setAccounts] = useState<AccountSummary[]>([]);
  const [account, setAccount] = useState<string>();
  const [videos, setVideos] = useState<VideoRecord[]>([]);
  const [stats, setStats] = useState<StoreStats>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void sendMessage('listAccounts', undefined).then((list) => {
      const named = list.filter((a) => a.account);
      setAccounts(named);
      setAccount((current) => (named.some((a) => a.account === current) ? current : named[0]?.account));
    });
    void sendMessage('storeStats', undefined).then(setStats);
  }, [version]);
  useEffect(() => {
    if (account) void sendMessage('listVideos', account).then(setVideos);
    else setVideos([]);
  }, [account, version]);
  const now = useMemo(() => Date.now(), [videos]);
  const [dailyMetric, setDailyMetric] = useState<DailyMetric>('followers');
  const [history, setHistory] = useState<StudioHistoryData>();
  useEffect(() => {
    if (!account) return setHistory(undefined);
    void Promise.all([
      sendMessage('getDailySeries', { account, metric: dailyMetric }),
      sendMessage('getActivity', account),
      sendMessage('getAudienceHistory', account),
    ]).then(([daily, activity, audience]) => setHistory({ metric: dailyMetric, daily, activity, audience }));
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
      {account ? <Compare account={account} videos={videos} /> : <section data-testid="empty"><p>{t('popupEmptyWhat')}</p><p>{t('popupEmptyNot')}</p></section>}
      {account && history && <StudioHistory data={history} onMetric={setDailyMetric} />}
      <StudioImport accounts={accounts.map((a) => a.account)} onImported={imported} focus={location.hash === '#import'} />
      {account && <VideoTable videos={videos} now={now} />}
      <DataSection stats={stats} onChanged={() => setVersion((v) => v + 1)} />
      <Settings />
    </>
  );
}

render(<Dashboard />, document.getElementById('app')!);
