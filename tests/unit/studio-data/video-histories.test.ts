// A video's first 48 hours and 7 days (`video_*_history_48_hours`, `video_*_history_7d`): dated from
// the moment the video id says it was made, in the request's local time. Expected values are written
// by hand from the fixtures' numbers and their notes.
import { describe, expect, it } from 'vitest';
import { mergeStudioData, readStudioData, type StudioDataRead } from '@/utils/studio-data/studio-data-contract';
import { dayOfDateKey, madeAtOfVideoId } from '@/utils/studio-data/video-histories';
import { dataInsightUrl, inTimeZone, studioDataFixture } from '../../fixtures/studio-data/studio-data-fixtures';

function readOk(input: Parameters<typeof readStudioData>[0]): { read: StudioDataRead; notes: string[] } {
  const result = readStudioData(input);
  if (!result.ok) throw new Error(`expected a read, got: ${result.reason}`);
  return result;
}

/** Made 2026-09-08T15:20:00Z (1788880800 << 32, low bits 0x1a2b3c4d): the fixture's video. */
const VIDEO = '7683184532881357901';
/** 2026-09-10T02:00:00Z, the fixture's extra.now. */
const NOW = 1789005600000;

/** A body with one array per type, each entry {status: 0, value} unless given as an object. */
function bodyOf(arrays: Record<string, unknown[]>, now = NOW) {
  const wrap = (entry: unknown) => (typeof entry === 'number' ? { status: 0, value: entry } : entry);
  return { status_code: 0, extra: { now }, ...Object.fromEntries(Object.entries(arrays).map(([name, list]) => [name, list.map(wrap)])) };
}

function readArrays(arrays: Record<string, unknown[]>, tzOffset: number, videoId = VIDEO, now = NOW) {
  const url = dataInsightUrl(Object.keys(arrays).map((name) => ({ insigh_type: name, aweme_id: videoId })), tzOffset);
  return readOk({ url, body: bodyOf(arrays, now) });
}

describe('the moment a video id says it was made', () => {
  it('is its top 32 bits, in Unix seconds', () => {
    expect(new Date(madeAtOfVideoId(VIDEO)).toISOString()).toBe('2026-09-08T15:20:00.000Z');
    // unfurl (parse_tiktok.py) says its id range 6500000000000000000–7500000000000000000 is "between 2017-12 and 2025-05".
    expect(new Date(madeAtOfVideoId('6500000000000000000')).toISOString()).toBe('2017-12-16T04:39:43.000Z');
    expect(new Date(madeAtOfVideoId('7500000000000000000')).toISOString()).toBe('2025-05-02T23:50:27.000Z');
  });
});

