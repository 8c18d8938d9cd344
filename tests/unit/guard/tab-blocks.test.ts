// The popup's explanation of a block on a default install: the matched rule's kind, the site when
// the tab still shows its address (Chrome's error page), never a repeat.
import { describe, expect, it } from 'vitest';
import { RULE_IDS, STATIC_RULESET_ID, staticGuardRules, staticRuleMeanings } from '@/utils/guard/dnr-rules';
import { SCAM_LIST, SHIPPED_INDEX } from '@/utils/guard/scam-list';
import { tabBlocks } from '@/utils/guard/tab-blocks';

const ruleFor = (domain: string) => staticGuardRules(SCAM_LIST).find((r) => r.condition.requestDomains?.includes(domain) && r.action.type === 'block')!;

describe('tabBlocks', () => {
  const viewer = SCAM_LIST.find((e) => e.domain === 'tiktokviewer.com')!;
  const matched = [{ ruleId: ruleFor('tiktokviewer.com').id, rulesetId: STATIC_RULESET_ID }];

  it('names the site, its kind and its source when the tab shows the blocked address (Chrome)', () => {
    expect(tabBlocks(matched, 'https://www.tiktokviewer.com/check', SCAM_LIST, SHIPPED_INDEX)).toEqual([{ kind: viewer.kind, domain: 'tiktokviewer.com', source: viewer.source }]);
  });

  it('names the kind alone when the tab stayed on the page that linked there (Firefox)', () => {
    expect(tabBlocks([...matched, ...matched], 'https://forum.example/post', SCAM_LIST, SHIPPED_INDEX)).toEqual([{ kind: viewer.kind }]);
  });

  it('explains path entries and the user list; ignores TikTok’s allow rule and unknown ids', () => {
    const [id, meaning] = [...staticRuleMeanings(SCAM_LIST)].find(([, m]) => 'entry' in m)!;
    const entry = (meaning as { entry: (typeof SCAM_LIST)[number] }).entry;
    const blocks = tabBlocks([{ ruleId: id, rulesetId: STATIC_RULESET_ID }, { ruleId: RULE_IDS.userBlock, rulesetId: '_dynamic' }, { ruleId: 1, rulesetId: STATIC_RULESET_ID }, { ruleId: 99_999, rulesetId: STATIC_RULESET_ID }], undefined, SCAM_LIST, SHIPPED_INDEX);
    expect(blocks).toEqual([{ kind: entry.kind, domain: entry.domain, source: entry.source }, { kind: 'user-block' }]);
  });
});
