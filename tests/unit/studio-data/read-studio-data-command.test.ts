// `npm run read-studio-data`: JSON on stdout, notes on stderr, exit 1 with one line for a response it
// does not know, 2 for a wrong command line. Each case starts a node process with tsx.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { studioDataFixture } from '../../fixtures/studio-data/studio-data-fixtures';

const ROOT = join(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'read-studio-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A zone far from UTC: the command must not read days in the machine's own time.
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/read-studio-data.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Pacific/Kiritimati' },
  });

describe('npm run read-studio-data', { timeout: 30_000 }, () => {
  it('prints the merged read of several responses; notes go to stderr', () => {
    const later = studioDataFixture('v2-follower-history-60d-122days.real-values');
    const earlier = studioDataFixture('v2-follower-history-122days-earlier-run.real-values');
    const result = run('--url', later.url, earlier.path, later.path);
    expect(result.status).toBe(0);
    const read = JSON.parse(result.stdout);
    expect(read.account.followers['2026-04-05']).toBe(25078);
    expect(read.account.followers['2026-08-28']).toBe(28539);
    // The earlier run's live total (provisional) gives way to the later run's final day.
    expect(read.account.followers['2026-08-05']).toBe(27962);
    expect(read.provisional).toEqual(['account.followers.2026-08-30']);
    expect(Object.keys(read.account.followers)).toHaveLength(147);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `note: ${earlier.path}: follower_num_history: left out 1 entry not final yet`,
      `note: ${later.path}: follower_num_history: left out 1 entry not final yet`,
    ]);
  });

  it('--now dates a response that carries no extra.now', () => {
    const overview = studioDataFixture('v2-account-overview-7d-16days.shaped');
    const { extra: _extra, ...undated } = overview.body;
    const file = join(dir, 'undated.json');
    writeFileSync(file, JSON.stringify(undated));
    const dated = run('--url', overview.url, '--now', '2026-09-10T09:00:00+07:00', file);
    expect(dated.status).toBe(0);
    expect(JSON.parse(dated.stdout).account.videoViews['2026-09-08']).toBe(38);
    const undatedRun = run('--url', overview.url, file);
    expect(undatedRun.status).toBe(0);
    expect(JSON.parse(undatedRun.stdout).account).toEqual({});
    expect(undatedRun.stderr).toContain('no day could be dated');
  });

  it('exits 1 with one line for a response it does not know or an error answer', () => {
    const list = studioDataFixture('studio-item-list.shaped');
    const unknown = run('--url', list.url, list.path);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^[^\n]+: not a Studio data call this reader knows: [^\n]+\n$/);
    const error = studioDataFixture('v1-analytics-insights-error-invalid-params.shaped');
    const answered = run('--url', error.url, error.path);
    expect(answered.status).toBe(1);
    expect(answered.stderr).toBe(`${error.path}: Studio answered status_code 5: Invalid parameters\n`);
    const notJson = join(dir, 'page.html');
    writeFileSync(notJson, '<html></html>');
    expect(run('--url', error.url, notJson)).toMatchObject({ status: 1, stderr: `cannot read ${notJson}: not JSON\n` });
  });

  it('exits 2 with the usage for a wrong command line', () => {
    const week = studioDataFixture('v1-analytics-insights-7d.shaped');
    for (const args of [[week.path], ['--url', week.url], ['--url', week.url, '--now', '2026-09-10 09:00', week.path]]) {
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^usage: npm run read-studio-data -- --url <request url>/);
    }
  });
});
