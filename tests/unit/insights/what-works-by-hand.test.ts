// "What works for you" on a handful of videos small enough to work out on paper: the groupings,
// the comparisons' counts, ratios, intervals and verdicts, the neighbour-relative values, the
// outcomes a video has, and the report's one-line summaries. Fast (no generated histories): the
// calibration over many generated histories lives in what-works.test.ts.
import { describe, expect, it } from 'vitest';
import { captionLength, hashtagsOf, maxGapAt, outcomesOf, viewsAtAge, type OwnVideo } from '@/utils/insights/own-videos';
import { groupingsOf, neighbourRelative, normalQuantile, whatWorks, type Comparison, type WhatWorks } from '@/utils/insights/what-works';
import { nearestToSpeaking, strongestFinding, whatWorksReport } from '@/utils/insights/what-works-report';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);

/** A video old enough for its lifetime views to count (40 days), with those views read now. */
const old = (videoId: string, views: number, over: Partial<OwnVideo> = {}): OwnVideo => ({
  videoId, postedAt: NOW - 40 * DAY, views: [], counters: { at: NOW, views }, ...over,
});

describe('own videos by hand', () => {
  it('lets a line bridge 36 hours early on, half the age later', () => {
    expect(maxGapAt(DAY)).toBe(36 * HOUR);
    expect(maxGapAt(72 * HOUR)).toBe(36 * HOUR);
    expect(maxGapAt(80 * HOUR)).toBe(40 * HOUR);
    expect(maxGapAt(7 * DAY)).toBe(84 * HOUR);
  });

  it('starts from a capture taken at the posting moment itself, and bridges a gap of exactly the limit', () => {
    // 10 views at posting, 30 two days later: at one day the line says 20 (not 15, as from 0).
    expect(viewsAtAge([{ t: 0, v: 10 }, { t: 2 * DAY, v: 30 }], 0, DAY, 3 * DAY)).toBe(20);
    // From posting (0 views) to 360 views 36 hours later, with a 36-hour limit: 240 at 24 hours.
    expect(viewsAtAge([{ t: 36 * HOUR, v: 360 }], 0, DAY, 36 * HOUR)).toBe(240);
    expect(viewsAtAge([{ t: 36 * HOUR + 1, v: 360 }], 0, DAY, 36 * HOUR)).toBeUndefined();
    // A capture from before posting is no start: from 0 at posting to 300 at 30 hours, 240 at 24.
    expect(viewsAtAge([{ t: -HOUR, v: 50 }, { t: 30 * HOUR, v: 300 }], 0, DAY, 36 * HOUR)).toBe(240);
    // A capture exactly at the mark is read as it is, however far the one before it.
    expect(viewsAtAge([{ t: DAY, v: 500 }], 0, DAY, 12 * HOUR)).toBe(500);
  });

  it('reads views at one and seven days from the captures, each with its own gap limit', () => {
    const posted = NOW - 30 * DAY;
    // 0 → 300 over 30 hours (within 36): 240 at 24 h. 7 days: from 1,000 at 5 days to 2,000 at 8.5
    // days (3.5 days apart, exactly the limit at 7 days): 1,000 + 1,000 · 2 / 3.5.
    const views = [{ t: posted + 30 * HOUR, v: 300 }, { t: posted + 5 * DAY, v: 1_000 }, { t: posted + 8.5 * DAY, v: 2_000 }];
    const o = outcomesOf({ videoId: 'v', postedAt: posted, views });
    expect(o.views24h).toBe(240);
    expect(o.views7d).toBeCloseTo(1_000 + 2_000 / 3.5, 9);
    // Without counters or a page, nothing else is known.
    expect(o).toMatchObject({ lifetimeViews: undefined, engagementRate: undefined, followersGained: undefined, watchedFull: undefined });
  });

  it('counts lifetime views from exactly four weeks, rates and page numbers from exactly a week', () => {
    const at28 = outcomesOf({ videoId: 'v', postedAt: NOW - 28 * DAY, views: [], counters: { at: NOW, views: 700 } });
    expect(at28.lifetimeViews).toBe(700);
    const before28 = outcomesOf({ videoId: 'v', postedAt: NOW - 28 * DAY + 1, views: [], counters: { at: NOW, views: 700 } });
    expect(before28.lifetimeViews).toBeUndefined();
    // Counters without views: no lifetime views, no rate.
    expect(outcomesOf({ videoId: 'v', postedAt: NOW - 40 * DAY, views: [], counters: { at: NOW, likes: 5 } })).toMatchObject({ lifetimeViews: undefined, engagementRate: undefined });

    const week = { videoId: 'v', postedAt: NOW - 7 * DAY, views: [] };
    // (20 likes + 10 comments + 5 shares) / 100 views, read exactly a week after posting.
    expect(outcomesOf({ ...week, counters: { at: NOW, views: 100, likes: 20, comments: 10, shares: 5 } }).engagementRate).toBeCloseTo(0.35, 12);
    // Missing comments or shares count as none.
    expect(outcomesOf({ ...week, counters: { at: NOW, views: 100, likes: 20, shares: 5 } }).engagementRate).toBeCloseTo(0.25, 12);
    expect(outcomesOf({ ...week, counters: { at: NOW, views: 100, likes: 20, comments: 10 } }).engagementRate).toBeCloseTo(0.3, 12);
    // Fewer than 100 views, or no likes: no rate; a day short of a week: none yet.
    expect(outcomesOf({ ...week, counters: { at: NOW, views: 99, likes: 20 } }).engagementRate).toBeUndefined();
    expect(outcomesOf({ ...week, counters: { at: NOW, views: 500, comments: 20 } }).engagementRate).toBeUndefined();
    expect(outcomesOf({ ...week, counters: { at: NOW - 1, views: 500, likes: 20 } }).engagementRate).toBeUndefined();

    const page = outcomesOf({ ...week, page: { at: NOW, newFollowers: 4, watchedFullPercent: 33 } });
    expect(page).toMatchObject({ followersGained: 4, watchedFull: 33 });
    const earlyPage = outcomesOf({ ...week, page: { at: NOW - 1, newFollowers: 4, watchedFullPercent: 33 } });
    expect(earlyPage).toMatchObject({ followersGained: undefined, watchedFull: undefined });
  });

  it('reads no hashtags from no caption, keeps a tag with a letter beside digits, and counts characters, not UTF-16 units', () => {
    expect(hashtagsOf(undefined)).toEqual([]);
    expect(hashtagsOf('')).toEqual([]);
    expect(hashtagsOf('#2024 #a1 #Ünter #ünter')).toEqual(['a1', 'ünter']);
    expect(captionLength(undefined)).toBe(0);
    // Spaces around what is left are not words; an emoji is one character.
    expect(captionLength('  hi 👋  #fyp ')).toBe(4);
  });
});

