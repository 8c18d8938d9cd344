// Feature: when the reader finds an analytics page but misses values it shows (a label Studio
// renamed, a language it has not seen), the page says so where the badges go, and offers a
// redacted page report to copy into a bug report. The popup asks the same through messages.
// The report is built only when asked for; nothing is stored or sent.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onTabMessage } from '@/utils/protocol/messaging';
import { t } from '@/utils/platform/i18n';
import { pageInfo } from '@/utils/reader/page-kinds';
import { OWN_UI_ATTRIBUTE } from '@/utils/reader/page-text';
import { pageReport } from '@/utils/reader/page-report';
import { unreadCount } from '@/utils/reader/read-page';
import { pageTheme } from '@/components/studio-page/badge-element';
import type { Feature } from './feature-runner';
import { lastRead, onRead } from './capture-channel';

const STYLE = `
:host { all: initial; }
.notice { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin: 6px 0; padding: 6px 10px;
  font: 500 12px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; border-radius: 8px;
  color: #8a4b00; background: #fff4e0; border: 1px solid #f3c27a; }
button { font: inherit; padding: 1px 8px; border-radius: 999px; border: 1px solid currentColor; background: transparent; color: inherit; cursor: pointer; }
textarea { flex-basis: 100%; min-height: 8em; font: 11px/1.4 ui-monospace, monospace; }
:host([data-theme="dark"]) .notice { color: #ffd08a; background: #3a2a10; border-color: #7a5a20; }
`;

/** The notice's words: one value, or N values. */
export function unreadText(n: number): string {
  return n === 1 ? t('unreadNoticeOne') : t('unreadNotice', String(n));
}

/** The report as the creator copies it: our words first, then the page's outline. */
export function reportText(): string | null {
  const report = pageReport(document, location.href);
  return report ? `${t('pageReportIntro')}\n\n${report.text}` : null;
}

function show(count: number): void {
  const doc = document;
  let host = doc.querySelector(`[${OWN_UI_ATTRIBUTE}="notice"]`) as HTMLElement | null;
  if (!host) {
    host = doc.createElement('div');
    host.setAttribute(OWN_UI_ATTRIBUTE, 'notice');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const box = doc.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'note');
    const text = doc.createElement('span');
    const copy = doc.createElement('button');
    copy.type = 'button';
    copy.textContent = t('copyPageReport');
    copy.addEventListener('click', () => void copyReport(box, copy));
    box.append(text, copy);
    shadow.append(style, box);
    (doc.querySelector('main') ?? doc.body).prepend(host);
  }
  host.setAttribute('data-theme', pageTheme(doc));
  // Text only: never parsed as HTML.
  host.shadowRoot!.querySelector('span')!.textContent = unreadText(count);
}

async function copyReport(box: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const text = reportText();
  if (!text) return;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = t('pageReportCopied');
  } catch {
    // No clipboard (a denied permission): the report to select and copy by hand.
    let area = box.querySelector('textarea');
    if (!area) {
      area = document.createElement('textarea');
      area.readOnly = true;
      area.setAttribute('aria-label', t('copyPageReport'));
      box.append(area);
    }
    area.value = text;
    area.select();
  }
}

function remove(): void {
  document.querySelector(`[${OWN_UI_ATTRIBUTE}="notice"]`)?.remove();
}

let answering = false;

/** The popup's questions, answered once per content script from the page's last read. */
function answerPopup(ctx: ContentScriptContext): void {
  if (answering) return;
  answering = true;
  const stops = [
    onTabMessage('pageUnread', () => {
      const read = lastRead();
      return read ? { page: read.page, unread: unreadCount(read) } : null;
    }),
    onTabMessage('pageReport', () => reportText()),
  ];
  ctx.onInvalidated(() => stops.forEach((stop) => stop()));
}

export const unreadNotice: Feature = {
  name: 'unread-notice',
  runsOn: (url) => pageInfo(url) !== undefined,
  init(ctx, signal) {
    answerPopup(ctx);
    onRead((read) => {
      if (signal.aborted) return;
      if (unreadCount(read)) show(unreadCount(read));
      else remove();
    }, signal);
    signal.addEventListener('abort', remove);
  },
};
