// The user's guard lists in extension storage (WXT's fake browser): what is kept, cleaned, sorted
// and read back, and which hosts one allowance may name.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSeenSite, getGuardLists, getSeenSites, isSingleSite, normalizeHost, setGuardLists } from '@/utils/guard/guard-lists';

beforeEach(() => fakeBrowser.reset());

describe('the guard lists in storage', () => {
  it('reads empty lists before anything is kept, and a half-kept one as empty on its missing side', async () => {
    expect(await getGuardLists()).toEqual({ allow: [], block: [] });
    await fakeBrowser.storage.local.set({ guard: { block: ['evil.example'] } });
    expect(await getGuardLists()).toEqual({ allow: [], block: ['evil.example'] });
    await fakeBrowser.storage.local.set({ guard: { allow: ['good.example'] } });
    expect(await getGuardLists()).toEqual({ allow: ['good.example'], block: [] });
  });

  it('keeps each list cleaned: hosts as typed made plain, nonsense dropped, each once, sorted', async () => {
    const kept = await setGuardLists({ allow: ['https://WWW.Zeta.example/x', 'alpha.example.', 'not a host', 'alpha.example'], block: [' Evil.example ', ''] });
    expect(kept).toEqual({ allow: ['alpha.example', 'zeta.example'], block: ['evil.example'] });
    expect(await fakeBrowser.storage.local.get('guard')).toEqual({ guard: kept });
    expect(await getGuardLists()).toEqual(kept);
  });

  it('remembers the sites gone on to after a caution, cleaned the same way', async () => {
    expect(await getSeenSites()).toEqual([]);
    expect(await addSeenSite('www.b.example')).toEqual(['b.example']);
    expect(await addSeenSite('A.example')).toEqual(['a.example', 'b.example']);
    expect(await addSeenSite('b.example')).toEqual(['a.example', 'b.example']);
    expect(await getSeenSites()).toEqual(['a.example', 'b.example']);
    expect(await fakeBrowser.storage.local.get('guardCautionSeen')).toEqual({ guardCautionSeen: ['a.example', 'b.example'] });
  });
});

describe('normalizeHost', () => {
  it('makes a typed site a plain host, or nothing', () => {
    expect(normalizeHost('  HTTPS://Www.Example.COM/path?q  ')).toBe('example.com');
    expect(normalizeHost('example.com...')).toBe('example.com');
    expect(normalizeHost('www.www.example.com')).toBe('www.example.com');
    expect(normalizeHost('sub.www.example.com')).toBe('sub.www.example.com');
    expect(normalizeHost('ftp://files.example.com')).toBe('files.example.com');
    expect(normalizeHost('example.com:8080/x')).toBe('example.com');
    expect(normalizeHost('   ')).toBeUndefined();
    expect(normalizeHost('localhost')).toBeUndefined();
    expect(normalizeHost('exa mple.com')).toBeUndefined();
    expect(normalizeHost('http://')).toBeUndefined();
    expect(normalizeHost('.example.com')).toBeUndefined();
    expect(normalizeHost('a_b.example.com')).toBeUndefined();
    expect(normalizeHost('example.com_x')).toBeUndefined();
    // A scheme only counts at the start: "://" further on is part of the path.
    expect(normalizeHost('example.com/go?to=https://x.example')).toBe('example.com');
  });
});

describe('isSingleSite', () => {
  it('takes a name of two labels or more, or a bracketed IPv6 address, whole', () => {
    expect(isSingleSite('example.com')).toBe(true);
    expect(isSingleSite('[2001:db8::1]')).toBe(true);
    expect(isSingleSite('com')).toBe(false);
    expect(isSingleSite('*.example.com')).toBe(false);
    expect(isSingleSite('example.com/')).toBe(false);
    expect(isSingleSite('x[::1]')).toBe(false);
    expect(isSingleSite('[::1]x')).toBe(false);
  });
});
