// The observer's tap on the page's fetch and XMLHttpRequest: the page gets exactly what it got
// before (the same promise, the same Response, its arguments and `this` untouched), only wanted
// URLs are copied, and nothing the tap does can break a call.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tapDataCalls, type DataCall, type TapWindow } from '@/utils/studio-data/data-call-tap';

const PAGE = 'https://www.tiktok.com/tiktokstudio/analytics';
const DATA_URL = 'https://www.tiktok.com/aweme/v2/data/insight/?type_requests=%5B%5D';
const BODY = '{"status_code":0,"vv_history":[{"status":0,"value":12}]}';
const isWanted = (url: string) => url.includes('/aweme/v2/data/insight/');

/** Runs the tap's deferred hand-offs (a task after the page's). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A small XMLHttpRequest: what the tap uses of one, driven by the test. */
class FakeXhr extends EventTarget {
  readyState = 0;
  status = 0;
  responseType: XMLHttpRequestResponseType = '';
  responseText = '';
  response: unknown = '';
  opened: unknown[] = [];
  open(...args: unknown[]): void {
    this.opened = args;
    this.readyState = 1;
  }
  /** The server answers: readyState 4, then load (as a browser does). */
  answer(status: number, body: string, type: XMLHttpRequestResponseType = ''): void {
    this.status = status;
    this.responseType = type;
    this.readyState = 4;
    if (type === 'json') this.response = JSON.parse(body);
    else this.responseText = this.response = body;
    this.dispatchEvent(new Event('readystatechange'));
    this.dispatchEvent(new Event('load'));
  }
}

function pageWindow(fetchImpl: (...args: unknown[]) => Promise<Response>) {
  class Xhr extends FakeXhr {}
  const win = { fetch: fetchImpl, XMLHttpRequest: Xhr, Request, URL, location: { href: PAGE }, setTimeout } as unknown as TapWindow;
  const calls: DataCall[] = [];
  return { win, Xhr, calls, deliver: (call: DataCall) => calls.push(call) };
}

afterEach(() => vi.restoreAllMocks());

describe('fetch', () => {
  it('hands the page the very promise and Response its fetch returned, called with its own this and arguments', async () => {
    const response = new Response(BODY, { status: 200 });
    const promise = Promise.resolve(response);
    const seen: Array<{ self: unknown; args: unknown[] }> = [];
    const original = function (this: unknown, ...args: unknown[]) {
      seen.push({ self: this, args });
      return promise;
    };
    const { win, calls, deliver } = pageWindow(original);
    tapDataCalls(win, isWanted, deliver);
    expect(win.fetch).not.toBe(original);

    const init = { method: 'GET', credentials: 'include' as const };
    const self = { marker: true };
    const returned = (win.fetch as unknown as (...a: unknown[]) => Promise<Response>).call(self, '/aweme/v2/data/insight/?type_requests=%5B%5D', init, 'extra');
    expect(returned).toBe(promise);
    expect(seen).toEqual([{ self, args: ['/aweme/v2/data/insight/?type_requests=%5B%5D', init, 'extra'] }]);
    expect(seen[0].args[1]).toBe(init);
    const got = await returned;
    expect(got).toBe(response);
    // The page reads its body as before, after the copy was taken.
    expect(await got.json()).toEqual(JSON.parse(BODY));
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ url: DATA_URL, body: BODY });
    expect(calls[0].receivedAt).toBeGreaterThan(Date.now() - 5000);
  });

  it('never clones or reads a response whose URL it does not want', async () => {
    const clone = vi.spyOn(Response.prototype, 'clone');
    const { win, calls, deliver } = pageWindow(() => Promise.resolve(new Response('{}')));
    tapDataCalls(win, isWanted, deliver);
    await win.fetch('https://www.tiktok.com/api/other/?a=1');
    await win.fetch(new URL('https://www.tiktok.com/tiktokstudio/api/web/user'));
    await settle();
    expect(clone).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });

  it('reads the URL of a Request and of a URL object, and never calls a page object\'s toString', async () => {
    const { win, calls, deliver } = pageWindow(() => Promise.resolve(new Response(BODY)));
    tapDataCalls(win, isWanted, deliver);
    await win.fetch(new Request(DATA_URL));
    await win.fetch(new URL(DATA_URL));
    const sneaky = { toString: vi.fn(() => DATA_URL) };
    await (win.fetch as unknown as (input: unknown) => Promise<Response>)(sneaky);
    await settle();
    expect(calls.map((c) => c.url)).toEqual([DATA_URL, DATA_URL]);
    expect(sneaky.toString).not.toHaveBeenCalled();
  });

  it('survives a clone that throws and a body that fails: the page gets its response, nothing is handed on', async () => {
    vi.spyOn(Response.prototype, 'clone').mockImplementationOnce(() => {
      throw new TypeError('Body has already been used');
    });
    const { win, calls, deliver } = pageWindow(() => Promise.resolve(new Response(BODY)));
    tapDataCalls(win, isWanted, deliver);
    const first = await win.fetch(DATA_URL);
    expect(await first.text()).toBe(BODY);

    vi.spyOn(Response.prototype, 'clone').mockImplementationOnce(() => ({ text: () => Promise.reject(new Error('aborted')) }) as unknown as Response);
    const second = await win.fetch(DATA_URL);
    expect(await second.text()).toBe(BODY);
    await settle();
    expect(calls).toEqual([]);
  });

  it('survives a filter and a hand-off that throw', async () => {
    const { win, deliver } = pageWindow(() => Promise.resolve(new Response(BODY)));
    tapDataCalls(win, () => {
      throw new Error('filter broke');
    }, deliver);
    expect(await (await win.fetch(DATA_URL)).text()).toBe(BODY);

    const other = pageWindow(() => Promise.resolve(new Response(BODY)));
    tapDataCalls(other.win, isWanted, () => {
      throw new Error('hand-off broke');
    });
    expect(await (await other.win.fetch(DATA_URL)).text()).toBe(BODY);
    await settle();
  });

  it('passes a rejection to the page unchanged, and hands on no error response', async () => {
    const failure = new TypeError('Failed to fetch');
    const { win, calls, deliver } = pageWindow(() => Promise.reject(failure));
    tapDataCalls(win, isWanted, deliver);
    await expect(win.fetch(DATA_URL)).rejects.toBe(failure);

    const erring = pageWindow(() => Promise.resolve(new Response(BODY, { status: 500 })));
    tapDataCalls(erring.win, isWanted, erring.deliver);
    expect((await erring.win.fetch(DATA_URL)).status).toBe(500);
    await settle();
    expect([...calls, ...erring.calls]).toEqual([]);
  });

  it('passes a synchronous throw of the page\'s fetch through unchanged', () => {
    const failure = new TypeError('Illegal invocation');
    const { win, deliver } = pageWindow(() => {
      throw failure;
    });
    tapDataCalls(win, isWanted, deliver);
    expect(() => win.fetch(DATA_URL)).toThrow(failure);
  });

  it('reads as the function it wraps: name, arity, source text, no prototype', () => {
    const { win, deliver } = pageWindow(window.fetch as never);
    const original = win.fetch;
    tapDataCalls(win, isWanted, deliver);
    expect(win.fetch.name).toBe(original.name);
    expect(win.fetch.length).toBe(original.length);
    expect(win.fetch.toString()).toBe(Function.prototype.toString.call(original));
    expect('prototype' in win.fetch).toBe('prototype' in original);
  });
});

