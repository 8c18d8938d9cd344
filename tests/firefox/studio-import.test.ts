// Importing TikTok Studio's Download data in Firefox: the reader's worker, Firefox's own Intl
// month names (a Russian export) and XLSX workbooks inside the zips, through the dashboard.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../utils/platform/days';
import { businessFiles, exportZips, makeModel } from '../fixtures/studio-export/build';
import { launchFirefox, openExtensionPage, type FirefoxExtension } from '../support/firefox';
import { storedAccountsInPage } from '../support/store-peek';

let ext: FirefoxExtension;
const dir = mkdtempSync(join(tmpdir(), 'studio-import-'));
beforeAll(async () => {
  ext = await launchFirefox();
});
afterAll(async () => {
  await ext?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Import from TikTok Studio in Firefox', () => {
  it('reads Russian XLSX zips in the worker, says what a file left out, and saves the days', async () => {
    const model = makeModel({ exportDay: localDate(Date.now()), days: 120, seed: 5, account: 'fox.sheets' });
    const paths = exportZips(model, 'ru', 'xlsx').map(({ name, data }) => {
      writeFileSync(join(dir, name), data);
      return join(dir, name);
    });
    writeFileSync(join(dir, 'FollowerHistory.csv'), businessFiles(model)[2].data);
    const page = await openExtensionPage(ext, 'dashboard.html');
    const input = (await page.waitForSelector('[data-testid="studio-files"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(...paths, join(dir, 'FollowerHistory.csv'));
    const summary = await page.waitForSelector('[data-testid="studio-summary"]');
    expect(await summary!.evaluate((e) => e.textContent)).toContain('119 ');
    const notes = await page.waitForSelector('[data-testid="studio-notes"]');
    expect(await notes!.evaluate((e) => e.textContent)).toContain('FollowerHistory.csv: no values in this file (its cells say --)');
    await (await page.waitForSelector('[data-testid="studio-save"]'))!.click();
    await page.waitForSelector('[data-testid="studio-message"]');
    const accounts = await page.evaluate(storedAccountsInPage);
    expect(accounts.find((a) => a.account === 'fox.sheets')?.importedDays).toBe(119);
    await page.close();
  });
});
