// The observer's hook into the data calls a page makes itself, for the page's own world (MAIN),
// installed at document_start before the page's scripts. Passive by construction: the page's
// fetch and XMLHttpRequest.open are called exactly as the page called them (same `this`, same
// arguments, first), the page gets back the very promise and Response they return, and nothing is
// sent, repeated, delayed or changed. Only a response whose URL `isWanted` accepts (checked before
// any body is touched) is cloned, and its body is handed on after the page has its response.
// Anything that throws here is swallowed: the page works as before. No imports: this file ships
// into the page's world beside its own scripts.

/** A response the page received, as the observer hands it on. */
export interface DataCall {
  /** The absolute request URL (it says which days the values cover). */
  url: string;
  /** The body as text, exactly as received. */
  body: string;
  /** When the page had the response (epoch ms). */
  receivedAt: number;
}

/** What the tap uses of the page's window; tests hand it a DOM emulation's. */
export type TapWindow = Pick<typeof globalThis, 'fetch' | 'XMLHttpRequest' | 'Request' | 'URL' | 'location' | 'setTimeout'>;

/** Bodies longer than this are not Studio's data (a year of days is a few kilobytes) and are left alone. */
export const MAX_BODY_CHARS = 4_000_000;

const ignore = () => undefined;

export function tapDataCalls(win: TapWindow, isWanted: (url: string) => boolean, deliver: (call: DataCall) => void): void {
  const later = (work: () => void) => {
    // A task of its own, after the page's reactions to the same response.
    win.setTimeout(() => {
      try {
        work();
      } catch {
        // The page works as before.
      }
    }, 0);
  };
  const wantedUrl = (input: unknown): string | undefined => {
    // Only what needs no page code to read: a page object's toString() is never called.
    const raw = typeof input === 'string' ? input : input instanceof win.URL ? input.href : win.Request && input instanceof win.Request ? input.url : undefined;
    if (raw === undefined) return undefined;
    const url = new win.URL(raw, win.location.href).href;
    return isWanted(url) ? url : undefined;
  };
  try {
    tapFetch(win, wantedUrl, deliver, later);
  } catch {
    // Left as the page had it.
  }
  try {
    tapXhr(win, wantedUrl, deliver, later);
  } catch {
    // Left as the page had it.
  }
}

type Later = (work: () => void) => void;

function tapFetch(win: TapWindow, wantedUrl: (input: unknown) => string | undefined, deliver: (call: DataCall) => void, later: Later): void {
  const original = win.fetch;
  if (typeof original !== 'function') return;
  const observed = {
    // A method: like the native one it has no `prototype`, and `this` is whatever the page passed.
    fetch(this: unknown, input: RequestInfo | URL): Promise<Response> {
      // eslint-disable-next-line prefer-rest-params -- the page's exact arguments, however many
      const pending = Reflect.apply(original, this, arguments) as Promise<Response>;
      try {
        const url = wantedUrl(input);
        // Registered before the page's own reaction, so the clone is taken before it reads the body.
        // The rejection handler only keeps our branch quiet; the page's promise is the one it got.
        if (url && typeof pending?.then === 'function') pending.then((response) => copyBody(url, response, deliver, later), ignore);
      } catch {
        // The page works as before.
      }
      return pending;
    },
  }.fetch;
  disguise(observed, original);
  win.fetch = observed as typeof win.fetch;
}

function copyBody(url: string, response: Response, deliver: (call: DataCall) => void, later: Later): void {
  try {
    if (!response?.ok) return;
    const receivedAt = Date.now();
    response
      .clone()
      .text()
      .then((body) => later(() => body.length <= MAX_BODY_CHARS && deliver({ url, body, receivedAt })), ignore);
  } catch {
    // A body the page already used, or a Response-like object: nothing to copy.
  }
}

function tapXhr(win: TapWindow, wantedUrl: (input: unknown) => string | undefined, deliver: (call: DataCall) => void, later: Later): void {
  const proto = win.XMLHttpRequest?.prototype;
  const original = proto?.open;
  if (!proto || typeof original !== 'function') return;
  const wanted = new WeakMap<XMLHttpRequest, string>();
  function loaded(this: XMLHttpRequest): void {
    try {
      const url = wanted.get(this);
      if (!url || this.status < 200 || this.status > 299) return;
      const receivedAt = Date.now();
      // Read now (a reused request forgets it on its next open), handed on later.
      const type = this.responseType;
      const body: unknown = type === '' || type === 'text' ? this.responseText : type === 'json' ? this.response : undefined;
      if (body === undefined || body === null) return;
      later(() => {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        if (text.length <= MAX_BODY_CHARS) deliver({ url, body: text, receivedAt });
      });
    } catch {
      // The page works as before.
    }
  }
  const observed = {
    open(this: XMLHttpRequest, _method: string, url: string | URL): void {
      // eslint-disable-next-line prefer-rest-params -- the page's exact arguments, however many
      const result = Reflect.apply(original, this, arguments) as void;
      try {
        const wantedAt = wantedUrl(url);
        if (wantedAt) {
          wanted.set(this, wantedAt);
          // The same function twice is one listener: a reused request is not read twice.
          this.addEventListener('load', loaded);
        } else wanted.delete(this);
      } catch {
        // The page works as before.
      }
      return result;
    },
  }.open;
  disguise(observed, original);
  proto.open = observed as typeof proto.open;
}

/** The wrapper reads as the function it wraps: its name, its arity and its source text (scripts that check for "[native code]"). */
function disguise(wrapper: object, original: (...args: never[]) => unknown): void {
  Object.defineProperty(wrapper, 'name', { value: original.name, configurable: true });
  Object.defineProperty(wrapper, 'length', { value: original.length, configurable: true });
  const source = Function.prototype.toString.call(original);
  Object.defineProperty(wrapper, 'toString', { value: { toString: () => source }.toString, configurable: true, writable: true });
}
