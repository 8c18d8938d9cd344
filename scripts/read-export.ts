// npm run read-export -- [--today YYYY-MM-DD] <file.zip|file.csv>…
// Prints one JSON object (the Studio export contract) for all files given, or exits 1 with a
// one-line reason when a file is not a TikTok Studio export.
import { readFileSync } from 'node:fs';
import { isoDay } from '../utils/import/export-dates';
import { readStudioExport, type ExportInput } from '../utils/import/read-studio-files';

const USAGE = 'usage: npm run read-export -- [--today YYYY-MM-DD] <file.zip|file.csv>…';

function main(args: string[]): number {
  const at = args.indexOf('--today');
  const today = at === -1 ? isoDay(new Date()) : args[at + 1];
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
    process.stdout.write(`${JSON.stringify(readStudioExport(inputs, today), null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message.replace(/\s+/g, ' ')}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
