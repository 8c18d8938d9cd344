// What the background keeps of a page's reads, at the bounds of its checks, expected values written
// by hand: 10^12 the largest value, 4 h (14 400 s) the latest retention point, 0 the least share or
// activity, 200 characters the longest provisional key; a read of nothing kept is no batch; and the
// page's message at its bounds (a CALL_URL of 8192 characters, ten errors at most).
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as contract from '@/utils/studio-data/studio-data-contract';
import { studioDataBatch, studioPageErrors } from '@/utils/studio-data/studio-data-batch';
import { dataInsightUrl } from '../../fixtures/studio-data/studio-data-fixtures';

const OWN = '7500000000000000001';
const OTHER = '7500000000000000002';
const AT = Date.parse('2026-09-10T02:00:00Z');
const CALL_URL = dataInsightUrl([{ insigh_type: 'vv_history', days: 1, end_days: 0 }], 0);
const owner = { account: 'maya.bakes', ownVideos: new Set([OWN]) };

afterEach(() => vi.restoreAllMocks());

/** The batch kept of one response whose read is `read` (the reader and the merge stand aside: these are the checks after them). */
function batchOf(read: Partial<contract.StudioDataRead>) {
  vi.spyOn(contract, 'readStudioData').mockReturnValue({ ok: true, notes: [], read: { account: {}, videos: {}, retention: {}, activity: {}, provisional: [], ...read } });
  vi.spyOn(contract, 'mergeStudioData').mockImplementation((_, b) => b);
  return studioDataBatch([{ url: CALL_URL, body: {}, receivedAt: AT }], owner);
}

describe('values within bounds', () => {
  it('10^12 is a value, text is not; a curve point at 4 h and 0 %, and 0 active followers, are kept', () => {
    const { batch, notes } = batchOf({
      account: { videoViews: { '2026-12-01': 1e12, '2026-12-02': '5' as unknown as number } },
      retention: { [OWN]: [[0, 0], [14_400, 0], [14_401, 10], [3, -1]] },
      activity: { '2026-12-01': { 0: 0, 1: -1 } },
    });
    expect(batch?.read).toEqual({
      account: { videoViews: { '2026-12-01': 1e12 } },
      videos: {},
      retention: { [OWN]: [[0, 0], [14_400, 0]] },
      activity: { '2026-12-01': { 0: 0 } },
      provisional: [],
    });
    expect(notes).toEqual(['left out 4 value(s) out of bounds']);
  });

  it('nothing left out: no note at all', () => {
    const { batch, notes } = batchOf({ account: { likes: { '2026-12-01': 3 } } });
    expect(batch?.read.account).toEqual({ likes: { '2026-12-01': 3 } });
    expect(notes).toEqual([]);
  });

  it('a curve with no point left is dropped, not kept empty', () => {
    const { batch } = batchOf({ account: { likes: { '2026-12-01': 3 } }, retention: { [OWN]: [[-1, 50]] } });
    expect(batch?.read.retention).toEqual({});
  });

  it('provisional keys: text of at most 200 characters', () => {
    const long = `account.videoViews.${'9'.repeat(181)}`;
    const { batch } = batchOf({ account: { likes: { '2026-12-01': 3 } }, provisional: [long, `${long}9`, 5 as unknown as string, ['x'] as unknown as string] });
    expect(long).toHaveLength(200);
    expect(batch?.read.provisional).toEqual([long]);
  });
});

describe('only what is kept makes a batch', () => {
  it('a retention curve alone, or an activity hour alone, is a batch', () => {
    expect(batchOf({ retention: { [OWN]: [[0, 100]] } }).batch?.read.retention).toEqual({ [OWN]: [[0, 100]] });
    vi.restoreAllMocks();
    expect(batchOf({ activity: { '2026-12-01': { 5: 2 } } }).batch?.read.activity).toEqual({ '2026-12-01': { 5: 2 } });
  });

  it('series, days and curves with nothing left in them are no batch', () => {
    expect(batchOf({ account: { videoViews: { '2026-12-01': Number.NaN } } }).batch).toBeUndefined();
    vi.restoreAllMocks();
    expect(batchOf({ activity: { '2026-12-01': { 24: 5 } } }).batch).toBeUndefined();
  });
});

describe("the creator's own videos", () => {
  it("another account's video is left out, with its provisional keys; the creator's own stays, with its own", () => {
    const { batch, notes } = batchOf({
      videos: { [OWN]: { videoViews: { '2026-12-01': 4 } }, [OTHER]: { videoViews: { '2026-12-01': 9 } } },
      provisional: ['account.likes.2026-12-01', `videos.${OWN}.videoViews.2026-12-01`, `videos.${OTHER}.videoViews.2026-12-01`],
    });
    expect(batch?.read.videos).toEqual({ [OWN]: { videoViews: { '2026-12-01': 4 } } });
    expect(batch?.read.provisional).toEqual(['account.likes.2026-12-01', `videos.${OWN}.videoViews.2026-12-01`]);
    expect(notes).toEqual(["left out 1 video(s) the page does not show as the creator's"]);
  });

  it('only own videos: nothing said', () => {
    expect(batchOf({ videos: { [OWN]: { videoViews: { '2026-12-01': 4 } } } }).notes).toEqual([]);
  });

  it('no responses: nothing to say, even without an account', () => {
    expect(studioDataBatch([], { account: undefined, ownVideos: new Set() })).toEqual({ notes: [] });
  });
});

describe("the page's message", () => {
  const page = (responses: unknown[], ownVideos: unknown = [OWN]) => ({ account: 'maya.bakes', ownVideos, responses });

  it('a CALL_URL of exactly 8192 characters is taken', () => {
    const url = `${CALL_URL}&x=${'1'.repeat(8192 - CALL_URL.length - 3)}`;
    expect(url).toHaveLength(8192);
    expect(studioPageErrors(page([{ url, receivedAt: AT, body: {} }]), AT)).toEqual([]);
  });

  it('a moment that is not a number (NaN) is not plausible', () => {
    expect(studioPageErrors(page([{ url: CALL_URL, receivedAt: Number.NaN, body: {} }]), AT)).toEqual(['responses[0].receivedAt: not a plausible time']);
  });

  it('a video id as a number is not one', () => {
    expect(studioPageErrors(page([], [123]), AT)).toEqual(['ownVideos: at most 10000 video ids']);
  });

  it('at most ten errors are said', () => {
    const errors = studioPageErrors(page(Array.from({ length: 12 }, () => null)), AT);
    expect(errors).toHaveLength(10);
    expect(errors[9]).toBe('responses[9]: not a response');
  });
});
