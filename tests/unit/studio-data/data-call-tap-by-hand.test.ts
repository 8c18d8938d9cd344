// The tap at its edges, by hand: bodies of exactly MAX_BODY_CHARS (4 000 000) and one more, the
// statuses that count as a load (200–299), the response types it reads, a JSON body of null, a page
// object that only looks like a Request, and wrappers whose properties a page can redefine as it
// could the native function's.
import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS, tapDataCalls, type DataCall, type TapWindow } from '@/utils/studio-data/data-call-tap';

const PAGE = 'https://www.tiktok.com/tiktokstudio/analytics';
const DATA_URL = 'https://www.tiktok.com/aweme/v2/data/insight/?type_requests=%5B%5D';
const isWanted = (url: string) => url.includes('/aweme/v2/data/insight/');
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** What the tap uses of an XMLHttpRequest, driven by the test. */
class FakeXhr extends EventTarget {
  status = 0;
  responseType: XMLHttpRequestResponseType = '';
  responseText = '';
  response: unknown = '';
  open(): void {}
  answer(status: number, body: string, type: XMLHttpRequestResponseType = '', response: unknown = body): void {
    this.status = status;
    this.responseType = type;
    this.responseText = type === '' || type === 'text' ? body : '';
    this.response = response;
    this.dispatchEvent(new Event('load'));
  }
}

function tapped(fetchImpl: (...args: unknown[]) => Promise<Response> = () => Promise.resolve(new Response('')), wanted = isWanted) {
  class Xhr extends FakeXhr {}
  const win = { fetch: fetchImpl, XMLHttpRequest: Xhr, Request, URL, location: { href: PAGE }, setTimeout } as unknown as TapWindow;
  const calls: DataCall[] = [];
  tapDataCalls(win, wanted, (call) => calls.push(call));
  const xhr = () => new win.XMLHttpRequest() as unknown as FakeXhr & { open(method: string, url: string): void };
  return { win, calls, xhr };
}

describe('bodies up to MAX_BODY_CHARS', () => {
  const longest = 'x'.repeat(4_000_000);

  it('fetch: 4 000 000 characters are handed on, 4 000 001 are not', async () => {
    expect(MAX_BODY_CHARS).toBe(4_000_000);
    let body = longest;
    const { win, calls } = tapped(() => Promise.resolve(new Response(body)));
    await win.fetch(DATA_URL);
    body = `${longest}x`;
    await win.fetch(DATA_URL);
    await settle();
    expect(calls.map((c) => c.body.length)).toEqual([4_000_000]);
  });

  it('XMLHttpRequest: 4 000 000 characters are handed on, 4 000 001 are not', async () => {
    const { calls, xhr } = tapped();
    for (const body of [longest, `${longest}x`]) {
      const request = xhr();
      request.open('GET', DATA_URL);
      request.answer(200, body);
    }
    await settle();
    expect(calls.map((c) => c.body.length)).toEqual([4_000_000]);
  });
});

describe('which loads are read', () => {
  it('statuses 200 to 299 are; 199 and 300 are not', async () => {
    const { calls, xhr } = tapped();
    for (const status of [199, 200, 299, 300]) {
      const request = xhr();
      request.open('GET', DATA_URL);
      request.answer(status, `{"status":${status}}`);
    }
    await settle();
    expect(calls.map((c) => c.body)).toEqual(['{"status":200}', '{"status":299}']);
  });

  it("response type 'text' is read like '', 'json' from its parsed response, and nothing else", async () => {
    const { calls, xhr } = tapped();
    const answers: Array<[XMLHttpRequestResponseType, string, unknown]> = [
      ['text', '{"a":1}', '{"a":1}'],
      ['json', '', { b: 2 }],
      ['arraybuffer', '', '{"c":3}'],
      ['json', '', null],
    ];
    for (const [type, text, response] of answers) {
      const request = xhr();
      request.open('GET', DATA_URL);
      request.answer(200, text, type, response);
    }
    await settle();
    expect(calls.map((c) => c.body)).toEqual(['{"a":1}', '{"b":2}']);
  });
});

describe('what a URL is read from', () => {
  it('a page object with a url is not a Request, and a number is no URL: neither is read, even when every URL is wanted', async () => {
    const { win, calls } = tapped(() => Promise.resolve(new Response('{}')), () => true);
    const fetchAny = win.fetch as unknown as (input: unknown) => Promise<Response>;
    await fetchAny({ url: DATA_URL });
    await fetchAny(42);
    await settle();
    expect(calls).toEqual([]);
  });
});

describe('the wrappers', () => {
  it('keep name, length and toString redefinable, as they are on a native function', () => {
    const { win } = tapped();
    const open = win.XMLHttpRequest.prototype.open;
    for (const wrapper of [win.fetch, open]) {
      expect(Object.getOwnPropertyDescriptor(wrapper, 'name')?.configurable).toBe(true);
      expect(Object.getOwnPropertyDescriptor(wrapper, 'length')?.configurable).toBe(true);
      expect(Object.getOwnPropertyDescriptor(wrapper, 'toString')).toMatchObject({ configurable: true, writable: true });
    }
  });
});
