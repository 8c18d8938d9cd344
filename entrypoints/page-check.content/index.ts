import { defineContentScript } from 'wxt/utils/define-content-script';
import { PAGE_CHECK_RECORD, pageSignals, type PageCheckRecord } from '@/utils/guard/page-signals';
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
    // What the check concluded, kept in this script's own world (the page cannot read it, and
    // nothing is sent when nothing was found): DevTools' console in Creator Lens's context shows
    // it, and the tests read it with scripting.executeScript instead of waiting for a message that
    // never comes.
    (globalThis as { [PAGE_CHECK_RECORD]?: PageCheckRecord })[PAGE_CHECK_RECORD] = { signals: finding?.signals ?? [] };
    if (finding) void sendMessage('guardPageVerdict', { signals: finding.signals }).catch(() => undefined);
  },
});
