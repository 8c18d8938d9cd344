// One change badge, in its own shadow root so Studio's CSS cannot restyle it and ours cannot
// leak. The badge takes its own room in the flow beside the value (never drawn over Studio's
// text); where the card is too narrow for it there, it moves below the value and wraps.
import type { BadgeText } from '@/utils/page-features/badge-text';
import { t } from '@/utils/platform/i18n';
import { OWN_UI_ATTRIBUTE } from '@/utils/reader/page-text';

const STYLE = `
:host { all: initial; }
.badge {
  display: inline-flex; flex-wrap: wrap; align-items: center; gap: 3px; max-width: 100%; box-sizing: border-box;
  white-space: normal; overflow-wrap: break-word; word-break: normal;
  font: 600 11px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  padding: 1px 6px; border-radius: 9px; cursor: default;
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
    host.style.cssText = INLINE;
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
  fit(host);
  return host;
}

const BOX = 'position:static!important;max-width:100%!important;padding:0!important;border:0!important;white-space:normal!important;text-indent:0!important;';
const INLINE = `${BOX}display:inline-block!important;vertical-align:middle!important;margin:0 0 0 6px!important`;
const BELOW = `${BOX}display:block!important;margin:2px 0 0 0!important`;
/** How many of the value's containers the badge must fit inside (the value, its cell, its card…). */
const FIT_LEVELS = 6;

/** Beside the value when it fits inside the value's containers, else below it (wrapping to their width). */
function fit(host: HTMLElement): void {
  host.style.cssText = INLINE;
  const right = host.getBoundingClientRect().right;
  const view = host.ownerDocument.defaultView;
  let overflows = view ? right > view.innerWidth + 0.5 : false;
  let el = host.parentElement;
  for (let level = 0; el && level < FIT_LEVELS && !overflows; level++, el = el.parentElement) {
    const box = el.getBoundingClientRect();
    // A container with no width of its own (display: contents, inline wrappers) bounds nothing.
    if (box.width > 0 && right > box.right + 0.5) overflows = true;
  }
  if (overflows) host.style.cssText = BELOW;
}

export function removeBadges(root: ParentNode): void {
  for (const host of Array.from(root.querySelectorAll(`[${OWN_UI_ATTRIBUTE}="badge"]`))) host.remove();
}
