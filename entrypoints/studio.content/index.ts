import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractSnapshot } from '@/utils/studio/extract';
import { sendMessage } from '@/utils/messaging';

export default defineContentScript({
  matches: [
    'https://www.tiktok.com/tiktokstudio/*',
    'https://www.tiktok.com/creator-center/*',
    'https://www.tiktok.com/analytics*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    const capture = () => {
      const snapshot = extractSnapshot(document, location.href);
      if (snapshot) void sendMessage('saveSnapshot', snapshot);
    };
    ctx.setTimeout(capture, 500);
  },
});
