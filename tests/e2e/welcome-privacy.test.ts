// The privacy policy ships in the package (issue 33): the welcome page links it, and it opens as
// an extension page, with no network request, saying that nothing leaves the device.
import { afterAll, describe, expect, it } from 'vitest';
import { launchExtension, openExtensionPage, type Extension } from '../support/chromium';

describe('the welcome page', () => {
  let ext: Extension;
  afterAll(() => ext?.close());

  it('links the privacy policy, which opens inside the package', async () => {
    ext = await launchExtension();
    const page = await openExtensionPage(ext, 'welcome.html');
    await page.getByTestId('welcome-steps').waitFor();
    const link = page.getByTestId('welcome-privacy');
    expect(await link.textContent()).toBe('Privacy policy');
    await link.click();
    await page.waitForURL(ext.url('privacy.html'));
    expect(await page.locator('h1').textContent()).toBe('Privacy policy');
    expect(await page.locator('body').textContent()).toContain('Nothing is sent anywhere');
  });
});
