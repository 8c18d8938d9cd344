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
  // The floor: browser glue (i18n, settings, languages) and plain helpers; it imports no other folder.
  'utils/platform': [],
  // What each metric is, and how its value and dates are written.
  'utils/metrics': ['utils/platform'],
  'utils/reader': ['utils/metrics'],
  'utils/guard': [],
  'utils/guard-feeds': ['utils/guard'],
  'utils/series': ['utils/platform', 'utils/metrics', 'utils/reader'],
  'utils/import': ['utils/platform', 'utils/metrics', 'utils/reader'],
  'utils/insights': ['utils/platform', 'utils/metrics', 'utils/reader', 'utils/series'],
  // The timeline contract and its one precedence rule; the store builds on it, views read it.
  'utils/timeline': ['utils/platform', 'utils/metrics', 'utils/reader', 'utils/series'],
  // Studio's own data responses (pure): read into exact days, curves and retention.
  'utils/studio-data': ['utils/platform', 'utils/metrics', 'utils/reader'],
  'utils/history': ['utils/platform', 'utils/metrics', 'utils/reader', 'utils/series', 'utils/import', 'utils/timeline', 'utils/studio-data'],
  // View models: pure functions over timelines; they never reach the store (it hands them a source).
  'utils/views': ['utils/platform', 'utils/metrics', 'utils/reader', 'utils/series', 'utils/insights', 'utils/timeline'],
  'utils/page-features': ['utils/platform', 'utils/metrics', 'utils/reader'],
  // The typed message protocol names every service's types; only pages, entrypoints and the background import it.
  'utils/protocol': ['utils/platform', 'utils/metrics', 'utils/reader', 'utils/series', 'utils/import', 'utils/insights', 'utils/history', 'utils/guard', 'utils/timeline', 'utils/views', 'utils/page-features', 'utils/studio-data'],
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

/** Packages that are the extension APIs themselves. */
const isExtensionApi = (to: string) => to === 'npm:webextension-polyfill' || to === 'npm:wxt' || to.startsWith('npm:@webext-core/');

/** Where the browser may be touched: the platform, the protocol, the guard's stored lists, and everything outside utils/. */
const mayUseBrowser = (file: string) =>
  file.startsWith('utils/platform/') || file.startsWith('utils/protocol/') || file === 'utils/guard/guard-lists.ts' || !file.startsWith('utils/');

/** A file's code without its comments and one-line string literals (a host name or a note may say "chrome."). */
const withoutCommentsAndStrings = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");

const codeOf = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/**
 * The extension namespaces `code` reaches through the globals (`chrome.i18n`, `browser.alarms`…), any
 * namespace at all. A local of that name (the reader's `const chrome`, the page's chrome) is not the API.
 */
function extensionApiUses(code: string): string[] {
  const bare = withoutCommentsAndStrings(code);
  const declared = (name: string) => new RegExp(`\\b(?:const|let|var|function|class|import)\\s+${name}\\b`).test(bare);
  const uses = [...bare.matchAll(/(?<![\w$.])(browser|chrome)\s*\??\.\s*([A-Za-z_$][\w$]*)/g)]
    .filter((m) => !declared(m[1]))
    .map((m) => `${m[1]}.${m[2]}`);
  return [...new Set(uses)];
}

/** Every project file `from` loads at run time, themselves included (type-only imports load nothing). */
function runtimeReach(imports: Import[], from: string[]): Set<string> {
  const byFile = new Map<string, Import[]>();
  for (const i of imports) byFile.set(i.from, [...(byFile.get(i.from) ?? []), i]);
  const fileOf = (to: string) => [`${to}.ts`, `${to}.tsx`, `${to}/index.ts`].find((f) => byFile.has(f) || SOURCE.includes(f)) ?? `${to}.ts`;
  const reached = new Set<string>();
  const walk = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const i of byFile.get(file) ?? []) if (!i.typeOnly && !i.to.startsWith('npm:')) walk(fileOf(i.to));
  };
  from.forEach(walk);
  return reached;
}

