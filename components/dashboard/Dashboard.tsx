// The dashboard: compare any two series, the imported history, every video in a sortable table,
// the data itself (export, backup, delete) and settings. Replies to superseded requests are
// dropped, and a request that fails says so on the page.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Problem, problemOf } from '@/components/common/Problem';
import { Compare } from '@/components/dashboard/Compare';
import { DataSection } from '@/components/dashboard/DataSection';
import { SettingsSection } from '@/components/dashboard/SettingsSection';
import { StudioHistory, type StudioHistoryData } from '@/components/dashboard/StudioHistory';
import { StudioImport } from '@/components/dashboard/StudioImport';
import { VideoTable } from '@/components/dashboard/VideoTable';
import { t } from '@/utils/platform/i18n';
import { latestOnly } from '@/utils/platform/latest-only';
import { sendMessage, type StoreStats } from '@/utils/platform/messaging';
import type { VideoRecord } from '@/utils/history/records';
import type { AccountSummary } from '@/utils/history/snapshots';
import type { DailyMetric } from '@/utils/import/studio-files';

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
  // The first chart comes first: the counts, the video table and the day-by-day sections are asked
  // for and mounted after it (counting a large store holds up every read behind it).
  const [listed, setListed] = useState(false);
  const [firstShown, setFirstShown] = useState(false);
  const afterFirst = listed && (firstShown || !account);

  useEffect(() => {
    latestAccounts(sendMessage('listAccounts', undefined), (list) => {
      const named = list.filter((a) => a.account);
      setAccounts(named);
      setAccount((current) => (named.some((a) => a.account === current) ? current : named[0]?.account));
      setListed(true);
    }, fail);
  }, [version]);
  useEffect(() => {
    if (afterFirst) latestStats(sendMessage('storeStats', undefined), setStats, fail);
  }, [version, afterFirst]);
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
    if (!firstShown) return;
    latestHistory(
      Promise.all([
        sendMessage('getDailySeries', { account, metric: dailyMetric }),
        sendMessage('getActivity', account),
        sendMessage('getAudienceHistory', account),
      ]),
      ([daily, activity, audience]) => setHistory({ metric: dailyMetric, daily, activity, audience }),
      fail,
    );
  }, [account, dailyMetric, version, firstShown]);
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
      {account ? <Compare account={account} videos={videos} onShown={() => setFirstShown(true)} /> : <section data-testid="empty"><p>{t('popupEmptyWhat')}</p><p>{t('popupEmptyNot')}</p></section>}
      {account && history && firstShown && <StudioHistory data={history} onMetric={setDailyMetric} />}
      <StudioImport accounts={accounts.map((a) => a.account)} onImported={imported} focus={location.hash === '#import'} />
      {account && firstShown && <VideoTable videos={videos} now={now} />}
      <DataSection stats={stats} onChanged={() => setVersion((v) => v + 1)} />
      <SettingsSection />
    </>
  );
}
