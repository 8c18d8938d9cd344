// Reads of the store for browser tests, run inside one of the extension's pages with
// `page.evaluate(fn, arg)` (Playwright and Puppeteer alike): they open the background's own
// IndexedDB database (an extension page shares its origin), so no message exists only for tests.
// Each function stands alone: the browser receives its source, not its closure.
import type { SnapshotRecord } from '@/utils/history/records';

/** The newest five captures of one scope, newest first (as the store keeps a scope's history). */
export const scopeHistoryInPage = async (scope: string): Promise<SnapshotRecord[]> => {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('creator-lens');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const request = db.transaction('snapshots').objectStore('snapshots').index('byScope').getAll(IDBKeyRange.bound([scope, -Infinity], [scope, Infinity]));
  const records = await new Promise<SnapshotRecord[]>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return records.reverse().slice(0, 5);
};

/** One account-level metric's captured points over one range, oldest first. */
export const capturedSeriesInPage = async (query: { account: string; metric: string; range: string }): Promise<Array<{ t: number; v: number; rounded?: true }>> => {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('creator-lens');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const prefix = [query.account, '', query.metric, query.range];
  const request = db.transaction('points').objectStore('points').index('bySeries').getAll(IDBKeyRange.bound([...prefix, -Infinity], [...prefix, Infinity]));
  const points = await new Promise<Array<{ capturedAt: number; value: number; rounded?: true }>>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return points.map((p) => (p.rounded ? { t: p.capturedAt, v: p.value, rounded: true as const } : { t: p.capturedAt, v: p.value }));
};

/** Every account the store knows (captured or imported), with how many days were imported for it. */
export const storedAccountsInPage = async (): Promise<Array<{ account: string; importedDays?: number }>> => {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('creator-lens');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction(['snapshots', 'daily']);
  const captured = new Set<string>();
  await new Promise<void>((resolve, reject) => {
    const cursor = tx.objectStore('snapshots').index('byAccount').openKeyCursor();
    cursor.onsuccess = () => {
      if (!cursor.result) return resolve();
      captured.add((cursor.result.key as [string, number])[0]);
      cursor.result.continue();
    };
    cursor.onerror = () => reject(cursor.error);
  });
  const dailyKeys = tx.objectStore('daily').getAllKeys();
  const daily = await new Promise<IDBValidKey[]>((resolve, reject) => {
    dailyKeys.onsuccess = () => resolve(dailyKeys.result);
    dailyKeys.onerror = () => reject(dailyKeys.error);
  });
  db.close();
  const days = new Map<string, Set<string>>();
  for (const [account, , date] of daily as Array<[string, string, string]>) days.set(account, (days.get(account) ?? new Set()).add(date));
  const accounts = new Set([...captured, ...days.keys()]);
  return [...accounts].map((account) => (days.has(account) ? { account, importedDays: days.get(account)!.size } : { account }));
};
