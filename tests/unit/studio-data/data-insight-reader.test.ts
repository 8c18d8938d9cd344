// `/aweme/v2/data/insight/`: exact values per kind, which local day each belongs to, what is not
// final yet. Expected values are written by hand from the fixtures' numbers and their notes.
import { describe, expect, it } from 'vitest';
import { readStudioData, type StudioDataRead } from '@/utils/studio-data/studio-data-contract';
import { dataInsightUrl, inTimeZone, studioDataFixture } from '../../fixtures/studio-data/studio-data-fixtures';

function readOk(input: Parameters<typeof readStudioData>[0]): { read: StudioDataRead; notes: string[] } {
  const result = readStudioData(input);
  if (!result.ok) throw new Error(`expected a read, got: ${result.reason}`);
  return result;
}

const VIDEO = '7500000000000000001';

describe('account histories (days, end_days, tz_offset, extra.now)', () => {
  const overview = studioDataFixture('v2-account-overview-7d-16days.shaped');

  it('a 7-day view asked 2026-09-10 in UTC+7: 16 entries from 2026-08-25; the last (2026-09-09) is not final and is left out', () => {
    const { read, notes } = readOk({ url: overview.url, body: overview.body });
    expect(read.account.videoViews).toEqual({
      '2026-08-25': 331, '2026-08-26': 154, '2026-08-27': 404, '2026-08-28': 666, '2026-08-29': 49,
      '2026-08-30': 74, '2026-08-31': 840, '2026-09-01': 548, '2026-09-02': 96, '2026-09-03': 374,
      '2026-09-04': 596, '2026-09-05': 59, '2026-09-06': 519, '2026-09-07': 219, '2026-09-08': 38,
    });
    expect(read.account.profileViews).toMatchObject({ '2026-08-25': 88, '2026-09-03': 846, '2026-09-08': 642 });
    expect(read.account.likes).toMatchObject({ '2026-08-25': 596, '2026-09-08': 553 });
    expect(read.account.comments).toMatchObject({ '2026-08-25': 120, '2026-09-08': 560 });
    expect(read.account.shares).toMatchObject({ '2026-08-25': 729, '2026-09-08': 464 });
    expect(read.account.netFollowers).toMatchObject({ '2026-08-25': 370, '2026-09-08': 351 });
    for (const metric of ['videoViews', 'profileViews', 'likes', 'comments', 'shares', 'netFollowers'] as const) {
      expect(Object.keys(read.account[metric] ?? {})).toHaveLength(15);
      expect(read.account[metric]).not.toHaveProperty('2026-09-09');
    }
    expect(notes).toContain('vv_history: left out 1 entry not final yet');
    // reached_audience_history matches no metric of the contract: said, not guessed.
    expect(notes).toContain('reached_audience_history: left out: no metric of the snapshot contract is known to match it');
  });

  it('follower_num_history is each day\'s closing total; follower_num (the live total) is today\'s, provisional', () => {
    const { read } = readOk({ url: overview.url, body: overview.body });
    expect(read.account.followers).toMatchObject({ '2026-08-25': 28684, '2026-08-26': 28736, '2026-09-08': 29281, '2026-09-10': 29160 });
    expect(read.account.followers).not.toHaveProperty('2026-09-09');
    expect(read.provisional).toEqual(['account.followers.2026-09-10']);
  });

  it('a real 60-day follower view (days=122) lands on the dates its author checked by hand', () => {
    const history = studioDataFixture('v2-follower-history-60d-122days.real-values');
    const { read } = readOk({ url: history.url, body: history.body });
    const followers = read.account.followers ?? {};
    expect(followers['2026-04-30']).toBe(25590);
    expect(followers['2026-05-31']).toBe(26339);
    expect(followers['2026-06-30']).toBe(27083);
    expect(followers['2026-07-31']).toBe(27834);
    expect(followers['2026-08-28']).toBe(28539);
    expect(followers).not.toHaveProperty('2026-08-29');
    expect(followers['2026-08-30']).toBe(28594);
    expect(Object.keys(followers)).toHaveLength(122);
    expect(Object.keys(followers)[0]).toBe('2026-04-30');
  });

  it('two runs 25 days apart agree on every day they share (an off-by-one in either would not)', () => {
    const later = studioDataFixture('v2-follower-history-60d-122days.real-values');
    const earlier = studioDataFixture('v2-follower-history-122days-earlier-run.real-values');
    const a = readOk({ url: earlier.url, body: earlier.body }).read.account.followers ?? {};
    const b = readOk({ url: later.url, body: later.body }).read.account.followers ?? {};
    expect(a['2026-08-03']).toBe(27912);
    expect(a['2026-04-05']).toBe(25078);
    // 2026-08-05 is the earlier run's live total, a final day in the later run.
    const shared = Object.keys(a).filter((day) => day in b && day !== '2026-08-05');
    expect(shared).toHaveLength(96);
    for (const day of shared) expect([day, a[day]]).toEqual([day, b[day]]);
  });

  it('tz_offset decides the local day: the same instant is 2026-09-10 in UTC+7 and 2026-09-09 in UTC−5', () => {
    const types = [{ insigh_type: 'vv_history', days: 16, end_days: 1 }];
    // extra.now 1789005600000 = 2026-09-10T02:00:00Z: 09:00 in Bangkok, 21:00 the day before in New York (EST).
    const east = readOk({ url: dataInsightUrl(types, 25200), body: overview.body }).read.account.videoViews ?? {};
    const west = readOk({ url: dataInsightUrl(types, -18000), body: overview.body }).read.account.videoViews ?? {};
    const utc = readOk({ url: dataInsightUrl(types, 0), body: overview.body }).read.account.videoViews ?? {};
    expect([Object.keys(east)[0], Object.keys(east).at(-1)]).toEqual(['2026-08-25', '2026-09-08']);
    expect([Object.keys(west)[0], Object.keys(west).at(-1)]).toEqual(['2026-08-24', '2026-09-07']);
    expect(west['2026-08-24']).toBe(331);
    expect([Object.keys(utc)[0], Object.keys(utc).at(-1)]).toEqual(['2026-08-25', '2026-09-08']);
  });

  it('end_days moves the whole range, for each history of a request its own; extra.now wins over the arrival time', () => {
    const body = {
      status_code: 0,
      extra: { now: Date.parse('2026-03-02T12:00:00Z') },
      vv_history: [{ status: 0, value: 7 }, { status: 0, value: 9 }],
      pv_history: [{ status: 0, value: 1 }, { status: 0, value: 2 }],
    };
    const url = dataInsightUrl([{ insigh_type: 'vv_history', days: 2, end_days: 3 }, { insigh_type: 'pv_history', days: 2, end_days: 0 }], 0);
    // Today is 2026-03-02 by extra.now (the arrival, 18 hours later, is already the 3rd). Views end
    // 3 days back, on 2026-02-27 (across the end of February); profile views end today.
    const { account } = readOk({ url, body, now: Date.parse('2026-03-03T06:00:00Z') }).read;
    expect(account.videoViews).toEqual({ '2026-02-26': 7, '2026-02-27': 9 });
    expect(account.profileViews).toEqual({ '2026-03-01': 1, '2026-03-02': 2 });
  });

  describe('ranges across a change of daylight saving time', () => {
    inTimeZone('America/New_York');

    it.each([
      ['its end (2026-11-01), tz_offset −18000', '2026-11-03T15:00:00Z', -18000, ['2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']],
      ['its start (2026-03-08), tz_offset −14400', '2026-03-10T15:00:00Z', -14400, ['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09']],
    ])('New York around %s: five calendar days, none doubled or skipped', (_, now, offset, days) => {
      const body = { status_code: 0, extra: { now: Date.parse(now) }, vv_history: days.map((_day, i) => ({ status: 0, value: 10 * (i + 1) })) };
      const url = dataInsightUrl([{ insigh_type: 'vv_history', days: 5, end_days: 1 }], offset);
      expect(readOk({ url, body }).read.account.videoViews).toEqual(Object.fromEntries(days.map((day, i) => [day, 10 * (i + 1)])));
    });
  });

  it('the arrival time dates the days when the response has no extra.now; without either nothing is dated', () => {
    const { extra: _extra, ...undated } = overview.body;
    const url = dataInsightUrl([{ insigh_type: 'vv_history', days: 16, end_days: 1 }], 25200);
    const arrived = readOk({ url, body: undated, now: Date.parse('2026-09-10T09:00:00+07:00') }).read;
    expect(Object.keys(arrived.account.videoViews ?? {}).at(-1)).toBe('2026-09-08');
    const unknown = readOk({ url, body: undated });
    expect(unknown.read.account).toEqual({});
    expect(unknown.notes).toContain('the response has no extra.now and no arrival time was given: no day could be dated');
  });
});

