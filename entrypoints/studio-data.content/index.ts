import { defineContentScript } from 'wxt/utils/define-content-script';
import { tapDataCalls } from '@/utils/studio-data/data-call-tap';
import { bridgeSender } from '@/utils/studio-data/studio-data-bridge';
import { isStudioDataUrl } from '@/utils/studio-data/studio-data-call';
import { STUDIO_MATCHES } from '@/utils/reader/page-kinds';

export default defineContentScript({
  // The same Studio pages as the content script, in the page's own world (Chrome 111+, Firefox
  // 128+; no permission of its own) and before the page's scripts, so it sees the data calls they
  // make. It only watches them: docs/security.md, "Studio's own data calls".
  matches: STUDIO_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    try {
      tapDataCalls(window, isStudioDataUrl, bridgeSender(document));
    } catch {
      // Studio works as before.
    }
  },
});
