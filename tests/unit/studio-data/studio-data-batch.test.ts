// What the background keeps of a page's data calls (the content script sends them unread): one batch
// for the signed-in creator, their own videos only, values within bounds; nothing when no account is
// known or nothing is left. And the check of the message itself, which a content script sent.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as contract from '@/utils/studio-data/studio-data-contract';
import { studioDataBatch, studioPageErrors } from '@/utils/studio-data/studio-data-batch';
import { PAGE_BOUNDS } from '@/utils/studio-data/page-responses';
import { studioDataFixture } from '../../fixtures/studio-data/studio-data-fixtures';

const VIDEO = '7500000000000000001';
const overview = studioDataFixture('v2-account-overview-7d-16days.shaped');
const retention = studioDataFixture('v2-video-retention.shaped');
const callOf = (fixture: { url: string; body: unknown }, receivedAt: number): contract.StudioResponse => ({ url: fixture.url, body: fixture.body, receivedAt });
const AT = Date.parse('2026-09-10T02:00:00Z');
const noVideos = new Set<string>();

afterEach(() => vi.restoreAllMocks());

describe('studioDataBatch', () => {
  it('reads every call of the page into one batch for the signed-in account, stamped with the newest arrival', () => {
    const { batch } = studioDataBatch([callOf(overview, AT), callOf(retention, AT + 500)], { account: 'maya.bakes', ownVideos: new Set([VIDEO]) });
    expect(batch?.account).toBe('maya.bakes');
    expect(batch?.receivedAt).toBe(AT + 500);
    // The reader's own numbers (tests/unit/studio-data/data-insight-reader.test.ts), as read.
    expect(batch?.read.account.videoViews).toMatchObject({ '2026-08-25': 331, '2026-09-08': 38 });
    expect(batch?.read.retention).toEqual({ [VIDEO]: [[0, 100], [1, 50], [2, 27], [3, 18], [4, 15], [5, 13]] });
  });

  it('sends nothing without a signed-in account, or with a handle that is not one', () => {
    for (const account of [undefined, '', 'a', 'maya bakes', '<script>', 'x'.repeat(25)]) {
      const { batch, notes } = studioDataBatch([callOf(overview, AT)], { account, ownVideos: noVideos });
      expect(batch, String(account)).toBeUndefined();
      expect(notes).toEqual(['no signed-in account on the page: nothing kept']);
    }
  });

  it('leaves out a video the page does not show as the creator\'s, and says so', () => {
    const { batch, notes } = studioDataBatch([callOf(overview, AT), callOf(retention, AT)], { account: 'maya.bakes', ownVideos: new Set(['7500000000000000999']) });
    expect(batch?.read.retention).toEqual({});
    expect(batch?.read.account.videoViews).toMatchObject({ '2026-08-25': 331 });
    expect(notes).toContain("left out 1 video(s) the page does not show as the creator's");
    // Only another account's video: nothing to send at all.
    expect(studioDataBatch([callOf(retention, AT)], { account: 'maya.bakes', ownVideos: noVideos }).batch).toBeUndefined();
  });

  it('keeps nothing of calls the reader does not know, or responses with no values', () => {
    const processing = studioDataFixture('v2-video-processing.shaped');
    const error = studioDataFixture('v1-analytics-insights-error-invalid-params.shaped');
    const { batch, notes } = studioDataBatch(
      [
        { url: overview.url, body: '<html>captcha</html>', receivedAt: AT },
        { url: 'https://www.tiktok.com/api/other/', body: {}, receivedAt: AT },
        callOf(processing, AT),
        callOf(error, AT),
      ],
      { account: 'maya.bakes', ownVideos: new Set([VIDEO]) },
    );
    expect(batch).toBeUndefined();
    expect(notes[1]).toMatch(/^not a Studio data call/);
    expect(notes.length).toBeGreaterThan(3);
  });

  it('leaves out values out of bounds or under malformed keys, whatever the reader handed over', () => {
    vi.spyOn(contract, 'readStudioData').mockReturnValue({
      ok: true,
      notes: [],
      read: {
        account: { videoViews: { '2026-12-01': 5, '2026-12-02': Number.NaN, '2026-12-03': 1e13, 'yesterday': 4 }, netFollowers: { '2026-12-01': -3 } },
        videos: { [VIDEO]: { videoViews: { '2026-12-01T05': 9, '2026-12-01T5': 1 } } },
        retention: { [VIDEO]: [[0, 100], [1, 140], [-1, 50], [2, 40]] },
        activity: { '2026-12-01': { 0: 3, 23: 4, 24: 5 }, 'monday': { 1: 1 } },
        provisional: ['account.videoViews.2026-12-01'],
      },
    });
    // Handed over as it is (the merge may check values of its own).
    vi.spyOn(contract, 'mergeStudioData').mockImplementation((_, read) => read);
    const { batch, notes } = studioDataBatch([callOf(overview, AT)], { account: 'maya.bakes', ownVideos: new Set([VIDEO]) });
    expect(batch?.read).toEqual({
      account: { videoViews: { '2026-12-01': 5 }, netFollowers: { '2026-12-01': -3 } },
      videos: { [VIDEO]: { videoViews: { '2026-12-01T05': 9 } } },
      retention: { [VIDEO]: [[0, 100], [2, 40]] },
      activity: { '2026-12-01': { 0: 3, 23: 4 } },
      provisional: ['account.videoViews.2026-12-01'],
    });
    expect(notes).toContain('left out 8 value(s) out of bounds');
  });

  it('nothing to do for a page with no calls', () => {
    expect(studioDataBatch([], { account: 'maya.bakes', ownVideos: noVideos })).toEqual({ notes: [] });
  });
});

