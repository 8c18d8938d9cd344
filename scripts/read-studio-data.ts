// npm run read-studio-data -- --url <request url> [--now <ISO instant>] <response.json>…
// Prints what the reader finds in responses to one of Studio's data calls, merged, as one JSON
// object (docs/studio-data.md); a `note:` line on stderr for each thing a response held that was
// left out; exits 1 with a one-line reason for a response it does not know.
import { readFileSync } from 'node:fs';
import { emptyStudioDataRead, mergeStudioData, readStudioData } from '../utils/studio-data/studio-data-contract';

const USAGE = 'usage: npm run read-studio-data -- --url <request url> [--now <ISO instant>] <response.json>…';
/** An instant with its offset (2026-09-10T09:00:00+07:00 or …Z): never a local time. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function valueOf(args: string[], flag: string): { value?: string; rest: string[] } {
  const at = args.indexOf(flag);
  if (at === -1) return { rest: args };
  return { value: args[at + 1], rest: args.filter((_, i) => i !== at && i !== at + 1) };
}

function main(args: string[]): number {
  const url = valueOf(args, '--url');
  const now = valueOf(url.rest, '--now');
  const files = now.rest;
  const arrivedAt = now.value === undefined ? undefined : INSTANT.test(now.value) ? Date.parse(now.value) : Number.NaN;
  if (!url.value || !files.length || Number.isNaN(arrivedAt)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let merged = emptyStudioDataRead();
  for (const file of files) {
    let body: unknown;
    try {
      body = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? 'not JSON';
      process.stderr.write(`cannot read ${file}: ${why}\n`);
      return 1;
    }
    const result = readStudioData({ url: url.value, body, now: arrivedAt });
    if (!result.ok) {
      process.stderr.write(`${file}: ${result.reason}\n`);
      return 1;
    }
    for (const note of result.notes) process.stderr.write(`note: ${file}: ${note}\n`);
    merged = mergeStudioData(merged, result.read);
  }
  process.stdout.write(`${JSON.stringify(merged, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
