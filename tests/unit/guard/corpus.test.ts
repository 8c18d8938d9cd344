// The guard measured on public data nobody here wrote: TikTok entries of public scam feeds
// (recall, with the shipped list and with the heuristics alone) and benign corpora (no false alarm).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyUrl, type GuardVerdict } from '@/utils/guard/classify';
import { GUARD_ACTIONS } from '@/utils/guard/guard-actions';
import { buildList, parseFeed, type Feed } from '@/utils/guard-feeds/feeds';
import { indexScamList, type ScamListEntry } from '@/utils/guard/scam-list';
import { OFFICIAL_DOMAINS } from '@/utils/guard/official-domains';
import { getDomain } from 'tldts';
import top500 from '../../fixtures/guard/moz-top-500.json';
import nearMisses from '../../fixtures/guard/benign-near-misses.json';
import aboutTiktok from '../../fixtures/guard/about-tiktok.json';

const FIXTURES = join(__dirname, '../../fixtures/guard');
const FEEDS = join(FIXTURES, 'feeds');
const feeds: Record<string, Feed> = Object.fromEntries(readdirSync(FEEDS).map((f) => [f.replace(/\.txt$/, ''), parseFeed(readFileSync(join(FEEDS, f), 'utf8'), f)]));
const asUrl = (item: string) => (/^https?:/i.test(item) ? item : `http://${item}/`);
const warns = (v: GuardVerdict) => v.level === 'known-scam' || v.level === 'lookalike' || v.level === 'suspicious';
const stops = (v: GuardVerdict) => GUARD_ACTIONS[v.level] === 'stop';
/** Stopped at least once: the warning page, or the caution page (one click on, remembered). */
const interrupts = (v: GuardVerdict) => GUARD_ACTIONS[v.level] === 'stop' || GUARD_ACTIONS[v.level] === 'caution';
const NO_LIST = indexScamList([]);
const pct = (n: number, of: number) => `${n}/${of} = ${((100 * n) / of).toFixed(1)} %`;

function listFrom(names: string[]): ScamListEntry[] {
  const built = buildList(names.map((n) => feeds[n]), [], []);
  return built.entries.map((e) => ({ ...e, source: built.sources[e.source] }));
}

