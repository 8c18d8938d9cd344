// The popup's word on a scam site the guard blocked on this tab. A default install has the browser
// block listed sites itself: Chrome's error page names no reason and Firefox does nothing at all,
// so the toolbar badge counts the block and this explains it, one click away.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { KIND_KEYS, sourceWords } from '@/utils/guard/explain-verdict';
import type { TabBlock, TabBlockReport } from '@/utils/guard/tab-blocks';
import { t } from '@/utils/platform/i18n';
import { sendMessage } from '@/utils/protocol/messaging';
import { stripBidiControls } from '@/utils/platform/safe-text';

function line(block: TabBlock): string {
  if (block.kind === 'user-block') return t('popupBlockedUser');
  const kind = t(KIND_KEYS[block.kind]);
  if (!block.domain) return t('popupBlockedKind', kind);
  const source = block.source ? sourceWords(block.source).map((k) => t(k)).join('; ') : '';
  return t('popupBlockedSite', [stripBidiControls(block.domain), kind, source]);
}

export function GuardBlocks() {
  const [report, setReport] = useState<TabBlockReport>();
  useEffect(() => {
    // The popup's window's active tab is the one it opened over; its address shows with activeTab.
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => (tab?.id === undefined ? undefined : sendMessage('guardTabBlocks', { id: tab.id, url: tab.url })))
      .then(setReport, () => setReport(undefined));
  }, []);
  if (report && !report.canSee && !report.allSites)
    // Firefox: a blocked link just does nothing, and no permission without a browsing-history
    // warning lets the extension see it. One line says what that may mean.
    return (
      <details class="banner" data-testid="guard-note">
        <summary>{t('popupGuardNoteSummary')}</summary>
        <p>{t('popupGuardNote')}</p>
        <p>{t('warnProfileViews')}</p>
      </details>
    );
  if (!report?.blocks.length) return null;
  return (
    <section class="banner" data-testid="guard-blocks" role="status">
      <h2>{t('popupBlockedTitle')}</h2>
      <ul>
        {report.blocks.map((b) => <li key={`${b.kind}|${b.domain ?? ''}`}>{line(b)}</li>)}
      </ul>
      <p>{t('warnNoViewerList')}</p>
      <p>{t('warnProfileViews')}</p>
    </section>
  );
}
