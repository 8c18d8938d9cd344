// `/aweme/v2/data/insight/` at its edges, each expected value written by hand: the offset and clock
// bounds, the largest histories and curves it takes, the live values that are not final, and the
// exact note for each thing it leaves out (a note is the only place a creator learns why).
import { describe, expect, it } from 'vitest';
import { readStudioData, type StudioDataResult } from '@/utils/studio-data/studio-data-contract';
import { dataInsightUrl } from '../../fixtures/studio-data/studio-data-fixtures';

// 2026-09-10T02:00:00Z: at offset 0 today is 2026-09-10.
const NOW = Date.parse('2026-09-10T02:00:00Z');
const HOUR = 3_600_000;
const VIDEO = '7500000000000000001';

function read(result: StudioDataResult) {
  if (!result.ok) throw new Error(`expected a read, got: ${result.reason}`);
  return result;
}

/** A URL without tz_offset (the fixtures' helper always writes one). */
const noOffsetUrl = (types: unknown[]) => dataInsightUrl(types, 0).replace('&tz_offset=0', '');

describe('the clock: tz_offset within −14 h … +14 h, extra.now within 36 hours of the arrival', () => {
  const oneDay = [{ insigh_type: 'vv_history', days: 1, end_days: 0 }];
  const body = { status_code: 0, extra: { now: NOW }, vv_history: [{ status: 0, value: 5 }] };

  it('+14 h (Kiribati) is an offset: 02:00 UTC is already 16:00 of the same day there', () => {
    expect(read(readStudioData({ url: dataInsightUrl(oneDay, 50400), body })).read.account).toEqual({ videoViews: { '2026-09-10': 5 } });
    // −14 h is past the westmost zone but within the bound: 2026-09-09 at 12:00.
    expect(read(readStudioData({ url: dataInsightUrl(oneDay, -50400), body })).read.account).toEqual({ videoViews: { '2026-09-09': 5 } });
  });

  it('+15 h is no offset on Earth, though a whole number of quarter hours: nothing dated', () => {
    for (const offset of [54000, -54000]) {
      const result = read(readStudioData({ url: dataInsightUrl(oneDay, offset), body }));
      expect(result.read.account).toEqual({});
      expect(result.notes).toEqual(['the request has no tz_offset in seconds east of UTC: no day could be dated']);
    }
  });

  it('without tz_offset the reason is said once, however many histories the request holds', () => {
    const types = [{ insigh_type: 'vv_history', days: 1, end_days: 0 }, { insigh_type: 'pv_history', days: 1, end_days: 0 }];
    const result = read(readStudioData({ url: noOffsetUrl(types), body: { ...body, pv_history: [{ status: 0, value: 6 }] } }));
    expect(result.read.account).toEqual({});
    expect(result.notes).toEqual(['the request has no tz_offset in seconds east of UTC: no day could be dated']);
  });

  it('extra.now exactly 36 hours from the arrival still dates the days; a millisecond more does not, and says why', () => {
    expect(read(readStudioData({ url: dataInsightUrl(oneDay, 0), body, now: NOW + 36 * HOUR })).read.account).toEqual({ videoViews: { '2026-09-10': 5 } });
    expect(read(readStudioData({ url: dataInsightUrl(oneDay, 0), body, now: NOW - 36 * HOUR })).read.account).toEqual({ videoViews: { '2026-09-10': 5 } });
    const apart = read(readStudioData({ url: dataInsightUrl(oneDay, 0), body, now: NOW + 36 * HOUR + 1 }));
    expect(apart.read.account).toEqual({});
    expect(apart.notes).toEqual(['extra.now and the arrival time are more than a day apart: no day could be dated']);
  });
});

describe('the largest daily history: days and end_days up to 1500', () => {
  it('1500 days ending 1500 days back are read: from 2018-06-25 to 2022-08-02', () => {
    // 2026-09-10 − 1500 days = 2022-08-02 (1461 days back is 2022-09-10, 39 more); the 1500 days ending there start 1499 days earlier
    // (1461 days back is 2018-08-02, 38 more is 2018-06-25).
    const values = Array.from({ length: 1500 }, (_, i) => ({ status: 0, value: i }));
    const url = dataInsightUrl([{ insigh_type: 'vv_history', days: 1500, end_days: 1500 }], 0);
    const views = read(readStudioData({ url, body: { status_code: 0, extra: { now: NOW }, vv_history: values } })).read.account.videoViews ?? {};
    const days = Object.keys(views);
    expect([days.length, days[0], days.at(-1), views['2018-06-25'], views['2022-08-02']]).toEqual([1500, '2018-06-25', '2022-08-02', 0, 1499]);
  });

  it('end_days 1501 is past the bound: not read', () => {
    const url = dataInsightUrl([{ insigh_type: 'vv_history', days: 1, end_days: 1501 }], 0);
    const result = read(readStudioData({ url, body: { status_code: 0, extra: { now: NOW }, vv_history: [{ status: 0, value: 1 }] } }));
    expect(result.read.account).toEqual({});
    expect(result.notes).toEqual(['vv_history: the request gives no days and end_days: not read']);
  });
});