describe('a video posted 22:20 local (UTC+7), read 35 hours later', () => {
  const fixture = studioDataFixture('v2-video-first-days.shaped');

  it('48 hours: hour 0 is the clock hour of the post, then one per hour across midnight, up to the hour holding the response', () => {
    const { read, notes } = readOk({ url: fixture.url, body: fixture.body });
    const views = read.videos[VIDEO]?.videoViews ?? {};
    expect(Object.fromEntries(Object.entries(views).filter(([key]) => key.includes('T')))).toEqual({
      '2026-09-08T22': 41, '2026-09-08T23': 63,
      '2026-09-09T00': 88, '2026-09-09T01': 120, '2026-09-09T02': 97, '2026-09-09T03': 75, '2026-09-09T04': 52, '2026-09-09T05': 30,
      '2026-09-09T06': 18, '2026-09-09T07': 11, '2026-09-09T08': 9, '2026-09-09T09': 14, '2026-09-09T10': 22, '2026-09-09T11': 35,
      '2026-09-09T12': 48, '2026-09-09T13': 60, '2026-09-09T14': 71, '2026-09-09T15': 66, '2026-09-09T16': 58, '2026-09-09T17': 54,
      '2026-09-09T18': 49, '2026-09-09T19': 62, '2026-09-09T20': 80, '2026-09-09T21': 93, '2026-09-09T22': 87, '2026-09-09T23': 70,
      '2026-09-10T00': 55, '2026-09-10T01': 40, '2026-09-10T02': 29, '2026-09-10T03': 19, '2026-09-10T04': 13, '2026-09-10T05': 10,
      '2026-09-10T06': 12,
      // 07 and 08 are not final and have no number; 09 holds the response (09:00 local): not final, with one.
      '2026-09-10T09': 9,
    });
    expect(notes).toContain('video_vv_history_48_hours: left out 2 entries not final yet, 12 hours after the response');
  });

  it('7 days: day 0 is the local posting day; today is not final; the days after today are not read', () => {
    const { read, notes } = readOk({ url: fixture.url, body: fixture.body });
    const video = read.videos[VIDEO] ?? {};
    const days = (metric: keyof typeof video) => Object.fromEntries(Object.entries(video[metric] ?? {}).filter(([key]) => !key.includes('T')));
    expect(days('videoViews')).toEqual({ '2026-09-08': 1180, '2026-09-09': 1523, '2026-09-10': 214 });
    expect(days('likes')).toEqual({ '2026-09-08': 96, '2026-09-09': 131, '2026-09-10': 18 });
    expect(days('comments')).toEqual({ '2026-09-08': 7, '2026-09-09': 12, '2026-09-10': 1 });
    // A final 0 is a real 0.
    expect(days('shares')).toEqual({ '2026-09-08': 3, '2026-09-09': 5, '2026-09-10': 0 });
    expect(days('saves')).toEqual({ '2026-09-08': 11, '2026-09-09': 14, '2026-09-10': 2 });
    expect(days('newFollowers')).toEqual({ '2026-09-08': 4, '2026-09-09': 6 });
    // Finish rate: a fraction per day, as a percent.
    expect(days('watchedFullVideo')).toEqual({ '2026-09-08': 8.3, '2026-09-09': 7.1, '2026-09-10': 6.5 });
    expect(read.provisional.sort()).toEqual(
      ['comments.2026-09-10', 'likes.2026-09-10', 'saves.2026-09-10', 'videoViews.2026-09-10', 'videoViews.2026-09-10T09', 'watchedFullVideo.2026-09-10']
        .map((key) => `videos.${VIDEO}.${key}`),
    );
    expect(notes).toContain('video_vv_history_7d: left out 4 days after the response');
    expect(notes).toContain('video_new_followers_history_7d: left out 1 entry not final yet, 4 days after the response');
    // The previous post's views, for comparison: another video, not named.
    expect(notes).toContain('previous_video_vv_history_7d: left out: the views of another video (the previous post), which the response does not name');
    expect(read.account).toEqual({});
  });
});

describe('the request\'s tz_offset decides the local hour and day', () => {
  const hoursAndDays = { video_vv_history_48_hours: Array.from({ length: 48 }, (_, i) => i + 1), video_vv_history_7d: [70, 60, 50, 40, 30, 20, 10] };

  it.each([
    // West (UTC−7): posted 08:20 on 2026-09-08; the response is 19:00 on 2026-09-09, so day 2 is tomorrow.
    ['west, −25200', -25200, '2026-09-08T08', '2026-09-09T19', { '2026-09-08': 70, '2026-09-09': 60 }],
    // East (UTC+9): posted 00:20 on 2026-09-09; the response is 11:00 on 2026-09-10.
    ['east, +32400', 32400, '2026-09-09T00', '2026-09-10T11', { '2026-09-09': 70, '2026-09-10': 60 }],
    // Half an hour east (UTC+5:30): the local clock hour 20:00–21:00 holds the post (20:50).
    ['India, +19800', 19800, '2026-09-08T20', '2026-09-10T07', { '2026-09-08': 70, '2026-09-09': 60, '2026-09-10': 50 }],
  ])('%s', (_, offset, firstHour, lastHour, days) => {
    const views = readArrays(hoursAndDays, offset).read.videos[VIDEO]?.videoViews ?? {};
    const hours = Object.keys(views).filter((key) => key.includes('T'));
    expect([hours[0], hours.at(-1), hours.length]).toEqual([firstHour, lastHour, 36]);
    expect(views[firstHour]).toBe(1);
    expect(Object.fromEntries(Object.entries(views).filter(([key]) => !key.includes('T')))).toEqual(days);
  });
});

