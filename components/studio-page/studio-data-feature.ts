// Feature: the data Studio's own pages load (seen by the observer in the page's world,
// entrypoints/studio-data.content), sent to the background for the signed-in creator, one message
// per page once the page's calls have gone quiet: the responses as received, with who the page says
// is signed in and the videos it shows as theirs. The background reads them (the reader of Studio's
// data does not ship in the content script). On a page that makes no data call it only listens: no
// timer, no work, no message. What it did with what it heard is kept in the tab (page-data-report)
// and answered when asked (`pageStudioData`): nothing more is sent.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onTabMessage, sendMessage } from '@/utils/protocol/messaging';
import { isBackgroundGone, untilAcknowledged } from '@/utils/platform/retry';
import { readContext } from '@/utils/reader/page-context';
import { pageInfo } from '@/utils/reader/page-kinds';
import type { DataCall } from '@/utils/studio-data/data-call-tap';
import { bridgeReceiver } from '@/utils/studio-data/studio-data-bridge';
import { pageResponses } from '@/utils/studio-data/page-responses';
import { addReportNotes, emptyStudioDataReport } from '@/utils/studio-data/page-data-report';
import type { Feature } from './feature-runner';
import { onCapture } from './capture-channel';

/** Studio's pages make their calls in a burst; a batch waits this long after the last one… */
const QUIET_MS = 1500;
/** …and never longer than this after the first. */
const MAX_WAIT_MS = 6000;


let connected = false;
let pending: DataCall[] = [];
let quietTimer: number | undefined;
let firstAt = 0;
const ownVideos = new Set<string>();
let capturedAccount: string | undefined;
const report = emptyStudioDataReport();

function flush(ctx: ContentScriptContext): void {
  clearTimeout(quietTimer);
  quietTimer = undefined;
  const calls = pending;
  pending = [];
  if (!calls.length || !ctx.isValid) return;
  const context = readContext(document);
  for (const id of context?.posts.keys() ?? []) ownVideos.add(id);
  const { page, notes } = pageResponses(calls, { account: context?.account ?? capturedAccount, ownVideos });
  const sent = page?.responses.length ?? 0;
  report.sent += sent;
  report.leftOut += calls.length - sent;
  addReportNotes(report, notes);
  if (!page) return;
  report.messages++;
  untilAcknowledged(() => sendMessage('saveStudioResponses', page), { signal: ctx.signal, isFinal: (error) => !isBackgroundGone(error) }).then(
    (saved) => {
      report.answered++;
      report.kept += saved.saved;
      addReportNotes(report, saved.notes ?? []);
    },
    (error) => {
      const message = error instanceof Error ? error.message : String(error);
      report.failed++;
      addReportNotes(report, [`not saved: ${message}`]);
      if (!ctx.signal.aborted) console.warn('[Creator Lens] Studio data was not saved:', message);
    },
  );
}

function received(ctx: ContentScriptContext, call: DataCall): void {
  if (!pending.length) firstAt = Date.now();
  pending.push(call);
  report.heard++;
  clearTimeout(quietTimer);
  const wait = Math.max(0, Math.min(QUIET_MS, firstAt + MAX_WAIT_MS - Date.now()));
  quietTimer = ctx.setTimeout(() => flush(ctx), wait);
}

export const studioData: Feature = {
  name: 'studio-data',
  runsOn: (url) => pageInfo(url) !== undefined,
  init(ctx, signal) {
    const videoId = pageInfo(location.href)?.videoId;
    if (videoId) ownVideos.add(videoId);
    onCapture((outcome) => {
      if (outcome.snapshot.account) capturedAccount = outcome.snapshot.account;
    }, signal);
    // What this page received goes out before the next page's calls start a batch of their own.
    signal.addEventListener('abort', () => flush(ctx));
    if (connected) return;
    connected = true;
    // A tab closed (or left) before the calls went quiet still sends what it received.
    ctx.addEventListener(window, 'pagehide', () => flush(ctx));
    // The notes say why anything was left out (no console line: the page report is where to look).
    const stop = onTabMessage('pageStudioData', () => ({ ...report, waiting: pending.length }));
    ctx.onInvalidated(stop);
    bridgeReceiver(document, (call) => received(ctx, call), {
      signal: ctx.signal,
      uuid: crypto.randomUUID(),
      loadedAt: performance.timeOrigin,
      onRefused: () => void report.refused++,
    });
  },
};
