// The project's own source files, as paths from its root: what the convention tests read.
import { readdirSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

/** Every .ts and .tsx file under `dir` (a path from the root, e.g. `components`). */
export function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((entry) => {
    const path = posix.join(dir, entry);
    if (statSync(join(ROOT, path)).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx)$/.test(entry) ? [path] : [];
  });
}
