// What a page is (issue 31): public TikTok kits' pages are stopped on any domain, and pages that
// mention TikTok honestly are left alone. Fixtures in tests/fixtures/guard-pages, each naming what
// it stands for and where its structure comes from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { classifyPage } from '@/utils/guard/classify';
import { readBlockedTarget } from '@/utils/guard/blocked-target';
import { knownSignals, pageSignals, pageWarningUrl, readPageSignals } from '@/utils/guard/page-signals';

const PAGES = join(__dirname, '../../fixtures/guard-pages');
const files = readdirSync(PAGES).filter((f) => f.endsWith('.html'));

function page(html: string, url = 'https://graniteworks-4367.io/tiktok/index.html'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}
const fixturePage = (file: string) => page(readFileSync(join(PAGES, file), 'utf8'));

describe('pageSignals over the fixtures', () => {
  it('has kit pages and legitimate pages, each saying what it stands for', () => {
    expect(files.filter((f) => f.startsWith('kit-')).length).toBeGreaterThanOrEqual(8);
    expect(files.filter((f) => f.startsWith('legit-')).length).toBeGreaterThanOrEqual(6);
    for (const f of files) expect(readFileSync(join(PAGES, f), 'utf8'), f).toMatch(/^<!-- (Kit page|Legitimate): .{40,} -->/);
  });

  it.each([
    ['kit-sadflix-login.html', ['brand-login']],
    ['kit-likes-login.html', ['brand-login', 'growth-form']],
    ['kit-free-coins.html', ['brand-login', 'growth-form']],
    ['kit-verify-account.html', ['brand-login']],
    ['kit-login-tiktok.html', ['brand-login']],
    ['kit-index-php.html', ['brand-login']],
    ['kit-followers-generator.html', ['growth-form']],
    ['kit-who-viewed.html', ['viewer-form']],
  ])('%s is stopped: %j', (file, signals) => {
    expect(pageSignals(fixturePage(file))).toEqual({ level: 'lookalike', signals });
  });

  it.each(files.filter((f) => f.startsWith('legit-')))('%s is left alone', (file) => {
    expect(pageSignals(fixturePage(file))).toBeUndefined();
  });

  it('a login code box under TikTok\'s name stops; a password box only near the name cautions', () => {
    const code = '<title>TikTok</title><form><p>Enter the 6-digit code</p><input autocomplete="one-time-code" inputmode="numeric" maxlength="6"><button>Verify</button></form>';
    expect(pageSignals(page(code))).toEqual({ level: 'lookalike', signals: ['brand-code'] });
    const near = '<title>Grow on TikTok with Acme</title><h1>Acme</h1><form><input type="email"><input type="password"><button>Sign in</button></form>';
    expect(pageSignals(page(near))).toEqual({ level: 'suspicious', signals: ['login-near-brand'] });
  });
});

describe('the verdict on a page', () => {
  it('the address first: TikTok, a listed site and the allow list keep their verdicts', () => {
    expect(classifyPage('https://graniteworks-4367.io/x', ['brand-login'])).toMatchObject({ level: 'lookalike', reasons: ['page:brand-login'], imitates: 'tiktok.com', registrableDomain: 'graniteworks-4367.io' });
    expect(classifyPage('https://acme.example/', ['login-near-brand']).level).toBe('suspicious');
    expect(classifyPage('https://www.tiktok.com/login', ['brand-login']).level).toBe('official');
    expect(classifyPage('https://tiktokviewer.com/', ['viewer-form']).reasons).toEqual(['list:viewer-stalker']);
    expect(classifyPage('https://acme.example/', ['brand-login'], { allow: ['acme.example'] }).reasons).toEqual(['user:allow']);
    expect(classifyPage('https://acme.example/', []).level).toBe('none');
    // A cautioned address (the creator may have gone on) whose page is a kit: stopped, both reasons named.
    expect(classifyPage('https://tiktokcooking.com/', ['brand-login'])).toMatchObject({ level: 'lookalike', reasons: ['brand-in-domain', 'page:brand-login'] });
    expect(classifyPage('https://tiktokcooking.com/', ['login-near-brand']).level).toBe('suspicious');
  });

  it('carries only known signal names, through the message and the warning page\'s address', () => {
    expect(knownSignals(['brand-login', 'brand-login', '<img>', 7])).toEqual(['brand-login']);
    expect(knownSignals('brand-login')).toEqual([]);
    const url = pageWarningUrl('chrome-extension://abc/warning.html', ['growth-form', 'brand-login'], 'https://kit.example/tiktok/?a=1#top');
    const address = new URL(url);
    expect(readPageSignals(address.search)).toEqual(['growth-form', 'brand-login']);
    expect(readBlockedTarget(address.hash)).toMatchObject({ ok: true, href: 'https://kit.example/tiktok/?a=1#top', host: 'kit.example' });
    expect(readPageSignals('?page=brand-login,evil')).toEqual(['brand-login']);
  });
});
