import { defineContentScript } from 'wxt/utils/define-content-script';
import { badges } from '@/components/studio-page/badges-feature';
import { capture } from '@/components/studio-page/capture-feature';
import { studioData } from '@/components/studio-page/studio-data-feature';
import { runFeatures } from '@/components/studio-page/feature-runner';
import { unreadNotice } from '@/components/studio-page/unread-notice';
import { STUDIO_MATCHES } from '@/utils/reader/page-kinds';

export default defineContentScript({
  // TikTok Studio's analytics and content pages only: nothing is injected anywhere else.
  matches: STUDIO_MATCHES,
  runAt: 'document_idle',
  // WXT's legacy postMessage announces the extension id to the page; its custom event suffices.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runFeatures(ctx, [capture, badges, unreadNotice, studioData]);
  },
});
