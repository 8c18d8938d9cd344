// npm run demo -- --screenshots <dir>
// Builds the extension, seeds a year of daily captures for an account with 200 videos plus an
// import of Studio's Download data, and saves screenshots of the welcome page, the popup and the
// dashboard (light, dark, Japanese, Spanish and Brazilian Portuguese), a badge-laden Studio page (wide and at 360 px) and the
// warning page.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { eventually, extensionWithAllSites, launchExtension, serveTikTok } from '../tests/support/chromium';
import { seedDemoHistory } from '../tests/support/demo-history';
import type { Extension } from '../tests/support/chromium';

const ROOT = resolve(import.meta.dirname, '..');
const STUDIO_LOOK = `
body { font: 14px system-ui, sans-serif; background: #f8f8f8; color: #161823; margin: 0; }
header, nav { padding: 10px 24px; background: #fff; border-bottom: 1px solid #eee; } nav a { margin-right: 12px; }
main { padding: 24px; } svg { width: 14px; height: 14px; vertical-align: middle; }
[data-tt="components_DataCardGroup_Container"] { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; margin-bottom: 16px; }
@media (max-width: 600px) { main { padding: 12px; } [data-tt="components_DataCardGroup_Container"] { grid-template-columns: repeat(2, 1fr); gap: 8px; } }
[data-tt="components_DataCard_Container"] { background: #fff; border-radius: 8px; padding: 14px; box-shadow: 0 1px 3px #0001; }
.absolute-value { font-size: 22px; font-weight: 700; display: inline-block; margin: 8px 0 4px; }
[data-tt="components_AnalyticsCard_CardWrapper"] { background: #fff; border-radius: 8px; padding: 14px; margin-bottom: 12px; }
[data-tt="components_Breakdown_Row"] { display: flex; justify-content: space-between; gap: 12px; padding: 3px 0; }
[data-tt="components_Breakdown_Row"] > div { flex: 1; background: #eee; height: 6px; margin-top: 7px; } [data-tt="components_Breakdown_Row"] > div > div { background: #fe2c55; height: 6px; }
`;

async function main(args: string[]) {
  const at = args.indexOf('--screenshots');
  if (at === -1 || !args[at + 1]) {
    process.stderr.write('usage: npm run demo -- --screenshots <dir>\n');
    process.exitCode = 2;
    return;
  }
  const dir = resolve(args[at + 1]);
  mkdirSync(dir, { recursive: true });
  console.log('building…');
  execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  // As a user who turned on lookalike protection: listed sites then get the warning page (a default
  // install gets the browser's own block page, which has nothing of ours to show).
  const ext = await launchExtension({ extensionDir: extensionWithAllSites() });
  try {
    await seed(ext);
    await welcome(ext, dir);
    await popupAndDashboard(ext, dir, '');
    await studioPage(ext, dir);

    const warning = await ext.context.newPage();
    await warning.setViewportSize({ width: 1000, height: 800 });
    await warning.goto('https://tiktokviewer.com/see-who-viewed').catch(() => undefined);
    await warning.getByTestId('blocked-url').waitFor();
    await warning.screenshot({ path: join(dir, 'warning.png'), fullPage: true });
    await warning.emulateMedia({ colorScheme: 'dark' });
    await warning.screenshot({ path: join(dir, 'warning-dark.png'), fullPage: true });
  } finally {
    await ext.close({ allowRequests: false });
  }

  // The same history in the store listing's other languages (docs/store): text, numbers, dates and the chart's ticks.
  for (const lang of ['ja', 'es', 'pt-BR']) {
    const other = await launchExtension({ extensionDir: extensionWithAllSites(), lang });
    try {
      await seed(other);
      await popupAndDashboard(other, dir, `-${lang}`);
    } finally {
      await other.close({ allowRequests: false });
    }
  }
  console.log(`screenshots written to ${dir}`);
}

/** A year of captures, then two months of Studio's Download data (follower activity, audience). */
async function seed(ext: Extension) {
  const { added } = await seedDemoHistory(ext, { days: 365, videos: 200, importDays: 60 });
  console.log(`seeded ${added} captures`);
}

async function welcome(ext: Extension, dir: string) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(ext.url('welcome.html'));
  await page.getByTestId('welcome-steps').waitFor();
  await page.screenshot({ path: join(dir, 'welcome.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(dir, 'welcome-dark.png'), fullPage: true });
  await page.close();
}

async function popupAndDashboard(ext: Extension, dir: string, suffix: string) {
  for (const scheme of suffix ? (['light'] as const) : (['light', 'dark'] as const)) {
    const name = (page: string) => join(dir, `${page}${suffix}${scheme === 'dark' ? '-dark' : ''}.png`);
    const popup = await ext.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(ext.url('popup.html'));
    await popup.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0);
    // Insights load after the first chart.
    await popup.getByTestId('milestone').waitFor();
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: name('popup'), fullPage: true });
    await popup.close();

    const dashboard = await ext.context.newPage();
    await dashboard.emulateMedia({ colorScheme: scheme });
    await dashboard.setViewportSize({ width: 1200, height: 900 });
    await dashboard.goto(ext.url('dashboard.html'));
    await dashboard.getByTestId('video-table').locator('tbody tr').first().waitFor();
    await dashboard.locator('select').nth(1).selectOption('videoViews');
    await dashboard.getByTestId('heatmap').waitFor();
    await dashboard.waitForTimeout(500);
    await dashboard.screenshot({ path: name('dashboard'), fullPage: true });
    await dashboard.close();
  }
}

/** A Studio page visited twice: the second visit shows what changed. */
async function studioPage(ext: Extension, dir: string) {
  let html = readFileSync(join(ROOT, 'tests/fixtures/studio/overview-en.html'), 'utf8');
  await serveTikTok(ext.context, () => html);
  const studioUrl = 'https://www.tiktok.com/tiktokstudio/analytics?dateRange=%7B%22type%22%3A%22fixed%22%2C%22pastDay%22%3A28%7D';
  const studio = await ext.context.newPage();
  await studio.setViewportSize({ width: 1100, height: 700 });
  await studio.goto(studioUrl);
  await eventually(() => studio.evaluate(() => document.querySelectorAll('[data-creator-lens="badge"]').length > 0));
  html = html.replaceAll('128.4K', '131.9K').replaceAll('3,204', '3,388').replaceAll('>514<', '>530<');
  await studio.reload();
  await eventually(() => studio.evaluate(() => Array.from(document.querySelectorAll('[data-creator-lens="badge"]')).some((h) => h.shadowRoot?.textContent?.includes('▲'))));
  // The saved page carries no TikTok stylesheet; a few rules make it look like Studio's cards.
  await studio.addStyleTag({ content: STUDIO_LOOK });
  await studio.screenshot({ path: join(dir, 'studio-badges.png') });
  // A phone-width window (two cards a row, as the responsive rule above lays them out): badges wrap between words, never inside one.
  await studio.setViewportSize({ width: 360, height: 700 });
  await studio.reload();
  await eventually(() => studio.evaluate(() => Array.from(document.querySelectorAll('[data-creator-lens="badge"]')).some((h) => h.shadowRoot?.textContent?.includes('since'))));
  await studio.addStyleTag({ content: STUDIO_LOOK });
  await studio.screenshot({ path: join(dir, 'studio-badges-360.png'), fullPage: true });
  await studio.close();
}

await main(process.argv.slice(2));