describe('groupings by hand', () => {
  const at = (over: Partial<OwnVideo>): OwnVideo => ({ videoId: 'v', postedAt: NOW - 40 * DAY, views: [], ...over });
  const shown = (videos: OwnVideo[]) => groupingsOf(videos).map((g) => `${g.dimension}:${g.group}:${[...g.members].join('')}/${g.known.size}`);

  it('bands each hour, length and caption at its edges, orders weekdays from Monday, and knows hashtags only where a caption is', () => {
    const videos = [
      at({ hour: 0, weekday: 0, durationSeconds: 14, caption: 'a #Zed #bee' }),
      at({ hour: 5, weekday: 1, durationSeconds: 15, caption: `${'x'.repeat(39)} #bee` }),
      at({ hour: 6, weekday: 6, durationSeconds: 29, caption: 'x'.repeat(40) }),
      at({ hour: 11, weekday: 0, durationSeconds: 30, caption: 'x'.repeat(119) }),
      at({ hour: 12, durationSeconds: 59, caption: 'x'.repeat(120) }),
      at({ hour: 17, durationSeconds: 60 }),
      at({ hour: 18, durationSeconds: 179 }),
      at({ hour: 23, durationSeconds: 180, caption: '' }),
    ];
    expect(shown(videos)).toEqual([
      'hour:night:01/8', 'hour:morning:23/8', 'hour:afternoon:45/8', 'hour:evening:67/8',
      'weekday:1:1/4', 'weekday:6:2/4', 'weekday:0:03/4',
      'length:under15s:0/8', 'length:15to30s:12/8', 'length:30to60s:34/8', 'length:1to3min:56/8', 'length:over3min:7/8',
      // 'a #Zed #bee' is one character without its tags; '' is known and short.
      'caption:short:017/6', 'caption:medium:23/6', 'caption:long:4/6',
      'hashtag:bee:01/6', 'hashtag:zed:0/6',
    ]);
  });

  it('keeps the twelve most used hashtags, ties in alphabetical order', () => {
    // #m is used twice, the twelve others once: #m, then #a … #k; #l is the thirteenth. Listed in
    // alphabetical order (a sort that flipped ties would keep #l … #b instead).
    const videos = [
      at({ caption: '#a #b #c #d #e #f #g #h #i #j #k #l #m' }),
      at({ caption: 'plain words' }),
      at({ caption: 'again #m' }),
    ];
    // Every caption is short: that group holds every video and is dropped.
    expect(shown(videos)).toEqual(['m:02', 'a:0', 'b:0', 'c:0', 'd:0', 'e:0', 'f:0', 'g:0', 'h:0', 'i:0', 'j:0', 'k:0'].map((t) => `hashtag:${t}/3`));
  });

  it('orders length and caption bands as listed, whatever order the videos come in', () => {
    const videos = [
      at({ durationSeconds: 200, caption: 'x'.repeat(130) }),
      at({ durationSeconds: 50, caption: 'x'.repeat(50) }),
      at({ durationSeconds: 20, caption: 'x' }),
      at({ durationSeconds: 5, caption: 'x' }),
    ];
    expect(shown(videos)).toEqual([
      'length:under15s:3/4', 'length:15to30s:2/4', 'length:30to60s:1/4', 'length:over3min:0/4',
      'caption:short:23/4', 'caption:medium:1/4', 'caption:long:0/4',
    ]);
  });

  it('drops a group that holds every video whose grouping is known', () => {
    expect(shown([at({ hour: 19, weekday: 3 }), at({ hour: 20, weekday: 4 }), at({ weekday: 4 })])).toEqual(['weekday:3:0/3', 'weekday:4:12/3']);
  });
});