/** Those of `files` that touch the browser: import an extension-API package or use its globals. */
function browserTouchers(files: string[], imports: Import[], code: (file: string) => string): string[] {
  const importsApi = new Set(imports.filter((i) => !i.typeOnly && isExtensionApi(i.to)).map((i) => i.from));
  return files.filter((f) => importsApi.has(f) || (/\.(ts|tsx)$/.test(f) && extensionApiUses(code(f)).length > 0));
}

/**
 * File names that would be read as one another: the same name but for case or extension
 * (a component `.tsx` named like a `.ts` beside it, in other case), anywhere in `files`; and components (`.tsx`) under utils/.
 */
function fileNameBreaks(files: string[]): string[] {
  const breaks = files.filter((f) => f.startsWith('utils/') && f.endsWith('.tsx')).map((f) => `${f}: utils/ holds logic, not components (.tsx)`);
  const seen = new Map<string, string>();
  for (const f of files.filter((f) => !/\/(index\.ts|main\.tsx)$/.test(f))) {
    const key = basename(f).replace(/\.(ts|tsx)$/, '').toLowerCase();
    const other = seen.get(key);
    if (other) breaks.push(`${f} and ${other}: one name for two files`);
    else seen.set(key, f);
  }
  return breaks;
}

/**
 * The order the README gives a folder's files, bottom first: its lines
 * "- `utils/reader`: snapshot, vocabulary → page-text, … → read-page" (the arrows group them for reading).
 */
function folderOrdersFrom(readme: string): Map<string, string[]> {
  const orders = new Map<string, string[]>();
  for (const m of readme.matchAll(/^- `(utils\/[\w-]+)`: ([\w\s,→-]+)$/gm)) orders.set(m[1], m[2].split(/[,→]/).map((n) => n.trim()).filter(Boolean));
  return orders;
}

/**
 * Imports inside a folder with an order that do not go down it: a file loads (at run time) only files
 * named before it. Type-only imports load nothing and may name any shape of the folder (the store's
 * schema names its records' shapes, which name the schema).
 */
function folderOrderBreaks(imports: Import[], orders: Map<string, string[]>): string[] {
  const breaks: string[] = [];
  for (const { from, to, typeOnly } of imports) {
    const order = orders.get(folderOf(from));
    if (typeOnly || !order || folderOf(to) !== folderOf(from)) continue;
    const [source, target] = [basename(from).replace(/\.(ts|tsx)$/, ''), basename(to)];
    if (order.indexOf(target) >= order.indexOf(source) || order.indexOf(target) < 0)
      breaks.push(`${from} imports ${to}: in ${folderOf(from)} a file imports only those the README names before it`);
  }
  return breaks;
}

/** Files of an ordered folder the README's order leaves out, and names in it that are no file. */
function folderOrderGaps(files: string[], orders: Map<string, string[]>): string[] {
  const gaps: string[] = [];
  for (const [folder, order] of orders) {
    const names = files.filter((f) => folderOf(f) === folder).map((f) => basename(f).replace(/\.(ts|tsx)$/, ''));
    gaps.push(...names.filter((n) => !order.includes(n)).map((n) => `${folder}/${n}: not in the README's order for ${folder}`));
    gaps.push(...order.filter((n) => !names.includes(n)).map((n) => `${folder}: the README's order names ${n}, which is no file`));
  }
  return gaps;
}

/** The page files that open the store themselves: the popup's and the dashboard's opening reads (read-only, no wait for the background). */
const STORE_READER_PAGES = ['components/popup/popup-reads.ts', 'components/dashboard/dashboard-opening.ts'];

/** Components that import the store; pages read view shapes (utils/views) or ask the background. */
const storeReadsByPages = (imports: Import[]) =>
  imports.filter((i) => i.from.startsWith('components/') && !STORE_READER_PAGES.includes(i.from) && folderOf(i.to) === 'utils/history').map((i) => `${i.from} → ${i.to}`);

