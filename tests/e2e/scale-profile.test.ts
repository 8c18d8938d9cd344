// A creator at real scale in real Chromium (issue 34): the scale profile (1,000 videos, three years
// of Studio's exact days, a year of captures, a 365-day export) loaded through the extension's
// own messages (a backup restore, saveStudioData, the import in pieces), then the popup and the
// dashboard opened on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, launchExtension, openExtensionPage, type Extension } from '../support/chromium';
import { scaleProfile } from '../support/scale-profile';
import { seedScaleProfile } from '../support/scale-seed';

let ext: Extension;
const profile = scaleProfile({ now: Date.now() - 3_600_000 });

beforeAll(async () => {
  ext = await launchExtension();
  const page = await openExtensionPage(ext, 'popup.html');
  await seedScaleProfile(page, profile);
  await page.close();
}, 600_000);
afterAll(async () => {
  await ext?.close();
});

const drawn = (page: import('playwright-core').Page) => page.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0, undefined, { timeout: 30_000 });

describe('a creator at real scale', () => {
  it('the store holds every video and three years of days', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    expect((await ask(page, 'storeStats')).videos).toBe(1000);
    expect((await ask(page, 'getDailySeries', { account: profile.account, metric: 'followers' })).length).toBeGreaterThanOrEqual(3 * 365);
    await page.close();
  });

  it('the popup opens on its chart and cards', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(ext.url('popup.html'));
    await drawn(page);
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);
    expect(await page.textContent('header')).toContain('@maya.bakes');
    await page.close();
  });

  it('the dashboard opens on its compare chart, then lists the 1,000 videos a page at a time', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(ext.url('dashboard.html'));
    await drawn(page);
    expect(await page.getByTestId('compare-summary').textContent()).toMatch(/Followers: 1,\d{3} days/);
    await page.getByTestId('page-rows').filter({ hasText: /\b1,?000\b/ }).waitFor({ timeout: 30_000 });
    await page.close();
  });
});
