import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/utils/import/parse-csv';
import { parseMonthDay, resolveDay, STUDIO_LANGUAGES } from '@/utils/import/export-dates';
import { parseZipName, readStudioFile, readStudioExport } from '@/utils/import/read-studio-files';
import { ExportReadError } from '@/utils/import/read-bounds';
import {
  activityCsv, contentCsv, expectedExport, exportZips, followerHistoryCsv, formatDay, makeModel, overviewCsv, viewersCsv, zip, zipName,
} from '../../fixtures/studio-export/build';

// Every language Studio's web UI offers: Intl writes the files' dates, Vietnamese uses word months.
const LANGUAGES = [...STUDIO_LANGUAGES];

describe('reading a whole export', () => {
  const model = makeModel({ exportDay: '2025-08-20', days: 60 });

  it('answers what the files were written from: every tab, every file', () => {
    expect(readStudioExport(exportZips(model), '2025-08-20')).toEqual(expectedExport(model));
  });

  it.each(LANGUAGES)('the UI language does not change the answer (%s)', (lang) => {
    expect(readStudioExport(exportZips(model, lang), '2025-08-20')).toEqual(expectedExport(model));
  });

  it('zips given in any order, or as bare CSVs, give the same answer', () => {
    const zips = exportZips(model);
    const expected = expectedExport(model);
    expect(readStudioExport([...zips].reverse(), '2025-08-20')).toEqual(expected);
    const bare = readStudioExport(
      [
        { name: 'Overview.csv', data: overviewCsv(model) },
        { name: 'FollowerHistory.csv', data: strToU8(followerHistoryCsv(model)) },
        { name: 'Viewers.csv', data: viewersCsv(model) },
      ],
      '2025-08-20',
    );
    expect(bare).toEqual({ days: expected.days });
  });

  it('the newest day, all `undefined`, is absent, and no absent value turns into 0', () => {
    const out = readStudioExport(exportZips(model), '2025-08-20');
    expect(out.days['2025-08-20']).toBeUndefined();
    expect(JSON.stringify(out)).not.toContain('undefined');
  });

  it('new and returning viewers printed as 0 beside an unknown total are not trusted', () => {
    const text = '\ufeffDate,Total Viewers,New Viewers,Returning Viewers\r\nAugust 18,120,20,100\r\nAugust 19,undefined,0,0\r\n';
    expect(readStudioExport([{ name: 'Viewers.csv', data: text }], '2025-08-20').days).toEqual({
      '2025-08-18': { totalViewers: 120, newViewers: 20, returningViewers: 100 },
    });
  });

  it('a cell that is not a number is absent, not guessed', () => {
    const text = 'Date,Video Views,Profile Views,Likes,Comments,Shares\nAugust 18,1200,-,1.2K,,N/A\n';
    expect(readStudioExport([{ name: 'Overview.csv', data: text }], '2025-08-20').days).toEqual({ '2025-08-18': { videoViews: 1200 } });
  });

  it('followers come from the Followers column; the difference column changes nothing', () => {
    const base = readStudioExport([{ name: 'FollowerHistory.csv', data: followerHistoryCsv(model) }], '2025-08-20');
    const lying = followerHistoryCsv(model).replace(/,(\d+)\r\n/g, ',99999\r\n');
    expect(lying).not.toBe(followerHistoryCsv(model));
    expect(readStudioExport([{ name: 'FollowerHistory.csv', data: lying }], '2025-08-20')).toEqual(base);
    expect(Object.values(base.days).every((d) => Object.keys(d).join() === 'followers')).toBe(true);
  });

  it('titles keep commas, quotes, newlines, emoji and a leading = exactly', () => {
    const out = readStudioExport([exportZips(model)[3]], '2025-08-20');
    expect(out.videos?.map((v) => v.caption)).toEqual(model.videos.map((v) => v.caption));
    expect(out.videos?.[1].caption.startsWith('=')).toBe(true);
  });

  it('business accounts\' extra columns are skipped, the known ones kept', () => {
    const text = 'Date,Video Views,Reached audience,Profile Views,Leads\nAugust 18,10,999,3,4\n';
    expect(readStudioExport([{ name: 'Overview.csv', data: text }], '2025-08-20').days).toEqual({ '2025-08-18': { videoViews: 10, profileViews: 3 } });
  });

  it('reads a 5 MB export', { timeout: 60_000 }, () => {
    const big = makeModel({ exportDay: '2025-08-20', days: 365, activityDays: 365 });
    big.videos = Array.from({ length: 20_000 }, (_, i) => ({
      videoId: String(7_300_000_000_000_000_000n + BigInt(i)), caption: `Video ${i}, "quoted", ${'long text '.repeat(12)}`, postedAt: '2025-08-01', views: i, likes: i, comments: 1, shares: 0,
    }));
    const text = contentCsv(big);
    expect(text.length).toBeGreaterThan(5_000_000);
    const out = readStudioExport([{ name: zipName('Content', big), data: zip({ 'Content.csv': text, 'FollowerActivity.csv': activityCsv(big) }) }], '2025-08-20');
    expect(out.videos).toHaveLength(20_000);
    expect(out.followerActivity).toHaveLength(365 * 24);
    expect(out.videos?.[19_999]).toMatchObject({ videoId: '7300000000000019999', views: 19_999 });
  });
});

