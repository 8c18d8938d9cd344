// npm run extract -- --url <page url> <saved-page.html>
// Prints the snapshot the Studio reader finds in a saved page (or null) as JSON.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { extractSnapshot } from '../utils/reader/read-page';

const USAGE = 'usage: npm run extract -- --url <page url> <saved-page.html>';

function main(args: string[]): number {
  const at = args.indexOf('--url');
  const url = at === -1 ? undefined : args[at + 1];
  const files = args.filter((_, i) => i !== at && i !== at + 1);
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
  const snapshot = extractSnapshot(window.document as unknown as Document, url);
  process.stdout.write(`${JSON.stringify(snapshot, null, 2)}\n`);
  void window.happyDOM.close();
  return 0;
}

process.exitCode = main(process.argv.slice(2));
