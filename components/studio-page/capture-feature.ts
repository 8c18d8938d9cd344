// Feature: read the analytics page once its numbers have settled and store the snapshot.
import { sendMessage } from '@/utils/protocol/messaging';
import { untilAcknowledged } from '@/utils/platform/retry';
import { readPage, type PageAnchors } from '@/utils/reader/read-page';
import { pageInfo } from '@/utils/reader/page-kinds';
import { OWN_UI_ATTRIBUTE } from '@/utils/reader/page-text';
import type { StudioSnapshot } from '@/utils/reader/snapshot';
import type { Feature } from './feature-runner';
import { publishCapture, publishRead } from './capture-channel';
import { whenSettled } from '@/utils/page-features/settle';

const QUIET_MS = 800;

export function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(el?.closest(`[${OWN_UI_ATTRIBUTE}]`));
}

/** What makes two reads of a page the same capture (the store dedupes too; this saves the message). */
function sameness(s: StudioSnapshot): string {
  return JSON.stringify([s.url, s.metrics, s.breakdowns, s.videos]);
}

/** The store refuses a snapshot that fails validation: sending it again cannot help. */
const isRefusal = (error: unknown) => error instanceof Error && error.message.includes('Snapshot rejected');

let saving: Promise<void> = Promise.resolve();

async function store(snapshot: StudioSnapshot, anchors: PageAnchors, lifetime: AbortSignal, page: AbortSignal): Promise<void> {
  let shownUnsaved = false;
  try {
    // The page's language tag (en-GB, zh-TW): the background writes the badges' dates and numbers in it.
    const locale = document.documentElement.lang || undefined;
    const badges = await untilAcknowledged(() => sendMessage('capturePage', { snapshot, locale }), {
      signal: lifetime,
      isFinal: isRefusal,
      onRetry(error) {
        // Until it is stored the page says so, once; it never claims "saved" early.
        if (shownUnsaved || page.aborted) return;
        shownUnsaved = true;
        console.warn('[Creator Lens] this capture is not saved yet, retrying:', reasonOf(error));
        publishCapture({ snapshot, anchors, error: `${reasonOf(error)} (retrying)`, at: Date.now() });
      },
    });
    if (!page.aborted) publishCapture({ snapshot, anchors, badges, at: Date.now() });
  } catch (error) {
    if (lifetime.aborted) return;
    console.warn('[Creator Lens] this capture was not saved:', reasonOf(error));
    if (!page.aborted) publishCapture({ snapshot, anchors, error: reasonOf(error), at: Date.now() });
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const capture: Feature = {
  name: 'capture',
  runsOn: (url) => pageInfo(url) !== undefined,
  init(ctx, signal) {
    let lastSent = '';
    const read = () => {
      const { snapshot, anchors, unread, crash } = readPage(document, location.href);
      const info = pageInfo(location.href);
      if (info) publishRead({ url: location.href, page: info.page, unread, crash });
      if (!snapshot) return;
      const key = sameness(snapshot);
      if (key === lastSent) return;
      lastSent = key;
      // Captures are stored in the order they were read, each one until the store acknowledges
      // it. The retries outlive an in-page navigation (the feature's signal) and stop only when
      // the extension itself is gone (the content script's context).
      saving = saving.then(() => store(snapshot, anchors, ctx.signal, signal));
    };
    whenSettled({
      // The document, not its body: a page that calls document.open() gets a new body.
      root: document,
      quietMs: QUIET_MS,
      signal,
      isOwn: isOwnNode,
      isHidden: () => document.hidden,
      onSettled: read,
    });
  },
};
