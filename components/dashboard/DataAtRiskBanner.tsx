// What is about to be lost for good, at the top of the dashboard: the days leaving Studio's export
// (the exact range and files to download, and the import picker) and the young videos whose early
// views only a capture soon can keep.
import browser from 'webextension-polyfill';
import type { DataAtRisk } from '@/utils/insights/data-at-risk';
import { fmtDate, fmtIsoDay } from '@/utils/metrics/format';
import { t } from '@/utils/platform/i18n';
import { STUDIO_POSTS_URL } from '@/utils/reader/page-kinds';
import { riskDownloadText } from '@/components/common/risk-words';

/** The import section is on this page: bring its file picker into view. */
function goToImport() {
  document.getElementById('studio-import')?.scrollIntoView({ block: 'start' });
  document.querySelector<HTMLInputElement>('[data-testid="studio-files"]')?.focus();
}

/** One quiet line when nothing is at risk. */
export function DataAtRiskBanner({ risk }: { risk: DataAtRisk }) {
  const closes = risk.videos[0]?.closesAt;
  if (!risk.daily && closes === undefined) return <p class="muted" data-testid="at-risk-none">{t('wwRiskNone')}</p>;
  return (
    <section aria-labelledby="at-risk" data-testid="at-risk">
      <h2 id="at-risk">{t('wwRiskTitle')}</h2>
      {risk.daily && (
        <div class="banner" data-testid="risk-days">
          <p class="row">
            <span>{t('wwRiskDays', [String(risk.daily.days), fmtIsoDay(risk.daily.first), fmtIsoDay(risk.daily.last)])}</span>
            <button class="primary" onClick={goToImport}>{t('wwRiskImport')}</button>
          </p>
          <p class="muted" data-testid="risk-download">{riskDownloadText(risk.daily)}</p>
        </div>
      )}
      {closes !== undefined && (
        <p class="banner row" data-testid="risk-videos">
          <span>{t('wwRiskVideos', [String(risk.videos.length), fmtDate(closes)])}</span>
          <button class="primary" onClick={() => void browser.tabs.create({ url: STUDIO_POSTS_URL })}>{t('wwRiskOpenPosts')}</button>
        </p>
      )}
    </section>
  );
}
