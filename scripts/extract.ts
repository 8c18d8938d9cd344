// npm run extract -- --url <page url> [--report] <saved-page.html>
// Prints the snapshot the Studio reader finds in a saved page (or null) as JSON; with --report,
// the redacted page report instead (what it could not read, every digit and name masked), so a
// page saved by someone else can be checked and shared without its numbers.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { extractSnapshot } from '../utils/reader/read-page';
import { pageReport } from '../utils/reader/page-report';

const USAGE = 'usage: npm run extract -- --url <page url> [--report] <saved-page.html>';

function main(args: string[]): number {
  const at = args.indexOf('--url');
  const url = at === -1 ? undefined : args[at + 1];
  const report = args.includes('--report');
  const files = args.filter((arg, i) => i !== at && i !== at + 1 && arg !== '--report');
  if (!url || files.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let html: string;
  try {
    html = readFileSync(files[0], 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${files[0]}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 1;
  }
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  if (report) {
    const out = pageReport(doc, url);
    process.stdout.write(out ? `values not read: ${out.unread}\n\n${out.text}\n` : 'not a Studio analytics page\n');
  } else {
    process.stdout.write(`${JSON.stringify(extractSnapshot(doc, url), null, 2)}\n`);
  }
  void window.happyDOM.close();
  return 0;
}

process.exitCode = main(process.argv.slice(2));
