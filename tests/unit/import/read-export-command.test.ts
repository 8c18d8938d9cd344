import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedExport, exportZips, makeModel, overviewCsv } from '../../fixtures/studio-export/build';

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
