// The built manifests ask for the fewest permissions that work, in Chrome and Firefox alike.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = join(resolve(__dirname, '../..'), process.env.CL_OUT_DIR ?? '.output');
const manifest = (target: string) => JSON.parse(readFileSync(join(OUT, target, 'manifest.json'), 'utf8'));
const STUDIO = ['https://www.tiktok.com/tiktokstudio', 'https://www.tiktok.com/tiktokstudio?*', 'https://www.tiktok.com/tiktokstudio/*', 'https://www.tiktok.com/creator-center/*', 'https://www.tiktok.com/analytics*'];

describe('Chrome MV3 manifest', () => {
  const m = manifest('chrome-mv3');
  it('needs only storage, declarative blocking and activeTab (no host access, no install warning beyond blocking), with all sites optional', () => {
    // scripting (issue 31): registers the page check once all sites are granted; no install warning in either browser.
    expect(m.permissions.sort()).toEqual(['activeTab', 'declarativeNetRequest', 'scripting', 'storage', 'unlimitedStorage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['<all_urls>']);
  });
  it('ships the known list as a static ruleset that blocks without host access', () => {
    expect(m.declarative_net_request.rule_resources).toEqual([{ id: 'guard_list', enabled: true, path: 'rules/guard-list.json' }]);
    const rules = JSON.parse(readFileSync(join(OUT, 'chrome-mv3', 'rules/guard-list.json'), 'utf8'));
    expect(rules.every((r: { action: { type: string } }) => ['allow', 'block'].includes(r.action.type))).toBe(true);
    const blocked = rules.flatMap((r: { action: { type: string }; condition: { requestDomains?: string[] } }) => (r.action.type === 'block' ? (r.condition.requestDomains ?? []) : []));
    expect(blocked.length).toBeGreaterThan(1000);
  });
  it('injects the content script on Studio analytics pages only', () => {
    expect(m.content_scripts).toHaveLength(2);
    for (const script of m.content_scripts) expect(script.matches.sort()).toEqual([...STUDIO].sort());
  });
  it("runs the data-call observer in the page's world from document start, on the same pages and nowhere else", () => {
    const observer = m.content_scripts.find((s: { world?: string }) => s.world === 'MAIN');
    expect(observer).toEqual({ matches: expect.any(Array), js: ['content-scripts/studio-data.js'], run_at: 'document_start', world: 'MAIN' });
    expect(m.content_scripts.filter((s: { world?: string }) => s.world !== 'MAIN').map((s: { js: string[] }) => s.js)).toEqual([['content-scripts/studio.js']]);
  });
  it('has no remote code', () => {
    expect(JSON.stringify(m)).not.toMatch(/https?:\/\/(?!www\.tiktok\.com\/)[^"*]+\.js/);
    expect(m.content_security_policy).toBeUndefined();
  });
  it('carries no Firefox-only keys', () => {
    expect(m.browser_specific_settings).toBeUndefined();
  });
});

describe('Firefox MV3 manifest', () => {
  const m = manifest('firefox-mv3');
  const chrome = manifest('chrome-mv3');
  it('asks for exactly what the Chrome build asks for', () => {
    expect(m.manifest_version).toBe(3);
    // scripting (issue 31): registers the page check once all sites are granted; no install warning in either browser.
    expect(m.permissions.sort()).toEqual(['activeTab', 'declarativeNetRequest', 'scripting', 'storage', 'unlimitedStorage']);
    expect(m.permissions.sort()).toEqual(chrome.permissions.sort());
    expect(m.host_permissions).toEqual(chrome.host_permissions);
    expect(m.optional_host_permissions).toEqual(['<all_urls>']);
    expect(m.declarative_net_request).toEqual(chrome.declarative_net_request);
    expect(m.content_scripts).toEqual(chrome.content_scripts);
    // The same page for the same sites; Firefox has no use_dynamic_url (its ids are random per install).
    expect(m.web_accessible_resources).toEqual([{ resources: ['warning.html'], matches: ['<all_urls>'] }]);
    expect(chrome.web_accessible_resources).toEqual([{ resources: ['warning.html'], matches: ['<all_urls>'], use_dynamic_url: true }]);
  });
  it('declares what Firefox and AMO need: an add-on id, no data collection, a version that reads both', () => {
    expect(m.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // 142 reads data_collection_permissions; MV3 host permissions are granted at install from 127.
    expect(Number.parseFloat(m.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
  });
  it('runs its background as an event page (Firefox has no extension service workers)', () => {
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.background.persistent).toBeUndefined();
  });
});
