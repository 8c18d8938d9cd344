// The popup's word on the Studio page in the active tab: when the reader missed values the page
// shows, how many, and the redacted page report to copy (asked of the page only on a click).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendMessage } from '@/utils/protocol/messaging';
import { t } from '@/utils/platform/i18n';

export function UnreadNotice() {
  const [tab, setTab] = useState<{ id: number; unread: number }>();
  const [report, setReport] = useState<string>();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (active?.id === undefined) return;
      // A tab that is not a Studio page has no Creator Lens to answer: nothing to say.
      const status = await sendMessage('pageUnread', undefined, active.id).catch(() => null);
      if (status && status.unread > 0) setTab({ id: active.id, unread: status.unread });
    })();
  }, []);

  if (!tab) return null;
  const copy = async () => {
    const text = report ?? (await sendMessage('pageReport', undefined, tab.id).catch(() => null));
    if (!text) return;
    setReport(text);
    setCopied(await navigator.clipboard.writeText(text).then(() => true, () => false));
  };
  return (
    <section class="banner" data-testid="unread-notice">
      <p role="status">{tab.unread === 1 ? t('unreadNoticeOne') : t('unreadNotice', String(tab.unread))}</p>
      <button onClick={() => void copy()}>{copied ? t('pageReportCopied') : t('copyPageReport')}</button>
      {report !== undefined && <textarea readOnly aria-label={t('copyPageReport')} data-testid="page-report" value={report} rows={6} style="width:100%" />}
    </section>
  );
}
