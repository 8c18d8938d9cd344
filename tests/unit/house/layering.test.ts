// The house's conventions, read from the source tree (as refined-github's build/features.test.ts
// does): which folder may import which, where the extension APIs may be touched, what never ships,
// and that every file name says what it is. A new import against the layering fails here.
import { readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT } from '../../support/source-files';

interface Import {
  from: string;
  /** A project path without extension (`utils/reader/snapshot`), or `npm:<package>`. */
  to: string;
  typeOnly: boolean;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string, text = readFileSync(join(ROOT, file), 'utf8')): Import[] {
  const found: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4];
    const to = spec.startsWith('@/')
      ? spec.slice(2)
      : spec.startsWith('.')
        ? posix.normalize(posix.join(posix.dirname(file), spec))
        : `npm:${spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]}`;
    found.push({ from: file, to: to.replace(/\.(ts|tsx)$/, ''), typeOnly: Boolean(m[2]) });
  }
  return found;
}

/** `utils/reader/read-page.ts` → `utils/reader`; `components/popup/Cards.tsx` → `components/popup`. */
const folderOf = (path: string) => path.split('/').slice(0, 2).join('/');

/**
 * Which folders each folder may import (its own always). Lower layers never reach up: the reader
 * knows nothing of the store, the store nothing of views, utils nothing of components.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'utils/reader': [],
  'utils/guard': [],
  'utils/guard-feeds': ['utils/guard'],
  'utils/series': ['utils/reader', 'utils/platform'],
  'utils/import': ['utils/reader', 'utils/platform'],
  'utils/insights': ['utils/reader', 'utils/series', 'utils/platform'],
  // The timeline contract and its one precedence rule; the store builds on it, views read it.
  'utils/timeline': ['utils/reader', 'utils/series', 'utils/platform'],
  'utils/history': ['utils/reader', 'utils/series', 'utils/import', 'utils/insights', 'utils/timeline', 'utils/platform'],
  // View models: pure functions over timelines; they never reach the store (it hands them a source).
  'utils/views': ['utils/reader', 'utils/series', 'utils/insights', 'utils/timeline', 'utils/platform'],
  'utils/page-features': ['utils/reader', 'utils/platform'],
  // The protocol names every service's types, and formatting reads each metric's unit.
  'utils/platform': ['utils/reader', 'utils/series', 'utils/import', 'utils/insights', 'utils/history', 'utils/guard', 'utils/timeline', 'utils/views'],
};
const RUNTIME_UTILS = Object.keys(MAY_IMPORT).filter((f) => f !== 'utils/guard-feeds');

function allowedFor(folder: string): readonly string[] | undefined {
  if (folder in MAY_IMPORT) return MAY_IMPORT[folder];
  // Shared views; each page's components use them and any runtime logic, never another page's.
  if (folder === 'components/common') return RUNTIME_UTILS;
  if (folder.startsWith('components/')) return ['components/common', ...RUNTIME_UTILS];
  // Entrypoints mount one page's components (or the background's services) and wire browser events.
  if (folder.startsWith('entrypoints/')) return ['components/*', ...RUNTIME_UTILS];
  return undefined;
}

/** Breaks of the layering among `files`: one line each, empty when the house holds. */
function layeringBreaks(imports: Import[]): string[] {
  const breaks: string[] = [];
  for (const { from, to } of imports) {
    if (to.startsWith('npm:')) continue;
    const source = folderOf(from);
    const target = folderOf(to);
    if (source === target || target.startsWith('assets/') || target.startsWith('public/')) continue;
    const allowed = allowedFor(source);
    if (!allowed) {
      breaks.push(`${from}: its folder ${source} has no place in the layering (add it to MAY_IMPORT)`);
      continue;
    }
    const ok = allowed.some((a) => (a.endsWith('/*') ? target.startsWith(a.slice(0, -1)) : a === target));
    if (!ok) breaks.push(`${from} imports ${to}: ${source} may import only ${allowed.join(', ') || 'nothing outside itself'}`);
  }
  return breaks;
}

