// The popup's two lines of "what works for you": the newest young video's early read, and the
// strongest finding (or why there is none yet). The whole section is on the dashboard.
import { useEffect, useRef, useState } from 'preact/hooks';
import { popupFindingText, shortEarlyReadText } from '@/components/common/what-works-words';
import { MIN_VIDEOS } from '@/utils/insights/what-works';
import { nearestToSpeaking, strongestFinding, type WhatWorksReport } from '@/utils/insights/what-works-report';
import { t } from '@/utils/platform/i18n';
import { latestOnly } from '@/utils/platform/latest-only';
import { sendMessage } from '@/utils/platform/messaging';
import { stripBidiControls } from '@/utils/platform/safe-text';

export function WhatWorksLine({ account }: { account: string }) {
  const [report, setReport] = useState<WhatWorksReport>();
  const latest = useRef(latestOnly()).current;
  useEffect(() => {
    setReport(undefined);
    // Only a summary: when it cannot be had, the popup stays as it is.
    latest(sendMessage('getWhatWorks', account), setReport, () => undefined);
  }, [account]);
  if (!report) return null;

  const read = report.early[0];
  const result = report.whatWorks;
  const finding = strongestFinding(result);
  return (
    <>
      {read && (
        <p data-testid="early-read" data-ready={String(read.ready)}>
          <strong>{t('wwPopupEarly')}</strong>
          {read.ready || read.missing === 'fewVideos' ? <bdi class="caption page-text">{stripBidiControls(read.caption ?? read.videoId)}</bdi> : null}
          {read.ready ? shortEarlyReadText(read)
            : read.missing === 'fewVideos' ? <span class="muted">{t('wwEarlyFew', [String(read.have), String(read.need)])}</span>
            : null}
        </p>
      )}
      <p data-testid="what-works-line" class={finding ? (finding.ratio! > 1 ? 'up' : 'down') : 'muted'}>
        {finding ? popupFindingText(finding)
          : result.spoke ? t('wwPopupNone', String(result.spoke))
          : t('wwPopupFew', [String(nearestToSpeaking(result)), String(MIN_VIDEOS)])}
      </p>
    </>
  );
}
