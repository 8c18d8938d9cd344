// Edges of the weekly recap, the milestone estimate and data at risk, worked out by hand: captures
// exactly at a tolerance, a window's edge or a mark; some values rounded, not all.
import { describe, expect, it } from 'vitest';
import { valueAt, weeklyRecap } from '@/utils/insights/weekly-recap';
import { milestoneEta } from '@/utils/insights/milestone';
import { dataAtRisk } from '@/utils/insights/data-at-risk';
import type { OwnVideo } from '@/utils/insights/own-videos';
import type { Point } from '@/utils/series/series-math';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 5, 30, 12);
const daily = (days: number, value: (i: number) => number, end = NOW): Point[] =>
  Array.from({ length: days }, (_, i) => ({ t: end - (days - 1 - i) * DAY, v: value(i) }));

describe('valueAt at its edges', () => {
  it('takes a capture exactly a day and a half away, not one further', () => {
    expect(valueAt([{ t: 0, v: 7 }], 1.5 * DAY)).toBe(7);
    expect(valueAt([{ t: 0, v: 7 }], 1.5 * DAY + 1)).toBeUndefined();
  });

  it('uses a lone later capture when no earlier one is near', () => {
    expect(valueAt([{ t: -10 * DAY, v: 1 }, { t: DAY, v: 100 }], 0)).toBe(100);
  });
});

describe('weekly recap at its edges', () => {
  it('is not outdated with the latest capture a day and a half old', () => {
    const week = daily(8, (i) => 10 * (i + 1), NOW - 1.5 * DAY);
    // Now: the latest (80), lone within a day and a half; a week ago, halfway between 20 and 30 (7.5 and 6.5 days before now).
    expect(weeklyRecap([{ metric: 'videoViews', kind: 'week', points: week }], NOW)[0]).toMatchObject({ ready: true, thisWeek: 80, lastWeek: 25 });
  });

  it('is approximate when one recent value was rounded, not when only one older than the two weeks was', () => {
    const views = daily(30, (i) => 100 + i);
    const oneRecent = views.map((p, i) => (i === 25 ? { ...p, rounded: true as const } : p));
    const oneOld = views.map((p, i) => (i === 0 ? { ...p, rounded: true as const } : p));
    // The oldest capture that counts: two weeks and a day and a half before now.
    const atEdge = [...views, { t: NOW - 15.5 * DAY, v: 0, rounded: true as const }].sort((a, b) => a.t - b.t);
    expect(weeklyRecap([{ metric: 'followers', kind: 'total', points: oneRecent }], NOW)[0]).toMatchObject({ ready: true, thisWeek: 7, lastWeek: 7, approximate: true });
    expect(weeklyRecap([{ metric: 'followers', kind: 'total', points: oneOld }], NOW)[0]).toMatchObject({ ready: true, approximate: false });
    expect(weeklyRecap([{ metric: 'followers', kind: 'total', points: atEdge }], NOW)[0]).toMatchObject({ approximate: true });
    const older = [...views, { t: NOW - 15.5 * DAY - 1, v: 0, rounded: true as const }].sort((a, b) => a.t - b.t);
    expect(weeklyRecap([{ metric: 'followers', kind: 'total', points: older }], NOW)[0]).toMatchObject({ approximate: false });
  });

  it('over days: newest day exactly two and a half days old still counts; rounded days within the two weeks make it approximate', () => {
    const end = NOW - 2.5 * DAY;
    const flow = daily(14, (i) => (i < 7 ? 0 : 3), end);
    expect(weeklyRecap([{ metric: 'likes', kind: 'dayFlow', points: flow }], NOW)[0]).toEqual({ metric: 'likes', ready: true, thisWeek: 21, lastWeek: 0, change: undefined, approximate: false });
    // Exactly 14 days are enough.
    const rounded = flow.map((p, i) => (i === 13 ? { ...p, rounded: true as const } : p));
    expect(weeklyRecap([{ metric: 'likes', kind: 'dayFlow', points: rounded }], NOW)[0]).toMatchObject({ approximate: true });
    // A rounded day 15 days before the newest is outside the two weeks (and half a day).
    const early = [{ t: end - 15 * DAY, v: 1, rounded: true as const }, ...flow];
    expect(weeklyRecap([{ metric: 'likes', kind: 'dayFlow', points: early }], NOW)[0]).toMatchObject({ approximate: false });
    // The window's edge is 14.5 days before the newest: a rounded day 14 days before counts, one at the edge does not.
    const day14 = [{ t: end - 14 * DAY, v: 1, rounded: true as const }, ...flow];
    expect(weeklyRecap([{ metric: 'likes', kind: 'dayFlow', points: day14 }], NOW)[0]).toMatchObject({ approximate: true });
    const atEdge = [{ t: end - 14.5 * DAY, v: 1, rounded: true as const }, ...flow];
    expect(weeklyRecap([{ metric: 'likes', kind: 'dayFlow', points: atEdge }], NOW)[0]).toMatchObject({ approximate: false });
  });

  it('says which day a total lacks when no neighbour stands for it', () => {
    const yesterday = NOW - DAY;
    const totals = daily(20, (i) => 100 + i, yesterday).filter((_, i) => i < 10 || i > 14);
    expect(weeklyRecap([{ metric: 'followers', kind: 'dayTotal', points: totals }], NOW)[0]).toEqual({ metric: 'followers', ready: false, missing: 'needsCaptureNear', near: yesterday - 7 * DAY });
  });
});

