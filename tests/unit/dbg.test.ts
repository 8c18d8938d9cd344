import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { collectText } from '@/utils/studio/page-text';
import { readSnapshot } from '@/utils/studio/extract';
import { TRANSFORMS } from '../fixtures/studio/transforms';
import { loadPage } from './studio/load-page';
it('dbg', () => {
  const name = process.env.FX ?? 'posts-list-en';
  const idx = JSON.parse(readFileSync('/work/wt/reader/tests/fixtures/studio/index.json', 'utf8'));
  const url = idx.find((f: any) => f.name === name).url;
  const doc = loadPage(readFileSync(`/work/wt/reader/tests/fixtures/studio/${name}.html`, 'utf8'), url);
  for (const t of TRANSFORMS.filter((t) => t.name.startsWith(process.env.TR ?? 'flat'))) t.apply(doc);
  if (process.env.HTML) console.log(doc.body.innerHTML);
  for (const i of collectText(doc)) console.log(JSON.stringify(i.text), i.chrome ? 'CHROME' : '', i.link ? 'LINK' : '', i.labels?.map((l) => l.key).join(',') ?? '');
  console.log(JSON.stringify(readSnapshot(doc, url), null, 1));
});
