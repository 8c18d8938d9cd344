// One history in Chromium: a creator who only imported TikTok Studio's Download data sees it in
// every view (popup cards, milestone, weekly recap, the dashboard's charts, "Your data", the CSV),
// and a creator with captures and imports of the same days sees one value per day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate, noonOf } from '../../utils/platform/days';
import { readStudioFile } from '../../utils/import/read-studio-files';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '../../utils/history/backup';
import { exportZips, makeModel } from '../fixtures/studio-export/build';
import { ask, launchExtension, openExtensionPage, paintedCanvases, type Extension } from '../support/chromium';

const DAY = 86_400_000;
let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const today = localDate(Date.now());
const model = makeModel({ exportDay: today, days: 60 });
const files = () => exportZips(model).map((z) => ({ name: z.name, mimeType: 'application/zip', buffer: Buffer.from(z.data) }));
const known = model.days.filter((d) => d.followers !== undefined);

describe('a fresh profile that only imports', () => {
  it('shows four cards with values, a milestone line, the weekly recap with numbers and no empty chart', async () => {
    const dashboard = await openExtensionPage(ext, 'dashboard.html');
    await dashboard.getByTestId('studio-import').waitFor();
    await dashboard.getByTestId('studio-files').setInputFiles(files());
    await dashboard.getByTestId('studio-save').click();
    await dashboard.getByTestId('studio-message').waitFor();

    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0);
    const format = (n: number) => new Intl.NumberFormat('en-US').format(n);
    const week = (metric: 'videoViews' | 'profileViews' | 'likes') => known.slice(-7).reduce((sum, d) => sum + d[metric]!, 0);
    expect(await popup.getByTestId('card-followers').getByTestId('value').textContent()).toBe(format(known.at(-1)!.followers!));
    for (const metric of ['videoViews', 'profileViews', 'likes'] as const) {
      // Studio's "last 7 days", made from the imported days.
      expect(await popup.getByTestId(`card-${metric}`).getByTestId('value').textContent()).toBe(format(week(metric)));
    }
    expect(await popup.getByTestId('how').count()).toBe(0);
    await popup.locator('[data-testid="milestone"][data-ready="true"]').waitFor();
    expect(await popup.getByTestId('milestone').textContent()).toMatch(/followers in about \d+ days at this month's pace/);
    const rows = popup.locator('[data-testid="recap"] tbody tr[data-ready="true"]');
    expect(await rows.count()).toBe(4);
    expect(await popup.locator('[data-testid="recap"] tr[data-metric="videoViews"] td').first().textContent()).toBe(format(week('videoViews')));
    expect((await paintedCanvases(popup))[0]).toBeGreaterThan(300);
    await popup.close();

    // The dashboard draws what exists, and says how much is stored.
    await dashboard.reload();
    await dashboard.getByTestId('compare-summary').filter({ hasText: 'days' }).waitFor();
    expect(await dashboard.getByTestId('compare-summary').textContent()).toBe(`Followers: ${known.length} days, ${format(known[0].followers!)} → ${format(known.at(-1)!.followers!)}`);
    await dashboard.getByTestId('daily-summary').waitFor();
    await dashboard.waitForFunction(() => document.querySelectorAll('canvas').length >= 2);
    expect((await paintedCanvases(dashboard)).every((n) => n > 300)).toBe(true);
    expect(await dashboard.getByTestId('stats').textContent()).toContain(`${format(known.length * 9)} day values imported from TikTok Studio`);

    // The CSV holds the imported days, marked as such.
    const csv = (await ask(dashboard, 'exportCsv')).trim().split('\r\n');
    expect(csv[0]).toBe('capturedAt,account,videoId,metric,range,value,rounded,source');
    const imported = csv.filter((line) => /,import( \(provisional\))?$/.test(line));
    expect(imported).toHaveLength(known.length * 9);
    const day = known[10];
    expect(imported).toContain(`${new Date(model.exportedAt).toISOString()},${model.account},,videoViews,${day.date}..${day.date},${day.videoViews},false,import`);
    await dashboard.close();
  });
});

describe('captures and imports of the same days', () => {
  it('show one value per day, by the precedence rule', async () => {
    const page = await openExtensionPage(ext, 'dashboard.html');
    await ask(page, 'clearAll');
    await ask(page, 'importStudioData', { account: model.account, parts: exportZips(model).map((z) => readStudioFile(z, today)) });
    // The creator captured the follower total on five evenings the export also covers, and one day's
    // views (a one-day custom range) long after that day was counted.
    const evenings = known.slice(-12, -7);
    const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();
    const counted = known[20];
    const backup: BackupFile = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      snapshots: [
        ...evenings.map((d, i) => ({
          page: 'account-followers' as const, url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', account: model.account, range: { days: 7 },
          metrics: { followers: d.followers! + 100 + i }, capturedAt: at(d.date, 20), lastSeenAt: at(d.date, 20),
        })),
        {
          page: 'account-overview' as const, url: 'https://www.tiktok.com/tiktokstudio/analytics', account: model.account, range: { start: counted.date, end: counted.date },
          metrics: { videoViews: 777_777 }, capturedAt: at(counted.date, 9) + 10 * DAY, lastSeenAt: at(counted.date, 9) + 10 * DAY,
        },
      ],
    };
    expect(await ask(page, 'restoreBackup', backup)).toMatchObject({ added: 6 });

    const followers = await ask(page, 'getDailySeries', { account: model.account, metric: 'followers' });
    expect(followers.map((d) => d.date)).toEqual(known.map((d) => d.date));
    expect(followers.filter((d) => d.source === 'capture').map((d) => [d.date, d.v])).toEqual(evenings.map((d, i) => [d.date, d.followers! + 100 + i]));
    const views = await ask(page, 'getDailySeries', { account: model.account, metric: 'videoViews' });
    expect(views).toHaveLength(known.length);
    expect(views.find((d) => d.date === counted.date)).toEqual({ date: counted.date, t: noonOf(counted.date), v: 777_777, source: 'capture' });

    // The popup's chart and the dashboard's compare chart draw the same one value per day.
    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.getByTestId('chart-daily').waitFor();
    await popup.getByRole('button', { name: 'All', exact: true }).click();
    await popup.getByTestId('chart-summary').filter({ hasText: `${known.length} days` }).waitFor();
    const data = await ask(popup, 'getPopupData', { account: model.account, metric: 'followers', days: 0 });
    expect(data.chart.points.map((p) => p.v)).toEqual(followers.map((d) => d.v));
    await popup.close();
    await page.reload();
    await page.getByTestId('compare-summary').filter({ hasText: `Followers: ${known.length} days` }).waitFor();
    await page.close();
  });
});
