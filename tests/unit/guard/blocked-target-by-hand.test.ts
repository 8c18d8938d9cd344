// The warning page's fragment read by hand: with or without its '#', verbatim or escaped once,
// and what is shown when it is no web page.
import { describe, expect, it } from 'vitest';
import { proceedHost, readBlockedTarget } from '@/utils/guard/blocked-target';

describe('readBlockedTarget by hand', () => {
  it('reads the address with or without the leading "#"', () => {
    expect(readBlockedTarget('#https://Evil.example/a?b=1')).toEqual({ ok: true, href: 'https://evil.example/a?b=1', host: 'evil.example' });
    expect(readBlockedTarget('https://evil.example/a')).toEqual({ ok: true, href: 'https://evil.example/a', host: 'evil.example' });
  });

  it('tries one decoding when the verbatim text is no web address', () => {
    expect(readBlockedTarget('#https%3A%2F%2Fevil.example%2Fa')).toEqual({ ok: true, href: 'https://evil.example/a', host: 'evil.example' });
  });

  it('shows what it could not read, decoded once where it can be', () => {
    expect(readBlockedTarget('#ftp%3A%2F%2Ffiles.example%2F')).toEqual({ ok: false, raw: 'ftp://files.example/' });
    expect(readBlockedTarget('#javascript:alert(1)')).toEqual({ ok: false, raw: 'javascript:alert(1)' });
    expect(readBlockedTarget('#%E0%A4%A')).toEqual({ ok: false, raw: '%E0%A4%A' });
    expect(readBlockedTarget('')).toEqual({ ok: false, raw: '' });
  });

  it('lets through only web pages', () => {
    expect(proceedHost('http://Sub.Evil.example:8080/x')).toBe('sub.evil.example');
    expect(proceedHost('data:text/html,hi')).toBeUndefined();
    expect(proceedHost('not a url')).toBeUndefined();
  });
});
