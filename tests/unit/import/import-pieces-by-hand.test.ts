// An import on its way to the background, by hand and without a store: the request cut into pieces
// at small bounds (every piece below worked out by hand), the staging that puts them back together
// and refuses pieces out of order or out of shape, the batch merged per export day, and the preview's
// summary. The store's side is tests/unit/history/import-pieces.test.ts.
import { describe, expect, it } from 'vitest';
import { BATCH_LIMITS, batchForSaving, ImportStaging, importPieces, type PIECE_LIMITS, sendInPieces, type StudioImport, type StudioImportPiece } from '@/utils/import/import-batch';
import { summarizeParts } from '@/utils/import/import-preview';
import { mergeParts } from '@/utils/import/merge-parts';
import type { StudioFilePart } from '@/utils/import/studio-files';

const v1 = { videoId: '1', caption: 'abcdef' };
const v2 = { videoId: '2', caption: 'abcdef' };
const activity = { date: '2025-01-04', hour: 1, activeFollowers: 5 };
const audience = { gender: { male: 50 } };

const A: StudioFilePart = {
  name: 'A.zip', files: ['Overview.csv'], exportedAt: 1000,
  days: { '2025-01-01': { videoViews: 1 }, '2025-01-02': { videoViews: 2 }, '2025-01-03': { videoViews: 3 }, '2025-01-04': { videoViews: 4 } },
};
// Videos out of id order, as a file may list them; no export time.
const B: StudioFilePart = { name: 'B.zip', files: ['Content.csv'], days: {}, audience, followerActivity: [activity], videos: [v2, v1] };
const request: StudioImport = { account: 'maya.bakes', parts: [A, B] };
// The parameter's type is the bounds' literal 5000; small bounds make every piece checkable by hand.
const LIMITS = { rows: 3, captionChars: 10 } as unknown as typeof PIECE_LIMITS;

/** Cut inside each test, not when the file loads: Stryker's mutants are active only while tests run. */
const cut = () => importPieces(request, 'imp', LIMITS);

describe('importPieces at 3 rows and 10 caption characters a piece', () => {
  it('four pieces: three days; the fourth day with the audience and the hour; one video each (6 + 6 characters is over 10)', () => {
    const head = { importId: 'imp', account: 'maya.bakes', count: 4 };
    expect(cut()).toEqual([
      { ...head, index: 0, partOf: [0], parts: [{ name: 'A.zip', files: ['Overview.csv'], exportedAt: 1000, days: { '2025-01-01': { videoViews: 1 }, '2025-01-02': { videoViews: 2 }, '2025-01-03': { videoViews: 3 } } }] },
      {
        ...head, index: 1, partOf: [0, 1], parts: [
          { name: 'A.zip', files: ['Overview.csv'], exportedAt: 1000, days: { '2025-01-04': { videoViews: 4 } } },
          { name: 'B.zip', files: ['Content.csv'], days: {}, audience, followerActivity: [activity] },
        ],
      },
      { ...head, index: 2, partOf: [1], parts: [{ name: 'B.zip', files: ['Content.csv'], days: {}, videos: [v1] }] },
      { ...head, index: 3, partOf: [1], parts: [{ name: 'B.zip', files: ['Content.csv'], days: {}, videos: [v2] }] },
    ]);
  });

  it('captions of exactly 10 characters together share a piece; a part with no export time has no exportedAt key in its slices', () => {
    const part: StudioFilePart = { name: 'C.zip', files: [], days: {}, videos: [{ videoId: '1', caption: 'abcdef' }, { videoId: '2', caption: 'abcd' }] };
    const pieces = importPieces({ account: 'maya.bakes', parts: [part] }, 'c', LIMITS);
    expect(pieces.map((piece) => piece.parts.map((slice) => slice.videos?.length))).toEqual([[2]]);
    expect('exportedAt' in pieces[0].parts[0]).toBe(false);
  });

  it('videos go in id order however the file listed them', () => {
    // 64 ids from 100 to 163, listed in the order (37 × i) mod 64.
    const videos = Array.from({ length: 64 }, (_, i) => ({ videoId: String(100 + ((37 * i) % 64)), caption: '' }));
    const [piece] = importPieces({ account: 'maya.bakes', parts: [{ name: 'C.zip', files: [], days: {}, videos }] }, 'v');
    expect(piece.parts[0].videos?.map((v) => v.videoId)).toEqual(Array.from({ length: 64 }, (_, i) => String(100 + i)));
  });

  it('an empty request is one empty piece; a small one is one piece', () => {
    expect(importPieces({ account: 'maya.bakes', parts: [] }, 'e')).toEqual([{ importId: 'e', account: 'maya.bakes', index: 0, count: 1, parts: [], partOf: [] }]);
    expect(importPieces(request, 'one')).toHaveLength(1);
  });

  it('staged one after another, they give back the request (videos in id order)', () => {
    const pieces = cut();
    const staging = new ImportStaging();
    expect(pieces.slice(0, 3).map((piece) => staging.add(piece))).toEqual([undefined, undefined, undefined]);
    const whole = staging.add(pieces[3]);
    expect(whole).toEqual({
      account: 'maya.bakes',
      parts: [
        { name: 'A.zip', files: ['Overview.csv'], exportedAt: 1000, days: A.days },
        { name: 'B.zip', files: ['Content.csv'], days: {}, audience, followerActivity: [activity], videos: [v1, v2] },
      ],
    });
    // A part with no export time has no exportedAt key at all.
    expect(whole && 'exportedAt' in whole.parts[1]).toBe(false);
  });
});

