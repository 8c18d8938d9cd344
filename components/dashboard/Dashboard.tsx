// The dashboard: compare any two series, the imported history, every video in a sortable table,
// the data itself (export, backup, delete) and settings. Replies to superseded requests are
// dropped, and a request that fails says so on the page.
import { render } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DashboardOpening } from '@/components/dashboard/dashboard-opening';
import { Problem, problemOf } from '@/components/common/Problem';
import { Compare } from '@/components/dashboard/Compare';
import { DataSection } from '@/components/dashboard/DataSection';
import { SettingsSection } from '@/components/dashboard/SettingsSection';
import { StudioHistory, type StudioHistoryData } from '@/components/dashboard/StudioHistory';
import { StudioImport, type ImportedRange } from '@/components/dashboard/StudioImport';
import { VideoTable } from '@/components/dashboard/VideoTable';
import { VideoPage, videoOfHash } from '@/components/dashboard/VideoPage';
import { WhatWorks } from '@/components/dashboard/WhatWorks';
import { WhereViewsComeFrom } from '@/components/dashboard/WhereViewsComeFrom';
import { DataAtRiskBanner } from '@/components/dashboard/DataAtRiskBanner';
import type { WhatWorksReport } from '@/utils/insights/what-works-report';
import { t, type MessageKey } from '@/utils/platform/i18n';
import { STUDIO_HOME_URL } from '@/utils/reader/page-kinds';
import { latestOnly } from '@/utils/platform/latest-only';
import { sendMessage, type StoreStats } from '@/utils/protocol/messaging';
import type { AccountRecency, VideoSummary } from '@/utils/views/view-source';
import type { DailyMetric } from '@/utils/import/studio-files';

/** Shows the dashboard on its opening reads (asked by the entry before this code loaded). */
export function mountDashboard(opening?: DashboardOpening) {
  render(<Dashboard opening={opening} />, document.getElementById('app')!);
}

