// The early read on generated histories: the percentile is the share of earlier videos behind at
// the same age, the day-7 range holds the real day 7 about as often as it says, and confidence
// drops when the creator's videos keep growing for weeks.
import { describe, expect, it } from 'vitest';
import { earlyReadOf, earlyReads, MIN_REFERENCES, newestEarlyRead } from '@/utils/insights/early-read';
import { maxGapAt, viewsAtAge, type OwnVideo } from '@/utils/insights/own-videos';
import { generatedVideos, GENERATED_NOW } from '../../support/generated-videos';

const DAY = 86_400_000;

/** The video as it looked `ageDays` after posting: only the captures made by then. */
const youngAt = (video: OwnVideo, ageDays: number): OwnVideo => ({ ...video, views: video.views.filter((p) => p.t <= video.postedAt + ageDays * DAY) });

describe('early read', () => {
  const videos = generatedVideos({ seed: 21, videos: 120 });

  it('places a young video among the earlier ones at the same age', () => {
    const subject = youngAt(videos[100], 2);
    const read = earlyReadOf(subject, videos);
    if (!read.ready) throw new Error('expected a read');
    const last = subject.views[subject.views.length - 1];
    expect(read.ageMs).toBe(last.t - subject.postedAt);
    const earlier = videos.slice(0, 100).map((o) => viewsAtAge(o.views, o.postedAt, read.ageMs, maxGapAt(read.ageMs))).filter((v): v is number => v !== undefined);
    expect(read.compared).toBe(earlier.length);
    expect(read.percentile).toBeCloseTo((100 * earlier.filter((v) => v < last.v).length) / earlier.length, 6);
  });

  it('gives a day-7 range that holds the real day 7 about as often as its level says', () => {
    let inside = 0;
    let reads = 0;
    let level = 0;
    for (const seed of [21, 22, 23, 24]) {
      const history = generatedVideos({ seed, videos: 120 });
      for (const video of history.slice(60)) {
        const read = earlyReadOf(youngAt(video, 2), history);
        const actual = viewsAtAge(video.views, video.postedAt, 7 * DAY, maxGapAt(7 * DAY));
        if (!read.ready || !read.day7 || actual === undefined) continue;
        reads++;
        level += read.day7.level;
        if (actual >= read.day7.low && actual <= read.day7.high) inside++;
      }
    }
    expect(reads).toBeGreaterThan(150);
    // Nominal about 0.8; a generous band, since 200 reads measure coverage only to about ±0.06.
    expect(level / reads).toBeGreaterThan(0.75);
    expect(inside / reads).toBeGreaterThan(0.7);
    expect(inside / reads).toBeLessThan(0.92);
  });

  it('is confident when videos settle within days, and not when they keep growing for weeks', () => {
    const fast = generatedVideos({ seed: 30, videos: 120, settleDays: [0.5, 1] });
    const fastRead = earlyReadOf(youngAt(fast[110], 3), fast);
    expect(fastRead).toMatchObject({ ready: true, day7: { confidence: 'high' } });

    const slow = generatedVideos({ seed: 30, videos: 120, settleDays: [12, 30] });
    const slowRead = earlyReadOf(youngAt(slow[110], 3), slow);
    if (!slowRead.ready || !slowRead.day7) throw new Error('expected a range');
    expect(slowRead.day7.confidence).toBe('low');
    expect(slowRead.day7.keepsGrowing).toBeGreaterThan(1.5);
  });

  it('waits for enough earlier videos at that age', () => {
    const few = generatedVideos({ seed: 2, videos: MIN_REFERENCES });
    const read = earlyReadOf(youngAt(few[MIN_REFERENCES - 1], 1.5), few);
    expect(read).toMatchObject({ ready: false, missing: 'fewVideos', need: MIN_REFERENCES });
    expect(!read.ready && read.missing === 'fewVideos' && read.have).toBeLessThan(MIN_REFERENCES);
  });

  it('reads every young video, newest first, the newest video’s read first', () => {
    const reads = earlyReads(videos, GENERATED_NOW);
    const young = videos.filter((v) => GENERATED_NOW - v.postedAt < 7 * DAY && v.views.length);
    expect(reads.map((r) => (r.ready ? r.videoId : ''))).toEqual(young.sort((a, b) => b.postedAt - a.postedAt).map((v) => v.videoId));
    expect(newestEarlyRead(videos, GENERATED_NOW)).toEqual(reads[0]);
    expect(newestEarlyRead(videos, GENERATED_NOW, reads)).toEqual(reads[0]);
  });

  it('says why the newest video has no read: past day 7, not captured since posting, or no video at all', () => {
    const older = videos.slice(0, 50);
    const newestOlder = older[49];
    expect(GENERATED_NOW - newestOlder.postedAt).toBeGreaterThan(7 * DAY);
    expect(newestEarlyRead(older, GENERATED_NOW)).toEqual({ ready: false, missing: 'noYoungVideo', videoId: newestOlder.videoId, caption: newestOlder.caption, postedAt: newestOlder.postedAt });

    // Just posted and not yet seen on the posts list: the popup names it rather than an older video's read.
    const justPosted: OwnVideo = { videoId: 'new', postedAt: GENERATED_NOW - 3_600_000, views: [] };
    expect(earlyReads([...videos, justPosted], GENERATED_NOW)[0]).toEqual(earlyReads(videos, GENERATED_NOW)[0]);
    expect(newestEarlyRead([...videos, justPosted], GENERATED_NOW)).toEqual({ ready: false, missing: 'notCaptured', videoId: 'new', postedAt: justPosted.postedAt });
    expect(newestEarlyRead([], GENERATED_NOW)).toEqual({ ready: false, missing: 'noVideos' });
    const unseen = youngAt(videos[100], 0);
    expect(earlyReadOf(unseen, videos)).toEqual({ ready: false, missing: 'notCaptured', videoId: unseen.videoId, caption: unseen.caption, postedAt: unseen.postedAt });
  });

  it('names the newest video when too few earlier ones were captured at its age', () => {
    const few = generatedVideos({ seed: 2, videos: 6 });
    const newest = few[few.length - 1];
    expect(GENERATED_NOW - newest.postedAt).toBeLessThan(7 * DAY);
    const age = newest.views[newest.views.length - 1].t - newest.postedAt;
    const atAge = few.slice(0, -1).filter((o) => viewsAtAge(o.views, o.postedAt, age, maxGapAt(age)) !== undefined).length;
    expect(atAge).toBeGreaterThan(0);
    expect(newestEarlyRead(few, GENERATED_NOW)).toEqual({ ready: false, missing: 'fewVideos', videoId: newest.videoId, caption: newest.caption, need: MIN_REFERENCES, have: atAge });
  });
});