describe('recall on public scam feeds', () => {
  it('has the feeds it measures', () => {
    expect(Object.keys(feeds).sort()).toEqual(['jarelllama-dead_domains', 'jarelllama-raw_light', 'openphish']);
    expect(feeds['jarelllama-dead_domains'].items.length + feeds['jarelllama-raw_light'].items.length).toBeGreaterThan(850);
    expect(feeds.openphish.items.length).toBeGreaterThan(400);
  });

  // "With the list" on these feeds is the list's completeness (it was built from them), not recall:
  // recall with the list is measured below on sets it was not built from.
  it.each(Object.keys(feeds))('%s: the list it built warns on at least 99 percent; heuristics alone on 95 percent', (name) => {
    const items = feeds[name].items.map(asUrl);
    const withList = items.map((u) => classifyUrl(u));
    const alone = items.map((u) => classifyUrl(u, {}, NO_LIST));
    const line = `${name}: ${items.length} entries · with list warn ${pct(withList.filter(warns).length, items.length)}, stop ${pct(withList.filter(stops).length, items.length)} · heuristics alone warn ${pct(alone.filter(warns).length, items.length)}, stop ${pct(alone.filter(stops).length, items.length)}, stop or caution ${pct(alone.filter(interrupts).length, items.length)}`;
    console.log(line);
    expect(withList.filter(warns).length / items.length).toBeGreaterThanOrEqual(0.99);
    expect(alone.filter(warns).length / items.length).toBeGreaterThanOrEqual(0.95);
    // Stopping (not just naming) a site on heuristics alone: measured 71 % / 79 % / 89 %.
    expect(alone.filter(stops).length / items.length).toBeGreaterThanOrEqual(0.65);
  });

  // Recall with the list: the third public set (jarelllama's pending file) is none of the list's
  // sources; 21 of its hosts reached the list through other sources, the rest meet the heuristics.
  it('with the shipped list, on hosts of a third public set it was not built from: warns on every one, stops 85 percent', () => {
    const hosts = readFileSync(join(FIXTURES, 'issue31-hosts.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => asUrl(l.split('\t')[0]));
    const verdicts = hosts.map((u) => classifyUrl(u));
    console.log(`third public set, shipped list: ${pct(verdicts.filter(warns).length, hosts.length)} warned, ${pct(verdicts.filter(stops).length, hosts.length)} stopped`);
    // Measured: 104 of 104 warned, 92 stopped (the rest political or parked names: a caution).
    expect(hosts.length).toBe(104);
    expect(verdicts.filter((v) => v.level === 'known-scam').length).toBe(21);
    expect(verdicts.filter(warns).length).toBe(hosts.length);
    expect(verdicts.filter(stops).length / hosts.length).toBeGreaterThanOrEqual(0.85);
  });

  it('generalises across feeds: a list built from jarelllama alone, measured on OpenPhish entries it lacks', () => {
    const index = indexScamList(listFrom(['jarelllama-dead_domains', 'jarelllama-raw_light']));
    const unseen = feeds.openphish.items.map(asUrl).filter((u) => classifyUrl(u, {}, index).level !== 'known-scam');
    const caught = unseen.map((u) => classifyUrl(u, {}, index));
    console.log(`openphish entries not in a jarelllama-built list: ${unseen.length}; warned ${pct(caught.filter(warns).length, unseen.length)}, stopped ${pct(caught.filter(stops).length, unseen.length)}`);
    expect(unseen.length).toBeGreaterThan(300);
    expect(caught.filter(warns).length / unseen.length).toBeGreaterThanOrEqual(0.95);
  });

  it('generalises the other way: a list built from OpenPhish alone, measured on jarelllama entries it lacks', () => {
    const index = indexScamList(listFrom(['openphish']));
    const items = [...feeds['jarelllama-dead_domains'].items, ...feeds['jarelllama-raw_light'].items].map(asUrl);
    const unseen = items.filter((u) => classifyUrl(u, {}, index).level !== 'known-scam');
    const caught = unseen.map((u) => classifyUrl(u, {}, index));
    console.log(`jarelllama entries not in an openphish-built list: ${unseen.length}; warned ${pct(caught.filter(warns).length, unseen.length)}, stopped ${pct(caught.filter(stops).length, unseen.length)}`);
    expect(caught.filter(warns).length / unseen.length).toBeGreaterThanOrEqual(0.95);
  });
});

// ─── Benign corpora: 0 false positives (any warning level counts as one) ─────────────────────────

const require = createRequire(import.meta.url);
const ethAllow: string[] = require('eth-phishing-detect/src/config.json').whitelist;
const lines = (file: string) => readFileSync(join(FIXTURES, file), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const tiktokHosts = lines('tiktok-hosts.txt');
const flagged = (urls: string[]) => urls.map((u) => [u, classifyUrl(u)] as const).filter(([, v]) => warns(v)).map(([u, v]) => `${u} ${v.reasons.join(',')}`);

describe('false positives on a large popular-site list nobody here chose (Tranco top 50,000)', () => {
  const tranco = lines('tranco-top-50k.txt');
  const verdicts = tranco.map((d) => [d, classifyUrl(`https://${d}/`)] as const);
  const named = (keep: (v: GuardVerdict) => boolean) => verdicts.filter(([, v]) => keep(v)).map(([d, v]) => `${d} ${v.reasons.join(',')}`);

  it('stops none, and cautions only brand-named sites', () => {
    expect(tranco.length).toBeGreaterThan(50_000);
    const stopped = named(stops);
    const cautioned = named((v) => GUARD_ACTIONS[v.level] === 'caution');
    console.log(`Tranco top ${tranco.length}: warned ${named(warns).length}, stopped ${stopped.length}, cautioned ${cautioned.length} (${cautioned.join('; ')})`);
    expect(stopped).toEqual([]);
    // Each caution is a site named after the brand (a downloader, a fan site): TikTok does not run it.
    expect(cautioned.every((c) => /tiktok/.test(c.split(' ')[0]))).toBe(true);
    expect(cautioned.length).toBeLessThanOrEqual(5);
  });
});

describe("TikTok's own hosts from public lists (hagezi native.tiktok, v2fly data/tiktok, Netify)", () => {
  it('no host is ever warned', () => {
    const own = lines('tiktok-own-hosts.txt');
    const bad = flagged(own.map((h) => `https://${h}/`));
    console.log(`TikTok's own hosts (three public lists): ${own.length}, warned ${bad.length}`);
    expect(own.length).toBeGreaterThan(300);
    expect(bad).toEqual([]);
  });
});

describe('false positives on benign corpora', () => {
  it.each([
    ['Moz top 500 (npm top-sites)', top500.domains.map((d) => `https://${d}/`), 500],
    ['eth-phishing-detect allow list (legitimate sites near crypto brands)', ethAllow.map((d) => `https://${d}/`), 1000],
    ['near misses of the brand', nearMisses.entries.map((e) => e.url), 30],
    ['pages about TikTok and its scams on reputable sites', aboutTiktok.entries, 50],
  ] as const)('%s: none', (name, urls, atLeast) => {
    expect(urls.length).toBeGreaterThanOrEqual(atLeast);
    console.log(`${name}: ${urls.length} URLs, ${flagged([...urls]).length} false positives`);
    expect(flagged([...urls])).toEqual([]);
  });

  it("every host of TikTok's own domains is official (blocklistproject tiktok.txt)", () => {
    const own = tiktokHosts.filter((h) => OFFICIAL_DOMAINS.has(getDomain(h) ?? ''));
    const notOfficial = own.filter((h) => classifyUrl(`https://${h}/x`).level !== 'official');
    console.log(`TikTok's own hosts: ${own.length}, not official: ${notOfficial.length}`);
    expect(own.length).toBeGreaterThan(1000);
    expect(notOfficial).toEqual([]);
  });

  it('the rest of that list (ByteDance domains, CDN aliases no browser shows) stays quiet', () => {
    const bad = flagged(tiktokHosts.map((h) => `https://${h}/`));
    console.log(`blocklistproject tiktok.txt: ${tiktokHosts.length} hosts, ${bad.length} warned`);
    expect(bad).toEqual([]);
  });
});
