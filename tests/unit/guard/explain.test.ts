// Reasons are typed data; every one the classifier can give has words in every shipped language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyUrl } from '@/utils/guard/classify';
import { EXPLAIN_KEYS, explain, KIND_KEYS, sourceWords } from '@/utils/guard/explain-verdict';
import { SCAM_LIST } from '@/utils/guard/scam-list';

const LOCALES = join(__dirname, '../../../public/_locales');
const locales = readdirSync(LOCALES).map((code) => [code, JSON.parse(readFileSync(join(LOCALES, code, 'messages.json'), 'utf8'))] as const);
const SAMPLES = [
  'https://tiktokviewer.com/', 'https://tlktok.net/', 'https://www.xn--tktok-n2e.com/', 'https://tiktok-viewer.vercel.app/',
  'https://tiktok.com.evil.xyz/', 'https://tiktok25881.top/', 'https://vntiktok.com/', 'https://tiktok.xyz/', 'https://tiktok.whsirb-cards.com/',
  'https://free-stuff.github.io/tiktok/free-followers', 'https://random-site.xyz/form/3/username.php', 'https://tiktokcooking.com/',
];

describe('explain', () => {
  it('turns each typed reason into a message and its arguments, never parsing strings back', () => {
    // The source is named in words, never as a repository path (issue 23).
    expect(explain(classifyUrl('https://tiktokviewer.com/'))).toEqual([{ key: 'reasonList', args: [{ message: 'kind_viewer_stalker' }, { messages: ['sourceScamBlocklist'] }] }]);
    expect(explain(classifyUrl('https://tiktok-viewer.vercel.app/'))).toEqual([
      { key: 'reasonBrandInDomain', args: [] },
      { key: 'reasonFreeHosting', args: [{ text: 'vercel.app' }] },
      { key: 'reasonKeyword', args: [{ text: 'viewer' }] },
    ]);
  });

  it('names every source of the shipped list in words', () => {
    expect(new Set(SCAM_LIST.flatMap((e) => sourceWords(e.source)))).toEqual(new Set(['sourceOpenPhish', 'sourceScamBlocklist', 'sourceDnsBlocklist', 'sourcePublicReport']));
  });

  it.each(locales.map(([code]) => code))('%s has words for every reason and every list kind', (code) => {
    const messages = locales.find(([c]) => c === code)![1];
    const keys = new Set([...SAMPLES.flatMap((u) => explain(classifyUrl(u)).map((e) => e.key)), ...Object.values(KIND_KEYS), ...SCAM_LIST.flatMap((e) => sourceWords(e.source))]);
    expect(keys.size).toBeGreaterThan(20);
    expect([...keys].filter((k) => !messages[k]?.message)).toEqual([]);
  });

  it.each(locales.map(([code]) => code))('%s has words for every key an explanation or the advice can name (issue 31)', (code) => {
    const messages = locales.find(([c]) => c === code)![1];
    const advice = ['adviceGrowth', 'adviceLogin', 'adviceShop', 'adviceApp', 'warnNoViewerList', 'warnRisks', 'warnProfileViews'];
    expect([...EXPLAIN_KEYS, ...advice].filter((k) => !messages[k]?.message)).toEqual([]);
  });
});
