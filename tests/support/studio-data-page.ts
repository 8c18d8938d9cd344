// A Studio page whose own script calls Studio's data endpoints (fetch and XMLHttpRequest) and writes
// what came back into the page, with the responses those calls get: the fixtures of
// tests/fixtures/studio-data, answered at the request URLs their .meta.json names. The Chromium
// (tests/e2e) and Firefox (tests/firefox) suites drive it alike.
import { fixture } from './guard-expectations';
import { studioDataBatch } from '../../utils/studio-data/studio-data-batch';
import type { StudioDataBatch, StudioPageResponses } from '../../utils/studio-data/studio-data-contract';

export const STUDIO_DATA_ACCOUNT = 'maya.bakes';
export const OWN_VIDEO = '7500000000000000001';
export const OTHER_VIDEO = '7500000000000000999';

/** A response fixture and the request URL its .meta.json names (read by path: the bench runs this outside vitest, where __dirname is not defined). */
const response = (name: string) => ({
  body: JSON.parse(fixture(`studio-data/${name}.json`)) as Record<string, unknown>,
  url: (JSON.parse(fixture(`studio-data/${name}.meta.json`)) as { requestUrl: string }).requestUrl,
});
const overview = response('v2-account-overview-7d-16days.shaped');
const followers = response('v2-follower-history-60d-122days.real-values');
const retention = response('v2-video-retention.shaped');

/** The page's own request, as Studio writes it: a path and query on its own origin. */
const relative = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};

/** The data calls the pages make, as they write them (path and query). */
export const DATA_CALLS = { overview: relative(overview.url), followers: relative(followers.url), retention: relative(retention.url) } as const;

/**
 * When the responses say they were made (their extra.now): this run's start. The reader dates a
 * response's days from that moment and refuses one more than a day away from its arrival.
 */
export const SERVED_AT = Date.now();
const madeNow = (body: Record<string, unknown>) => JSON.stringify({ ...body, extra: { ...(body.extra as object), now: SERVED_AT } });

/** Request path+query → response body, for every data call the pages below make. */
const RESPONSES = new Map<string, string>([
  [DATA_CALLS.overview, madeNow(overview.body)],
  [DATA_CALLS.followers, madeNow(followers.body)],
  [DATA_CALLS.retention, madeNow(retention.body)],
]);

/** The JSON answer to one of the pages' data calls, or undefined for any other URL. */
export function studioDataResponse(url: URL): string | undefined {
  return url.pathname.startsWith('/aweme/') || url.pathname.startsWith('/tiktok/') ? RESPONSES.get(`${url.pathname}${url.search}`) : undefined;
}

export interface StudioDataVisit {
  url: string;
  /** Path without query: what the test site serves the page at. */
  path: string;
  html: string;
}

function page(calls: { fetch: string[]; xhr: string[] }, account: string | null): string {
  const context = account ? `<script id="__Creator_Center_Context__" type="application/json">{"commonAppContext":{"user":{"uniqueId":"${account}"}}}</script>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TikTok Studio</title>${context}</head>
<body><main><h1>Analytics</h1><pre id="fetched"></pre><pre id="xhr"></pre><p id="checks"></p></main>
<script>
(async () => {
  const fetched = [];
  for (const url of ${JSON.stringify(calls.fetch)}) {
    const response = await fetch(url, { credentials: 'include' });
    fetched.push(response.status + ' ' + (await response.text()));
  }
  document.getElementById('fetched').textContent = fetched.join('\\n');
  const xhr = await Promise.all(${JSON.stringify(calls.xhr)}.map((url) => new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('GET', url);
    request.onload = () => resolve(request.status + ' ' + request.responseText);
    request.send();
  })));
  document.getElementById('xhr').textContent = xhr.join('\\n');
  // What a page script can tell of its fetch and XMLHttpRequest.
  document.getElementById('checks').textContent = [
    /\\[native code\\]/.test(String(fetch)), fetch.name, fetch.length, 'prototype' in fetch,
    /\\[native code\\]/.test(String(XMLHttpRequest.prototype.open)), new XMLHttpRequest() instanceof XMLHttpRequest,
  ].join(' ');
  document.body.dataset.done = 'yes';
})();
</script></body></html>`;
}

/** The account overview: its days by fetch, the follower history by XMLHttpRequest. */
export const accountVisit: StudioDataVisit = {
  url: 'https://www.tiktok.com/tiktokstudio/analytics?dateRange=%7B%22type%22%3A%22fixed%22%2C%22pastDay%22%3A7%7D',
  path: '/tiktokstudio/analytics',
  html: page({ fetch: [DATA_CALLS.overview], xhr: [DATA_CALLS.followers] }, STUDIO_DATA_ACCOUNT),
};