describe('ImportStaging refuses, and forgets what it held', () => {
  const REJECTED = 'Import rejected, nothing was changed: its parts came out of order; import the files again';
  type Pieces = StudioImportPiece[];
  const changed = (pieces: Pieces, i: number, change: Partial<StudioImportPiece>) => ({ ...pieces[i], ...change });

  it.each<[string, (pieces: Pieces) => unknown[]]>([
    ['a piece out of order', (p) => [p[0], p[2]]],
    ['a first piece that is not the first', (p) => [p[1]]],
    ['another import mid-way', (p) => [p[0], changed(p, 1, { importId: 'other' })]],
    ['another account mid-way', (p) => [p[0], changed(p, 1, { account: 'someone.else' })]],
    ['another count mid-way', (p) => [p[0], changed(p, 1, { count: 5 })]],
    ['an index past the count', (p) => [changed(p, 0, { index: 4 })]],
    ['a count of 0', (p) => [changed(p, 0, { count: 0, index: 0 })]],
    ['an index that is not whole', (p) => [p[0], changed(p, 1, { index: 1.5 })]],
    ['an import id over 100 characters', (p) => [changed(p, 0, { importId: 'x'.repeat(101) })]],
    ['an import id that is not text', (p) => [changed(p, 0, { importId: ['imp'] as unknown as string })]],
    ['a partOf for fewer slices than the piece holds', (p) => [p[0], changed(p, 1, { partOf: [0] })]],
    ['a partOf that is negative', (p) => [changed(p, 0, { partOf: [-1] })]],
    ['a partOf negative for one slice of two', (p) => [p[0], changed(p, 1, { partOf: [0, -1] })]],
    ['a partOf of 10 000', (p) => [changed(p, 0, { partOf: [10_000] })]],
  ])('%s', (_, make) => {
    const pieces = cut();
    const sent = make(pieces) as StudioImportPiece[];
    const staging = new ImportStaging();
    const last = sent.length - 1;
    sent.slice(0, last).forEach((piece) => staging.add(piece));
    expect(() => staging.add(sent[last])).toThrow(REJECTED);
    // What was held is gone: the next piece in order is refused too, a new first piece starts over.
    expect(() => staging.add(pieces[1])).toThrow(REJECTED);
    expect(staging.add(changed(pieces, 0, { count: 1 }))).toEqual({ account: 'maya.bakes', parts: [pieces[0].parts[0]] });
  });

  it('takes an import id of 100 characters and a partOf of 9999', () => {
    const pieces = cut();
    const staging = new ImportStaging();
    const piece = { ...pieces[0], importId: 'x'.repeat(100), count: 1, partOf: [9999] };
    expect(staging.add(piece)?.parts).toEqual([pieces[0].parts[0]]);
  });

  it('a piece of 5001 rows is refused; 5000 are taken', () => {
    const days = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, { videoViews: i }]));
    const piece = (n: number): StudioImportPiece => ({ importId: 'big', account: 'maya.bakes', index: 0, count: 1, partOf: [0], parts: [{ name: 'A.zip', files: [], days: days(n) }] });
    expect(() => new ImportStaging().add(piece(5001))).toThrow(REJECTED);
    expect(Object.keys(new ImportStaging().add(piece(5000))?.parts[0].days ?? {})).toHaveLength(5000);
  });

  it('an audience counts as a row: 5000 days and an audience are 5001', () => {
    const days = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, { videoViews: i }]));
    expect(() => new ImportStaging().add({ importId: 'big', account: 'maya.bakes', index: 0, count: 1, partOf: [0], parts: [{ name: 'A.zip', files: [], days, audience }] })).toThrow(REJECTED);
  });

  it('hours of activity and videos count as rows too: 2000 days, 2000 hours and 1001 videos are 5001', () => {
    const part = {
      name: 'A.zip', files: [], days: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, { videoViews: i }])),
      followerActivity: Array.from({ length: 2000 }, (_, i) => ({ date: `k${i}`, hour: 0, activeFollowers: 1 })),
      videos: Array.from({ length: 1001 }, (_, i) => ({ videoId: String(i), caption: '' })),
    };
    expect(() => new ImportStaging().add({ importId: 'big', account: 'maya.bakes', index: 0, count: 1, partOf: [0], parts: [part] })).toThrow(REJECTED);
  });

  it('drop() forgets an import begun', () => {
    const pieces = cut();
    const staging = new ImportStaging();
    staging.add(pieces[0]);
    staging.drop();
    expect(() => staging.add(pieces[1])).toThrow(REJECTED);
  });
});