describe('neighbour-relative values by hand', () => {
  const posted = (...order: number[]) => order.map((t, i) => ({ videoId: `v${i}`, postedAt: t, views: [] }));

  it('divides each value by the median of its k neighbours in posting order, shifted inwards at the ends', () => {
    // Posting order: 10 (t 1), 20 (t 2), 40 (t 3), 80 (t 4), listed out of order. k = 2:
    // 10 against {20, 40} → 30; 20 against {10, 40} → 25; 40 against {20, 80} → 50; 80 against {20, 40} → 30.
    const videos = posted(3, 1, 4, 2);
    const out = neighbourRelative(videos, [40, 10, 80, 20], 1, 2);
    const expected = [40 / 50, 10 / 30, 80 / 30, 20 / 25];
    out.forEach((x, i) => expect(Math.exp(x!)).toBeCloseTo(expected[i], 12));
  });

  it('skips videos without the value, and gives plain logs (floored) with k = 0 or no more values than k', () => {
    const videos = posted(1, 2, 3, 4);
    const plain = neighbourRelative(videos, [0, undefined, 100, 1_000], 1, 0);
    expect(plain[0]).toBe(0);
    expect(plain[1]).toBeUndefined();
    expect(plain[2]).toBeCloseTo(Math.log(100), 12);
    // Three values, k = 3: too few to take any relative to the others.
    const few = neighbourRelative(videos, [0.5, undefined, 100, 1_000], 1, 3);
    expect(few[0]).toBe(0);
    expect(few[3]).toBeCloseTo(Math.log(1_000), 12);
    // k = 2 over the three values: 0.5 (floored to 1) against {100, 1000} → 1 / 550; the gap is skipped.
    const around = neighbourRelative(videos, [0.5, undefined, 100, 1_000], 1, 2);
    expect(Math.exp(around[0]!)).toBeCloseTo(1 / 550, 12);
    expect(around[1]).toBeUndefined();
    // 100 against {0.5, 1000}: the median of the values themselves, 500.25 (the floor is for the logs).
    expect(Math.exp(around[2]!)).toBeCloseTo(100 / 500.25, 12);
  });
});