describe('across a change of daylight saving time (New York, 2026-11-01)', () => {
  inTimeZone('America/New_York');
  // Made 2026-11-01T04:30:00Z: 00:30 EDT, before the clocks went back at 06:00Z.
  const posted = '7703055628133990407';
  const now = Date.parse('2026-11-09T15:00:00Z');

  it('48 hours at one offset: every key once, one hour apart, none doubled or skipped', () => {
    const { read } = readArrays({ video_vv_history_48_hours: Array.from({ length: 48 }, (_, i) => i + 1) }, -18000, posted, now);
    const hours = Object.keys(read.videos[posted]?.videoViews ?? {});
    // At −5 h the post is 23:30 on 2026-10-31: hour 1 is past midnight, on 2026-11-01.
    expect(hours.slice(0, 4)).toEqual(['2026-10-31T23', '2026-11-01T00', '2026-11-01T01', '2026-11-01T02']);
    expect(hours).toHaveLength(48);
    expect(hours.at(-1)).toBe('2026-11-02T22');
    expect(hours.map((key) => Date.parse(`${key}:00:00Z`)).every((t, i, all) => i === 0 || t - all[i - 1] === 3_600_000)).toBe(true);
  });

  it('7 calendar days from the posting day', () => {
    const { read } = readArrays({ video_vv_history_7d: [1, 2, 3, 4, 5, 6, 7] }, -14400, posted, now);
    expect(read.videos[posted]?.videoViews).toEqual({
      '2026-11-01': 1, '2026-11-02': 2, '2026-11-03': 3, '2026-11-04': 4, '2026-11-05': 5, '2026-11-06': 6, '2026-11-07': 7,
    });
  });
});

describe('date_key, when an entry carries one', () => {
  it('a day as YYYYMMDD or YYYY-MM-DD wins over the day counted from the post; any other text is a note', () => {
    const { read, notes } = readArrays({
      video_like_history_7d: [
        { status: 0, value: 5, date_key: '20260907' },
        { status: 0, value: 6, date_key: '2026-09-10' },
        { status: 0, value: 7, date_key: 'Sep 9' },
        { status: 0, value: 8, date_key: '2026-02-30' },
        { status: 0, value: 9, date_key: '20260912' },
      ],
    }, 25200);
    expect(read.videos[VIDEO]?.likes).toEqual({ '2026-09-07': 5, '2026-09-10': 6 });
    expect(notes).toEqual(['video_like_history_7d: left out 1 day after the response, 2 entries whose date_key is not YYYYMMDD or YYYY-MM-DD']);
  });

  it('two entries for one day: neither is read', () => {
    const { read, notes } = readArrays({ video_vv_history_7d: [{ status: 0, value: 5, date_key: '20260908' }, { status: 0, value: 6, date_key: '20260908' }, 7] }, 25200);
    expect(read.videos[VIDEO]?.videoViews).toEqual({ '2026-09-10': 7 });
    expect(notes).toEqual(['video_vv_history_7d: left out 1 day sent twice by date_key']);
  });

  it('an hour keeps its counted hour when date_key names its day, and is left out when it names another', () => {
    const { read, notes } = readArrays({
      video_vv_history_48_hours: [{ status: 0, value: 41, date_key: '20260908' }, { status: 0, value: 63, date_key: '20260909' }, { status: 0, value: 88, date_key: '20260909' }],
    }, 25200);
    expect(read.videos[VIDEO]?.videoViews).toEqual({ '2026-09-08T22': 41, '2026-09-09T00': 88 });
    expect(notes).toEqual(['video_vv_history_48_hours: left out 1 hour whose date_key names another day than the posting time gives']);
  });

  it.each([['20260908', '2026-09-08'], ['2026-09-08', '2026-09-08'], [20260908, '2026-09-08'], ['2026-0908', null], ['2026-13-01', null], ['1757289600', null], ['', null]])(
    'dayOfDateKey(%j) is %j',
    (key, day) => expect(dayOfDateKey(key)).toBe(day),
  );
});

