// Privileged messages are answered only for the extension's own top-level pages (issue 13, finding 6).
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MESSAGES, isOwnPage } from '@/utils/protocol/messaging';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const tab = { id: 7, index: 0, windowId: 1 } as chrome.tabs.Tab;

describe('isOwnPage', () => {
  it('accepts the popup, a dashboard tab and the warning page', () => {
    expect(isOwnPage({ id: ID, url: `chrome-extension://${ID}/popup.html` }, ID)).toBe(true);
    expect(isOwnPage({ id: ID, url: `chrome-extension://${ID}/dashboard.html`, tab, frameId: 0 }, ID)).toBe(true);
    expect(isOwnPage({ id: ID, url: 'moz-extension://5b9e1c0a-1111-4a4a-9999-000000000000/warning.html', tab, frameId: 0 }, ID)).toBe(true);
  });

  it('refuses a content script, a framed extension page and another extension', () => {
    expect(isOwnPage({ id: ID, url: 'https://www.tiktok.com/tiktokstudio/analytics', tab, frameId: 0 }, ID)).toBe(false);
    expect(isOwnPage({ id: ID, url: `chrome-extension://${ID}/warning.html`, tab, frameId: 4 }, ID)).toBe(false);
    expect(isOwnPage({ id: 'other', url: 'chrome-extension://other/page.html' }, ID)).toBe(false);
    expect(isOwnPage({ id: ID }, ID)).toBe(false);
  });
});

describe('messages a content script may send', () => {
  it("are only the capture and the page check's findings", () => {
    // guardPageVerdict (issue 31): the page check's signal names; the background judges the sender's own tab.
    expect([...CONTENT_SCRIPT_MESSAGES].sort()).toEqual(['capturePage', 'guardPageVerdict', 'saveStudioResponses']);
    // A capture as the store's own shape (the seeding of tests, the bench and the demo) only from the extension's pages.
    expect(CONTENT_SCRIPT_MESSAGES.has('saveSnapshot')).toBe(false);
    // A batch already read (the store's own shape) comes only from the extension's pages: a content script sends what the page received.
    expect(CONTENT_SCRIPT_MESSAGES.has('saveStudioData')).toBe(false);
    for (const privileged of ['clearAll', 'restoreBackup', 'makeBackup', 'exportCsv', 'guardSetLists', 'guardGetLists', 'guardAllowAlways', 'guardProceedOnce'])
      expect(CONTENT_SCRIPT_MESSAGES.has(privileged as never)).toBe(false);
  });
});
