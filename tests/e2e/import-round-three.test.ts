// Issue 36 in real Chromium, the import side: a hostile XLSX that hung the dashboard for over a
// minute ("Loading…", the file input disabled) is refused at once with a reason (finding 6), and a
// profile whose database the last released version (3) wrote keeps its data when the current
// extension loads over it as an update, upgraded to version 4 (the probe saw version 3 kept).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION } from '../../utils/history/database';
import { workbookWithPart } from '../fixtures/studio-export/build';
import { EXTENSION_DIR, eventually, launchExtension, openExtensionPage, type Extension } from '../support/chromium';

const cleanup: Array<() => void> = [];
let ext: Extension | undefined;
afterAll(async () => {
  await ext?.close();
  for (const clean of cleanup) clean();
});

describe('finding 6: a hostile XLSX in the dashboard', () => {
  it('a sheet whose <row> repeats 2,000,000 times is refused within seconds, and the file input works again', async () => {
    ext = await launchExtension();
    const page = await openExtensionPage(ext, 'dashboard.html');
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>${'<row>'.repeat(2_000_000)}</sheetData></worksheet>`;
    const started = Date.now();
    await page.getByTestId('studio-files').setInputFiles({ name: 'Overview.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(workbookWithPart('xl/worksheets/sheet1.xml', sheet)) });
    const refusal = page.getByTestId('studio-preview').getByRole('alert');
    await refusal.waitFor({ timeout: 15_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await refusal.textContent()).toBe('Overview.xlsx: a <row> is never closed, so the file is damaged; it was not read');
    expect(await page.getByTestId('studio-files').isEnabled()).toBe(true);
    expect(await page.getByTestId('studio-progress').count()).toBe(0);
    await ext.close();
    ext = undefined;
  }, 60_000);
});

/** The stores and indexes the upgrade steps 1–3 made, and one record of each kind, as version 3 wrote them. */
function writeVersion3Store(records: { snapshot: object; point: object; day: object }) {
  return new Promise<number>((resolve, reject) => {
    const request = indexedDB.open('creator-lens', 3);
    request.onupgradeneeded = () => {
      const db = request.result;
      const snapshots = db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
      snapshots.createIndex('byScope', ['scope', 'capturedAt']);
      snapshots.createIndex('byAccount', ['account', 'capturedAt']);
      snapshots.createIndex('byCapturedAt', 'capturedAt');
      const points = db.createObjectStore('points', { keyPath: 'id', autoIncrement: true });
      points.createIndex('bySeries', ['account', 'videoId', 'metric', 'range', 'capturedAt']);
      db.createObjectStore('videos', { keyPath: ['account', 'videoId'] }).createIndex('byAccount', 'account');
      const daily = db.createObjectStore('daily', { keyPath: ['account', 'metric', 'date'] });
      db.createObjectStore('activity', { keyPath: ['account', 'date', 'hour'] });
      db.createObjectStore('audience', { keyPath: ['account', 'takenAt'] });
      snapshots.add(records.snapshot);
      points.add(records.point);
      daily.add(records.day);
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
    request.onerror = () => reject(request.error);
  });
}

/** The database's version as the browser holds it, opened without asking for one. */
function storedVersion(name: string) {
  return new Promise<number>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
    request.onerror = () => reject(request.error);
  });
}

/** What each store holds (the value of each record), read straight from IndexedDB. */
function readStores(name: string) {
  return new Promise<Record<string, number[]>>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const db = request.result;
      const names = ['snapshots', 'points', 'daily', 'journal', 'journalUndo'];
      const tx = db.transaction(names, 'readonly');
      const out: Record<string, number[]> = {};
      for (const store of names) {
        const all = tx.objectStore(store).getAll();
        all.onsuccess = () => (out[store] = all.result.map((r: { value?: number; metrics?: { followers: number } }) => r.value ?? r.metrics?.followers ?? 0));
      }
      tx.oncomplete = () => {
        db.close();
        resolve(out);
      };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
}

describe('the database upgrade from the last released version', () => {
  it('version 3 data is kept, and the store upgraded to version 4 with the write journal, when the current extension loads over it', async () => {
    // One extension folder for both: Chromium names an unpacked extension by its path, so the
    // database written first belongs to the extension loaded second.
    const dir = mkdtempSync(join(tmpdir(), 'creator-lens-upgrade-ext-'));
    const profile = mkdtempSync(join(tmpdir(), 'creator-lens-upgrade-profile-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }), () => rmSync(profile, { recursive: true, force: true }));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    const manifestPath = join(dir, 'manifest.json');
    const manifest = readFileSync(manifestPath, 'utf8');
    // First the previous version's store, with a background that does nothing, so nothing of the
    // current version touches the database before the upgrade is due.
    // An earlier version number, so loading the current one is an update, as from the store.
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(manifest), version: '0.0.1', background: { service_worker: 'stand-in.js' } }));
    writeFileSync(join(dir, 'stand-in.js'), '');
    writeFileSync(join(dir, 'blank.html'), '<!doctype html><title>version 3</title>');
    const capturedAt = Date.UTC(2025, 4, 1, 12);
    const records = {
      snapshot: { page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', account: 'maya.bakes', range: { days: 7 }, metrics: { followers: 1200 }, scope: 'maya.bakes|account-followers||7d', capturedAt, lastSeenAt: capturedAt },
      point: { snapshotId: 1, account: 'maya.bakes', videoId: '', metric: 'followers', range: '7d', capturedAt, value: 1200 },
      day: { account: 'maya.bakes', metric: 'videoViews', date: '2025-04-30', value: 321, source: 'studio-export', file: 'Overview.csv', exportedAt: capturedAt, importedAt: capturedAt },
    };
    const previous = await launchExtension({ extensionDir: dir, userDataDir: profile });
    const blank = await openExtensionPage(previous, 'blank.html');
    expect(await blank.evaluate(writeVersion3Store, records)).toBe(3);
    await previous.close({ keepProfile: true });

    writeFileSync(manifestPath, manifest);
    ext = await launchExtension({ extensionDir: dir, userDataDir: profile });
    // The background upgrades the store as it starts; read it as any extension page can.
    const page = await openExtensionPage(ext, 'blank.html');
    await eventually(async () => (await page.evaluate(storedVersion, DB_NAME)) === DB_VERSION);
    expect(await page.evaluate(readStores, DB_NAME)).toEqual({ snapshots: [1200], points: [1200], daily: [321], journal: [], journalUndo: [] });
  }, 90_000);
});

