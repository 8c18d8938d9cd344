// One change badge, in its own shadow root so Studio's CSS cannot restyle it and ours cannot
// leak. The host is absolutely positioned with no size: TikTok's layout never moves for it.
import type { BadgeText } from '@/utils/badges/change';
import { t } from '@/utils/i18n';
import { OWN_UI_ATTRIBUTE } from '@/utils/studio/page-text';

const STYLE = `
:host { all: initial; }
.badge {
  position: absolute; left: 6px; top: 50%; transform: translateY(-50%);
  display: inline-flex; align-items: center; gap: 3px; white-space: nowrap;
  font: 600 11px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  padding: 1px 6px; border-radius: 999px; cursor: default;
  color: #1f2937; background: #eef2f7; border: 1px solid #cfd6e0;
}
.badge.up { color: #05603a; background: #e7f7ee; border-color: #a6e3c0; }
.badge.down { color: #9b1c1c; background: #fdecec; border-color: #f5b5b5; }
.badge.error { color: #8a4b00; background: #fff4e0; border-color: #f3c27a; }
:host([data-theme="dark"]) .badge { color: #e5e7eb; background: #263041; border-color: #3b4658; }
:host([data-theme="dark"]) .badge.up { color: #7ee2a8; background: #10301f; border-color: #1f6b43; }
:host([data-theme="dark"]) .badge.down { color: #ffaaaa; background: #3a1515; border-color: #7a2a2a; }
:host([data-theme="dark"]) .badge.error { color: #ffd08a; background: #3a2a10; border-color: #7a5a20; }
`;

export interface BadgeView extends Pick<BadgeText, 'text' | 'label' | 'history'> {
  direction: BadgeText['direction'] | 'error';
}

/** Studio's own dark theme, else the system's. */
export function pageTheme(doc: Document): 'dark' | 'light' {
  const marker = `${doc.documentElement.className} ${doc.documentElement.getAttribute('data-theme') ?? ''} ${doc.body?.className ?? ''}`;
  if (/\bdark\b/i.test(marker)) return 'dark';
  if (/\blight\b/i.test(marker)) return 'light';
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Puts a badge after the value element's text (or updates the one already there). */
export function showBadge(anchor: Element, view: BadgeView, theme: 'dark' | 'light'): HTMLElement {
  const doc = anchor.ownerDocument;
  let host = Array.from(anchor.children).find((c) => c.getAttribute(OWN_UI_ATTRIBUTE) === 'badge') as HTMLElement | undefined;
  if (!host) {
    host = doc.createElement('span');
    host.setAttribute(OWN_UI_ATTRIBUTE, 'badge');
    host.style.cssText = 'position:relative!important;display:inline-block!important;width:0!important;height:0!important;overflow:visible!important;vertical-align:middle!important;margin:0!important;padding:0!important;border:0!important';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const badge = doc.createElement('span');
    badge.setAttribute('role', 'note');
    shadow.append(style, badge);
    anchor.append(host);
  }
  host.setAttribute('data-theme', theme);
  const badge = host.shadowRoot!.querySelector('span[role="note"]') as HTMLElement;
  badge.className = `badge ${view.direction}`;
  // Text only: nothing the page or the store holds is ever parsed as HTML.
  badge.textContent = view.text;
  badge.setAttribute('aria-label', view.label);
  badge.title = [view.label, ...(view.history.length ? ['', t('badgeEarlier'), ...view.history] : [])].join('\n');
  return host;
}

export function removeBadges(root: ParentNode): void {
  for (const host of Array.from(root.querySelectorAll(`[${OWN_UI_ATTRIBUTE}="badge"]`))) host.remove();
}
