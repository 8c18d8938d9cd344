// A demo account as a creator would have it after a while: captures restored from a backup, then
// TikTok Studio's Download data imported through the dashboard (follower activity, audience).
// The demo screenshots and the look tests share it.
import { localDate } from '../../utils/platform/days';
import { exportZips, makeModel, type ExportModel } from '../fixtures/studio-export/build';
import { demoDayFlows, demoExport, demoStudioData } from './demo-data';
import { ask, openExtensionPage, type Extension } from './chromium';

export async function seedDemoHistory(ext: Extension, { days, videos, importDays }: { days: number; videos: number; importDays: number }): Promise<{ added: number; model: ExportModel; now: number }> {
  const page = await openExtensionPage(ext, 'dashboard.html');
  const now = Date.now() - 3_600_000;
  const { added } = await ask(page, 'restoreBackup', demoExport({ days, videos, now }));
  const model = makeModel({ account: 'maya.bakes', exportDay: localDate(now), days: importDays, activityDays: 28 });
  // The captures already hold this account's followers; the model's own would contradict them. Its
  // daily numbers are the demo creator's own, so imported days and captured weeks agree.
  const flows = demoDayFlows({ days, videos, now });
  for (const day of model.days) {
    delete day.followers;
    if (day.videoViews !== undefined) Object.assign(day, flows(day.date));
  }
  await page.getByTestId('studio-files').setInputFiles(exportZips(model).map((z) => ({ name: z.name, mimeType: 'application/zip', buffer: Buffer.from(z.data) })));
  await page.getByTestId('studio-save').click();
  await page.getByTestId('studio-message').waitFor();
  await page.close();
  return { added, model, now };
}

/**
 * (`now`: the demo history's, so these are the same posts.) What Studio's own data calls sent while the demo creator opened their three most-viewed videos'
 * analytics (as the in-page observer sends it): their curves, retention and watch time. Returns
 * the videos, most-viewed first.
 */
export async function seedDemoStudioData(ext: Extension, options: { days: number; videos: number; now: number }): Promise<string[]> {
  const page = await openExtensionPage(ext, 'dashboard.html');
  const { batch, videoIds } = demoStudioData(options);
  await ask(page, 'saveStudioData', batch);
  await page.close();
  return videoIds;
}
