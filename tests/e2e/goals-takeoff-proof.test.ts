// Goals, takeoff and proof in real Chromium (issue 35). Studio's own data is seeded with the
// `saveStudioData` message from an extension page, as the in-page observer sends it: 60 days of
// followers and views, 25 past videos' first hours and one new video running far ahead. Then: a
// goal set in the popup shows progress and a projected date; the toolbar badge and the popup name
// the fast video; a chart saved as an image is a real PNG with something drawn; the media kit
// shows the numbers of the chosen range.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../utils/platform/days';
import { goalsBatch, goalsPostsList, today } from '../support/goals-data';
import { ask, launchExtension, openExtensionPage, type Extension } from '../support/chromium';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  const page = await openExtensionPage(ext, 'dashboard.html');
  await ask(page, 'saveSnapshot', goalsPostsList);
  await ask(page, 'saveStudioData', goalsBatch());
  await page.close();
});
afterAll(async () => {
  await ext?.close();
});

const badgeText = () => ext.worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));

describe('goals, takeoff and proof', () => {
  it('a goal set in the popup shows its progress and a projected date with a range', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    await page.getByTestId('goals').waitFor();
    await page.getByTestId('goal-metric').selectOption('followers');
    await page.getByTestId('goal-new-target').fill('5000');
    await page.getByRole('button', { name: 'Add goal' }).click();
    const goal = page.getByTestId('goal');
    await goal.getByTestId('goal-projection').waitFor();
    // 2,180 followers on the latest day, 20 a day: 2,820 to go is 141 days.
    expect(await goal.getByTestId('goal-progress').textContent()).toContain('2,180 of 5,000 (43%)');
    expect(await goal.getByTestId('goal-projection').getAttribute('data-state')).toBe('projected');
    const when = new Date(Date.parse(`${addDays(today, -1)}T12:00:00`) + 141 * 86_400_000).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
    expect(await goal.getByTestId('goal-projection').textContent()).toContain(`At your pace: about ${when} (likely between ${when} and ${when})`);
    // Kept: the popup opened again shows it.
    await page.reload();
    await page.getByTestId('goal-projection').waitFor();
    expect(await page.getByTestId('goal').count()).toBe(1);
    await page.close();
  });

  it('a video running ahead of the past ones at the same hour sets the toolbar badge and the popup line', async () => {
    await expect.poll(badgeText, { timeout: 10_000 }).toMatch(/^\d+×$/);
    // 29 × 600 views against 30 hours of the past videos' 40–70 an hour: far more than 5×.
    expect(Number((await badgeText()).replace('×', ''))).toBeGreaterThanOrEqual(5);
    const page = await openExtensionPage(ext, 'popup.html');
    const line = page.getByTestId('takeoff');
    await line.waitFor();
    expect(await line.textContent()).toMatch(/^“Croissant lamination, explained” is taking off: 17,400 views at 30 h, [\d.]+× your typical video then \(ahead of 25 of 25\)\.$/);
    await page.close();
  });

  it('saves a chart as a PNG with its axes drawn', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    await page.locator('canvas').first().waitFor();
    // The blob the download is made from, kept as it is made.
    await page.evaluate(() => {
      const make = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => ((globalThis as unknown as { savedBlob: Blob }).savedBlob = blob as Blob, make(blob));
    });
    await page.getByTestId('save-chart-image').first().click();
    await page.waitForFunction(() => (globalThis as unknown as { savedBlob?: Blob }).savedBlob !== undefined);
    const image = await page.evaluate(async () => {
      const blob = (globalThis as unknown as { savedBlob: Blob }).savedBlob;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      const data = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const grey = new Set<number>();
      let sum = 0;
      let sumSq = 0;
      for (let i = 0; i < data.length; i += 4) {
        const v = (data[i] + data[i + 1] + data[i + 2]) / 3;
        sum += v;
        sumSq += v * v;
        grey.add(Math.round(v));
      }
      const n = data.length / 4;
      return { type: blob.type, signature: Array.from(bytes.slice(1, 4), (b) => String.fromCharCode(b)).join(''), width: bitmap.width, height: bitmap.height, variance: sumSq / n - (sum / n) ** 2, shades: grey.size };
    });
    expect(image.type).toBe('image/png');
    expect(image.signature).toBe('PNG');
    expect(image.width).toBeGreaterThan(200);
    expect(image.height).toBeGreaterThan(150);
    // Words, axes and a line on a plain card: many shades, far from one flat colour.
    expect(image.variance).toBeGreaterThan(50);
    expect(image.shades).toBeGreaterThan(20);
    await page.close();
  });

  it('the media kit shows the numbers of the chosen range', async () => {
    const page = await openExtensionPage(ext, 'media-kit.html');
    const totals = page.getByTestId('kit-totals');
    await totals.waitFor();
    expect(await page.getByTestId('kit-account').textContent()).toBe('@maya.bakes · media kit');
    // Last 28 days: today has no day, so 27 days of 1,000 views; followers 1,660 → 2,180.
    expect(await totals.locator('[data-metric="videoViews"] dd').textContent()).toBe('27,000');
    expect(await totals.locator('[data-metric="followers"] dd').textContent()).toContain('2,180');
    expect(await totals.locator('[data-metric="followers"] dd').textContent()).toContain('+520');
    expect(await page.getByTestId('kit-videos').locator('li').first().textContent()).toContain('Croissant lamination, explained');
    await page.getByTestId('kit-range').selectOption('90');
    await expect.poll(() => totals.locator('[data-metric="videoViews"] dd').textContent()).toBe('60,000');
    await page.close();
  });
});
