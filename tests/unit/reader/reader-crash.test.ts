// A reader crash is said, not swallowed (issue 37): the page counts it as a value it could not
// read, and the page report shows "could not read" with the trace, no page text in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crashTrace, readPage, unreadCount } from '@/utils/reader/read-page';
import { pageReport } from '@/utils/reader/page-report';
import index from '../../fixtures/studio/index.json';
import { closePage, loadPage } from '../../support/load-page';

const DIR = join(__dirname, '../../fixtures/studio');
const { name, url } = index[0];
const html = readFileSync(join(DIR, `${name}.html`), 'utf8');

/** A real fixture page whose first query throws, as a page shaped beyond the reader's imagination would make it. */
function crashingPage(): Document {
  const doc = loadPage(html, url);
  const querySelector = doc.querySelector.bind(doc);
  let thrown = false;
  doc.querySelector = ((selector: string) => {
    if (!thrown) {
      thrown = true;
      throw new TypeError("Cannot read properties of undefined (reading 'el') near 'Sourdough starter 12K'");
    }
    return querySelector(selector);
  }) as Document['querySelector'];
  return doc;
}

describe('a reader crash', () => {
  it('is counted as a value not read, with a trace, and reads nothing', () => {
    const doc = crashingPage();
    const read = readPage(doc, url);
    closePage(doc);
    expect(read.snapshot).toBeNull();
    expect(read.unread).toEqual([]);
    expect(read.crash).toMatch(/^TypeError: Cannot read properties of undefined/);
    expect(unreadCount(read)).toBe(1);
  });

  it('a page read without a crash has none and counts only its unread values', () => {
    const doc = loadPage(html, url);
    const read = readPage(doc, url);
    closePage(doc);
    expect(read.crash).toBeUndefined();
    expect(unreadCount(read)).toBe(read.unread.length);
  });

  it('shows in the page report as "could not read" with the trace, and counts one', () => {
    const doc = crashingPage();
    const report = pageReport(doc, url)!;
    closePage(doc);
    expect(report.unread).toBe(1);
    const lines = report.text.split('\n');
    const at = lines.indexOf('could not read: the reader stopped with an error');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe("  TypeError: Cannot read properties of undefined (reading 'el') near '[text]'");
    // The frames follow: where in the reader it stopped.
    expect(lines[at + 2]).toMatch(/^ {2}at /);
    expect(report.text).not.toContain('Sourdough');
  });
});

describe('crashTrace', () => {
  it('keeps the error kind, code names and frames; hides quoted page text and file folders', () => {
    const error = new RangeError('Invalid count "12K views" for `videoRows`');
    error.stack = [
      'RangeError: Invalid count "12K views" for `videoRows`',
      '    at readVideoRows (chrome-extension://abcdef/content-scripts/studio.js:10:5)',
      '    at readPageUnsafe (/home/someone/creator-lens/utils/reader/read-page.ts:99:12)',
    ].join('\n');
    expect(crashTrace(error)).toBe([
      'RangeError: Invalid count "[text]" for `videoRows`',
      'at readVideoRows (studio.js:10:5)',
      'at readPageUnsafe (read-page.ts:99:12)',
    ].join('\n'));
  });

  it('reads Firefox frames too', () => {
    const error = new Error('boom');
    error.stack = 'readVideoRows@moz-extension://0123-4567/content-scripts/studio.js:10:5\n@moz-extension://0123-4567/content-scripts/studio.js:1:1\n';
    expect(crashTrace(error)).toBe('Error: boom\nreadVideoRows@studio.js:10:5\n@studio.js:1:1');
  });

  it('names what was thrown when it is not an Error', () => {
    expect(crashTrace('a string')).toBe('thrown: string, not an Error');
    expect(crashTrace(undefined)).toBe('thrown: undefined, not an Error');
  });
});