describe('milestone at its edges', () => {
  it('is not outdated at exactly 30 days, and a pace over exactly 7 days is enough', () => {
    const points = daily(8, (i) => 90 + i, NOW - 30 * DAY);
    expect(milestoneEta(points, NOW)).toMatchObject({ ready: true, current: 97, target: 100, perDay: 1, paceDays: 7, days: 1 });
  });

  it('gives a date exactly 365 days away, and flags one rounded capture among plain ones', () => {
    // 30 days at 1 a day, now at 635: 365 to go to 1,000.
    const points = daily(31, (i) => 605 + i);
    expect(milestoneEta(points, NOW)).toMatchObject({ ready: true, target: 1_000, days: 365, approximate: false });
    const oneRounded = points.map((p, i) => (i === 30 ? { ...p, rounded: true as const } : p));
    expect(milestoneEta(oneRounded, NOW)).toMatchObject({ approximate: true });
  });
});

describe('data at risk at its edges', () => {
  const NOON = new Date(2026, 5, 15, 12).getTime();
  const video = (id: string, postedAgoHours: number, captureAgoHours: number[], caption?: string): OwnVideo => ({
    videoId: id,
    ...(caption === undefined ? {} : { caption }),
    postedAt: NOON - postedAgoHours * HOUR,
    views: captureAgoHours.map((ago) => ({ t: NOON - ago * HOUR, v: 10 })),
  });

  it('names the series lacking days in alphabetical order', () => {
    const risk = dataAtRisk({ now: NOON, heldDays: { videoViews: [], followers: [], likes: [] }, videos: [] });
    expect(risk.daily?.series).toEqual(['followers', 'likes', 'videoViews']);
  });

  it('lists a mark reached this very moment, not one a capture exactly at the mark already read (posted 30 h ago, counted 6 h ago)', () => {
    const now = video('now', 24, [20]);
    expect(dataAtRisk({ now: NOON, heldDays: {}, videos: [now] }).videos).toEqual([{ videoId: 'now', mark: 'day1', closesAt: NOON - 20 * HOUR + 36 * HOUR }]);
    const read = video('read', 30, [6]);
    expect(dataAtRisk({ now: NOON, heldDays: {}, videos: [read] }).videos).toEqual([]);
  });

  it('counts from the last capture after posting, not one before it', () => {
    // Posted 30 h ago, captured 40 h ago (before posting): the gap runs from posting and the chance
    // closes 6 h from now (not 4 h ago).
    const w = video('w', 30, [40]);
    expect(dataAtRisk({ now: NOON, heldDays: {}, videos: [w] }).videos).toEqual([{ videoId: 'w', mark: 'day1', closesAt: NOON + 6 * HOUR }]);
    // Captured at posting: the gap runs from there, the same 6 h.
    const x = video('x', 30, [30]);
    expect(dataAtRisk({ now: NOON, heldDays: {}, videos: [x] }).videos).toEqual([{ videoId: 'x', mark: 'day1', closesAt: NOON + 6 * HOUR }]);
  });

  it('drops a chance that closes right now, and sorts the rest by when they close', () => {
    const closing = video('closing', 36, []);
    expect(dataAtRisk({ now: NOON, heldDays: {}, videos: [closing] }).videos).toEqual([]);
    const later = video('later', 30, [20], 'later one');
    const sooner = video('sooner', 30, [25]);
    const risks = dataAtRisk({ now: NOON, heldDays: {}, videos: [later, sooner] }).videos;
    expect(risks.map((r) => r.videoId)).toEqual(['sooner', 'later']);
    expect('caption' in risks[0]).toBe(false);
    expect(risks[1].caption).toBe('later one');
  });
});
