// The built manifests ask for the fewest permissions that work, in Chrome and Firefox alike.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = join(resolve(__dirname, '../..'), process.env.CL_OUT_DIR ?? '.output');
const manifest = (target: string) => JSON.parse(readFileSync(join(OUT, target, 'manifest.json'), 'utf8'));
const STUDIO = ['https://www.tiktok.com/tiktokstudio/*', 'https://www.tiktok.com/creator-center/*', 'https://www.tiktok.com/analytics*'];

describe('Chrome MV3 manifest', () => {
  const m = manifest('chrome-mv3');
  it('needs only storage and declarative blocking (no host access), with all sites optional', () => {
    expect(m.permissions.sort()).toEqual(['declarativeNetRequest', 'storage', 'unlimitedStorage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['<all_urls>']);
  });
  it('ships the known list as a static ruleset that blocks without host access', () => {
    expect(m.declarative_net_request.rule_resources).toEqual([{ id: 'guard_list', enabled: true, path: 'rules/guard-list.json' }]);
    const rules = JSON.parse(readFileSync(join(OUT, 'chrome-mv3', 'rules/guard-list.json'), 'utf8'));
    expect(rules.every((r: { action: { type: string } }) => ['allow', 'block'].includes(r.action.type))).toBe(true);
    expect(rules[1].condition.requestDomains.length).toBeGreaterThan(1000);
  });
  it('injects the content script on Studio analytics pages only', () => {
    expect(m.content_scripts).toHaveLength(1);
    expect(m.content_scripts[0].matches.sort()).toEqual([...STUDIO].sort());
  });
  it('has no remote code', () => {
    expect(JSON.stringify(m)).not.toMatch(/https?:\/\/(?!www\.tiktok\.com\/)[^"*]+\.js/);
    expect(m.content_security_policy).toBeUndefined();
  });
});

describe('Firefox MV2 manifest', () => {
  const m = manifest('firefox-mv2');
  it('gets the same protection with the same narrow permissions', () => {
    expect(m.permissions.sort()).toEqual(['declarativeNetRequest', 'storage', 'unlimitedStorage']);
    expect(m.declarative_net_request.rule_resources[0].path).toBe('rules/guard-list.json');
    expect(m.optional_permissions).toEqual(['<all_urls>']);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.content_scripts[0].matches.sort()).toEqual([...STUDIO].sort());
  });
});