describe('what works by hand', () => {
  // Three evening videos at 800, 1,600 and 3,200 lifetime views, three morning ones at 100, 200, 400;
  // one evening video with no views read yet and one video with views but no posting hour.
  const six = [
    old('e1', 800, { hour: 20 }), old('e2', 1_600, { hour: 19 }), old('e3', 3_200, { hour: 21 }),
    old('m1', 100, { hour: 7 }), old('m2', 200, { hour: 8 }), old('m3', 400, { hour: 9 }),
    { videoId: 'e4', postedAt: NOW - 40 * DAY, views: [], hour: 22 },
    old('x', 50),
  ];
  const options = { minVideos: 3, neighbours: 0, familyError: 0.4, outcomes: ['lifetimeViews'] as const };

  it('finds a ratio of 8 with the interval between the smallest and largest of the nine ratios', () => {
    const result = whatWorks(six, options);
    // Two comparisons speak: each interval at 1 − 0.4 / 2, z = Φ⁻¹(1 − 0.4 / 4) = 1.2816.
    expect(result.spoke).toBe(2);
    expect(result.level).toBeCloseTo(0.8, 12);
    expect(result.videos).toBe(7);
    expect(result.unknown).toEqual(['weekday', 'length', 'caption']);
    const [morning, evening] = result.comparisons;
    // Ratios evening ÷ morning: 2, 4, 4, 8, 8, 8, 16, 16, 32; the median is 8. sd = √(9 / 12 · 7) =
    // 2.291, k = ⌊4.5 − 1.2816 · 2.291⌋ = 1: the smallest and the largest.
    expect(evening).toMatchObject({ dimension: 'hour', group: 'evening', outcome: 'lifetimeViews', verdict: 'found', videos: 3, others: 3, need: 3, groupMedian: 1_600, othersMedian: 200 });
    expect(evening.ratio).toBeCloseTo(8, 9);
    expect(evening.low).toBeCloseTo(2, 9);
    expect(evening.high).toBeCloseTo(32, 9);
    expect(morning).toMatchObject({ group: 'morning', verdict: 'found', videos: 3, others: 3, groupMedian: 200, othersMedian: 1_600 });
    expect(morning.ratio).toBeCloseTo(1 / 8, 9);
    expect(morning.low).toBeCloseTo(1 / 32, 9);
    expect(morning.high).toBeCloseTo(1 / 2, 9);
    expect(result.comparisons).toHaveLength(2);
  });

  it('needs the floor on both sides, and shares the budget among the comparisons that speak', () => {
    // Two morning videos: neither side of the hour comparison speaks.
    const short = whatWorks(six.filter((v) => v.videoId !== 'm3'), options);
    expect(short.comparisons.map((c) => [c.group, c.verdict, c.videos, c.others])).toEqual([['morning', 'notEnough', 2, 3], ['evening', 'notEnough', 3, 2]]);
    expect(short.comparisons[1].ratio).toBeUndefined();
    expect(short.spoke).toBe(0);
    expect(short.level).toBeCloseTo(0.6, 12);
    // At a 5 % budget each interval is at 97.5 %, z = Φ⁻¹(0.9875) = 2.24: k = ⌊4.5 − 5.14⌋ < 1, no bounds.
    const wide = whatWorks(six, { ...options, familyError: 0.05 });
    expect(wide.level).toBeCloseTo(0.975, 12);
    expect(wide.comparisons[1]).toMatchObject({ verdict: 'noClearDifference', low: 0, high: Infinity });
    expect(wide.comparisons[1].ratio).toBeCloseTo(8, 9);
  });

  it('finds nothing when the interval reaches exactly 1 (an evening video with the views of a morning one)', () => {
    // Evening 400, 800, 1,600 against morning 100, 200, 400: ratios 1, 2, 2, 4, 4, 4, 8, 8, 16. One
    // tie (400 twice): sd = √(9 / 12 · (7 − 6 / 30)) = 2.258, k = ⌊4.5 − 1.2816 · 2.258⌋ = 1.
    const tied = [
      old('e1', 400, { hour: 20 }), old('e2', 800, { hour: 19 }), old('e3', 1_600, { hour: 21 }),
      old('m1', 100, { hour: 7 }), old('m2', 200, { hour: 8 }), old('m3', 400, { hour: 9 }),
    ];
    const [morning, evening] = whatWorks(tied, options).comparisons;
    expect(evening).toMatchObject({ verdict: 'noClearDifference', low: 1 });
    expect(evening.ratio).toBeCloseTo(4, 9);
    expect(evening.high).toBeCloseTo(16, 9);
    expect(morning).toMatchObject({ verdict: 'noClearDifference', high: 1 });
    expect(morning.low).toBeCloseTo(1 / 16, 9);
  });

  it('says which groupings no video can be placed in', () => {
    const bare = { postedAt: NOW - 40 * DAY, views: [] };
    expect(whatWorks([{ videoId: 'a', ...bare, weekday: 1 }], options).unknown).toEqual(['hour', 'length', 'caption']);
    expect(whatWorks([{ videoId: 'a', ...bare, hour: 5 }, { videoId: 'b', ...bare, durationSeconds: 10 }, { videoId: 'c', ...bare, caption: '' }], options).unknown).toEqual(['weekday']);
  });

  it('counts the videos with any of the outcomes asked for', () => {
    const rated = { videoId: 'r', postedAt: NOW - 10 * DAY, views: [], hour: 20, counters: { at: NOW, views: 1_000, likes: 50 } };
    expect(whatWorks([...six, rated], { ...options, outcomes: ['lifetimeViews', 'engagementRate'] }).videos).toBe(8);
    expect(whatWorks([...six, rated], options).videos).toBe(7);
  });

  it('with its defaults: ten videos a side, every outcome, a 5 % budget, values relative to 20 neighbours', () => {
    // 11 evening videos at 1,000 views and 10 morning ones at 100, posted alternately. With 21
    // videos every neighbourhood is all the others: an evening video against 10 × 1,000 and
    // 10 × 100 (median 550), a morning one against 11 × 1,000 and 9 × 100 (median 1,000). The
    // ratio is (1000 / 550) ÷ (100 / 1000) = 200 / 11, not the raw 10.
    const videos = Array.from({ length: 21 }, (_, i) => old(`v${i}`, i % 2 ? 100 : 1_000, { hour: i % 2 ? 9 : 20, postedAt: NOW - (40 + i) * DAY }));
    const result = whatWorks(videos);
    expect(result.comparisons.map((c) => `${c.outcome}:${c.group}`)).toEqual(
      ['views24h', 'views7d', 'lifetimeViews', 'engagementRate', 'followersGained', 'watchedFull'].flatMap((o) => [`${o}:morning`, `${o}:evening`]),
    );
    expect(result.spoke).toBe(2);
    expect(result.level).toBeCloseTo(0.975, 12);
    const evening = result.comparisons[5];
    expect(evening).toMatchObject({ verdict: 'found', videos: 11, others: 10, need: 10 });
    expect(evening.ratio).toBeCloseTo(200 / 11, 9);
    expect(evening.low).toBeCloseTo(200 / 11, 9);
    expect(result.comparisons[0]).toMatchObject({ verdict: 'notEnough', videos: 0, others: 0, need: 10 });
    // One evening video fewer: ten a side speak, and 20 videos are too few to take 20 neighbours
    // around each, so the values are raw: the ratio is 1,000 / 100.
    const twenty = whatWorks(videos.slice(0, 20)).comparisons[5];
    expect(twenty).toMatchObject({ verdict: 'found', videos: 10, others: 10 });
    expect(twenty.ratio).toBeCloseTo(10, 9);
    // Two fewer: nine morning videos are below the floor.
    expect(whatWorks(videos.slice(0, 19)).comparisons[4]).toMatchObject({ verdict: 'notEnough', videos: 9, others: 10 });
  });
});