export function Dashboard({ opening }: { opening?: DashboardOpening } = {}) {
  const [accounts, setAccounts] = useState<AccountRecency[]>([]);
  const [account, setAccount] = useState<string>();
  const [videos, setVideos] = useState<VideoSummary[]>([]);
  const [stats, setStats] = useState<StoreStats>();
  const [version, setVersion] = useState(0);
  const [problem, setProblem] = useState<string>();
  const latestAccounts = useRef(latestOnly()).current;
  const latestStats = useRef(latestOnly()).current;
  const latestVideos = useRef(latestOnly()).current;
  const fail = (error: unknown) => setProblem(problemOf(error));
  // The first chart comes first: the counts, the videos and the day-by-day sections are asked
  // for and mounted after it (counting a large store holds up every read behind it).
  const [listed, setListed] = useState(false);
  const [firstShown, setFirstShown] = useState(false);
  const afterFirst = listed && (firstShown || !account);

  // Asked as soon as the page is rendered: an effect would wait for the next frame first.
  // The opening's answer serves the first time only; a later version (an import) asks again.
  useLayoutEffect(() => {
    latestAccounts(opening && version === 0 ? opening.accounts : sendMessage('accountsByRecency', undefined), (list) => {
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
    // After the first chart too: a thousand videos read and sent held up the compare series beside them.
    if (account && afterFirst) latestVideos(sendMessage('listVideos', account), setVideos, fail);
    else if (!account) {
      latestVideos.cancel();
      setVideos([]);
    }
  }, [account, version, afterFirst]);
  const now = useMemo(() => Date.now(), [videos]);
  // A video's page, opened by the address (#video=<id>): a table row, or the popup's top mover.
  const [openVideo, setOpenVideo] = useState(() => videoOfHash(location.hash));
  useEffect(() => {
    const follow = () => setOpenVideo(videoOfHash(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const [dailyMetric, setDailyMetric] = useState<DailyMetric>('followers');
  // The imported range the saved message links to: the day chart shows it until another metric is picked.
  const [dailyRange, setDailyRange] = useState<ImportedRange>();
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
        sendMessage('getDailySeries', { account, metric: dailyMetric, ...(dailyRange?.metric === dailyMetric ? { from: dailyRange.first } : {}) }),
        sendMessage('getActivity', account),
        sendMessage('getAudienceHistory', account),
      ]),
      ([daily, activity, audience]) => {
        const range = dailyRange?.metric === dailyMetric ? dailyRange : undefined;
        setHistory({ metric: dailyMetric, daily: range ? daily.filter((d) => d.date <= range.last) : daily, activity, audience, ...(range ? { range } : {}) });
      },
      fail,
    );
  }, [account, dailyMetric, dailyRange, version, firstShown]);
  const showDays = (range: ImportedRange) => {
    setDailyMetric(range.metric);
    setDailyRange(range);
  };
  const pickDaily = (metric: DailyMetric) => {
    setDailyRange(undefined);
    setDailyMetric(metric);
  };
  // "What works for you" and data at risk come in one report: at risk at the top, the rest in its section.
  const [report, setReport] = useState<{ account: string; report?: WhatWorksReport; problem?: string }>();
  const latestReport = useRef(latestOnly()).current;
  useEffect(() => {
    if (!account || !firstShown) return latestReport.cancel();
    latestReport(sendMessage('getWhatWorks', account), (r) => setReport({ account, report: r }), (e) => setReport({ account, problem: problemOf(e) }));
  }, [account, version, firstShown]);
  const shownReport = report?.account === account ? report : undefined;
  const imported = (name: string) => {
    setAccount(name);
    setVersion((v) => v + 1);
  };
  const sections: Array<[string, MessageKey]> = [
    ...(account && openVideo ? [['video-page', 'videoPageTitle']] as Array<[string, MessageKey]> : []),
    ...(account ? [['compare', 'compare'], ['daily', 'dailyTitle'], ['best-time', 'heatmapTitle']] as Array<[string, MessageKey]> : []),
    ...(account && history?.audience.length ? [['audience', 'audienceTitle']] as Array<[string, MessageKey]> : []),
    ...(account ? [['what-works', 'wwTitle']] as Array<[string, MessageKey]> : []),
    ['studio-import', 'navImport'],
    ...(account ? [['videos', 'videosTitle']] as Array<[string, MessageKey]> : []),
    ['data', 'yourData'],
    ['settings', 'settings'],
  ];
  return (
    <>
      <header class="page-header">
        <div class="row">
          <img src="/icons/48.png" alt="" width="28" height="28" />
          <h1>Creator Lens</h1>
          <span class="spacer" />
          {accounts.length > 1 && (
            <label>{t('account')} <select value={account} onChange={(e) => setAccount(e.currentTarget.value)}>{accounts.map((a) => <option key={a.account} value={a.account}>@{a.account}</option>)}</select></label>
          )}
          {accounts.length === 1 && <span class="muted">@{account}</span>}
          <a href="/media-kit.html" target="_blank" data-testid="open-media-kit">{t('openMediaKit')}</a>
        </div>
        <nav aria-label={t('navSections')} data-testid="section-nav">
          {sections.map(([id, label]) => <a key={id} href={`#${id}`}>{t(label)}</a>)}
        </nav>
      </header>
      <Problem text={problem} />
      {account && shownReport?.report?.risk && <DataAtRiskBanner risk={shownReport.report.risk} />}
      {account && openVideo && <VideoPage account={account} videoId={openVideo} version={version} caption={videos.find((v) => v.videoId === openVideo)?.caption} />}
      {account ? <Compare account={account} videos={videos} version={version} first={opening?.firstSeries} onShown={() => setFirstShown(true)} /> : <GetStarted />}
      {account && history && firstShown && <StudioHistory data={history} onMetric={pickDaily} onAllDays={() => setDailyRange(undefined)} />}
      {account && firstShown && <WhereViewsComeFrom account={account} videos={videos} version={version} />}
      {account && firstShown && <WhatWorks report={shownReport?.report} problem={shownReport?.problem} />}
      <StudioImport accounts={accounts.map((a) => a.account)} onImported={imported} onShowDays={showDays} focus={location.hash === '#import'} />
      {account && firstShown && <VideoTable videos={videos} now={now} />}
      <DataSection stats={stats} hasAccounts={accounts.length > 0} onChanged={() => setVersion((v) => v + 1)} account={afterFirst ? account : undefined} version={version} />
      <SettingsSection />
    </>
  );
}

/** Nothing stored yet: what Creator Lens does and the two ways to start. */
function GetStarted() {
  return (
    <section data-testid="empty" aria-labelledby="get-started" class="get-started">
      <h2 id="get-started">{t('dashboardEmptyTitle')}</h2>
      <p>{t('popupEmptyWhat')}</p>
      <p class="muted">{t('popupEmptyNot')}</p>
      <div class="row">
        <a class="primary" href={STUDIO_HOME_URL} target="_blank" rel="noreferrer">{t('openStudio')}</a>
        <a href="#studio-import">{t('popupImportOffer')}</a>
      </div>
    </section>
  );
}
