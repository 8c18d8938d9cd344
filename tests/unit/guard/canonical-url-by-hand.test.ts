// URL canonicalisation, each rule with its answer written by hand: the fast path for plain
// addresses and the parser's path for the rest give the same host and path.
import { describe, expect, it } from 'vitest';
import { canonicalize } from '@/utils/guard/canonical-url';

describe('canonicalize by hand', () => {
  it('reads a plain address on the fast path: host as is, path lowercased with repeated slashes collapsed', () => {
    expect(canonicalize('https://www.example.com/A//B///c')).toEqual({ host: 'www.example.com', path: '/a/b/c', isIp: false });
    expect(canonicalize('https://example.com')).toEqual({ host: 'example.com', path: '/', isIp: false });
    expect(canonicalize('http://example.com?q=1')).toEqual({ host: 'example.com', path: '/', isIp: false });
    expect(canonicalize('http://example.com/Free#Top')).toEqual({ host: 'example.com', path: '/free', isIp: false });
  });

  it('reads the rest with the parser: case, spaces, control characters, a missing scheme, dots', () => {
    expect(canonicalize(' \tHTTPS://EXAMPLE.com\n/Path ')).toEqual({ host: 'example.com', path: '/path', isIp: false });
    expect(canonicalize('Example.com/X')).toEqual({ host: 'example.com', path: '/x', isIp: false });
    // A colon later in the address is no scheme.
    expect(canonicalize('Example.com/a:b')).toEqual({ host: 'example.com', path: '/a:b', isIp: false });
    expect(canonicalize('http://example..com./a')).toEqual({ host: 'example.com', path: '/a', isIp: false });
    expect(canonicalize('http://..example.com../')).toEqual({ host: 'example.com', path: '/', isIp: false });
    expect(canonicalize('https://user:pw@example.com:8443/a//b')).toEqual({ host: 'example.com', path: '/a/b', isIp: false });
    // Punycode leaves the fast path, and stays punycode.
    expect(canonicalize('https://xn--tktok-n2e.com/')).toEqual({ host: 'xn--tktok-n2e.com', path: '/', isIp: false });
    // Punycode the browser cannot decode is no address, even where it looks plain.
    expect(canonicalize('https://xn--99999999999999.com/')).toBeUndefined();
    expect(canonicalize('https://tіktok.com/')).toEqual({ host: 'xn--tktok-n2e.com', path: '/', isIp: false });
  });

  it('gives nothing for what is no web address', () => {
    expect(canonicalize(42 as unknown as string)).toBeUndefined();
    expect(canonicalize('')).toBeUndefined();
    expect(canonicalize(' \t\n ')).toBeUndefined();
    expect(canonicalize('ftp://example.com/')).toBeUndefined();
    expect(canonicalize('javascript:alert(1)')).toBeUndefined();
    expect(canonicalize('mailto:a@example.com')).toBeUndefined();
    expect(canonicalize('http://./')).toBeUndefined();
    expect(canonicalize('http://exa mple.com/')).toBeUndefined();
  });

  it('unescapes the path up to five times, and leaves a broken escape as it is', () => {
    expect(canonicalize('http://example.com/%2574ik%54ok')?.path).toBe('/tiktok');
    // t escaped five times (%74, %2574, …): read; six times: one escape is left.
    expect(canonicalize('http://example.com/%2525252574')?.path).toBe('/t');
    expect(canonicalize('http://example.com/%252525252574')?.path).toBe('/%74');
    expect(canonicalize('http://example.com/A%E0%A4%A')?.path).toBe('/a%e0%a4%a');
    expect(canonicalize('http://example.com/a%2F%2Fb')?.path).toBe('/a/b');
  });

  it('tells IP addresses, in any form the browser reads, from names', () => {
    expect(canonicalize('http://192.168.0.1/')).toEqual({ host: '192.168.0.1', path: '/', isIp: true });
    expect(canonicalize('http://0xC0A80001/x')).toEqual({ host: '192.168.0.1', path: '/x', isIp: true });
    expect(canonicalize('http://[::1]/')).toEqual({ host: '[::1]', path: '/', isIp: true });
    expect(canonicalize('http://1.2.3.example/')?.isIp).toBe(false);
    expect(canonicalize('http://1.2.3.4a/')?.isIp).toBe(false);
  });

  it('unescapes a host escaped more than once, keeping its port and userinfo where the browser puts them', () => {
    expect(canonicalize('http://%2577ww.example.com/')).toEqual({ host: 'www.example.com', path: '/', isIp: false });
    expect(canonicalize('http://%252577ww.example.com:8080/x')).toEqual({ host: 'www.example.com', path: '/x', isIp: false });
    expect(canonicalize('http://me@%2577ww.example.com:/')).toEqual({ host: 'www.example.com', path: '/', isIp: false });
    expect(canonicalize('http://a@b@%2574iktok.example/')).toEqual({ host: 'tiktok.example', path: '/', isIp: false });
  });

  it('never lets an escaped delimiter move where the host ends', () => {
    expect(canonicalize('http://evil.example%252fgood.example/')).toBeUndefined();
    expect(canonicalize('http://evil.example%2540good.example/')).toBeUndefined();
    expect(canonicalize('http://evil.example%253a80/')).toBeUndefined();
    expect(canonicalize('http://evil%2520x.example/')).toBeUndefined();
  });
});
