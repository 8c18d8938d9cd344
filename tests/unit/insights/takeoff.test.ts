// Takeoff on generated histories: with nothing planted, the newest video is called "taking off" in
// under 5 % of histories; a planted fast video is found; too few past videos at that age say nothing.
import { describe, expect, it } from 'vitest';
import { ageIn, TAKEOFF_MIN_REFERENCES, takeoffOf, takeoffs } from '@/utils/insights/takeoff';
import type { OwnVideo } from '@/utils/insights/own-videos';
import { generatedVideos, GENERATED_NOW } from '../../support/generated-videos';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The video as it looked `ageMs` after posting: only the counts made by then. */
const youngAt = (video: OwnVideo, ageMs: number): OwnVideo => ({ ...video, views: video.views.filter((p) => p.t <= video.postedAt + ageMs) });

describe('takeoff', () => {
  it('raises false alarms in under 5 % of histories with nothing planted', () => {
    let alarms = 0;
    let judged = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const history = generatedVideos({ seed, videos: 60 });
      const newest = youngAt(history[history.length - 1], (1 + (seed % 3)) * DAY);
      if (newest.views.length === 0) continue;
      judged++;
      if (takeoffOf(newest, history)) alarms++;
    }
    expect(judged).toBeGreaterThan(250);
    if (process.env.SHOW_SHARE) console.log("takeoff false alarms", alarms, judged);
    expect(alarms / judged).toBeLessThan(0.05);
  });

  it('finds a planted fast video and says how far ahead it is', () => {
    let found = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const history = generatedVideos({ seed, videos: 60, effect: (v) => (v.videoId.endsWith('-59') ? 12 : 1) });
      const newest = youngAt(history[59], 2 * DAY);
      const t = takeoffOf(newest, history);
      if (!t) continue;
      found++;
      expect(t.videoId).toBe(newest.videoId);
      expect(t.ratio).toBeGreaterThan(3);
      expect(t.ahead).toBeGreaterThanOrEqual(0.95 * t.references);
      expect(t.by).toBe('days');
    }
    expect(found).toBeGreaterThanOrEqual(36);
  });

  it('says nothing with too few past videos at that age, and reads hours when Studio sent them', () => {
    const few = generatedVideos({ seed: 3, videos: TAKEOFF_MIN_REFERENCES, effect: (v) => (v.videoId.endsWith(`-${TAKEOFF_MIN_REFERENCES - 1}`) ? 50 : 1) });
    expect(takeoffOf(youngAt(few.at(-1)!, 2 * DAY), few)).toBeUndefined();
    const history = generatedVideos({ seed: 4, videos: 60, effect: (v) => (v.videoId.endsWith('-59') ? 20 : 1) });
    const newest = youngAt(history[59], 2 * DAY);
    const last = newest.views.at(-1)!;
    const hourly = { ...newest, hourly: [last] };
    const t = takeoffOf(hourly, history)!;
    expect(t.by).toBe('hours');
    expect(ageIn(t)).toBe(Math.floor((last.t - newest.postedAt) / HOUR));
    expect(takeoffs([...history.slice(0, 59), hourly], GENERATED_NOW).map((x) => x.videoId)).toEqual([newest.videoId]);
  });
});
