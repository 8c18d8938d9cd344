// The address a redirect rule put after '#' on the warning page, read once. The same parse gives
// the verdict's input, the place "Proceed" goes to and the host "Proceed once" / "Always allow"
// let through: they can never disagree (a crafted escape cannot show one host and allow another).
import { canonicalize } from './canonical-url';

export type BlockedTarget =
  | { ok: true; /** What the browser will load when the user proceeds. */ href: string; /** The host to judge and to allow. */ host: string }
  | { ok: false; /** The fragment as received, for display only. */ raw: string };

/** Only web pages are ever proceeded to; other schemes (ftp:, data:, javascript:, file:) never. */
const WEB = new Set(['http:', 'https:']);

/**
 * Reads the fragment of the warning page. The redirect rules copy the navigated URL verbatim; a
 * browser may percent-escape it once more, so one decoding is tried when the verbatim text is
 * not a web URL. Anything unreadable is reported, never thrown.
 */
export function readBlockedTarget(hash: string): BlockedTarget {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const candidate of [raw, decodeOnce(raw)]) {
    const target = candidate === undefined ? undefined : webTarget(candidate);
    if (target) return target;
  }
  return { ok: false, raw: decodeOnce(raw) ?? raw };
}

/** The host a proceed/allow request for this URL may let through, or undefined if none may be. */
export function proceedHost(href: string): string | undefined {
  const target = webTarget(href);
  return target?.host;
}

function webTarget(text: string): Extract<BlockedTarget, { ok: true }> | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (!WEB.has(url.protocol)) return undefined;
  const canonical = canonicalize(url.href);
  return canonical ? { ok: true, href: url.href, host: canonical.host } : undefined;
}

function decodeOnce(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
