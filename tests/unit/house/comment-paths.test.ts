// Every project file a comment names exists: a comment pointing to a file that was renamed or
// removed sends the reader nowhere. Links to the team's shared folder beside the repo are the
// contracts' business (issue 29 brings them into docs/); other projects' files are in OTHER_PROJECTS.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT } from '../../support/source-files';

/** Files a comment names from other projects (what the house learns from), not ours. */
const OTHER_PROJECTS = new Set(['build/features.test.ts']);

/** The team's folder beside the repo, which a fresh clone does not have (issue 29 moves its contracts into docs/). */
const SHARED_FOLDER = '../shared/';

const TOP_FOLDERS = ['utils', 'components', 'entrypoints', 'scripts', 'tests', 'assets', 'public', 'docs'];

/** Every comment in `text`: line comments and blocks (not a double slash inside a URL or right after a quote). */
function commentsOf(text: string): string[] {
  return text.match(/\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/.*$/gm) ?? [];
}

/**
 * The repo paths a comment names: any path under a top folder, with or without its extension
 * (`utils/history/records.ts`, `utils/platform`), and any TypeScript file named relatively
 * (`../../support/source-files.ts`), by its end (`history/records.ts`) or bare (`records.ts`).
 */
function pathsNamed(comment: string): string[] {
  const rooted = new RegExp(`(?<![\\w./@:-])((?:${TOP_FOLDERS.join('|')})/[\\w./-]*[\\w-])`, 'g');
  const tsFile = /(?<![\w./@:-])((?:\.{1,2}\/)*(?:[\w.-]+\/)*[\w.-]+\.tsx?)\b/g;
  const found = [rooted, tsFile].flatMap((pattern) => [...comment.matchAll(pattern)].map((m) => m[1]));
  return [...new Set(found)];
}

/**
 * The paths named in `file`'s comments that are no project file or folder. `project` holds every
 * file and folder as a path from the root; a name is looked up from the root, beside `file`,
 * as the end of a project path (`history/records.ts`), or, bare, as any file's name.
 */
function missingPaths(file: string, text: string, project: ReadonlySet<string>): string[] {
  const exists = (path: string) => ['', '.ts', '.tsx'].some((ext) => project.has(path + ext));
  const here = posix.dirname(file);
  const found = (path: string): boolean => {
    if (OTHER_PROJECTS.has(path)) return true;
    if (path.startsWith(SHARED_FOLDER)) return true;
    if (path.startsWith('.')) return exists(posix.normalize(posix.join(here, path)));
    if (exists(path) || exists(posix.join(here, path))) return true;
    if (TOP_FOLDERS.some((top) => path.startsWith(`${top}/`))) return false;
    const tail = path.includes('/') ? `/${path}` : undefined;
    return [...project].some((p) => (tail ? p.endsWith(tail) : basename(p) === path));
  };
  const named = new Set(commentsOf(text).flatMap(pathsNamed));
  return [...named].filter((path) => !found(path)).map((path) => `${file}: ${path}`);
}

/** Every file and folder of the project, as paths from the root (no dependencies, no build output). */
function projectPaths(dir = ''): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((entry) => {
    if (['node_modules', '.git', '.output', '.wxt'].includes(entry)) return [];
    const path = dir ? posix.join(dir, entry) : entry;
    return statSync(join(ROOT, path)).isDirectory() ? [path, ...projectPaths(path)] : [path];
  });
}

describe('paths named in comments', () => {
  const project = new Set(projectPaths());
  const sources = ['utils', 'components', 'entrypoints', 'scripts', 'tests'].flatMap(filesUnder);

  it('every project file a comment names exists', () => {
    expect(sources.flatMap((f) => missingPaths(f, readFileSync(join(ROOT, f), 'utf8'), project))).toEqual([]);
  });

  it('fails on a comment naming a file that is gone', () => {
    // Comment markers are put together here so this file's own comments name no such files.
    const line = (text: string) => `/${'/'} ${text}`;
    const text = [
      line('The labels live in labels.ts (and the rules in utils/guard/rules.ts).'),
      `/${'*'}* See ./tables.ts and utils/i18n. *${'/'}`,
      `const url = 'https://example.com/tables.ts'; ${line('records.ts, history/records.ts, ./guard-tables.ts, utils/platform: all here')}`,
      line('refined-github does this in build/features.test.ts; the contract is ../shared/spec/snapshot-contract.md'),
    ].join('\n');
    expect(missingPaths('utils/guard/lookalike.ts', text, project)).toEqual([
      'utils/guard/lookalike.ts: utils/guard/rules.ts',
      'utils/guard/lookalike.ts: labels.ts',
      'utils/guard/lookalike.ts: utils/i18n',
      'utils/guard/lookalike.ts: ./tables.ts',
    ]);
  });
});
