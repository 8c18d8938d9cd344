// Series math for charts and cards. Pure: points in, numbers out.
import type { VideoRow } from '../reader/snapshot';
import { DAY_MS } from '../platform/days';

export interface Point {
  t: number;
  v: number;
  rounded?: true;
}

/** Latest minus the first value at or after `from` (undefined with fewer than two points). */
export function changeSince(points: Point[], from: number): number | undefined {
  const inRange = points.filter((p) => p.t >= from);
  if (inRange.length < 2) return undefined;
  return inRange[inRange.length - 1].v - inRange[0].v;
}

/** Latest minus the capture before it. */
export function lastChange(points: Point[]): number | undefined {
  return points.length < 2 ? undefined : points[points.length - 1].v - points[points.length - 2].v;
}

/**
 * Points with a `null` value inserted where captures stopped for much longer than usual, so a
 * line chart shows the gap instead of drawing a straight line across weeks nobody looked.
 */
export function withGaps(points: Point[], minGapMs = 2 * DAY_MS): Array<{ x: number; y: number | null; rounded?: true }> {
  if (points.length < 3) return points.map((p) => ({ x: p.t, y: p.v, ...(p.rounded ? { rounded: p.rounded } : {}) }));
  const steps = points.slice(1).map((p, i) => p.t - points[i].t).sort((a, b) => a - b);
  const typical = steps[Math.floor(steps.length / 2)];
  const gap = Math.max(minGapMs, typical * 3);
  const out: Array<{ x: number; y: number | null; rounded?: true }> = [];
  points.forEach((p, i) => {
    if (i > 0 && p.t - points[i - 1].t > gap) out.push({ x: points[i - 1].t + (p.t - points[i - 1].t) / 2, y: null });
    out.push({ x: p.t, y: p.v, ...(p.rounded ? { rounded: p.rounded } : {}) });
  });
  return out;
}

export interface Mover {
  videoId: string;
  caption?: string;
  views: number;
  likes: number;
  gainedViews: number;
  gainedLikes: number;
}

/** Videos ranked by views gained between two captures of the posts list. */
export function topMovers(latest: VideoRow[], previous: VideoRow[], limit = 5): Mover[] {
  const before = new Map(previous.map((row) => [row.videoId, row]));
  const movers: Mover[] = [];
  for (const row of latest) {
    const old = before.get(row.videoId);
    if (!old || row.views === undefined || old.views === undefined) continue;
    movers.push({
      videoId: row.videoId,
      caption: row.caption,
      views: row.views,
      likes: row.likes ?? 0,
      gainedViews: row.views - old.views,
      gainedLikes: (row.likes ?? 0) - (old.likes ?? 0),
    });
  }
  return movers.sort((a, b) => b.gainedViews - a.gainedViews || b.gainedLikes - a.gainedLikes).slice(0, limit);
}

/** (likes + comments + shares) / views, as a percent; undefined without views. */
export function engagementRate(c: { views?: number; likes?: number; comments?: number; shares?: number }): number | undefined {
  if (!c.views) return undefined;
  return (((c.likes ?? 0) + (c.comments ?? 0) + (c.shares ?? 0)) / c.views) * 100;
}

/** Views per day since the video was posted (at least one day). */
export function viewsPerDay(views: number | undefined, postedAt: string | undefined, now: number): number | undefined {
  if (views === undefined || !postedAt) return undefined;
  const posted = Date.parse(postedAt);
  if (Number.isNaN(posted) || posted > now) return undefined;
  return views / Math.max(1, (now - posted) / DAY_MS);
}
