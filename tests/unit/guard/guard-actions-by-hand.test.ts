// What the guard does for each verdict level, written out: the warning page and the browser's
// rules both read this table.
import { describe, expect, it } from 'vitest';
import { GUARD_ACTIONS } from '@/utils/guard/guard-actions';

describe('GUARD_ACTIONS', () => {
  it('stops known scams and lookalikes, cautions on suspicious sites, lets the rest through or forwards TikTok', () => {
    expect(GUARD_ACTIONS).toEqual({ 'known-scam': 'stop', lookalike: 'stop', suspicious: 'caution', none: 'let-through', official: 'forward' });
  });
});
