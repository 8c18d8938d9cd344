// What the content script sends of a page's data calls: the responses as received (parsed, unread),
// once each, for the signed-in creator with the videos the page shows as theirs; nothing without a
// signed-in account, and never past one message's bounds. The background reads them
// (studio-data-batch.test.ts); the two together give what the content script used to send.
import { describe, expect, it } from 'vitest';
import type { DataCall } from '@/utils/studio-data/data-call-tap';
import { PAGE_BOUNDS, pageResponses } from '@/utils/studio-data/page-responses';
import { studioDataBatch, studioPageErrors } from '@/utils/studio-data/studio-data-batch';
import { studioDataFixture } from '../../fixtures/studio-data/studio-data-fixtures';

const VIDEO = '7500000000000000001';
const overview = studioDataFixture('v2-account-overview-7d-16days.shaped');
const retention = studioDataFixture('v2-video-retention.shaped');
const callOf = (fixture: { url: string; body: unknown }, receivedAt: number): DataCall => ({ url: fixture.url, body: JSON.stringify(fixture.body), receivedAt });
const AT = Date.parse('2026-09-10T02:00:00Z');
const owner = { account: 'maya.bakes', ownVideos: new Set([VIDEO]) };

describe('pageResponses', () => {
  it("sends each response parsed, with the page's account and videos", () => {
    const { page, notes } = pageResponses([callOf(overview, AT), callOf(retention, AT + 500)], owner);
    expect(notes).toEqual([]);
    expect(page).toEqual({
      account: 'maya.bakes',
      ownVideos: [VIDEO],
      responses: [
        { url: overview.url, receivedAt: AT, body: overview.body },
        { url: retention.url, receivedAt: AT + 500, body: retention.body },
      ],
    });
  });

  it('what the background reads of it is what the page received: the reader\'s numbers, the retention of the own video', () => {
    const { page } = pageResponses([callOf(overview, AT), callOf(retention, AT + 500)], owner);
    expect(studioPageErrors(page, AT + 1000)).toEqual([]);
    const { batch } = studioDataBatch(page!.responses, { account: page!.account, ownVideos: new Set(page!.ownVideos) });
    expect(batch?.receivedAt).toBe(AT + 500);
    expect(batch?.read.account.videoViews).toMatchObject({ '2026-08-25': 331, '2026-09-08': 38 });
    expect(batch?.read.retention).toEqual({ [VIDEO]: [[0, 100], [1, 50], [2, 27], [3, 18], [4, 15], [5, 13]] });
  });

  it('sends nothing without a signed-in account, or with a handle that is not one', () => {
    for (const account of [undefined, '', 'a', 'maya bakes', '<script>', 'x'.repeat(25)]) {
      expect(pageResponses([callOf(overview, AT)], { account, ownVideos: owner.ownVideos }), String(account)).toEqual({ notes: ['no signed-in account on the page: nothing sent'] });
    }
  });

  it('sends an answer Studio got twice once, and a different answer to the same call again', () => {
    const changed = { url: overview.url, body: JSON.stringify({ ...overview.body, vv_history: [] }), receivedAt: AT + 300 };
    const { page } = pageResponses([callOf(overview, AT), callOf(overview, AT + 100), callOf(overview, AT + 200), changed], owner);
    expect(page?.responses.map((r) => r.receivedAt)).toEqual([AT, AT + 300]);
  });

  it('leaves out a body that is not JSON, and says so; nothing at all when none is', () => {
    const captcha = { url: overview.url, body: '<html>captcha</html>', receivedAt: AT };
    const { page, notes } = pageResponses([captcha, callOf(retention, AT)], owner);
    expect(page?.responses.map((r) => r.url)).toEqual([retention.url]);
    expect(notes).toEqual([expect.stringMatching(/^not JSON: https:\/\/www\.tiktok\.com\/aweme\/v2\/data\/insight\//)]);
    expect(pageResponses([captcha], owner).page).toBeUndefined();
    expect(pageResponses([], owner)).toEqual({ notes: [] });
  });

  it("stays within one message's bounds: responses, characters, video ids (the newest kept, digits only)", () => {
    const many = Array.from({ length: PAGE_BOUNDS.responses + 3 }, (_, i) => callOf({ url: overview.url, body: { ...(overview.body as object), i } }, AT + i));
    const counted = pageResponses(many, owner);
    expect(counted.page?.responses).toHaveLength(PAGE_BOUNDS.responses);
    expect(counted.notes).toEqual(["left out 3 response(s) past one message's bounds"]);

    const big = (n: number) => ({ url: overview.url, body: JSON.stringify({ n, pad: 'x'.repeat(PAGE_BOUNDS.bodyChars / 2 - 40) }), receivedAt: AT });
    const sized = pageResponses([big(1), big(2), big(3)], owner);
    expect(sized.page?.responses.map((r) => (r.body as { n: number }).n)).toEqual([1, 2]);
    expect(sized.notes).toEqual(["left out 1 response(s) past one message's bounds"]);

    const ids = new Set(['not-a-video', ...Array.from({ length: PAGE_BOUNDS.ownVideos + 5 }, (_, i) => String(7_000_000 + i))]);
    const { page } = pageResponses([callOf(overview, AT)], { account: 'maya.bakes', ownVideos: ids });
    expect(page?.ownVideos).toHaveLength(PAGE_BOUNDS.ownVideos);
    expect(page?.ownVideos[0]).toBe(String(7_000_005));
    expect(page?.ownVideos.at(-1)).toBe(String(7_000_000 + PAGE_BOUNDS.ownVideos + 4));
    expect(studioPageErrors(page, AT)).toEqual([]);
  });
});