describe('normal quantiles by hand', () => {
  // Table values of Φ⁻¹, to six decimals.
  it.each([
    [0.5, 0], [0.9, 1.2815516], [0.3, -0.5244005], [0.975, 1.959964], [0.025, -1.959964], [0.9875, 2.241403],
    [0.99, 2.326348], [0.01, -2.326348], [0.999, 3.090232], [0.001, -3.090232], [0.02, -2.053749], [0.98, 2.053749],
  ])('Φ⁻¹(%s) = %s', (p, z) => expect(normalQuantile(p)).toBeCloseTo(z, 6));

  it('is infinite at and beyond 0 and 1', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(-0.1)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBe(Infinity);
  });
});

describe('the report by hand', () => {
  const comparison = (over: Partial<Comparison>): Comparison => ({ dimension: 'hour', group: 'evening', outcome: 'views7d', verdict: 'found', videos: 12, others: 30, need: 10, ...over });
  const result = (comparisons: Comparison[]): WhatWorks => ({ comparisons, spoke: comparisons.length, level: 0.99, videos: 42, unknown: [] });

  it('names the finding whose interval lies furthest from 1, above or below', () => {
    // Distances: ln 1.5 = 0.41, −ln 0.5 = 0.69, ln 1.2 = 0.18; the silent one is not a finding.
    const above = comparison({ group: 'a', low: 1.5, high: 3 });
    const below = comparison({ group: 'b', low: 0.1, high: 0.5 });
    const near = comparison({ group: 'c', low: 1.2, high: 9 });
    expect(strongestFinding(result([above, below, near]))?.group).toBe('b');
    expect(strongestFinding(result([near, above]))?.group).toBe('a');
    // Above 1 and further from it than the one below (ln 3 = 1.10 against 0.69).
    expect(strongestFinding(result([below, comparison({ group: 'd', low: 3, high: 4 })]))?.group).toBe('d');
    expect(strongestFinding(result([comparison({ verdict: 'noClearDifference', low: 0.5, high: 2 })]))).toBeUndefined();
  });

  it('tells how many videos the nearest comparison has on its smaller side, 0 with none', () => {
    expect(nearestToSpeaking(result([comparison({ videos: 3, others: 12 }), comparison({ videos: 8, others: 5 })]))).toBe(5);
    expect(nearestToSpeaking(result([]))).toBe(0);
  });

  it('gathers the comparisons, the early reads, the newest video and what is at risk', () => {
    const none = whatWorksReport({ now: NOW, heldDays: {}, videos: [] });
    expect(none.whatWorks).toMatchObject({ comparisons: [], spoke: 0, videos: 0, unknown: ['hour', 'weekday', 'length', 'caption'] });
    expect(none.whatWorks.level).toBeCloseTo(0.95, 12);
    expect(none.early).toEqual([]);
    expect(none.newest).toEqual({ ready: false, missing: 'noVideos' });
    expect(none.risk.videos).toEqual([]);
    // A video posted two days ago, never captured: no early read, and the newest says why.
    const fresh = whatWorksReport({ now: NOW, heldDays: {}, videos: [{ videoId: 'new', postedAt: NOW - 2 * DAY, views: [], hour: 20 }] });
    expect(fresh.newest).toEqual({ ready: false, missing: 'notCaptured', videoId: 'new', postedAt: NOW - 2 * DAY });
    expect(fresh.whatWorks.videos).toBe(0);
    expect(fresh.whatWorks.unknown).toEqual(['weekday', 'length', 'caption']);
  });
});
