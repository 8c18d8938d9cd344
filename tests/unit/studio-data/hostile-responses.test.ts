// Broken and hostile responses: nothing invented, a note or a one-line reason, never a throw. A page
// script can forge any response; it must gain nothing it could not get by rewriting the page's text.
import { describe, expect, it } from 'vitest';
import { isStudioDataUrl, readStudioData, type StudioDataResult } from '@/utils/studio-data/studio-data-contract';
import { analyticsInsightsUrl, dataInsightUrl, studioDataFixture } from '../../fixtures/studio-data/studio-data-fixtures';

const NOW = Date.parse('2026-09-10T02:00:00Z');
const HISTORY = [{ insigh_type: 'vv_history', days: 3, end_days: 1 }];
const v2 = (vvHistory: unknown, extra: Record<string, unknown> = {}) => ({ status_code: 0, extra: { now: NOW }, vv_history: vvHistory, ...extra });
const entries = (...values: unknown[]) => values.map((value) => ({ status: 0, value }));

function read(result: StudioDataResult) {
  if (!result.ok) throw new Error(`expected a read, got: ${result.reason}`);
  return result;
}

describe('which calls are read', () => {
  it.each([
    ['https://www.tiktok.com/aweme/v2/data/insight/?type_requests=[]', true],
    ['https://www.tiktok.com/aweme/v2/data/insight?tz_offset=0', true],
    ['/aweme/v2/data/insight/?aid=1988', true],
    ['https://tiktok.com/tiktok/v1/analytics/insights/?type_requests=[]', true],
    ['https://www.tiktok.com/tiktok/creator/manage/item_list/v1/?aid=1988', false],
    ['https://evil.example/aweme/v2/data/insight/', false],
    ['//evil.example/aweme/v2/data/insight/', false],
    ['http://www.tiktok.com/aweme/v2/data/insight/', false],
    ['https://www.tiktok.com.evil.example/aweme/v2/data/insight/', false],
    ['https://www.tiktok.com/aweme/v2/data/insight/extra', false],
    ['not a url at all \u0000', false],
  ])('%s → %s', (url, expected) => {
    expect(isStudioDataUrl(url)).toBe(expected);
  });

  it('a call it does not know, or a body that is not an object, is a one-line reason', () => {
    const list = studioDataFixture('studio-item-list.shaped');
    expect(readStudioData({ url: list.url, body: list.body })).toEqual({
      ok: false,
      reason: `not a Studio data call this reader knows: ${list.url.slice(0, 79)}…`,
    });
    const url = dataInsightUrl(HISTORY, 0);
    for (const body of [null, 'text', 42, [v2(entries(1, 2, 3))]]) {
      expect(readStudioData({ url, body })).toEqual({ ok: false, reason: 'the response is not a JSON object' });
    }
    expect(readStudioData({ url: '/aweme/v2/data/insight/?tz_offset=0', body: v2(entries(1, 2, 3)) })).toMatchObject({ ok: false });
    expect(readStudioData({ url, body: { extra: { now: NOW }, vv_history: entries(1, 2, 3) } })).toEqual({ ok: false, reason: 'the response has no status_code' });
    expect(readStudioData({ url: dataInsightUrl([{ insigh_type: 'user_info' }], 0), body: { status_code: 0 } })).toEqual({
      ok: false,
      reason: 'none of the requested types is one this reader reads: "user_info"',
    });
  });
});

