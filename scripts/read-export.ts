// npm run read-export -- [--today YYYY-MM-DD] <file.zip|file.csv|file.xlsx>…
// Prints one JSON object (the Studio export contract) for all files given, or exits 1 with a
// one-line reason when a file is not a TikTok Studio export. What a file held that was left out
// or changed is said on stderr, one line each (file, line, column, what).
import { readFileSync } from 'node:fs';
import { localDate } from '../utils/platform/days';
import { partNotes, readStudioFile, type ExportInput, type ReadNote } from '../utils/import/read-studio-files';
import { mergeParts } from '../utils/import/merge-parts';

const noteLine = (n: ReadNote) =>
  `note: ${[n.file, n.line !== undefined ? `line ${n.line}` : '', n.column ? `column ${JSON.stringify(n.column)}` : ''].filter(Boolean).join(', ')}: ${n.kind}${n.text !== undefined ? ` ${JSON.stringify(n.text)}` : ''}${n.count !== undefined ? ` (${n.count})` : ''}`;

const USAGE = 'usage: npm run read-export -- [--today YYYY-MM-DD] <file.zip|file.csv|file.xlsx>…';

function main(args: string[]): number {
  const at = args.indexOf('--today');
  const today = at === -1 ? localDate(Date.now()) : args[at + 1];
  const files = args.filter((_, i) => at === -1 || (i !== at && i !== at + 1));
  if (!files.length || !/^\d{4}-\d{2}-\d{2}$/.test(today ?? '') || Number.isNaN(Date.parse(today))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const inputs: ExportInput[] = [];
  for (const file of files) {
    try {
      inputs.push({ name: file, data: new Uint8Array(readFileSync(file)) });
    } catch (error) {
      process.stderr.write(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      return 1;
    }
  }
  try {
    const parts = inputs.map((input) => readStudioFile(input, today));
    const result = mergeParts(parts);
    for (const note of partNotes(parts)) process.stderr.write(`${noteLine(note).replace(/\s+/g, ' ')}\n`);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message.replace(/\s+/g, ' ')}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
