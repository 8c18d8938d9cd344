// URL canonicalisation as Google Safe Browsing describes it (urls-hashing): drop tab/CR/LF and the
// fragment, unescape the host, lowercase, strip and collapse dots, normalise numeric IPv4 forms,
// IDN to punycode, no userinfo or port. WHATWG URL does most of it; the rest is done here.

export interface CanonicalUrl {
  /** Lowercase ASCII host, no trailing dot, no port or userinfo. */
  host: string;
  /** Path, fully percent-unescaped and lowercased, for keyword and template checks. */
  path: string;
  isIp: boolean;
}

const MAX_UNESCAPE_ROUNDS = 5;

// Already canonical: lowercase ASCII host, no userinfo, port, escapes or odd dots. Most URLs a
// browser navigates to look like this, and need no URL parser.
const SIMPLE = /^https?:\/\/((?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*)(\/[^%#?]*)?(?:[?#]|$)/;

export function canonicalize(input: string): CanonicalUrl | undefined {
  if (typeof input !== 'string') return undefined;
  const simple = SIMPLE.exec(input);
  if (simple && !simple[1].includes('xn--')) return { host: simple[1], path: (simple[2] || '/').replace(/\/{2,}/g, '/').toLowerCase(), isIp: false };
  let text = input.replace(/[\t\r\n]/g, '').trim();
  if (!text) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `http://${text}`;
  const url = parseUrl(text) ?? parseUrl(unescapeHost(text));
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  const host = url.hostname.replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '');
  if (!host) return undefined;
  return { host, path: unescapeRepeatedly(url.pathname).replace(/\/{2,}/g, '/').toLowerCase(), isIp: /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[') };
}

/** The URL exactly as the browser would read it, or undefined. */
function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

// Where an http(s) authority ends and where its userinfo stops, as the browser's parser sees it
// (a backslash ends it too).
const AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#\\]*)/i;

/**
 * Hosts can arrive percent-escaped more than once (%2577 → %77 → w), which the browser refuses.
 * Only the host is unescaped, after userinfo and port are split off the way the browser splits
 * them: an escaped '@' or '/' must never move where the host starts or ends (one parse, one
 * truth: the host that is judged is the host the browser would load).
 */
function unescapeHost(text: string): string {
  return text.replace(AUTHORITY, (all, scheme: string, authority: string) => {
    const at = authority.lastIndexOf('@');
    const hostPort = authority.slice(at + 1);
    const port = /:\d*$/.exec(hostPort)?.[0] ?? '';
    const host = unescapeRepeatedly(hostPort.slice(0, hostPort.length - port.length));
    // A delimiter that appears only after unescaping is not part of any host the browser loads.
    if (/[/?#@\\:\s]/.test(host)) return all;
    return scheme + host + port;
  });
}

function unescapeRepeatedly(text: string): string {
  let current = text;
  for (let i = 0; i < MAX_UNESCAPE_ROUNDS; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      break;
    }
    if (next === current) break;
    current = next;
  }
  return current;
}