describe('what a read says about the types it did not read', () => {
  it('a type asked for but absent, sent as null, asked twice, or not known: one note each, nothing read', () => {
    const types = [
      { insigh_type: 'vv_history', days: 1, end_days: 1 },
      { insigh_type: 'vv_history', days: 1, end_days: 2 },
      { insigh_type: 'pv_history', days: 1, end_days: 1 },
      { insigh_type: 'like_history', days: 1, end_days: 1 },
      { insigh_type: 'new_viewer', days: 7, end_days: 1 },
      { insigh_type: 'top10_other_videos_recommendation' },
      { days: 1 },
    ];
    const body = { status_code: 0, extra: { now: Date.parse('2026-12-07T10:00:00Z') }, vv_history: [{ status: 0, value: 5 }], like_history: null };
    const { read, notes } = readOk({ url: dataInsightUrl(types, 0), body });
    expect(read.account).toEqual({ videoViews: { '2026-12-06': 5 } });
    expect(notes).toEqual([
      'vv_history: asked twice in one request, read once',
      'pv_history: asked for, not in the response',
      'like_history: Studio sent no data (null)',
      'new_viewer: left out: its shape is not publicly known',
      '"top10_other_videos_recommendation": not a type this reader knows',
      'a type request with no insigh_type: not read',
    ]);
  });
});