describe('what is not read', () => {
  it('an array longer than 48 hours or 7 days: a note, nothing read', () => {
    const { read, notes } = readArrays({ video_vv_history_48_hours: Array.from({ length: 49 }, () => 1), video_like_history_7d: [1, 2, 3, 4, 5, 6, 7, 8] }, 25200);
    expect(read.videos).toEqual({});
    expect(notes).toEqual([
      'video_vv_history_48_hours: 49 entries, more than 48: not read',
      'video_like_history_7d: 8 entries, more than 7: not read',
    ]);
  });

  it('hours and days after the response are not read, even with a final value', () => {
    // Now is 2026-09-08T17:05:00Z, 00:05 local on 2026-09-09: hours 0 (22), 1 (23) and 2 (00, holding now) have begun.
    const now = Date.parse('2026-09-08T17:05:00Z');
    const { read, notes } = readArrays({ video_vv_history_48_hours: [41, 63, 88, 120, 97], video_comment_history_7d: [3, 4, 5] }, 25200, VIDEO, now);
    expect(read.videos[VIDEO]).toEqual({
      videoViews: { '2026-09-08T22': 41, '2026-09-08T23': 63, '2026-09-09T00': 88 },
      comments: { '2026-09-08': 3, '2026-09-09': 4 },
    });
    expect(notes).toEqual(['video_vv_history_48_hours: left out 2 hours after the response', 'video_comment_history_7d: left out 1 day after the response']);
  });

  it.each([
    ['made before 2016', '6234416472077107200'],
    ['made after the response (2026-09-11)', '7684060705770700800'],
    ['too short to hold a time', '75'],
    ['25 digits', '9'.repeat(25)],
  ])('a video id %s: a note, nothing read for that video', (_, id) => {
    const { read, notes } = readArrays({ video_vv_history_48_hours: [1, 2], video_vv_history_7d: [3] }, 25200, id);
    expect(read.videos).toEqual({});
    expect(notes).toEqual([
      `video_vv_history_48_hours: the video id ${id} does not say a time between 2016 and the response: not read`,
      `video_vv_history_7d: the video id ${id} does not say a time between 2016 and the response: not read`,
    ]);
  });

  it('status 2: without a number (null, absent or a placeholder 0) not read; with one, provisional', () => {
    const { read, notes } = readArrays({
      video_favorites_history_7d: [{ status: 2, value: 11 }, { status: 2, value: null }, { status: 2 }],
      video_vv_history_48_hours: [{ status: 2, value: 0 }, { status: 2, value: 63 }, { status: 7, value: 88 }, { status: 0, value: -1 }],
    }, 25200);
    expect(read.videos[VIDEO]).toEqual({ saves: { '2026-09-08': 11 }, videoViews: { '2026-09-08T23': 63 } });
    expect(read.provisional.sort()).toEqual([`videos.${VIDEO}.saves.2026-09-08`, `videos.${VIDEO}.videoViews.2026-09-08T23`]);
    expect(notes).toEqual([
      'video_favorites_history_7d: left out 2 entries not final yet',
      'video_vv_history_48_hours: left out 1 entry not final yet, 1 entry not a value it could hold, 1 entry with a status it does not know',
    ]);
  });

  it('merged: a final day replaces a provisional one of another response; a provisional one never replaces a final one', () => {
    const first = readArrays({ video_vv_history_7d: [1180, { status: 2, value: 900 }] }, 25200).read;
    const later = readArrays({ video_vv_history_7d: [{ status: 2, value: 1000 }, 1523] }, 25200).read;
    const merged = mergeStudioData(first, later);
    expect(merged.videos[VIDEO]?.videoViews).toEqual({ '2026-09-08': 1180, '2026-09-09': 1523 });
    expect(merged.provisional).toEqual([]);
  });

  it('without tz_offset or a moment, nothing is dated', () => {
    const url = dataInsightUrl([{ insigh_type: 'video_vv_history_7d', aweme_id: VIDEO }], 25200);
    const { read, notes } = readOk({ url, body: { status_code: 0, video_vv_history_7d: [{ status: 0, value: 1 }] } });
    expect(read.videos).toEqual({});
    expect(notes).toEqual(['the response has no extra.now and no arrival time was given: no day could be dated']);
  });
});
