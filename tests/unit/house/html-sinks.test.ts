// "Page text is never written as HTML", read from the source tree: no shipped file writes markup
// from a string. Preact's own support for dangerouslySetInnerHTML is the one innerHTML the Firefox
// linter reports in the built pages; this test is why no component ever reaches it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT } from '../../support/source-files';

const SHIPPED = ['entrypoints', 'components', 'utils'];
const HTML_SINK = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|srcdoc)\b|document\.write(ln)?\s*\(|\bparseFromString\s*\([^)]*text\/html/;

/** The lines of `text` that write markup from a string. */
const sinks = (text: string) => text.split('\n').filter((line) => HTML_SINK.test(line.replace(/\/\/.*$/, '')));

describe('no HTML sinks in shipped code', () => {
  it('finds none in entrypoints, components and utils', () => {
    const found = SHIPPED.flatMap(filesUnder).flatMap((file) => sinks(readFileSync(join(ROOT, file), 'utf8')).map((line) => `${file}: ${line.trim()}`));
    expect(found).toEqual([]);
  });

  it('would catch each way of writing markup', () => {
    for (const line of [
      'el.innerHTML = caption;',
      'node.outerHTML = x',
      "el.insertAdjacentHTML('beforeend', s)",
      '<div dangerouslySetInnerHTML={{ __html: s }} />',
      'document.write(s)',
      "new DOMParser().parseFromString(s, 'text/html')",
      'range.createContextualFragment(s)',
      'frame.srcdoc = page',
    ])
      expect(sinks(line), line).toHaveLength(1);
    expect(sinks('el.textContent = caption; // not innerHTML')).toEqual([]);
  });
});