describe('not final yet', () => {
  it('status 2 is never read as 0: absent when it has no number, provisional when it has one', () => {
    const body = {
      status_code: 0,
      extra: { now: Date.parse('2026-12-07T10:00:00Z') },
      vv_history: [{ status: 0, value: 0 }, { status: 2, value: 0 }, { status: 2, value: 412 }, { status: 2, value: null }, { status: 2 }],
    };
    const { read, notes } = readOk({ url: dataInsightUrl([{ insigh_type: 'vv_history', days: 5, end_days: 0 }], 0), body });
    // A final 0 is a real 0; a not-final 0 is a placeholder.
    expect(read.account.videoViews).toEqual({ '2026-12-03': 0, '2026-12-05': 412 });
    expect(read.provisional).toEqual(['account.videoViews.2026-12-05']);
    expect(notes).toContain('vv_history: left out 3 entries not final yet');
  });
});

describe('per video (aweme_id)', () => {
  it('the retention curve: millisecond strings → seconds, fractions → percent', () => {
    const retention = studioDataFixture('v2-video-retention.shaped');
    const { read } = readOk({ url: retention.url, body: retention.body });
    expect(read.retention).toEqual({ [VIDEO]: [[0, 100], [1, 50], [2, 27], [3, 18], [4, 15], [5, 13]] });
    expect(read.provisional).toEqual([]);
  });

  it('percent without float noise: 0.29, 0.07 and 0.57 are 29, 7 and 57 (not 28.999999999999996 …)', () => {
    const list = [1, 0.57, 0.29, 0.07].map((value, second) => ({ timestamp: String(second * 1000), value }));
    const body = { status_code: 0, video_retention_rate_realtime: { value: { list } } };
    const { read } = readOk({ url: dataInsightUrl([{ insigh_type: 'video_retention_rate_realtime', aweme_id: VIDEO }], 0), body });
    expect(read.retention[VIDEO]).toEqual([[0, 100], [1, 57], [2, 29], [3, 7]]);
  });

  it("realtime values are the video's totals so far: today's, provisional; finish rate as percent, watch times in seconds", () => {
    const video = studioDataFixture('v2-video-7d-48h.shaped');
    const { read } = readOk({ url: video.url, body: video.body });
    expect(read.videos[VIDEO]).toMatchObject({
      watchedFullVideo: { '2026-09-10': 8.3 },
      averageWatchTime: { '2026-09-10': 6.4 },
      totalPlayTime: { '2026-09-10': 58000 },
      newFollowers: { '2026-09-10': 12 },
    });
    expect(read.provisional.sort()).toEqual([
      `videos.${VIDEO}.averageWatchTime.2026-09-10`,
      `videos.${VIDEO}.newFollowers.2026-09-10`,
      `videos.${VIDEO}.totalPlayTime.2026-09-10`,
      `videos.${VIDEO}.watchedFullVideo.2026-09-10`,
    ]);
    expect(read.account).toEqual({});
  });

  it('a video posted in 2025 (its id says 2025-05-02T23:50:27Z): its 48 hours and 7 days are the first after posting, read a year later', () => {
    const video = studioDataFixture('v2-video-7d-48h.shaped');
    const { read, notes } = readOk({ url: video.url, body: video.body });
    const views = read.videos[VIDEO]?.videoViews ?? {};
    // UTC+7: posted 06:50 on 2025-05-03, so hour 0 is 2025-05-03T06 and day 0 is 2025-05-03.
    const hours = Object.keys(views).filter((key) => key.includes('T'));
    expect([hours.length, hours[0], hours.at(-1)]).toEqual([47, '2025-05-03T06', '2025-05-05T04']);
    expect([views['2025-05-03T06'], views['2025-05-04T00'], views['2025-05-05T04']]).toEqual([35, 342, 142]);
    expect(views).toMatchObject({ '2025-05-03': 5120, '2025-05-04': 2210, '2025-05-08': 190 });
    expect(views).not.toHaveProperty('2025-05-09');
    expect(views).not.toHaveProperty('2025-05-05T05');
    expect(notes).toContain('video_vv_history_7d: left out 1 entry not final yet');
    expect(notes).toContain('video_vv_history_48_hours: left out 1 entry not final yet');
  });

  it('a video still processing gives nothing, and says so', () => {
    const processing = studioDataFixture('v2-video-processing.shaped');
    const { read, notes } = readOk({ url: processing.url, body: processing.body });
    expect(read).toEqual({ account: {}, videos: {}, retention: {}, activity: {}, provisional: [] });
    expect(notes).toEqual([
      'video_finish_rate_realtime: not ready yet',
      'video_retention_rate_realtime: not ready yet (status 2)',
      'video_finish_rate_history_7d: Studio sent no data (null)',
    ]);
  });
});

describe('the one whole body seen in public (2021)', () => {
  const real = studioDataFixture('v2-follower-overview-2021.real');

  it('status "success" without status_code is read; the live total is the local day of extra.now', () => {
    // Its request was not published: this URL asks for what the body holds. extra.now is 2021-08-23T23:41:15Z.
    const url = dataInsightUrl([{ insigh_type: 'follower_num' }, { insigh_type: 'follower_active_history_hours' }], -25200);
    const { read, notes } = readOk({ url, body: real.body });
    expect(read.account).toEqual({ followers: { '2021-08-23': 100862 } });
    expect(read.provisional).toEqual(['account.followers.2021-08-23']);
    expect(read.activity).toEqual({});
    expect(notes).toContain('follower_active_history_hours: left out: which day each entry is, and whether hour 0 is local time, is not publicly known');
    // East of UTC (UTC+7) the same instant is already the 24th.
    expect(readOk({ url: dataInsightUrl([{ insigh_type: 'follower_num' }], 25200), body: real.body }).read.account).toEqual({ followers: { '2021-08-24': 100862 } });
  });
});
