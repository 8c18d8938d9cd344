// Runs content-script features on the Studio pages they serve. Studio is a single-page app:
// on every in-page navigation each running feature is aborted and the matching ones start again.
import browser from 'webextension-polyfill';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface Feature {
  name: string;
  /** Where the feature runs. */
  runsOn(url: string): boolean;
  init(ctx: ContentScriptContext, signal: AbortSignal): void;
}

/**
 * WXT stops a running content script when the page's document receives its "content script
 * started" event, so that an updated extension's new copy replaces the old one. Any script on
 * the page can dispatch that event too (its name is the extension id plus a fixed suffix, and
 * the message id it checks is whatever the sender says), which would switch capture off.
 * Locally, until WXT verifies the sender: the event reaches WXT's listener only when this copy
 * has lost its extension (after an update or reload), which is the one case it exists for. A
 * listener on window in the capture phase runs before WXT's on document.
 */
export function ignoreForgedRestarts(ctx: ContentScriptContext): void {
  // Public at runtime, private in WXT's types.
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (!type) return;
  window.addEventListener(type, guardRestart, { capture: true, signal: ctx.signal });
}

function guardRestart(event: Event): void {
  if (browser.runtime?.id) event.stopImmediatePropagation();
}

/**
 * A page script's document.open() empties the document and, by the HTML standard, drops every
 * event listener of the document, its nodes and the window (issue 22, finding 9): the features'
 * observers watch nodes that are gone and the navigation listener is lost. Calls back once the
 * new document element is in, to arm everything again.
 */
function onDocumentReplaced(ctx: ContentScriptContext, callback: () => void): void {
  let root = document.documentElement;
  const observer = new MutationObserver(() => {
    if (!document.documentElement || document.documentElement === root) return;
    root = document.documentElement;
    callback();
  });
  observer.observe(document, { childList: true });
  ctx.onInvalidated(() => observer.disconnect());
}

export function runFeatures(ctx: ContentScriptContext, features: Feature[]): void {
  let controller: AbortController | undefined;
  const start = (url: string) => {
    controller?.abort();
    controller = new AbortController();
    for (const feature of features) {
      if (!feature.runsOn(url)) continue;
      try {
        feature.init(ctx, controller.signal);
      } catch (error) {
        console.warn(`[Creator Lens] ${feature.name} failed to start:`, error);
      }
    }
  };
  // The event carries the new URL: with the Navigation API it fires before `location` changes.
  const navigated = (event: { newUrl: URL }) => start(event.newUrl.href);
  // Adding the same listener again is a no-op where document.open() left it in place.
  const arm = () => {
    ignoreForgedRestarts(ctx);
    ctx.addEventListener(window, 'wxt:locationchange', navigated);
  };
  arm();
  onDocumentReplaced(ctx, () => {
    arm();
    start(location.href);
  });
  ctx.onInvalidated(() => controller?.abort());
  start(location.href);
}