const SOURCE = ['utils', 'components', 'entrypoints'].flatMap(filesUnder);
const SOURCE_IMPORTS = SOURCE.flatMap((f) => importsOf(f));

describe('the house', () => {
  it('every import follows the layering', () => {
    expect(layeringBreaks(SOURCE_IMPORTS)).toEqual([]);
  });

  it('the layering check fails on an import against it', () => {
    const upward = importsOf('utils/reader/read-page.ts', "import { openLensDB } from '../history/database';\n");
    const otherPage = importsOf('components/popup/Cards.tsx', "import { Compare } from '@/components/dashboard/Compare';\n");
    const typeOnly = importsOf('utils/series/series-math.ts', "import type { PopupData } from '../views/popup-view';\n");
    const storeToViews = importsOf('utils/history/timeline-reads.ts', "import type { ViewSource } from '../views/view-source';\n");
    expect(layeringBreaks(storeToViews)).toHaveLength(1);
    expect(layeringBreaks(upward)).toHaveLength(1);
    expect(layeringBreaks(otherPage)).toHaveLength(1);
    expect(layeringBreaks(typeOnly)).toHaveLength(1);
    expect(layeringBreaks(importsOf('utils/history/records.ts', "import type { MetricKey } from '../reader/snapshot';\n"))).toEqual([]);
  });

  it('pure logic never touches the extension APIs; only platform, the guard lists and the views do', () => {
    const EXTENSION_API = new Set(['npm:webextension-polyfill', 'npm:wxt']);
    const MAY_USE_BROWSER = (file: string) =>
      file.startsWith('utils/platform/') || file === 'utils/guard/guard-lists.ts' || !file.startsWith('utils/');
    const offenders = SOURCE_IMPORTS.filter((i) => EXTENSION_API.has(i.to) && !MAY_USE_BROWSER(i.from)).map((i) => i.from);
    const code = (f: string) => readFileSync(join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const globals = SOURCE.filter((f) => !MAY_USE_BROWSER(f) && /\b(?:browser|chrome)\.(?:runtime|storage|tabs|declarativeNetRequest|permissions)\b/.test(code(f)));
    expect([...offenders, ...globals]).toEqual([]);
  });

  it('nothing that ships imports build-time tools, tests or scripts', () => {
    const shipped = SOURCE_IMPORTS.filter((i) => !i.from.startsWith('utils/guard-feeds/'));
    expect(shipped.filter((i) => /^(utils\/guard-feeds|tests|scripts)\//.test(i.to)).map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('tests never import scripts: the shared harness lives in tests/support, which scripts use', () => {
    const testImports = filesUnder('tests').flatMap((f) => importsOf(f));
    expect(testImports.filter((i) => i.to.startsWith('scripts/')).map((i) => `${i.from} → ${i.to}`)).toEqual([]);
    const scriptImports = filesUnder('scripts').flatMap((f) => importsOf(f));
    expect(scriptImports.filter((i) => i.to.startsWith('tests/') && !/^tests\/(support|fixtures)\//.test(i.to)).map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('entrypoints only mount: no entry file defines a component or holds page logic', () => {
    const entryFiles = filesUnder('entrypoints').filter((f) => !f.startsWith('entrypoints/background/'));
    const fat = entryFiles.filter((f) => {
      const text = readFileSync(join(ROOT, f), 'utf8');
      return /\bfunction\s+[A-Z]\w*\s*\(/.test(text) || text.split('\n').length > 40;
    });
    expect(fat).toEqual([]);
  });

  it('every source file name is unique across the tree and says what it is', () => {
    const names = [...SOURCE, ...filesUnder('scripts'), ...filesUnder('tests/support')]
      .filter((f) => !/\/(index\.ts|main\.tsx)$/.test(f))
      .map((f) => basename(f).replace(/\.(ts|tsx)$/, ''));
    const repeated = names.filter((n, i) => names.indexOf(n) !== i);
    expect(repeated).toEqual([]);
    // Names that say nothing on their own.
    expect(names.filter((n) => /^(types|utils|helpers|misc|common|summary|labels|settings|csv|index2?)$/.test(n))).toEqual([]);
  });
});