describe('sendInPieces', () => {
  it('sends each piece once the one before was answered, and gives the last answer', async () => {
    const sent: number[] = [];
    const answer = await sendInPieces(request, async (piece) => (sent.push(piece.index), `answer ${piece.index}`), 'imp');
    expect([sent, answer]).toEqual([[0], 'answer 0']);
  });

  it('a last piece without an answer is an error', async () => {
    await expect(sendInPieces(request, async () => null, 'imp')).rejects.toThrow('the last part of the import got no answer');
  });
});

describe('batchForSaving', () => {
  // Noon UTC, an hour apart: one local day in every zone from UTC−11 to UTC+11.
  const NOON = Date.UTC(2025, 7, 20, 12);

  it('parts of one export day are one, named by their files (no folders), stamped with the latest export', () => {
    const batch = batchForSaving([
      { name: 'downloads/Overview.zip', files: ['Overview.csv'], exportedAt: NOON - 3_600_000, days: { '2025-08-19': { videoViews: 1 } } },
      { name: 'downloads\\Content.zip', files: ['Content.csv', 'Overview.csv'], exportedAt: NOON, days: { '2025-08-19': { likes: 2 } } },
    ]);
    expect(batch).toEqual([{ name: 'Overview.zip + Content.zip', files: ['Overview.csv', 'Content.csv'], exportedAt: NOON, days: { '2025-08-19': { videoViews: 1, likes: 2 } } }]);
  });

  it('parts with no export time are one part, with no export time', () => {
    const batch = batchForSaving([{ name: 'a.csv', files: ['a.csv'], days: {} }, { name: 'b.csv', files: ['b.csv'], days: {} }]);
    expect(batch).toEqual([{ name: 'a.csv + b.csv', files: ['a.csv', 'b.csv'], days: {} }]);
  });

  it('a name of many files is cut to 300 characters', () => {
    const parts = Array.from({ length: 40 }, (_, i) => ({ name: `Overview_file_number_${i}.zip`, files: [], days: {} }));
    expect(batchForSaving(parts)[0].name).toHaveLength(300);
  });

  it('an export over the bounds names every part of it', () => {
    const days = (from: number) => Object.fromEntries(Array.from({ length: 1831 }, (_, i) => [`d${from + i}`, { videoViews: 1 }]));
    expect(() => batchForSaving([{ name: 'a.zip', files: [], exportedAt: NOON - 86_400_000 * 40, days: days(0) }, { name: 'b.zip', files: [], exportedAt: NOON, days: days(5000) }]))
      .toThrow('a.zip + b.zip: 3662 days together: more than one import takes (at most 3660); import fewer files at a time');
  });

  it('3660 days are taken, 3661 are not; 24 000 hours of activity are taken, 24 001 are not', () => {
    const days = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`d${i}`, { videoViews: 1 }]));
    const hours = (n: number) => Array.from({ length: n }, (_, i) => ({ date: `d${Math.floor(i / 24)}`, hour: i % 24, activeFollowers: 1 }));
    expect(BATCH_LIMITS.days).toBe(3660);
    expect(batchForSaving([{ name: 'a.zip', files: [], days: days(3660), followerActivity: hours(24_000) }])).toHaveLength(1);
    expect(() => batchForSaving([{ name: 'a.zip', files: [], days: days(3661) }])).toThrow('a.zip: 3661 days together: more than one import takes (at most 3660); import fewer files at a time');
    expect(() => batchForSaving([{ name: 'a.zip', files: [], days: {}, followerActivity: hours(24_001) }])).toThrow('a.zip: 24001 hours of follower activity together: more than one import takes (at most 24000); import fewer files at a time');
  });
});