describe('XMLHttpRequest', () => {
  it('keeps the constructor and instanceof, calls open with its this and arguments, and hands on the loaded text', async () => {
    const { win, Xhr, calls, deliver } = pageWindow(() => Promise.resolve(new Response('')));
    const originalOpen = Xhr.prototype.open;
    tapDataCalls(win, isWanted, deliver);
    expect(win.XMLHttpRequest).toBe(Xhr);
    expect(Xhr.prototype.open).not.toBe(originalOpen);
    expect(Xhr.prototype.open.toString()).toBe(Function.prototype.toString.call(originalOpen));

    const xhr = new win.XMLHttpRequest() as unknown as FakeXhr;
    expect(xhr).toBeInstanceOf(Xhr);
    xhr.open('GET', '/aweme/v2/data/insight/?type_requests=%5B%5D', true);
    expect(xhr.opened).toEqual(['GET', '/aweme/v2/data/insight/?type_requests=%5B%5D', true]);
    expect(xhr.readyState).toBe(1);
    const pageSaw: string[] = [];
    xhr.addEventListener('load', () => pageSaw.push(xhr.responseText));
    xhr.answer(200, BODY);
    expect(pageSaw).toEqual([BODY]);
    // Handed on after the page's own handlers, in a task of its own.
    expect(calls).toEqual([]);
    await settle();
    expect(calls).toEqual([{ url: DATA_URL, body: BODY, receivedAt: expect.any(Number) }]);
  });

  it('reads a JSON response type, and nothing of unwanted URLs, failed loads or binary bodies', async () => {
    const { win, calls, deliver } = pageWindow(() => Promise.resolve(new Response('')));
    tapDataCalls(win, isWanted, deliver);
    const json = new win.XMLHttpRequest() as unknown as FakeXhr;
    json.open('GET', DATA_URL);
    json.answer(200, BODY, 'json');
    const other = new win.XMLHttpRequest() as unknown as FakeXhr;
    other.open('GET', 'https://www.tiktok.com/api/other');
    other.answer(200, BODY);
    const failed = new win.XMLHttpRequest() as unknown as FakeXhr;
    failed.open('GET', DATA_URL);
    failed.answer(404, BODY);
    const binary = new win.XMLHttpRequest() as unknown as FakeXhr;
    binary.open('GET', DATA_URL);
    binary.answer(200, BODY, 'arraybuffer');
    await settle();
    expect(calls.map((c) => JSON.parse(c.body))).toEqual([JSON.parse(BODY)]);
  });

  it('a request reused for another URL is no longer read', async () => {
    const { win, calls, deliver } = pageWindow(() => Promise.resolve(new Response('')));
    tapDataCalls(win, isWanted, deliver);
    const xhr = new win.XMLHttpRequest() as unknown as FakeXhr;
    xhr.open('GET', DATA_URL);
    xhr.open('GET', 'https://www.tiktok.com/api/other');
    xhr.answer(200, BODY);
    await settle();
    expect(calls).toEqual([]);
  });

  it('passes open\'s own throw through, and survives a throwing filter', () => {
    const { win, Xhr, deliver } = pageWindow(() => Promise.resolve(new Response('')));
    const failure = new SyntaxError('Invalid URL');
    Xhr.prototype.open = () => {
      throw failure;
    };
    tapDataCalls(win, () => {
      throw new Error('filter broke');
    }, deliver);
    const xhr = new win.XMLHttpRequest() as unknown as FakeXhr;
    expect(() => xhr.open('GET', DATA_URL)).toThrow(failure);
  });
});

describe('a page without fetch or XMLHttpRequest', () => {
  it('is left as it is', () => {
    const win = { URL, location: { href: PAGE }, setTimeout } as unknown as TapWindow;
    expect(() => tapDataCalls(win, isWanted, () => undefined)).not.toThrow();
    expect(win.fetch).toBeUndefined();
  });
});
