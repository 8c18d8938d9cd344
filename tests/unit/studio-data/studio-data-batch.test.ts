// What the content script sends of a page's data calls: one batch for the signed-in creator, their
// own videos only, values within bounds; nothing when no account is known or nothing is left.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as contract from '@/utils/studio-data/studio-data-contract';
import { studioDataBatch } from '@/utils/studio-data/studio-data-batch';
import type { DataCall } from '@/utils/studio-data/data-call-tap';
import { studioDataFixture } from '../../fixtures/studio-data/studio-data-fixtures';

const VIDEO = '7500000000000000001';
const overview = studioDataFixture('v2-account-overview-7d-16days.shaped');
const retention = studioDataFixture('v2-video-retention.shaped');
const callOf = (fixture: { url: string; body: unknown }, receivedAt: number): DataCall => ({ url: fixture.url, body: JSON.stringify(fixture.body), receivedAt });
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
      expect(notes).toEqual(['no signed-in account on the page: nothing sent']);
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

  it('sends nothing for bodies that are not JSON, calls the reader does not know, or responses with no values', () => {
    const processing = studioDataFixture('v2-video-processing.shaped');
    const error = studioDataFixture('v1-analytics-insights-error-invalid-params.shaped');
    const { batch, notes } = studioDataBatch(
      [
        { url: overview.url, body: '<html>captcha</html>', receivedAt: AT },
        { url: 'https://www.tiktok.com/api/other/', body: '{}', receivedAt: AT },
        callOf(processing, AT),
        callOf(error, AT),
      ],
      { account: 'maya.bakes', ownVideos: new Set([VIDEO]) },
    );
    expect(batch).toBeUndefined();
    expect(notes[0]).toMatch(/^not JSON: https:\/\/www\.tiktok\.com\/aweme\/v2\/data\/insight\//);
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

  it('reads an answer Studio got twice once, and a different answer to the same call again', () => {
    const read = vi.spyOn(contract, 'readStudioData');
    const { batch } = studioDataBatch([callOf(overview, AT), callOf(overview, AT + 100), callOf(overview, AT + 200)], { account: 'maya.bakes', ownVideos: noVideos });
    expect(read).toHaveBeenCalledTimes(1);
    expect(batch?.receivedAt).toBe(AT);
    const changed = { url: overview.url, body: JSON.stringify({ ...overview.body, vv_history: [] }), receivedAt: AT + 300 };
    studioDataBatch([callOf(overview, AT), changed], { account: 'maya.bakes', ownVideos: noVideos });
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('nothing to do for a page with no calls', () => {
    expect(studioDataBatch([], { account: 'maya.bakes', ownVideos: noVideos })).toEqual({ notes: [] });
  });
});