/** A video's page: its retention curve (the response is about this very video). */
export const ownVideoVisit: StudioDataVisit = {
  url: `https://www.tiktok.com/tiktokstudio/analytics/${OWN_VIDEO}`,
  path: `/tiktokstudio/analytics/${OWN_VIDEO}`,
  html: page({ fetch: [DATA_CALLS.retention], xhr: [] }, STUDIO_DATA_ACCOUNT),
};

/** Another video's page asking for a curve of a video the page does not show: nothing may be sent. */
export const otherVideoVisit: StudioDataVisit = {
  url: `https://www.tiktok.com/tiktokstudio/analytics/${OTHER_VIDEO}`,
  path: `/tiktokstudio/analytics/${OTHER_VIDEO}`,
  html: page({ fetch: [DATA_CALLS.retention], xhr: [] }, STUDIO_DATA_ACCOUNT),
};

/** The account overview with no signed-in account on the page: nothing may be sent. */
export const noAccountVisit: StudioDataVisit = {
  url: 'https://www.tiktok.com/tiktokstudio/analytics/followers',
  path: '/tiktokstudio/analytics/followers',
  html: page({ fetch: [DATA_CALLS.overview], xhr: [] }, null),
};

export const VISITS = [accountVisit, ownVideoVisit, otherVideoVisit, noAccountVisit];

/** The test site: the pages above and their data calls (JSON), nothing else. */
export function studioDataSite(url: URL): { contentType: string; body: string } | undefined {
  const json = studioDataResponse(url);
  if (json !== undefined) return { contentType: 'application/json; charset=utf-8', body: json };
  const visit = VISITS.find((v) => v.path === url.pathname);
  return visit && { contentType: 'text/html; charset=utf-8', body: visit.html };
}

/** The local day (UTC+7: the fixtures ask with tz_offset=25200) `days` from SERVED_AT's. */
const bangkokDay = (days: number) => new Date(SERVED_AT + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/**
 * What the values must be once sent, written by hand from the fixtures' numbers and notes (as the
 * reader's own tests read them), with "today" moved to SERVED_AT: the 7-day overview's 16 daily
 * entries end yesterday (end_days=1, the last not final), so its first (331) is today − 16, its
 * tenth (374) today − 7, its last final one (38) today − 2; the real 122-day follower history's
 * first (25590) is today − 122, its 32nd (26339) today − 91 and its 62nd (27083) today − 61.
 */
export const EXPECTED = {
  videoViews: { [bangkokDay(-16)]: 331, [bangkokDay(-7)]: 374, [bangkokDay(-2)]: 38 },
  followers: { [bangkokDay(-122)]: 25590, [bangkokDay(-91)]: 26339, [bangkokDay(-61)]: 27083 },
  retention: [[0, 100], [1, 50], [2, 27], [3, 18], [4, 15], [5, 13]],
} as const;

/**
 * For an extension page: keeps every saveStudioResponses message a content script sends (runtime
 * messages reach every extension page as well as the background), in `globalThis.studioDataSeen`.
 */
export function listenForStudioData(): void {
  const g = globalThis as unknown as {
    studioDataSeen?: unknown[];
    chrome?: { runtime: { onMessage: { addListener(l: (m: unknown) => void): void } } };
    browser?: { runtime: { onMessage: { addListener(l: (m: unknown) => void): void } } };
  };
  if (g.studioDataSeen) return;
  g.studioDataSeen = [];
  const runtime = (g.browser ?? g.chrome)!.runtime;
  // Returns nothing: the background's answer is the one the sender gets.
  runtime.onMessage.addListener((message) => {
    const m = message as { type?: string; data?: unknown };
    if (m?.type === 'saveStudioResponses') g.studioDataSeen!.push(m.data);
  });
}

export function studioDataSeen(): unknown[] {
  return (globalThis as unknown as { studioDataSeen?: unknown[] }).studioDataSeen ?? [];
}

/**
 * What the background keeps of the pages' messages (studioDataSeen): each read as the background
 * reads it, the ones it keeps nothing of (another account's video only) left out.
 */
export function keptOf(messages: unknown[]): StudioDataBatch[] {
  return (messages as StudioPageResponses[]).flatMap((page) => studioDataBatch(page.responses, { account: page.account, ownVideos: new Set(page.ownVideos) }).batch ?? []);
}
