// The popup's lines of "what works for you": data at risk when something is (the exact Studio range
// and files to download), the newest video's early read (or why it has none yet and what brings
// one), and the strongest finding (or why there is none yet). The whole section is on the dashboard.
import { useEffect, useRef, useState } from 'preact/hooks';
import { earlyMissingText, popupFindingText, shortEarlyReadText } from '@/components/common/what-works-words';
import { MIN_VIDEOS } from '@/utils/insights/what-works';
import { nearestToSpeaking, strongestFinding, type WhatWorksReport } from '@/utils/insights/what-works-report';
import { t } from '@/utils/platform/i18n';
import { latestOnly } from '@/utils/platform/latest-only';
import { sendMessage } from '@/utils/protocol/messaging';
import { stripBidiControls } from '@/utils/platform/safe-text';
import { fmtDate } from '@/utils/metrics/format';
import { popupRiskText } from '@/components/common/risk-words';

export function WhatWorksLine({ account }: { account: string }) {
  const [report, setReport] = useState<WhatWorksReport>();
  const latest = useRef(latestOnly()).current;
  useEffect(() => {
    setReport(undefined);
    // Only a summary: when it cannot be had, the popup stays as it is.
    latest(sendMessage('getWhatWorks', account), setReport, () => undefined);
  }, [account]);
  if (!report) return null;

  const read = report.newest;
  const result = report.whatWorks;
  const finding = strongestFinding(result);
  const risk = report.risk;
  return (
    <>
      {risk.daily && <p class="banner small" role="note" data-testid="risk-line">{popupRiskText(risk.daily)}</p>}
      {risk.videos.length > 0 && <p class="banner small" role="note" data-testid="risk-videos-line">{t('popupRiskVideos', [String(risk.videos.length), fmtDate(risk.videos[0].closesAt)])}</p>}
      <p data-testid="early-read" data-ready={String(read.ready)} data-missing={read.ready ? undefined : read.missing}>
        <strong>{t('wwPopupEarly')}</strong>{' '}
        {'videoId' in read ? <bdi class="caption page-text">{stripBidiControls(read.caption ?? read.videoId)}</bdi> : null}
        {read.ready ? shortEarlyReadText(read) : <span class="muted">{earlyMissingText(read, Date.now())}</span>}
      </p>
      <p data-testid="what-works-line" class={finding ? (finding.ratio! > 1 ? 'up' : 'down') : 'muted'}>
        {finding ? popupFindingText(finding)
          : result.spoke ? t('wwPopupNone', String(result.spoke))
          : t('wwPopupFew', [String(nearestToSpeaking(result)), String(MIN_VIDEOS)])}
      </p>
    </>
  );
}
