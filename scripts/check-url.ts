// npm run check-url -- <url> [<url> ...]   or   npm run check-url -- --stdin < urls.txt
// Prints one JSON verdict per line, in order. Everything runs locally.
import { createInterface } from 'node:readline';
import { classifyUrl } from '../utils/guard/classify';

function print(url: string): void {
  const { listEntry: _entry, why: _why, ...verdict } = classifyUrl(url);
  process.stdout.write(`${JSON.stringify(verdict)}\n`);
}

async function main(args: string[]): Promise<void> {
  if (args.includes('--stdin')) {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (line.trim()) print(line.trim());
    }
    return;
  }
  if (!args.length) {
    process.stderr.write('usage: npm run check-url -- <url> [<url> ...] | --stdin\n');
    return;
  }
  for (const url of args) print(url);
}

void main(process.argv.slice(2));
