// The user's own guard lists, kept in extension storage.
import browser from 'webextension-polyfill';

export interface GuardLists {
  /** Sites the user chose to trust ("Always allow this site"). */
  allow: string[];
  /** Sites the user wants stopped like known scams. */
  block: string[];
}

export const GUARD_KEY = 'guard';

export async function getGuardLists(): Promise<GuardLists> {
  const stored = (await browser.storage.local.get(GUARD_KEY))[GUARD_KEY] as Partial<GuardLists> | undefined;
  return { allow: stored?.allow ?? [], block: stored?.block ?? [] };
}

export async function setGuardLists(lists: GuardLists): Promise<GuardLists> {
  const clean = { allow: normalizeHosts(lists.allow), block: normalizeHosts(lists.block) };
  await browser.storage.local.set({ [GUARD_KEY]: clean });
  return clean;
}

/** A host the user typed ("https://Example.com/x", "www.example.com.") → "example.com". */
export function normalizeHost(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  if (!text) return undefined;
  try {
    const host = new URL(/^[a-z]+:\/\//.test(text) ? text : `http://${text}`).hostname.replace(/\.+$/, '').replace(/^www\./, '');
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/** Sites the user went on to after a caution: not cautioned again (a list match still stops them). */
export const SEEN_KEY = 'guardCautionSeen';

export async function getSeenSites(): Promise<string[]> {
  return ((await browser.storage.local.get(SEEN_KEY))[SEEN_KEY] as string[] | undefined) ?? [];
}

export async function addSeenSite(host: string): Promise<string[]> {
  const next = normalizeHosts([...(await getSeenSites()), host]);
  await browser.storage.local.set({ [SEEN_KEY]: next });
  return next;
}

/** A host one allowance may name: at least two labels (never a bare top-level domain such as com). */
export function isSingleSite(host: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host);
}

function normalizeHosts(list: readonly string[]): string[] {
  return [...new Set(list.map(normalizeHost).filter((h): h is string => Boolean(h)))].sort();
}
