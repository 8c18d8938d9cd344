// Feature: read the analytics page once its numbers have settled and store the snapshot.
import { sendMessage } from '@/utils/messaging';
import { extractSnapshot } from '@/utils/studio/extract';
import { pageInfo } from '@/utils/studio/page-kind';
import { OWN_UI_ATTRIBUTE } from '@/utils/studio/page-text';
import type { StudioSnapshot } from '@/utils/studio/types';
import type { Feature } from './runner';
import { publishCapture } from './captures';
import { whenSettled } from './settle';

const QUIET_MS = 800;

export function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(el?.closest(`[${OWN_UI_ATTRIBUTE}]`));
}

/** What makes two reads of a page the same capture (the store dedupes too; this saves the message). */
function sameness(s: StudioSnapshot): string {
  return JSON.stringify([s.url, s.metrics, s.breakdowns, s.videos]);
}

export const capture: Feature = {
  name: 'capture',
  runsOn: (url) => pageInfo(url) !== undefined,
  init(_ctx, signal) {
    let lastSent = '';
    const read = async () => {
      const snapshot = extractSnapshot(document, location.href);
      if (!snapshot) return;
      const key = sameness(snapshot);
      if (key === lastSent) return;
      lastSent = key;
      try {
        const saved = await sendMessage('saveSnapshot', snapshot);
        if (!signal.aborted) publishCapture({ snapshot, saved, at: Date.now() });
      } catch (error) {
        lastSent = '';
        const reason = error instanceof Error ? error.message : String(error);
        console.warn('[Creator Lens] this capture was not saved:', reason);
        if (!signal.aborted) publishCapture({ snapshot, error: reason, at: Date.now() });
      }
    };
    whenSettled({
      root: document.body,
      quietMs: QUIET_MS,
      signal,
      isOwn: isOwnNode,
      isHidden: () => document.hidden,
      onSettled: () => void read(),
    });
  },
};