describe('mergeParts', () => {
  it('the later export wins a day, whatever the order given; days, hours and videos come out sorted or once', () => {
    const early: StudioFilePart = { name: 'e', files: [], exportedAt: 1, account: 'Maya.Bakes', days: { '2025-01-02': { videoViews: 1, likes: 1 }, '2025-01-01': { videoViews: 9 } },
      followerActivity: [{ date: '2025-01-02', hour: 5, activeFollowers: 1 }, { date: '2025-01-01', hour: 7, activeFollowers: 2 }], videos: [{ videoId: '7', caption: 'old' }] };
    const late: StudioFilePart = { name: 'l', files: [], exportedAt: 2, account: 'maya.bakes', days: { '2025-01-02': { videoViews: 3 } },
      followerActivity: [{ date: '2025-01-01', hour: 3, activeFollowers: 4 }, { date: '2025-01-02', hour: 5, activeFollowers: 6 }], videos: [{ videoId: '7', caption: 'new' }], audience };
    const merged = mergeParts([late, early]);
    // Given in either order, the same days (the account is spelled as the first part given spells it).
    expect(mergeParts([early, late])).toEqual({ ...merged, account: 'Maya.Bakes' });
    expect(merged).toEqual({
      account: 'maya.bakes',
      days: { '2025-01-01': { videoViews: 9 }, '2025-01-02': { videoViews: 3, likes: 1 } },
      followerActivity: [{ date: '2025-01-01', hour: 3, activeFollowers: 4 }, { date: '2025-01-01', hour: 7, activeFollowers: 2 }, { date: '2025-01-02', hour: 5, activeFollowers: 6 }],
      audience,
      videos: [{ videoId: '7', caption: 'new' }],
    });
    expect(Object.keys(merged.days)).toEqual(['2025-01-01', '2025-01-02']);
  });

  it('two parts with no export time: the one given later wins', () => {
    const a: StudioFilePart = { name: 'a', files: [], days: { '2025-01-01': { videoViews: 1 } } };
    const b: StudioFilePart = { name: 'b', files: [], days: { '2025-01-01': { videoViews: 2 } } };
    expect(mergeParts([a, b]).days).toEqual({ '2025-01-01': { videoViews: 2 } });
    expect(mergeParts([a, b])).toEqual({ days: { '2025-01-01': { videoViews: 2 } } });
  });

  it('three parts with no export time: the last given wins, the middle one over the first', () => {
    const part = (name: string, views: number): StudioFilePart => ({ name, files: [], days: { '2025-01-01': { videoViews: views }, [`2025-01-0${views + 1}`]: { likes: views } } });
    expect(mergeParts([part('a', 1), part('b', 2), part('c', 3)]).days).toEqual({
      '2025-01-01': { videoViews: 3 }, '2025-01-02': { likes: 1 }, '2025-01-03': { likes: 2 }, '2025-01-04': { likes: 3 },
    });
  });

  it('two accounts are refused by name', () => {
    expect(() => mergeParts([{ name: 'a.zip', files: [], days: {}, account: 'maya' }, { name: 'b.zip', files: [], days: {}, account: 'leo' }])).toThrow(
      'a.zip, b.zip: the files belong to different accounts (@maya, @leo): read one account at a time',
    );
  });
});

describe('summarizeParts', () => {
  it('counts days, metrics in the contract\'s order, days of activity, audience and videos, each once', () => {
    const parts: StudioFilePart[] = [
      { name: 'a', files: [], account: 'Maya', days: { '2025-01-03': { likes: 1 }, '2025-01-01': { videoViews: 1 } }, videos: [v1, v2], followerActivity: [activity, { ...activity, hour: 2 }, { ...activity, date: '2025-01-05' }] },
      { name: 'b', files: [], account: 'maya', days: { '2025-01-01': { followers: 5 } }, videos: [v1], audience },
      { name: 'c', files: [], account: 'leo', days: {} },
    ];
    expect(summarizeParts(parts)).toEqual({
      accounts: ['Maya', 'leo'], days: 2, firstDay: '2025-01-01', lastDay: '2025-01-03', metrics: ['videoViews', 'likes', 'followers'], activityDays: 2, audience: true, videos: 2,
    });
  });

  it('nothing read: no days, no audience', () => {
    expect(summarizeParts([{ name: 'a', files: [], days: {} }])).toEqual({ accounts: [], days: 0, firstDay: undefined, lastDay: undefined, metrics: [], activityDays: 0, audience: false, videos: 0 });
  });
});
