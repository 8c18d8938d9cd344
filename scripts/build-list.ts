// npm run build-list -- <feed file> [<feed file> ...]
// Merges public feed files (hosts lists, URL feeds, adblock lists; each names its source in a
// `# source:` line) with assets/guard/curated.tsv into assets/guard/scam-list.json: TikTok-related
// entries only, official and allow-listed sites out. The same feeds always give the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildList, parseFeed } from '../utils/guard-feeds/feeds';
import type { ScamKind, ScamListEntry } from '../utils/guard/scam-list';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'assets/guard/scam-list.json');

function readCurated(): ScamListEntry[] {
  return readFileSync(join(ROOT, 'assets/guard/curated.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((line) => {
      const [target, kind, source] = line.split('\t');
      const slash = target.indexOf('/');
      return { domain: slash === -1 ? target : target.slice(0, slash), ...(slash === -1 ? {} : { path: target.slice(slash) }), kind: kind as ScamKind, source };
    });
}

export function readAllowList(): string[] {
  return readFileSync(join(ROOT, 'assets/guard/allow-list.txt'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

const files = process.argv.slice(2);
if (!files.length) {
  process.stderr.write('usage: npm run build-list -- <feed file> [<feed file> ...]   (e.g. tests/fixtures/guard/feeds/*.txt)\n');
  process.exit(2);
}
const feeds = files.map((f) => parseFeed(readFileSync(f, 'utf8'), basename(f)));
const built = buildList(feeds, readCurated(), readAllowList());
const about =
  "Known 'who viewed my TikTok' / viewer / stalker / free-followers / coins / fake-badge / fake TikTok Shop / typosquat sites, built by `npm run build-list` from public feeds (sources below) and assets/guard/curated.tsv. Entries with a path match only that path on a host where other pages are fine. Do not edit by hand.";
writeFileSync(
  OUT,
  `${JSON.stringify({ about, counts: built.counts, sources: built.sources }, null, 2).slice(0, -2)},\n  "entries": [\n${built.entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]\n}\n`,
);
process.stdout.write(`${built.counts.total} entries → ${OUT}\n${JSON.stringify(built.counts, null, 2)}\n`);
