// The extension API as the browsers themselves give it to a content script, in place of
// webextension-polyfill (wxt.config.ts aliases the package to this file for content scripts only).
// Both browsers answer with promises there: Firefox's `browser`, and Chrome's `chrome` in MV3
// (storage, runtime and i18n are all a content script calls; messages go through
// @webext-core/messaging, which calls `chrome` itself). The polyfill's wrapping is 2.2 KB gz of a
// script that runs on every Studio page (issue 34: the content script's budget).
import type { Browser } from 'webextension-polyfill';

const globals = globalThis as unknown as { browser?: Browser; chrome?: Browser };

/** Firefox's own `browser` where there is one (as the polyfill itself decides), else Chrome's `chrome`. */
const browser: Browser = globals.browser?.runtime?.id ? globals.browser : globals.chrome!;

export default browser;