describe('values that are not what Studio sends are left out, one by one', () => {
  it.each([
    ['a string where a number goes', '412'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a negative count', -5],
    ['a fraction of a view', 2.5],
    ['an absurd size (over 10^12)', 2e12],
    ['an object', { value: 3 }],
  ])('%s', (_, bad) => {
    const result = read(readStudioData({ url: dataInsightUrl(HISTORY, 0), body: v2(entries(11, bad, 13)) }));
    expect(result.read.account.videoViews).toEqual({ '2026-09-07': 11, '2026-09-09': 13 });
    expect(result.notes).toEqual(['vv_history: left out 1 entry not a value it could hold']);
  });

  it('an array of the wrong length is not read at all (its days would be guessed)', () => {
    for (const history of [entries(1, 2), entries(1, 2, 3, 4), 'vv', { 0: 1 }]) {
      const result = read(readStudioData({ url: dataInsightUrl(HISTORY, 0), body: v2(history) }));
      expect(result.read.account).toEqual({});
      expect(result.notes[0]).toMatch(/^vv_history: (\d entries|not a list) for days=3: not read$/);
    }
  });

  it('days and end_days must be whole numbers in the request, within bounds', () => {
    for (const request of [{ days: '3', end_days: 1 }, { days: 3 }, { days: 3, end_days: -1 }, { days: 1e7, end_days: 1 }, { days: 0, end_days: 0 }]) {
      const result = read(readStudioData({ url: dataInsightUrl([{ insigh_type: 'vv_history', ...request }], 0), body: v2(entries(1, 2, 3)) }));
      expect(result.read.account).toEqual({});
      expect(result.notes).toEqual(['vv_history: the request gives no days and end_days: not read']);
    }
  });

  it('a tz_offset or extra.now that is not one is never turned into a day', () => {
    for (const offset of ['abc', '99999', '3601', '']) {
      const result = read(readStudioData({ url: dataInsightUrl(HISTORY, offset), body: v2(entries(1, 2, 3)) }));
      expect(result.read.account).toEqual({});
      expect(result.notes).toContain('the request has no tz_offset in seconds east of UTC: no day could be dated');
    }
    for (const now of ['1789005600000', 1789005600, 1e20, -1]) {
      const result = read(readStudioData({ url: dataInsightUrl(HISTORY, 0), body: v2(entries(1, 2, 3), { extra: { now } }) }));
      expect(result.read.account).toEqual({});
      expect(result.notes[0]).toMatch(/^extra\.now .* is not an instant in ms: not used$/);
    }
    // A forged extra.now far from the arrival time moves no day.
    const forged = read(readStudioData({ url: dataInsightUrl(HISTORY, 0), body: v2(entries(1, 2, 3), { extra: { now: NOW + 10 * 86_400_000 } }), now: NOW }));
    expect(forged.read.account).toEqual({});
  });

  it('__proto__ keys neither pollute nor add anything', () => {
    const url = dataInsightUrl(HISTORY, 0).replace('%7B%22insigh_type', '%7B%22__proto__%22%3A%7B%22days%22%3A1%7D%2C%22insigh_type');
    const body = JSON.parse(`{"status_code":0,"extra":{"now":${NOW},"__proto__":{"now":1}},"__proto__":{"vv_history":[1]},"vv_history":[{"status":0,"value":1,"__proto__":{"value":9}},{"status":0,"value":2},{"status":0,"value":3}]}`);
    const result = read(readStudioData({ url, body }));
    expect(result.read.account).toEqual({ videoViews: { '2026-09-07': 1, '2026-09-08': 2, '2026-09-09': 3 } });
    const proto = read(readStudioData({ url: dataInsightUrl([{ insigh_type: '__proto__' }, { insigh_type: 'constructor' }, ...HISTORY], 0), body }));
    expect(proto.notes.slice(0, 2)).toEqual(['"__proto__": not a type this reader knows', '"constructor": not a type this reader knows']);
    expect(({} as Record<string, unknown>).vv_history).toBeUndefined();
    expect(({} as Record<string, unknown>).now).toBeUndefined();
  });

  it('a video id that is not digits, or a video_info about another video, reads nothing for that video', () => {
    const curve = studioDataFixture('v2-video-retention.shaped').body;
    for (const id of ['abc', '1e3', '../7500', 7500000000000000001, '']) {
      const result = read(readStudioData({ url: dataInsightUrl([{ insigh_type: 'video_retention_rate_realtime', aweme_id: id }], 0), body: curve }));
      expect(result.read.retention).toEqual({});
      expect(result.notes[0]).toMatch(/^video_retention_rate_realtime: aweme_id .* is not a video id: not read$/);
    }
    const other = { ...curve, video_info: { aweme_id: '7500000000000000002' } };
    const url = dataInsightUrl([{ insigh_type: 'video_info', aweme_id: '7500000000000000001' }, { insigh_type: 'video_retention_rate_realtime', aweme_id: '7500000000000000001' }], 0);
    const result = read(readStudioData({ url, body: other }));
    expect(result.read.retention).toEqual({});
    expect(result.notes).toEqual(['video_retention_rate_realtime: video_info names another video than 7500000000000000001: not read']);
  });

  it('a retention curve with one bad point is not read (a curve with holes would be invented)', () => {
    const url = dataInsightUrl([{ insigh_type: 'video_retention_rate_realtime', aweme_id: '75' }], 0);
    const curve = (list: unknown) => ({ status_code: 0, video_retention_rate_realtime: { value: { status: 0, list } } });
    const good = [{ timestamp: '0', value: 1 }, { timestamp: '1000', value: 0.5 }];
    expect(read(readStudioData({ url, body: curve(good) })).read.retention).toEqual({ 75: [[0, 100], [1, 50]] });
    for (const bad of [
      [...good, { timestamp: '2000', value: 1.5 }],
      [...good, { timestamp: '-1000', value: 0.1 }],
      [...good, { timestamp: '1000', value: 0.1 }],
      [...good, { timestamp: '2000', value: '0.1' }],
      [...good, null],
      Array.from({ length: 20_001 }, (_, i) => ({ timestamp: String(i * 1000), value: 0.5 })),
      [],
    ]) {
      const result = read(readStudioData({ url, body: curve(bad) }));
      expect(result.read.retention).toEqual({});
      expect(result.notes).toHaveLength(1);
    }
  });

  it('a fraction over 1 or a negative watch time is not a video value', () => {
    const types = ['video_finish_rate_realtime', 'video_per_duration_realtime'].map((name) => ({ insigh_type: name, aweme_id: '75' }));
    const body = {
      status_code: 0,
      extra: { now: NOW },
      video_finish_rate_realtime: { value: { status: 0, value: 8.3 } },
      video_per_duration_realtime: { value: { status: 0, value: -6.4 } },
    };
    const result = read(readStudioData({ url: dataInsightUrl(types, 0), body }));
    expect(result.read.videos).toEqual({});
    expect(result.notes).toEqual(['video_finish_rate_realtime: not a value it could hold', 'video_per_duration_realtime: not a value it could hold']);
  });

  it('v1: stamps, statuses and values that are not Studio\'s are left out', () => {
    const url = analyticsInsightsUrl([{ insight_type: 121, data_date_range: 1 }], 0);
    const stamp = Date.parse('2026-09-06T00:00:00Z') / 1000;
    const body = {
      status_code: 0,
      analytics_overview_views: {
        list: {
          value: [
            { message: { status: 1, timestamp: String(stamp) }, value: 1 },
            { message: { status: '1', timestamp: stamp }, value: 2 },
            { message: { status: 1, timestamp: stamp }, value: '3' },
            { message: { status: 1, timestamp: stamp }, value: 2e12 },
            { message: null, value: 5 },
            { status: 1, timestamp: stamp, value: 6 },
          ],
        },
      },
    };
    const result = read(readStudioData({ url, body }));
    expect(result.read.account).toEqual({});
    expect(result.notes).toEqual(['analytics_overview_views: left out 5 entries not a value it could hold, 1 entry with a status it does not know']);
    const huge = { status_code: 0, analytics_overview_views: { list: { value: Array.from({ length: 1501 }, () => ({})) } } };
    expect(read(readStudioData({ url, body: huge })).notes).toEqual(['analytics_overview_views: 1501 days: not read']);
    expect(readStudioData({ url, body: { analytics_overview_views: {} } })).toEqual({ ok: false, reason: 'the response has no status_code' });
    expect(readStudioData({ url, body: { status: 'success', analytics_overview_views: {} } })).toEqual({ ok: false, reason: 'the response has no status_code' });
  });

  it('never throws, whatever it is handed', () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('boom'); }, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    const inputs: Array<Parameters<typeof readStudioData>[0]> = [
      { url: dataInsightUrl(HISTORY, 0), body: throwing },
      { url: dataInsightUrl(HISTORY, 0), body: v2(throwing) },
      { url: analyticsInsightsUrl([{ insight_type: 121 }], 0), body: { status_code: 0, analytics_overview_views: throwing } },
      { url: undefined as unknown as string, body: {} },
      { url: 'https://www.tiktok.com/aweme/v2/data/insight/?type_requests=%E0%A4%A', body: {} },
      { url: dataInsightUrl(HISTORY, 0), body: v2(entries(1, 2, 3)), now: Number.NaN },
    ];
    for (const input of inputs) {
      const result = readStudioData(input);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.reason).not.toMatch(/\n/);
    }
  });

  it('notes and reasons stay one line whatever a hostile name holds', () => {
    const result = read(readStudioData({ url: dataInsightUrl([{ insigh_type: 'x\ny\u2028z' }, ...HISTORY], 0), body: v2(entries(1, 2, 3)) }));
    expect(result.notes[0]).toBe('"x y z": not a type this reader knows');
    const failure = readStudioData({ url: dataInsightUrl(HISTORY, 0), body: { status_code: 7, status_msg: 'bad\r\nthing' } });
    expect(failure).toEqual({ ok: false, reason: 'Studio answered status_code 7: bad thing' });
  });
});
