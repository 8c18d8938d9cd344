// Several responses as one read: final beats provisional, otherwise the newer wins; inputs untouched.
import { describe, expect, it } from 'vitest';
import { mergeStudioData, type StudioDataRead } from '@/utils/studio-data/studio-data-contract';

const read = (parts: Partial<StudioDataRead>): StudioDataRead => ({ account: {}, videos: {}, retention: {}, activity: {}, provisional: [], ...parts });

describe('mergeStudioData', () => {
  it('a final day replaces a provisional one, and a provisional one never replaces a final one', () => {
    const morning = read({ account: { videoViews: { '2026-12-06': 900, '2026-12-05': 700 } }, provisional: ['account.videoViews.2026-12-06'] });
    const evening = read({ account: { videoViews: { '2026-12-06': 1200 } } });
    const later = read({ account: { videoViews: { '2026-12-06': 1300 } }, provisional: ['account.videoViews.2026-12-06'] });
    const final = mergeStudioData(morning, evening);
    expect(final).toEqual(read({ account: { videoViews: { '2026-12-06': 1200, '2026-12-05': 700 } } }));
    expect(mergeStudioData(final, later)).toEqual(final);
    expect(mergeStudioData(later, morning)).toEqual(read({
      account: { videoViews: { '2026-12-06': 900, '2026-12-05': 700 } },
      provisional: ['account.videoViews.2026-12-06'],
    }));
  });

  it('two final values for one day: the newer (second) wins', () => {
    const a = read({ account: { followers: { '2026-12-06': 10 } } });
    const b = read({ account: { followers: { '2026-12-06': 11 }, likes: { '2026-12-06': 3 } } });
    expect(mergeStudioData(a, b).account).toEqual({ followers: { '2026-12-06': 11 }, likes: { '2026-12-06': 3 } });
  });

  it('videos by day and hour, activity and retention merge the same way; a newer curve replaces an older', () => {
    const a = read({
      videos: { 75: { videoViews: { '2026-12-06T13': 40 }, watchedFullVideo: { '2026-12-06': 8 } } },
      retention: { 75: [[0, 100], [1, 40]] },
      activity: { '2026-12-06': { 13: 5 } },
      provisional: ['videos.75.watchedFullVideo.2026-12-06', 'activity.2026-12-06.13'],
    });
    const b = read({
      videos: { 75: { watchedFullVideo: { '2026-12-06': 9 } }, 76: { likes: { '2026-12-05': 2 } } },
      retention: { 75: [[0, 100], [1, 45]] },
      activity: { '2026-12-06': { 13: 6, 14: 7 } },
      provisional: ['videos.75.watchedFullVideo.2026-12-06'],
    });
    expect(mergeStudioData(a, b)).toEqual(read({
      videos: { 75: { videoViews: { '2026-12-06T13': 40 }, watchedFullVideo: { '2026-12-06': 9 } }, 76: { likes: { '2026-12-05': 2 } } },
      retention: { 75: [[0, 100], [1, 45]] },
      activity: { '2026-12-06': { 13: 6, 14: 7 } },
      provisional: ['videos.75.watchedFullVideo.2026-12-06'],
    }));
  });

  it('a hand-made read with keys no read holds adds nothing and reaches no prototype', () => {
    const forged = JSON.parse(
      '{"account":{"constructor":{"2026-12-06":1},"likes":{"__proto__":{"x":1},"yesterday":2,"2026-12-06":"3","2026-12-05":4}},' +
        '"videos":{"__proto__":{"likes":{"2026-12-06":5}},"75":{"toString":{"2026-12-06":6}}},' +
        '"retention":{"__proto__":[[0,1]]},"activity":{"2026-12-06":{"24":1,"__proto__":{"1":1},"7":8}},"provisional":[]}',
    );
    expect(mergeStudioData(read({}), forged)).toEqual(read({ account: { likes: { '2026-12-05': 4 } }, activity: { '2026-12-06': { 7: 8 } } }));
    expect(({} as Record<string, unknown>).likes).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('leaves both inputs as they were', () => {
    const a = read({ account: { likes: { '2026-12-06': 1 } }, retention: { 75: [[0, 100]] }, provisional: ['account.likes.2026-12-06'] });
    const b = read({ account: { likes: { '2026-12-06': 2 } }, retention: { 75: [[0, 90]] } });
    const before = JSON.stringify([a, b]);
    const merged = mergeStudioData(a, b);
    merged.retention[75][0][1] = 0;
    (merged.account.likes ?? {})['2026-12-07'] = 5;
    expect(JSON.stringify([a, b])).toBe(before);
  });
});
