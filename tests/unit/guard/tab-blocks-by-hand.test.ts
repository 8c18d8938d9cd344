// The popup's explanation of a block, on a small list written by hand: its rule ids are known
// (kinds sorted from 2, then the path entries), so each matched rule's answer is stated exactly.
import { describe, expect, it } from 'vitest';
import { indexScamList, type ScamListEntry } from '@/utils/guard/scam-list';
import { tabBlocks } from '@/utils/guard/tab-blocks';

const LIST: ScamListEntry[] = [
  { domain: 'viewer-a.example', kind: 'who-viewed', source: 'feed one' },
  { domain: 'coins-b.example', kind: 'coins', source: 'feed two' },
  { domain: 'coins-c.example', kind: 'coins', source: 'feed three' },
  { domain: 'host-d.example', path: '/tiktok/', kind: 'phishing', source: 'feed four' },
  { domain: 'host-e.example', path: '/login/', kind: 'phishing', source: 'feed five' },
];
const INDEX = indexScamList(LIST);
// Whole-domain kinds, sorted: coins 2, who-viewed 3; then the path entries: host-d 4, host-e 5.
const STATIC = 'guard_list';
const rule = (ruleId: number, rulesetId = STATIC) => ({ ruleId, rulesetId });

describe('tabBlocks on a list written by hand', () => {
  it('names the listed site a subdomain of which the tab shows, when its kind is the rule\'s', () => {
    expect(tabBlocks([rule(2)], 'https://deep.sub.coins-c.example/x', LIST, INDEX)).toEqual([{ kind: 'coins', domain: 'coins-c.example', source: 'feed three' }]);
    expect(tabBlocks([rule(3)], 'https://viewer-a.example/', LIST, INDEX)).toEqual([{ kind: 'who-viewed', domain: 'viewer-a.example', source: 'feed one' }]);
  });

  it('names the kind alone when the tab shows another site, a listed site of another kind, or no address', () => {
    expect(tabBlocks([rule(2)], 'https://viewer-a.example/', LIST, INDEX)).toEqual([{ kind: 'coins' }]);
    expect(tabBlocks([rule(2)], 'https://coins-b.example.evil.test/', LIST, INDEX)).toEqual([{ kind: 'coins' }]);
    expect(tabBlocks([rule(2)], 'not an address', LIST, INDEX)).toEqual([{ kind: 'coins' }]);
    expect(tabBlocks([rule(2)], '', LIST, INDEX)).toEqual([{ kind: 'coins' }]);
    expect(tabBlocks([rule(2)], undefined, LIST, INDEX)).toEqual([{ kind: 'coins' }]);
  });

  it('walks past a parent the index holds no entry for', () => {
    const index = { byDomain: new Map<string, ScamListEntry[]>([['sub.coins-b.example', []], ['coins-b.example', [LIST[1]]]]) };
    expect(tabBlocks([rule(2)], 'https://sub.coins-b.example/', LIST, index)).toEqual([{ kind: 'coins', domain: 'coins-b.example', source: 'feed two' }]);
  });

  it('names a path entry by its own rule, wherever the tab is', () => {
    expect(tabBlocks([rule(5), rule(4)], 'https://viewer-a.example/', LIST, INDEX)).toEqual([
      { kind: 'phishing', domain: 'host-e.example', source: 'feed five' },
      { kind: 'phishing', domain: 'host-d.example', source: 'feed four' },
    ]);
  });

  it('reads the user\'s block rule only in the dynamic rules, skips unknown ids, and repeats nothing', () => {
    // Static id 2 is the coins rule, not the user's block (dynamic id 2).
    expect(tabBlocks([rule(2, '_dynamic'), rule(2)], undefined, LIST, INDEX)).toEqual([{ kind: 'user-block' }, { kind: 'coins' }]);
    expect(tabBlocks([rule(3, '_dynamic'), rule(1), rule(6), rule(3), rule(3), rule(2, '_session'), rule(2, '_dynamic')], undefined, LIST, INDEX)).toEqual([{ kind: 'who-viewed' }, { kind: 'user-block' }]);
    expect(tabBlocks([], 'https://viewer-a.example/', LIST, INDEX)).toEqual([]);
  });
});
