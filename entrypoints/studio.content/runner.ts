// Runs content-script features on the Studio pages they serve. Studio is a single-page app:
// on every in-page navigation each running feature is aborted and the matching ones start again.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface Feature {
  name: string;
  /** Where the feature runs. */
  runsOn(url: string): boolean;
  init(ctx: ContentScriptContext, signal: AbortSignal): void;
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
  ctx.addEventListener(window, 'wxt:locationchange', (event) => start(event.newUrl.href));
  ctx.onInvalidated(() => controller?.abort());
  start(location.href);
}
