import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

// Each case starts a node process with tsx: over a second alone, more beside other suites.
describe('npm run extract', { timeout: 20_000 }, () => {
  it('prints the snapshot of a saved page as JSON and exits 0', () => {
    const url = 'https://www.tiktok.com/tiktokstudio/analytics/followers?dateRange=%7B%22type%22%3A%22fixed%22%2C%22pastDay%22%3A28%7D';
    const result = run('--url', url, 'tests/fixtures/studio/followers-en.html');
    expect(result.status).toBe(0);
    const expected = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/studio/followers-en.expected.json'), 'utf8'));
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it('prints null for a page with nothing trustworthy', () => {
    const result = run('--url', 'https://www.tiktok.com/tiktokstudio/analytics', 'tests/fixtures/studio/hostile-login-wall.html');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('null');
  });

  it('reads Studio Home', () => {
    const result = run('--url', 'https://www.tiktok.com/tiktokstudio', 'tests/fixtures/studio/studio-home-en.html');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/studio/studio-home-en.expected.json'), 'utf8')));
  });

  it('with --report prints the redacted page report: how many values it missed, no digit of the page', () => {
    const result = run('--url', 'https://www.tiktok.com/tiktokstudio/analytics', '--report', 'tests/fixtures/studio/real-overview-fr.html');
    expect(result.status).toBe(0);
    const [count, , ...body] = result.stdout.split('\n');
    expect(count).toBe('values not read: 0');
    expect(body.join('\n')).toContain('page kind: account-overview');
    expect(body.join('\n')).toContain('"Vues du profil" (label: profileViews)');
    expect(/\p{Nd}/u.test(body.join('\n'))).toBe(false);
  });

  it('exits 1 with a one-line error when the file cannot be read', () => {
    const result = run('--url', 'https://www.tiktok.com/tiktokstudio/analytics', 'no/such/page.html');
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['cannot read no/such/page.html: ENOENT']);
  });

  it('exits 2 with usage when --url is missing', () => {
    const result = run('tests/fixtures/studio/followers-en.html');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^usage:/);
  });
});