describe('studioPageErrors', () => {
  const page = () => ({ account: 'maya.bakes', ownVideos: [VIDEO], responses: [callOf(overview, AT), callOf(retention, AT + 500)] });

  it('takes a page as the content script sends it', () => {
    expect(studioPageErrors(page(), AT + 1000)).toEqual([]);
    expect(studioPageErrors({ ...page(), ownVideos: [] }, AT + 1000)).toEqual([]);
  });

  it.each([
    ['not an object', () => 'saveStudioResponses', /not the responses of a Studio page/],
    ['no handle', () => ({ ...page(), account: undefined }), /^account/],
    ['a handle with spaces', () => ({ ...page(), account: 'maya bakes' }), /^account/],
    ['video ids that are not digits', () => ({ ...page(), ownVideos: ['7500000000000000001', 'abc'] }), /^ownVideos/],
    ['video ids not in a list', () => ({ ...page(), ownVideos: VIDEO }), /^ownVideos/],
    ['too many video ids', () => ({ ...page(), ownVideos: Array.from({ length: PAGE_BOUNDS.ownVideos + 1 }, (_, i) => String(i)) }), /^ownVideos/],
    ['responses not in a list', () => ({ ...page(), responses: callOf(overview, AT) }), /^responses/],
    ['too many responses', () => ({ ...page(), responses: Array.from({ length: PAGE_BOUNDS.responses + 1 }, () => callOf(overview, AT)) }), /^responses/],
    ['a response that is not an object', () => ({ ...page(), responses: [null] }), /^responses\[0\]: not a response/],
    ["another site's URL", () => ({ ...page(), responses: [{ ...callOf(overview, AT), url: 'https://evil.example/aweme/v2/data/insight/' }] }), /^responses\[0\]\.url/],
    ['a URL that is not text', () => ({ ...page(), responses: [{ ...callOf(overview, AT), url: 42 }] }), /^responses\[0\]\.url/],
    ['a URL past its bound', () => ({ ...page(), responses: [{ ...callOf(overview, AT), url: `${overview.url}&x=${'1'.repeat(8200)}` }] }), /^responses\[0\]\.url/],
    ['a moment in the future', () => ({ ...page(), responses: [callOf(overview, AT + 61_000)] }), /^responses\[0\]\.receivedAt/],
    ['a moment over a day old', () => ({ ...page(), responses: [callOf(overview, AT - 86_400_001)] }), /^responses\[0\]\.receivedAt/],
    ['a moment as text', () => ({ ...page(), responses: [{ ...callOf(overview, AT), receivedAt: String(AT) }] }), /^responses\[0\]\.receivedAt/],
  ])('refuses %s', (_, message, error) => {
    const errors = studioPageErrors(message(), AT);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(error);
  });

  it('takes the bounds themselves: a minute ahead, a day back, as many ids and responses as allowed', () => {
    expect(studioPageErrors({ ...page(), responses: [callOf(overview, AT + 60_000), callOf(overview, AT - 86_400_000)] }, AT)).toEqual([]);
    const full = { ...page(), ownVideos: Array.from({ length: PAGE_BOUNDS.ownVideos }, (_, i) => String(i)), responses: Array.from({ length: PAGE_BOUNDS.responses }, () => callOf(overview, AT)) };
    expect(studioPageErrors(full, AT)).toEqual([]);
  });
});
