import { defineContentScript } from 'wxt/utils/define-content-script';
import { badges } from '@/components/studio-page/badges-feature';
import { capture } from '@/components/studio-page/capture-feature';
import { runFeatures } from '@/components/studio-page/feature-runner';

export default defineContentScript({
  // TikTok Studio's analytics and content pages only: nothing is injected anywhere else.
  matches: [
    'https://www.tiktok.com/tiktokstudio/*',
    'https://www.tiktok.com/creator-center/*',
    'https://www.tiktok.com/analytics*',
  ],
  runAt: 'document_idle',
  // WXT's legacy postMessage announces the extension id to the page; its custom event suffices.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runFeatures(ctx, [capture, badges]);
  },
});
