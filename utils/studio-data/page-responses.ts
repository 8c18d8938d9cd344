// What the content script sends of the responses a Studio page received: one message per page, for
// the signed-in creator, the responses as received (parsed, not read). The background reads them
// (studio-data-batch.ts): the reader of Studio's data stays out of the content script. Pure: the
// caller says who is signed in and which videos are theirs. Loads no reader: it ships in the
// content script.
import type { DataCall } from './data-call-tap';
import type { StudioPageResponses, StudioResponse } from './studio-data-contract';

/** Who the page is signed in as, and the videos the page itself says are theirs. */
export interface PageOwner {
  /** The creator's handle from the page (its embedded context, or the capture of its text). */
  account?: string;
  /** Video ids the page shows as the creator's: the video page's own id, the posts the page lists. */
  ownVideos: ReadonlySet<string>;
}

/** What one page's message may hold; the background refuses a message past them. */
export const PAGE_BOUNDS = {
  /** Responses (Studio's pages make a handful). */
  responses: 64,
  /** Characters of the responses' bodies as received (a year of days is a few kilobytes). */
  bodyChars: 16_000_000,
  /** Video ids the page showed as the creator's (the newest kept). */
  ownVideos: 10_000,
} as const;

const HANDLE = /^[A-Za-z0-9_.]{2,24}$/;
export const VIDEO_ID = /^\d{1,25}$/;

/** A handle a signed-in page can show (letters, digits, `_` and `.`, 2–24 of them). */
export const isPageHandle = (account: unknown): account is string => typeof account === 'string' && HANDLE.test(account);

export interface PageResponsesOutcome {
  page?: StudioPageResponses;
  /** Why something was left out. */
  notes: string[];
}

export function pageResponses(calls: readonly DataCall[], owner: PageOwner): PageResponsesOutcome {
  const notes: string[] = [];
  if (!calls.length) return { notes };
  if (!isPageHandle(owner.account)) return { notes: ['no signed-in account on the page: nothing sent'] };
  const responses: StudioResponse[] = [];
  // Studio asks the same thing more than once on a page; one copy of each answer is enough.
  const answered = new Set<string>();
  let chars = 0;
  let over = 0;
  for (const call of calls) {
    const key = `${call.url}\n${call.body}`;
    if (answered.has(key)) continue;
    answered.add(key);
    if (responses.length === PAGE_BOUNDS.responses || chars + call.body.length > PAGE_BOUNDS.bodyChars) {
      over++;
      continue;
    }
    let body: unknown;
    try {
      body = JSON.parse(call.body);
    } catch {
      notes.push(`not JSON: ${call.url.slice(0, 80)}`);
      continue;
    }
    chars += call.body.length;
    responses.push({ url: call.url, receivedAt: call.receivedAt, body });
  }
  if (over) notes.push(`left out ${over} response(s) past one message's bounds`);
  if (!responses.length) return { notes };
  const ownVideos = [...owner.ownVideos].filter((id) => VIDEO_ID.test(id)).slice(-PAGE_BOUNDS.ownVideos);
  return { page: { account: owner.account, ownVideos, responses }, notes };
}
