// One consistent story in every card, chart and page (issue 32), in Chromium: three years of weekly
// "last 7 days" captures and a 60-day import of Studio's Download data. "1 y" covers the year, the
// dashboard shows the imported days without a reload, a rolling week is never compared "since last
// capture", a capture that disagrees with the imported days is said on its card and in "Your data",
// and traffic sources and audience are on the dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportZips } from '../fixtures/studio-export/build';
import { ask, launchExtension, openExtensionPage, type Extension } from '../support/chromium';
import { DISAGREEING, importedWeek, model, threeYears } from '../support/three-years';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('one story', () => {
  it('after an import the dashboard shows the days at once, and links to them', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    expect(await ask(page, 'restoreBackup', threeYears())).toMatchObject({ skipped: 0 });
    await page.reload();
    const compare = page.getByTestId('compare-summary');
    await compare.filter({ hasText: 'Followers: 15' }).waitFor();
    expect(await compare.textContent()).toMatch(/^Followers: 15\d captures/);

    await page.getByTestId('studio-files').setInputFiles(exportZips(model).map((z) => ({ name: z.name, mimeType: 'application/zip', buffer: Buffer.from(z.data) })));
    await page.getByTestId('studio-save').click();
    await page.getByTestId('studio-message').waitFor();
    // No reload: Compare and the day chart have the imported days.
    await compare.filter({ hasText: 'days' }).waitFor();
    expect(await compare.textContent()).toMatch(/^Followers: [\d,]+ days/);
    await page.getByTestId('daily-summary').filter({ hasText: 'days' }).waitFor();
    expect(await page.getByTestId('daily-summary').textContent()).not.toContain('No daily values yet');
    // The saved message links to the day chart of the imported range.
    await page.getByTestId('studio-see-days').click();
    await page.getByTestId('daily-range').waitFor();
    expect(await page.getByTestId('daily-summary').textContent()).toMatch(/: 59 days/);
    await page.close();
  });

  it('"1 y" and "All" cover the captured years; a rolling week never says "since last capture"; the disagreement is on its card', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.getByTestId('card-videoViews').getByTestId('value').waitFor();
    await popup.getByTestId('chart-metric').selectOption('videoViews');
    await popup.getByRole('button', { name: '1 y', exact: true }).click();
    const summary = popup.getByTestId('chart-summary');
    await summary.filter({ hasText: 'values (last 7 days each)' }).waitFor();
    // About 44 weekly captures before the import's days, then one week per imported day from its seventh.
    const year = Number(/^Video views: (\d+) values/.exec((await summary.textContent())!)![1]);
    expect(year).toBeGreaterThanOrEqual(90);
    await popup.getByRole('button', { name: 'All', exact: true }).click();
    // Three years: about a hundred more weekly captures before the year.
    await popup.waitForFunction((before) => Number(/^Video views: (\d+) values/.exec(document.querySelector('[data-testid="chart-summary"]')?.textContent ?? '')?.[1] ?? 0) > before + 100, year);
    expect(await popup.getByTestId('chart-windows').textContent()).toContain('as TikTok Studio showed it where not');

    for (const metric of ['videoViews', 'likes', 'profileViews']) {
      const card = popup.getByTestId(`card-${metric}`);
      for (const words of await card.getByTestId('compared-with').allTextContents()) expect(words).not.toBe('since last capture');
      expect(await card.textContent()).not.toContain('since last capture');
    }
    expect(await popup.getByTestId('card-videoViews').getByTestId('compared-with').textContent()).toBe('vs previous 7 days');
    expect(await popup.getByTestId('card-videoViews').getByTestId('as-of').textContent()).toMatch(/^to .+, (from your Studio import|as captured)$/);

    // Where views come from, a line in the popup too.
    await popup.getByTestId('top-source').waitFor();
    expect(await popup.getByTestId('top-source').textContent()).toMatch(/^Most views come from For You \(71\.2%/);

    const wrongWeek = importedWeek(DISAGREEING, 'videoViews')!;
    const said = popup.getByTestId('card-videoViews').getByTestId('disagreement');
    await said.waitFor();
    expect(await said.textContent()).toContain(`your imported days add up to ${wrongWeek.toLocaleString('en-US')}`);
    await popup.close();
  });

  it('lists the disagreement in "Your data", and shows traffic sources and the audience with their shift', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    const listed = page.getByTestId('disagreements');
    await listed.waitFor();
    expect(await listed.textContent()).toContain(`Video views, last 7 days to`);
    expect(await listed.textContent()).toContain(`your imported days add up to ${importedWeek(DISAGREEING, 'videoViews')!.toLocaleString('en-US')}`);

    const traffic = page.getByTestId('breakdown-trafficSource');
    await traffic.waitFor();
    expect(await traffic.locator('tbody th').allTextContents()).toEqual(['For You', 'Search', 'Personal profile']);
    expect(await page.getByTestId('breakdown-searchQueries').textContent()).toContain('sourdough starter');
    const gender = page.getByTestId('breakdown-gender');
    expect(await gender.locator('tbody tr').first().textContent()).toMatch(/^Female61%\+3 pt$/);
    expect(await page.getByTestId('breakdown-locations').textContent()).toContain('Japan');
    expect(await page.getByTestId('breakdown-age').textContent()).toContain('18-24');
    await page.close();
  });
});
