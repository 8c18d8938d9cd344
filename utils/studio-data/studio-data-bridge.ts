// The hand-off between the observer in the page's own world (entrypoints/studio-data.content) and
// the content script (components/studio-page/studio-data-feature.ts): DOM events on the document,
// the one thing both worlds share. The content script names a channel for this page load and says
// hello on a fixed event; the observer holds what arrived before that and then sends each response
// on the channel, as one JSON string (a string crosses the worlds alike in Chrome and Firefox).
// The page can read and write these events too: the content script trusts nothing in them but
// their shape, and what it sends on is only what the reader and the checks after it accept.
import { MAX_BODY_CHARS, type DataCall } from './data-call-tap';
// From the call recogniser, not the contract: the contract loads the readers, which would ship into
// the page's world with this file.
import { isStudioDataUrl } from './studio-data-call';

export const BRIDGE_HELLO_EVENT = 'creator-lens:studio-data-hello';
const CHANNEL = /^creator-lens:studio-data:[0-9a-f-]{36}$/;
/** Responses the observer holds until the content script says hello (Studio's pages make a handful). */
export const MAX_HELD = 32;
const MAX_URL_CHARS = 8192;

export const channelName = (uuid: string) => `creator-lens:studio-data:${uuid}`;

/** The page's world: a deliver function for the tap, sending on the content script's channel once it is named. */
export function bridgeSender(doc: Document): (call: DataCall) => void {
  // Taken now, at document_start, before any page script could replace them.
  const Custom = CustomEvent;
  const stringify = JSON.stringify;
  let channel: string | undefined;
  const held: string[] = [];
  const send = (text: string) => channel && doc.dispatchEvent(new Custom(channel, { detail: text }));
  doc.addEventListener(BRIDGE_HELLO_EVENT, (event) => {
    const named = (event as CustomEvent<unknown>).detail;
    if (typeof named !== 'string' || !CHANNEL.test(named)) return;
    channel = named;
    held.splice(0).forEach(send);
  });
  return (call) => {
    const text = stringify([call.url, call.receivedAt, call.body]);
    if (channel) send(text);
    else if (held.length < MAX_HELD) held.push(text);
  };
}

/** The content script's side: names this load's channel, says hello, and hands on each well-formed message (`onRefused` hears of each other one). */
export function bridgeReceiver(
  doc: Document,
  onCall: (call: DataCall) => void,
  options: { signal: AbortSignal; uuid: string; loadedAt: number; onRefused?: () => void },
): void {
  const channel = channelName(options.uuid);
  doc.addEventListener(
    channel,
    (event) => {
      const call = decodeBridgeMessage((event as CustomEvent<unknown>).detail, { earliest: options.loadedAt, latest: Date.now() });
      if (call) onCall(call);
      else options.onRefused?.();
    },
    { signal: options.signal },
  );
  doc.dispatchEvent(new CustomEvent(BRIDGE_HELLO_EVENT, { detail: channel }));
}

/**
 * A message as the observer sends it, or undefined: a JSON array [url, receivedAt, body] with a URL
 * of a Studio data call the reader knows, a moment between the page's load and now (a second's
 * slack each way), and a body of text within bounds. Anything else is dropped unread.
 */
export function decodeBridgeMessage(detail: unknown, bounds: { earliest: number; latest: number }): DataCall | undefined {
  if (typeof detail !== 'string' || detail.length > MAX_BODY_CHARS + MAX_URL_CHARS + 64) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return undefined;
  const [url, receivedAt, body] = parsed as unknown[];
  if (typeof url !== 'string' || url.length > MAX_URL_CHARS || !isStudioDataUrl(url)) return undefined;
  if (typeof receivedAt !== 'number' || !Number.isFinite(receivedAt) || receivedAt < bounds.earliest - 1000 || receivedAt > bounds.latest + 1000) return undefined;
  if (typeof body !== 'string' || body.length > MAX_BODY_CHARS) return undefined;
  return { url, body, receivedAt };
}