const SOURCE = ['utils', 'components', 'entrypoints'].flatMap(filesUnder);
const SOURCE_IMPORTS = SOURCE.flatMap((f) => importsOf(f));
const FOLDER_ORDERS = folderOrdersFrom(readFileSync(join(ROOT, 'README.md'), 'utf8'));

describe('the house', () => {
  it('every import follows the layering', () => {
    expect(layeringBreaks(SOURCE_IMPORTS)).toEqual([]);
  });

  it('the layering check fails on an import against it', () => {
    const upward = importsOf('utils/reader/read-page.ts', "import { openLensDB } from '../history/database';\n");
    const otherPage = importsOf('components/popup/Cards.tsx', "import { Compare } from '@/components/dashboard/Compare';\n");
    const typeOnly = importsOf('utils/series/series-math.ts', "import type { PopupData } from '../views/popup-view';\n");
    const storeToViews = importsOf('utils/history/timeline-reads.ts', "import type { ViewSource } from '../views/view-source';\n");
    const storeToInsights = importsOf('utils/history/timeline-reads.ts', "import type { OwnVideo } from '../insights/own-videos';\n");
    expect(layeringBreaks(storeToViews)).toHaveLength(1);
    expect(layeringBreaks(storeToInsights)).toHaveLength(1);
    expect(layeringBreaks(upward)).toHaveLength(1);
    expect(layeringBreaks(otherPage)).toHaveLength(1);
    expect(layeringBreaks(typeOnly)).toHaveLength(1);
    // The floors: a planted store import in the metrics or the platform, the platform reaching up at all.
    const database = "import { openLensDB } from '../history/database';\n";
    expect(layeringBreaks(importsOf('utils/metrics/format.ts', database))).toHaveLength(1);
    expect(layeringBreaks(importsOf('utils/platform/retry.ts', database))).toHaveLength(1);
    expect(layeringBreaks(importsOf('utils/platform/i18n.ts', "import { unitOf } from '../metrics/metric-facts';\n"))).toHaveLength(1);
    expect(layeringBreaks(importsOf('utils/reader/read-page.ts', "import { retry } from '../platform/retry';\n"))).toHaveLength(1);
    expect(layeringBreaks(importsOf('utils/views/popup-view.ts', "import type { ProtocolMap } from '../protocol/messaging';\n"))).toHaveLength(1);
    expect(layeringBreaks(importsOf('utils/history/records.ts', "import type { MetricKey } from '../reader/snapshot';\n"))).toEqual([]);
  });

  it('pages read views, not the store: only the popup’s and the dashboard’s opening reads import utils/history', () => {
    expect(storeReadsByPages(SOURCE_IMPORTS)).toEqual([]);
    const dashboardReadsRecords = importsOf('components/dashboard/VideoTable.tsx', "import type { VideoRecord } from '@/utils/history/records';\n");
    const commonReadsStore = importsOf('components/common/message-keys.ts', "import type { SeriesMetric } from '../../utils/history/records';\n");
    expect(storeReadsByPages(dashboardReadsRecords)).toHaveLength(1);
    expect(storeReadsByPages(commonReadsStore)).toHaveLength(1);
    for (const page of STORE_READER_PAGES) expect(storeReadsByPages(importsOf(page, "import { historySource } from '@/utils/history/timeline-reads';\n"))).toEqual([]);
  });

  it('pure logic never touches the extension APIs; only platform, the protocol, the guard lists and the views do', () => {
    const offenders = SOURCE_IMPORTS.filter((i) => isExtensionApi(i.to) && !mayUseBrowser(i.from)).map((i) => i.from);
    const globals = SOURCE.filter((f) => !mayUseBrowser(f) && extensionApiUses(codeOf(f)).length > 0);
    expect([...offenders, ...globals]).toEqual([]);
  });

  it('the extension-API check fails on any browser.* or chrome.* namespace, not a local of that name', () => {
    expect(extensionApiUses("const hello = chrome.i18n.getMessage('hello');")).toEqual(['chrome.i18n']);
    expect(extensionApiUses('await browser.alarms.create("tick", {});')).toEqual(['browser.alarms']);
    expect(extensionApiUses('const chrome = new Set<Element>();\nchrome.add(edge);')).toEqual([]);
    expect(extensionApiUses("const host = 'chrome.google.com'; // chrome.tabs in a comment")).toEqual([]);
  });

  it('the reader stays pure: nothing it imports at run time reaches the extension APIs', () => {
    const reached = runtimeReach(SOURCE_IMPORTS, SOURCE.filter((f) => f.startsWith('utils/reader/')));
    expect(browserTouchers([...reached], SOURCE_IMPORTS, codeOf)).toEqual([]);
  });

  it('the purity check fails on a reader file that reaches the browser through another folder', () => {
    // metrics may import platform, so the layering allows this; the platform's ui-language reads browser.i18n.
    const planted = [...SOURCE_IMPORTS, ...importsOf('utils/reader/read-page.ts', "import { formatValue } from '../metrics/format';\n")];
    const reached = runtimeReach(planted, ['utils/reader/read-page.ts']);
    expect(browserTouchers([...reached], planted, codeOf)).not.toEqual([]);
    const typeOnly = [...SOURCE_IMPORTS, ...importsOf('utils/reader/read-page.ts', "import type { PluralForms } from '../platform/ui-language';\n")];
    expect(browserTouchers([...runtimeReach(typeOnly, ['utils/reader/read-page.ts'])], typeOnly, codeOf)).toEqual([]);
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
    expect(fileNameBreaks([...SOURCE, ...filesUnder('scripts'), ...filesUnder('tests/support')])).toEqual([]);
    // Names that say nothing on their own.
    expect(names.filter((n) => /^(types|utils|helpers|misc|common|summary|labels|settings|csv|index2?)$/.test(n))).toEqual([]);
  });
  it('the file-name check fails on two names for one file and on a component under utils/', () => {
    expect(fileNameBreaks(['utils/reader/snapshot.ts', 'utils/reader/Snapshot.tsx'])).toHaveLength(2);
    expect(fileNameBreaks(['utils/reader/snapshot.ts', 'components/popup/Snapshot.tsx'])).toHaveLength(1);
    expect(fileNameBreaks(['utils/reader/snapshot.ts', 'components/popup/Cards.tsx', 'entrypoints/popup/main.tsx', 'entrypoints/warning/main.tsx'])).toEqual([]);
  });

  it('inside a folder with an order in the README, imports go only down it', () => {
    expect([...FOLDER_ORDERS.keys()]).toEqual(expect.arrayContaining(['utils/reader', 'utils/history']));
    expect(folderOrderBreaks(SOURCE_IMPORTS, FOLDER_ORDERS)).toEqual([]);
    expect(folderOrderGaps(SOURCE, FOLDER_ORDERS)).toEqual([]);
  });

  it('the folder-order check fails on an import up the order, and on a file the order leaves out', () => {
    const up = importsOf('utils/reader/snapshot.ts', "import { readPage } from './read-page';\n");
    const sideways = importsOf('utils/history/records.ts', "import { openLensDB } from './database';\n");
    const unknown = importsOf('utils/history/records.ts', "import { plan } from './restore-plan';\n");
    expect(folderOrderBreaks([...up, ...sideways, ...unknown], FOLDER_ORDERS)).toHaveLength(3);
    expect(folderOrderBreaks(importsOf('utils/history/database.ts', "import type { JournalEntry } from './write-journal';\n"), FOLDER_ORDERS)).toEqual([]);
    expect(folderOrderGaps([...SOURCE, 'utils/reader/new-part.ts'], FOLDER_ORDERS)).toHaveLength(1);
    expect(folderOrdersFrom('- `utils/reader`: snapshot, vocabulary → page-text → read-page\n').get('utils/reader')).toEqual(['snapshot', 'vocabulary', 'page-text', 'read-page']);
  });
});
