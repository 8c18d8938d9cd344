import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageSignals } from '@/utils/guard/page-signals';
import { sendMessage } from '@/utils/protocol/messaging';

export default defineContentScript({
  // Never in the manifest: the background registers it (scripting.registerContentScripts) only
  // while the optional all-sites access is granted, on every site but TikTok's own. No `matches`
  // here, so the build asks for no host access on its behalf.
  registration: 'runtime',
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    // Once per page, at idle: a few DOM queries. Only the names of what fired leave the page.
    const finding = pageSignals(document);
    if (finding) void sendMessage('guardPageVerdict', { signals: finding.signals }).catch(() => undefined);
  },
});
