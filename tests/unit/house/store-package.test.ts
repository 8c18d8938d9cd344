// What a store submission reads from the repository, checked as a new user and a store reviewer
// would (issue 33): one Node version everywhere, README links that a fresh clone can follow, the
// store texts in step with the extension's own strings and within the stores' limits, a name
// that puts the third-party brand after ours, a licence and a privacy policy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyPage } from '@/utils/platform/policy-page';
import { ROOT } from '../../support/source-files';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));
/** "22.12" → [22, 12]; ">=22.12.0" → [22, 12]. */
const version = (text: string) => (/(\d+)(?:\.(\d+))?/.exec(text) ?? []).slice(1, 3).map((n) => Number(n ?? 0));
const atLeast = (a: number[], b: number[]) => a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);

describe('Node version', () => {
  const engines = json('package.json').engines.node as string;

  it('package.json, the README and .ci/run name the same minimum', () => {
    const minimum = version(engines);
    expect(engines).toMatch(/^>=\d+\.\d+$/);
    expect(version(/Node\.js (\d+\.\d+) or later/.exec(read('README.md'))?.[1] ?? '')).toEqual(minimum);
    expect(version(/^MIN_NODE=(\S+)$/m.exec(read('.ci/run'))?.[1] ?? '')).toEqual(minimum);
    expect(json('package-lock.json').packages[''].engines.node).toBe(engines);
  });

  it('is true: it satisfies what the tools themselves ask for', () => {
    for (const tool of ['wxt', 'puppeteer-core', 'vitest', 'web-ext', 'happy-dom', 'playwright-core']) {
      const wanted = json(`node_modules/${tool}/package.json`).engines?.node as string | undefined;
      if (!wanted) continue;
      // "^20.0.0 || ^22.0.0 || >=24.0.0": our minimum must fall in one of the ranges.
      const fits = wanted.split('||').some((range) => {
        const floor = version(range);
        return range.includes('^') ? version(engines)[0] === floor[0] && atLeast(version(engines), floor) : atLeast(version(engines), floor);
      });
      expect(fits, `${tool} wants node ${wanted}`).toBe(true);
    }
  });
});

describe('README and docs', () => {
  const docs = ['README.md', 'PRIVACY.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

  it.each(docs)('%s links only to files of the repository', (doc) => {
    const links = [...read(doc).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((href) => !/^(https?:|mailto:|#)/.test(href));
    const outside = links.filter((href) => normalize(join(dirname(doc), href.split('#')[0])).startsWith('..') || !existsSync(join(ROOT, dirname(doc), href.split('#')[0])));
    expect(outside).toEqual([]);
  });

  it('the README names the policy, the licence and what the demo needs', () => {
    const readme = read('README.md');
    expect(readme).toContain('(PRIVACY.md)');
    expect(readme).toContain('(LICENSE)');
    expect(readme).toMatch(/fonts-noto-cjk/);
    expect(read('LICENSE')).toMatch(/^MIT License/);
    expect(json('package.json').license).toBe('MIT');
  });
});

describe('store listing', () => {
  const LOCALES = ['en', 'es', 'pt_BR', 'ja'];

  it.each(LOCALES)('%s: name and short description are the extension\'s own, within the stores\' limits', (locale) => {
    const messages = json(`public/_locales/${locale}/messages.json`);
    const listing = read(`docs/store/${locale}.md`);
    const name = /\(`extName`\): (.+)$/m.exec(listing)?.[1];
    const short = /\(`extDescription`[^)]*\):\n(.+)$/m.exec(listing)?.[1];
    expect(name).toBe(messages.extName.message);
    expect(short).toBe(messages.extDescription.message);
    // Chrome Web Store: a name of at most 75 characters (AMO: 50), a summary of at most 132.
    expect(name!.length).toBeLessThanOrEqual(50);
    expect(short!.length).toBeLessThanOrEqual(132);
    expect(listing).toMatch(/\*\*[^*]+\*\*\n\n[\s\S]{400,}/);
  });

  it.each(LOCALES)('%s: the name is ours, the brand only says what it is for ("… for TikTok")', (locale) => {
    const name = json(`public/_locales/${locale}/messages.json`).extName.message as string;
    expect(name.startsWith('Creator Lens')).toBe(true);
    expect(name.slice('Creator Lens'.length)).toContain('TikTok');
    expect(name).not.toMatch(/—|official|oficial|公式/i);
  });
});

describe('the privacy policy page', () => {
  it('is PRIVACY.md as plain HTML: its headings, lists and words, no script', () => {
    const page = policyPage(read('PRIVACY.md'));
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<title>Privacy policy</title>');
    expect(page).toContain('<h2>Where it keeps it</h2>');
    expect(page).toMatch(/<ul><li><strong>Your TikTok Studio analytics pages<\/strong>/);
    expect(page).not.toMatch(/<script/i);
    expect(policyPage('# T\n\nA <b> & `x` [l](https://e.org)')).toContain('<p>A &lt;b&gt; &amp; <code>x</code> <a href="https://e.org">l</a></p>');
  });
});
