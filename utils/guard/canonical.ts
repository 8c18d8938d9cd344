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
  // Hosts can arrive percent-escaped more than once (%2577 → %77 → w); URL would refuse them.
  text = text.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i, (_all, scheme: string, authority: string) => scheme + unescapeRepeatedly(authority));
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '');
  if (!host) return undefined;
  return { host, path: unescapeRepeatedly(url.pathname).replace(/\/{2,}/g, '/').toLowerCase(), isIp: /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[') };
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
