// The shipped scam list and the free-hosting platforms: plain data, no public-suffix library,
// so the background can build its rules without carrying tldts.
import scamList from '../../assets/guard/scam-list.json';

export interface ScamListEntry {
  domain: string;
  /** Only this path prefix, on hosts where other pages are fine. */
  path?: string;
  kind: string;
  source: string;
}

export const SCAM_LIST: readonly ScamListEntry[] = scamList.entries;

/** Platforms where anyone can publish: one bad page says nothing about the platform. */
export const FREE_HOSTING: ReadonlySet<string> = new Set([
  'github.io', 'vercel.app', 'pages.dev', 'netlify.app', 'web.app', 'firebaseapp.com', 'edgeone.app',
  'azureedge.net', 'glitch.me', 'wixsite.com', 'weebly.com', 'blogspot.com', 'onrender.com', 'herokuapp.com',
]);
