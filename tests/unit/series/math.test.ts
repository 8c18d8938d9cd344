import { describe, expect, it } from 'vitest';
import { changeSince, engagementRate, lastChange, topMovers, viewsPerDay, withGaps } from '@/utils/series/series-math';
import { DAY_MS } from '@/utils/platform/days';
import { csvCell, toCsv } from '@/utils/platform/safe-csv';

const day = (n: number) => n * DAY_MS;

describe('series math', () => {
  const points = [{ t: day(1), v: 100 }, { t: day(2), v: 150 }, { t: day(3), v: 160 }, { t: day(10), v: 400 }];

  it('computes the change since a moment and since the previous capture', () => {
    expect(changeSince(points, day(2))).toBe(250);
    expect(changeSince(points, day(10))).toBeUndefined();
    expect(lastChange(points)).toBe(240);
    expect(lastChange(points.slice(0, 1))).toBeUndefined();
  });

  it('breaks the line where captures stopped for much longer than usual', () => {
    const out = withGaps(points);
    expect(out.map((p) => p.y)).toEqual([100, 150, 160, null, 400]);
    expect(withGaps(points.slice(0, 3)).every((p) => p.y !== null)).toBe(true);
  });

  it('keeps the rounded mark on points', () => {
    expect(withGaps([{ t: 1, v: 12000, rounded: true }])).toEqual([{ x: 1, y: 12000, rounded: true }]);
  });

  it('ranks top movers by views gained, then likes', () => {
    const movers = topMovers(
      [{ videoId: 'a', views: 500, likes: 50 }, { videoId: 'b', views: 300, likes: 90 }, { videoId: 'c', views: 10 }, { videoId: 'd', scheduled: true }],
      [{ videoId: 'a', views: 400, likes: 40 }, { videoId: 'b', views: 200, likes: 10 }, { videoId: 'c', views: 10 }],
    );
    expect(movers.map((m) => [m.videoId, m.gainedViews, m.gainedLikes])).toEqual([['b', 100, 80], ['a', 100, 10], ['c', 0, 0]]);
  });

  it('computes engagement and daily growth', () => {
    expect(engagementRate({ views: 1000, likes: 80, comments: 15, shares: 5 })).toBe(10);
    expect(engagementRate({ views: 0, likes: 5 })).toBeUndefined();
    expect(viewsPerDay(1000, new Date(day(0)).toISOString(), day(10))).toBe(100);
    expect(viewsPerDay(1000, new Date(day(10)).toISOString(), day(10) + 1000)).toBe(1000);
    expect(viewsPerDay(1000, undefined, day(10))).toBeUndefined();
  });
});

describe('CSV', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1+1', "\"'+1+1\""],
    ['-2+3', "\"'-2+3\""],
    ['@SUM(A1)', "\"'@SUM(A1)\""],
    ['\tcmd', "\"'\tcmd\""],
    ['\rcmd', "\"'\rcmd\""],
    ['plain caption', 'plain caption'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
  ])('%j → %s', (input, output) => expect(csvCell(input)).toBe(output));

  it('keeps numbers as numbers, negative ones included', () => {
    expect(csvCell(-2)).toBe('-2');
    expect(toCsv(['a', 'b'], [[1, 'x'], [undefined, true]])).toBe('a,b\r\n1,x\r\n,true\r\n');
  });
});
