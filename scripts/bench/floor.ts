// Builds a copy of the Chrome build with the floor page added (<out>/bench/extension): the bench
// loads that copy, so the shipped build never contains the floor.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { build } from 'vite';

/** `outDir`: the build output holding chrome-mv3. */
export async function buildFloorExtension(outDir: string): Promise<string> {
  const dir = join(outDir, 'bench', 'extension');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(outDir, 'chrome-mv3'), dir, { recursive: true });
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'floor'),
    base: './',
    logLevel: 'warn',
    plugins: [preact()],
    build: { outDir: join(dir, 'floor'), emptyOutDir: true },
  });
  return dir;
}