describe('years of yearless dates', () => {
  it('an export across New Year: December is last year, January this year', () => {
    const model = makeModel({ exportDay: '2025-01-10', days: 45 });
    const out = readStudioExport(exportZips(model), '2025-01-10');
    expect(Object.keys(out.days)[0]).toBe('2024-11-27');
    expect(Object.keys(out.days)).toContain('2024-12-31');
    expect(Object.keys(out.days)).toContain('2025-01-01');
    expect(out).toEqual(expectedExport(model));
  });

  it('a lone date (a posting day) after the import day belongs to last year', () => {
    expect(resolveDay({ month: 8, day: 21 }, '2025-08-20')).toBe('2024-08-21');
    expect(resolveDay({ month: 8, day: 20 }, '2025-08-20')).toBe('2025-08-20');
    expect(resolveDay({ month: 2, day: 29 }, '2025-03-01')).toBe('2024-02-29');
  });

  it.each(LANGUAGES)('every day of the year, long and short month names (%s)', (lang) => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const expected = { month: Number(iso.slice(5, 7)), day: Number(iso.slice(8)) };
      expect(parseMonthDay(formatDay(iso, lang)), `${lang} ${formatDay(iso, lang)}`).toEqual(expected);
      const short = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(t);
      expect(parseMonthDay(short), `${lang} ${short}`).toEqual(expected);
    }
  });

  it('Vietnamese word months, including tháng Mười and tháng Mười Một', () => {
    expect(parseMonthDay('18 tháng Tám')).toEqual({ month: 8, day: 18 });
    expect(parseMonthDay('3 tháng Mười')).toEqual({ month: 10, day: 3 });
    expect(parseMonthDay('3 tháng Mười Một')).toEqual({ month: 11, day: 3 });
    expect(parseMonthDay('25 tháng Mười Hai')).toEqual({ month: 12, day: 25 });
    expect(parseMonthDay('Ngày 1 tháng Năm')).toEqual({ month: 5, day: 1 });
    expect(parseMonthDay('1 THÁNG TƯ')).toEqual({ month: 4, day: 1 });
  });

  it('what is not a date is refused rather than guessed', () => {
    for (const text of ['', 'undefined', 'Total', '08/18', '18', 'August', 'Jun 31', 'tháng Tám', '13月1日', 'Ju 18']) {
      expect(parseMonthDay(text), text).toBeUndefined();
    }
  });
});

describe('what is not an export', () => {
  it('a file that is not an export names the file', () => {
    expect(() => readStudioExport([{ name: 'notes.csv', data: 'name,email\nx,y\n' }], '2025-08-20')).toThrow(/^notes\.csv: not a TikTok Studio export/);
    expect(() => readStudioExport([{ name: 'photo.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) }], '2025-08-20')).toThrow(ExportReadError);
  });

  it('a zip with nothing inside, or nothing Studio writes, is refused', () => {
    expect(() => readStudioFile({ name: 'Overview_x_1732500000_me.zip', data: zipSync({}) }, '2025-08-20')).toThrow(/no CSV or XLSX file/);
    expect(() => readStudioFile({ name: 'other.zip', data: zip({ 'a.csv': 'x,y\n1,2\n' }) }, '2025-08-20')).toThrow(/none of its files \(a\.csv\)/);
  });

  it('a file whose dates cannot be read at all names the file and the line', () => {
    const text = '\ufeffDate,Video Views\r\nSomeday,10\r\nAnother day,12\r\n';
    expect(() => readStudioExport([{ name: 'Overview.csv', data: text }], '2025-08-20')).toThrow('Overview.csv, line 2: cannot read the date "Someday"');
    const zipped = zip({ 'Overview.csv': text });
    expect(() => readStudioExport([{ name: 'Overview_1_1732500000_me.zip', data: zipped }], '2025-08-20')).toThrow(/^Overview_1_1732500000_me\.zip › Overview\.csv, line 2:/);
  });

  it('files of two accounts are refused', () => {
    const a = makeModel({ exportDay: '2025-08-20', days: 5, account: 'one' });
    const b = makeModel({ exportDay: '2025-08-20', days: 5, account: 'two' });
    expect(() => readStudioExport([exportZips(a)[0], exportZips(b)[0]], '2025-08-20')).toThrow(/different accounts \(@one, @two\)/);
  });
});

describe('names and cells', () => {
  it('a zip name gives the handle (with _ and .) and the export time; a renamed copy too', () => {
    expect(parseZipName('Overview_2023-01-01_1732500000_maker_studio.daily.zip')).toEqual({ account: 'maker_studio.daily', exportedAt: 1732500000000, firstDay: '2023-01-01' });
    expect(parseZipName('/home/me/Downloads/Followers_20240818_1732500000_me (1).zip')).toEqual({ account: 'me', exportedAt: 1732500000000, firstDay: '2024-08-18' });
    expect(parseZipName('Overview_x_1732500000_me.zip')).toEqual({ account: 'me', exportedAt: 1732500000000 });
    expect(parseZipName('temp_Overview_2025-08-28_1787841428_me.zip')).toEqual({ account: 'me', exportedAt: 1787841428000, firstDay: '2025-08-28' });
    expect(parseZipName('export.zip')).toEqual({});
  });

  it('CSV: BOM, quoted commas, doubled quotes, newlines inside cells, CRLF and LF', () => {
    const rows = parseCsv('\ufeffa,b\r\n"x, ""y""","line1\nline2"\n\nlast,=1+1');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"', 'line1\nline2'] },
      { line: 5, cells: ['last', '=1+1'] },
    ]);
  });
});
