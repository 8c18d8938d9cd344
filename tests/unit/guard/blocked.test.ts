// The warning page's address is read once: the host judged, the place "Proceed" goes to and the
// host let through are always the host the browser itself loads (issue 13, finding 1).
import { describe, expect, it } from 'vitest';
import { proceedHost, readBlockedTarget } from '@/utils/guard/blocked-target';
import { canonicalize } from '@/utils/guard/canonical-url';
import { classifyUrl, SCAM_LIST } from '@/utils/guard/classify';
import top500 from '../../fixtures/guard/moz-top-500.json';

// Userinfo that, unescaped once or more, spells an official address or moves the '@'.
const DISGUISES = [
  'www.tiktok.com%2F@',
  'www.tiktok.com%252F@',
  'www.tiktok.com%25252F@',
  'tiktok.com%2540x@',
  'www.tiktok.com%3A443%2F@',
  'www.tiktok.com%5C@',
  'user:p%40ss@',
  '%77%77%77.tiktok.com%2f%3f@',
];

const scamHosts = [...new Set(SCAM_LIST.filter((e) => !e.path).map((e) => e.domain))].slice(0, 150);
const benignHosts = top500.domains.slice(0, 150);

/** The host the browser loads for this URL. */
const browserHost = (url: string) => new URL(url).hostname.replace(/\.$/, '');

describe('readBlockedTarget', () => {
  it('judges and allows the host the browser loads, whatever the userinfo says', () => {
    let checked = 0;
    for (const host of [...scamHosts, ...benignHosts]) {
      for (const disguise of DISGUISES) {
        const url = `https://${disguise}${host}/path?q=1`;
        for (const hash of [`#${url}`, `#${encodeURIComponent(url)}`]) {
          const target = readBlockedTarget(hash);
          expect(target.ok && target.host, hash).toBe(browserHost(url));
          if (!target.ok) continue;
          expect(proceedHost(target.href)).toBe(target.host);
          expect(classifyUrl(target.href).host).toBe(target.host);
          checked++;
        }
      }
    }
    expect(checked).toBe((scamHosts.length + benignHosts.length) * DISGUISES.length * 2);
  });

  it('gives every listed site a scam verdict however its address is disguised', () => {
    for (const host of scamHosts) {
      for (const disguise of DISGUISES) {
        const target = readBlockedTarget(`#https://${disguise}${host}/`);
        expect(target.ok && classifyUrl(target.href).level, `${disguise}${host}`).toBe('known-scam');
      }
    }
  });

  it('reads an address with malformed escapes instead of failing', () => {
    const target = readBlockedTarget('#https://tiktokviewer.com/%E0%A4%A/%zz?q=%');
    expect(target.ok && target.host).toBe('tiktokviewer.com');
  });

  it.each(['ftp://tiktokviewer.com/', 'javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'chrome://settings', '%E0%A4%A', '', 'not a url'])(
    'never proceeds to %j',
    (address) => {
      expect(readBlockedTarget(`#${address}`).ok).toBe(false);
      expect(proceedHost(address)).toBeUndefined();
    },
  );
});

describe('canonicalize never moves the host', () => {
  it('agrees with the browser on every URL the browser can load', () => {
    for (const host of [...scamHosts, ...benignHosts]) {
      for (const disguise of DISGUISES) {
        const url = `http://${disguise}${host}:8080/a/../b`;
        expect(canonicalize(url)?.host).toBe(browserHost(url));
      }
    }
  });

  it('unescapes a host only when it stays one host', () => {
    expect(canonicalize('http://%2577%2577%2577.example.com/')?.host).toBe('www.example.com');
    // An escaped '/' or '@' inside what the browser reads as one (invalid) host never makes a
    // different host appear.
    expect(canonicalize('http://www.tiktok.com%252Fevil.com/')).toBeUndefined();
    expect(canonicalize('http://tiktok.com%2540evil.com/')).toBeUndefined();
  });
});