describe('follower_num, the live total', () => {
  const url = dataInsightUrl([{ insigh_type: 'follower_num' }], 0);

  it('a not-final live total with a number is today\'s, provisional', () => {
    const result = read(readStudioData({ url, body: { status_code: 0, extra: { now: NOW }, follower_num: { status: 2, value: 4321 } } }));
    expect(result.read.account).toEqual({ followers: { '2026-09-10': 4321 } });
    expect(result.read.provisional).toEqual(['account.followers.2026-09-10']);
    expect(result.notes).toEqual([]);
  });

  it('not ready, or not a count: nothing read, and the note says which', () => {
    const pending = read(readStudioData({ url, body: { status_code: 0, extra: { now: NOW }, follower_num: { status: 2, value: 0 } } }));
    expect([pending.read.account, pending.notes]).toEqual([{}, ['follower_num: not ready yet']]);
    for (const followerNum of [12, { status: 0, value: -3 }]) {
      const broken = read(readStudioData({ url, body: { status_code: 0, extra: { now: NOW }, follower_num: followerNum } }));
      expect([broken.read.account, broken.notes]).toEqual([{}, ['follower_num: not a value it could hold']]);
    }
  });

  it('without tz_offset it has no day: nothing read', () => {
    const result = read(readStudioData({ url: noOffsetUrl([{ insigh_type: 'follower_num' }]), body: { status_code: 0, extra: { now: NOW }, follower_num: { status: 0, value: 9 } } }));
    expect(result.read.account).toEqual({});
    expect(result.read.provisional).toEqual([]);
  });
});

describe("a video's values so far", () => {
  const url = dataInsightUrl([{ insigh_type: 'video_finish_rate_realtime', aweme_id: VIDEO }], 0);
  const body = (value: unknown) => ({ status_code: 0, extra: { now: NOW }, video_finish_rate_realtime: { value } });

  it('a not-final finish rate with a number is read, as a percent, provisional', () => {
    const result = read(readStudioData({ url, body: body({ status: 2, value: 0.25 }) }));
    expect(result.read.videos).toEqual({ [VIDEO]: { watchedFullVideo: { '2026-09-10': 25 } } });
    expect(result.read.provisional).toEqual([`videos.${VIDEO}.watchedFullVideo.2026-09-10`]);
  });

  it('a status it does not know, and a value it could not hold, are two different notes', () => {
    expect(read(readStudioData({ url, body: body({ status: 7, value: 0.25 }) })).notes).toEqual(['video_finish_rate_realtime: a status it does not know']);
    expect(read(readStudioData({ url, body: body({ status: 0, value: 2 }) })).notes).toEqual(['video_finish_rate_realtime: not a value it could hold']);
  });

  it('without tz_offset it has no day: nothing read', () => {
    const result = read(readStudioData({ url: noOffsetUrl([{ insigh_type: 'video_finish_rate_realtime', aweme_id: VIDEO }]), body: body({ status: 0, value: 0.25 }) }));
    expect(result.read.videos).toEqual({});
  });
});

describe('the retention curve', () => {
  const url = dataInsightUrl([{ insigh_type: 'video_retention_rate_realtime', aweme_id: VIDEO }], 0);
  const curve = (list: unknown, status?: unknown) => ({ status_code: 0, video_retention_rate_realtime: { value: { ...(status === undefined ? {} : { status }), list } } });

  it('timestamps as whole numbers of milliseconds are taken too, below 10^9', () => {
    const list = [{ timestamp: 0, value: 1 }, { timestamp: 1500, value: 0.5 }, { timestamp: 999_999_000, value: 0.25 }];
    expect(read(readStudioData({ url, body: curve(list) })).read.retention).toEqual({ [VIDEO]: [[0, 100], [1.5, 50], [999_999, 25]] });
  });

  it('a timestamp that is not digits, or not below 10^9 ms, spoils the curve, with one note', () => {
    for (const stamp of ['x1000', '1000x', '1234567890', 1e9, -5, null, [1000], true]) {
      const result = read(readStudioData({ url, body: curve([{ timestamp: stamp, value: 0.5 }]) }));
      expect([stamp, result.read.retention]).toEqual([stamp, {}]);
      expect(result.notes).toEqual(['video_retention_rate_realtime: a point is not [milliseconds, fraction 0–1] in order: the curve is not read']);
    }
  });

  it('20 000 points (one a second, over five hours) are read', () => {
    const list = Array.from({ length: 20_000 }, (_, i) => ({ timestamp: String(i * 1000), value: 0.5 }));
    const points = read(readStudioData({ url, body: curve(list) })).read.retention[VIDEO] ?? [];
    expect([points.length, points[0], points.at(-1)]).toEqual([20_000, [0, 50], [19_999, 50]]);
  });

  it('says why a curve is not read: no curve, no list, an empty list, a status not final', () => {
    const notes = (body: unknown) => read(readStudioData({ url, body })).notes;
    expect(notes({ status_code: 0, video_retention_rate_realtime: { value: 5 } })).toEqual(['video_retention_rate_realtime: not a curve it could read']);
    expect(notes({ status_code: 0, video_retention_rate_realtime: { value: { status: 0 } } })).toEqual(['video_retention_rate_realtime: no list of points: not read']);
    expect(notes(curve([]))).toEqual(['video_retention_rate_realtime: 0 points: not read']);
    expect(notes(curve([{ timestamp: '0', value: 1 }], 'later'))).toEqual(['video_retention_rate_realtime: not ready yet (status "later")']);
  });
});
