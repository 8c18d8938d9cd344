// Goals, takeoff and proof in Firefox (smoke): with Studio's data seeded through saveStudioData, a
// stored goal shows its progress and projected date in the popup, the popup names the video taking
// off, and the media kit shows the range's numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, eventually, launchFirefox, navigate, openExtensionPage, type FirefoxExtension } from '../support/firefox';
import { FAST, goalsBatch, goalsPostsList } from '../support/goals-data';

let ext: FirefoxExtension;
beforeAll(async () => {
  ext = await launchFirefox();
});
afterAll(async () => {
  await ext?.close();
});

describe('goals, takeoff and proof in Firefox', () => {
  it('shows a goal’s projection, the takeoff line and the media kit’s numbers', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    await ask(page, 'saveSnapshot', goalsPostsList);
    await ask(page, 'saveStudioData', goalsBatch());
    await page.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ goals: [{ id: 'g1', metric: 'followers', target: 5000 }] }));
    await navigate(page, ext.url('popup.html?again'));
    const text = (selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
    await eventually(async () => (await text('[data-testid="goal-projection"]')).startsWith('At your pace: about'));
    expect(await text('[data-testid="goal-progress"]')).toContain('2,180 of 5,000');
    await eventually(async () => (await text('[data-testid="takeoff"]')).includes(`“${FAST.caption}” is taking off`));
    await navigate(page, ext.url('media-kit.html'));
    await eventually(async () => (await text('[data-testid="kit-totals"] [data-metric="videoViews"] dd')) === '27,000');
    await page.close();
  });
});
