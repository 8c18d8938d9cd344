import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { businessFiles, expectedExport, exportZips, makeModel, overviewCsv, overviewTable, xlsx } from '../../fixtures/studio-export/build';

const ROOT = join(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'read-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/read-export.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

// Each case starts a node process with tsx: over a second alone, more beside other suites.
describe('npm run read-export', { timeout: 30_000 }, () => {
  it('prints one JSON object for several zips across New Year, years from --today', () => {
    const model = makeModel({ exportDay: '2026-01-04', days: 30 });
    const paths = exportZips(model, 'vi').map(({ name, data }) => {
      writeFileSync(join(dir, name), data);
      return join(dir, name);
    });
    const result = run('--today', '2026-01-04', ...paths);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expectedExport(model));
  });

  it('a 365-day export gives the same days imported on the download day or 300 days later', () => {
    // "Last 365 days" downloaded 2026-02-28: February 28 (2025) … February 27 (2026), in XLSX.
    const model = makeModel({ exportDay: '2026-02-27', days: 365 });
    model.exportedAt = Date.parse('2026-02-28T09:00:00Z');
    const paths = exportZips(model, 'ru', 'xlsx').map(({ name, data }) => {
      writeFileSync(join(dir, name), data);
      return join(dir, name);
    });
    const onTheDay = run('--today', '2026-02-28', ...paths);
    const later = run('--today', '2026-12-25', ...paths);
    expect(onTheDay.status).toBe(0);
    expect(JSON.parse(onTheDay.stdout)).toEqual(expectedExport(model));
    expect(later.stdout).toBe(onTheDay.stdout);
    expect(Object.keys(JSON.parse(later.stdout).days)[0]).toBe('2025-02-28');
  });

  it('reads a bare XLSX, and says on stderr what a file held that was not read', () => {
    const model = makeModel({ exportDay: '2025-06-10', days: 3 });
    writeFileSync(join(dir, 'Overview.xlsx'), xlsx('Overview', overviewTable(model)));
    writeFileSync(join(dir, 'FollowerHistory.csv'), businessFiles(model)[2].data);
    const result = run('--today', '2025-06-10', join(dir, 'Overview.xlsx'), join(dir, 'FollowerHistory.csv'));
    expect(result.status).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout).days)).toEqual(['2025-06-08', '2025-06-09']);
    expect(result.stderr).toContain('FollowerHistory.csv: noValues "--"');
    expect(result.stderr).toContain('FollowerHistory.csv: columns "Net growth"');
  });

  it('reads a bare CSV', () => {
    const model = makeModel({ exportDay: '2025-06-10', days: 3 });
    writeFileSync(join(dir, 'Overview.csv'), overviewCsv(model, 'de'));
    const result = run('--today', '2025-06-10', join(dir, 'Overview.csv'));
    expect(result.status).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout).days)).toEqual(['2025-06-08', '2025-06-09']);
  });

  it('exits 1 with a one-line reason for a file that is not an export', () => {
    writeFileSync(join(dir, 'contacts.csv'), 'name,phone\r\n"Ann, B",1\r\n');
    const result = run('--today', '2025-06-10', join(dir, 'contacts.csv'));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('contacts.csv: not a TikTok Studio export');
  });

  it('exits 2 with usage for a bad --today or no file', () => {
    expect(run('--today', '2025-13-45', 'x.zip').status).toBe(2);
    expect(run().stderr).toMatch(/^usage:/);
  });
});
