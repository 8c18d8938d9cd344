// What real Studio exports showed (docs/studio-export-contract.md): years from the order
// of rows and the zip name's first day, XLSX beside CSV, negative daily values, placeholder hours,
// older and business formats, and notes for whatever a file held that was left out.
import { describe, expect, it } from 'vitest';
import { parseMonthDay, placeYears } from '@/utils/import/export-dates';
import { readStudioFile, readStudioExport, type ReadNote } from '@/utils/import/read-studio-files';
import { readWorkbook } from '@/utils/import/read-xlsx';
import { unzipSync } from 'fflate';
import {
  activityCsv, businessFiles, contentCsv, csv, expectedExport, exportZips, legacyFiles, makeModel, overviewCsv, overviewTable, xlsx, zip, zipName,
} from '../../fixtures/studio-export/build';

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const notesOf = (name: string, data: string | Uint8Array, today: string): ReadNote[] => readStudioFile({ name, data }, today).notes ?? [];

describe('years from the order of rows', () => {
  // "Last 365 days", downloaded 2026-02-28: February 28 (2025) … February 27 (2026).
  const model = makeModel({ exportDay: '2026-02-27', days: 365 });
  model.exportedAt = Date.parse('2026-02-28T09:00:00Z');

  it('a 365-day export starts a year before its last row, whether imported on the download day or 300 days later', () => {
    const expected = expectedExport(model);
    expect(model.days[0].date).toBe('2025-02-28');
    for (const today of ['2026-02-28', addDays('2026-02-28', 300)]) {
      expect(readStudioExport(exportZips(model), today), today).toEqual(expected);
      // Bare CSVs (no zip name): the rows' order alone.
      const bare = readStudioExport([{ name: 'Overview.csv', data: overviewCsv(model) }], today);
      expect(Object.keys(bare.days)[0], today).toBe('2025-02-28');
      expect(Object.keys(bare.days).at(-1), today).toBe('2026-02-26');
    }
  });

  it('the zip name\'s first day decides, even two years after the download', () => {
    const [overview] = exportZips(model);
    expect(overview.name).toContain('_2025-02-28_');
    const onTheDay = readStudioExport([overview], '2026-02-28').days;
    expect(Object.keys(onTheDay)).toHaveLength(364);
    expect(readStudioExport([overview], '2028-01-15').days).toEqual(onTheDay);
  });

  it('a zip name whose first day would put rows after the import day gives way to the row order', () => {
    const renamed = { name: 'Overview_2027-03-01_1772269200_maker_studio.daily.zip', data: exportZips(model)[0].data };
    expect(Object.keys(readStudioExport([renamed], '2026-02-28').days)[0]).toBe('2025-02-28');
  });

  it('placeYears: forward from the first day, back from the last, newest-first files, 29 February', () => {
    const md = (s: string) => ({ month: +s.slice(0, 2), day: +s.slice(3) });
    const rows = ['12-30', '12-31', '01-01', '01-02'].map(md);
    expect(placeYears(rows, { lastDay: '2025-06-01' })).toEqual(['2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02']);
    expect(placeYears(rows, { firstDay: '2022-12-30', lastDay: '2025-06-01' })).toEqual(['2022-12-30', '2022-12-31', '2023-01-01', '2023-01-02']);
    expect(placeYears([...rows].reverse(), { lastDay: '2025-06-01' })).toEqual(['2025-01-02', '2025-01-01', '2024-12-31', '2024-12-30']);
    expect(placeYears(['02-28', '02-29', '03-01'].map(md), { lastDay: '2025-02-10' })).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });
});

describe('XLSX, bare or inside a zip', () => {
  const model = makeModel({ exportDay: '2025-08-20', days: 60, countedHours: 17 });

  it('reads to the same answer as the CSV zips, in any language', () => {
    for (const lang of ['en', 'ru', 'vi', 'ar']) {
      expect(readStudioExport(exportZips(model, lang, 'xlsx'), '2025-08-20'), lang).toEqual(expectedExport(model));
    }
  });

  it('a bare .xlsx reads like its CSV', () => {
    const bare = readStudioExport([{ name: 'Overview.xlsx', data: xlsx('Overview', overviewTable(model)) }], '2025-08-20');
    expect(bare).toEqual(readStudioExport([{ name: 'Overview.csv', data: overviewCsv(model) }], '2025-08-20'));
  });

  it('inline strings, rich-text runs, escapes, numbers and gaps in a sheet', () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c><c r="C1" t="s"><v>0</v></c></row>'
      + '<row r="3"><c r="A3" t="inlineStr"><is><r><t>Aug</t></r><r><t xml:space="preserve">ust 18</t></r></is></c><c r="C3"><v>-2</v></c></row></sheetData></worksheet>';
    const book = zip({
      'xl/workbook.xml': '<workbook><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': sheet,
      'xl/sharedStrings.xml': '<sst><si><t>Com&#109;ents_x000D_</t><rPh><t>x</t></rPh></si></sst>',
    });
    expect(readWorkbook(unzipSync(book))).toEqual([{ name: 'A & B', rows: [{ line: 1, cells: ['Date', '', 'Comments\r'] }, { line: 3, cells: ['August 18', '', '-2'] }] }]);
  });
});

describe('values as Studio prints them', () => {
  it('negative daily values are kept', () => {
    const model = makeModel({ exportDay: '2025-08-20', days: 60 });
    const negative = model.days.filter((d) => (d.comments ?? 0) < 0);
    expect(negative.length).toBeGreaterThan(1);
    const out = readStudioExport(exportZips(model), '2025-08-20');
    for (const d of negative) expect(out.days[d.date].comments, d.date).toBe(d.comments);
    expect(readStudioExport([{ name: 'Overview.csv', data: 'Date,Video Views,Comments\nAugust 18,10,−3\n' }], '2025-08-20').days['2025-08-18']).toEqual({ videoViews: 10, comments: -3 });
  });

  it('the newest activity day\'s placeholder 0s after its last counted hour are absent; earlier 0s stay', () => {
    const model = makeModel({ exportDay: '2025-08-20', days: 10, countedHours: 18 });
    const newest = model.activity.filter((a) => a.date === '2025-08-19');
    newest[3].activeFollowers = 0; // a real 0 before the last counted hour
    expect(activityCsv(model)).toContain('August 19,23,0');
    const out = readStudioExport([{ name: 'FollowerActivity.csv', data: activityCsv(model) }], '2025-08-20');
    expect(out.followerActivity).toEqual(model.activity);
    expect(out.followerActivity?.filter((a) => a.date === '2025-08-19').map((a) => a.hour)).toEqual([...Array(18).keys()]);
  });
});

describe('every language Studio offers', () => {
  it('Russian and Ukrainian genitive months, Vietnamese word months', () => {
    expect(parseMonthDay('28 апреля')).toEqual({ month: 4, day: 28 });
    expect(parseMonthDay('18 января')).toEqual({ month: 1, day: 18 });
    expect(parseMonthDay('18 серпня')).toEqual({ month: 8, day: 18 });
    expect(parseMonthDay('18 tháng Tám')).toEqual({ month: 8, day: 18 });
    expect(parseMonthDay('18 tháng 8')).toEqual({ month: 8, day: 18 });
    expect(parseMonthDay('١٨ أغسطس')).toEqual({ month: 8, day: 18 });
    expect(parseMonthDay('18. 8.')).toEqual({ month: 8, day: 18 });
  });

  it('a Russian export reads its dates and its videos\' posting days', () => {
    const model = makeModel({ exportDay: '2025-05-02', days: 30 });
    expect(readStudioExport(exportZips(model, 'ru'), '2025-05-02')).toEqual(expectedExport(model));
  });
});

describe('older exports (2021–2022)', () => {
  it('are recognised by their columns: hours 1–24, percents, country names, dates with years', () => {
    const model = makeModel({ exportDay: '2022-03-08', days: 60, countedHours: 20 });
    const out = readStudioExport(legacyFiles(model), '2022-03-08');
    const expected = Object.fromEntries(Object.entries(expectedExport(model).days).map(([day, { totalViewers, newViewers, returningViewers, ...rest }]) => [day, rest]));
    expect(out.days).toEqual(expected);
    expect(out.followerActivity).toEqual(model.activity);
    expect(out.audience).toEqual({ gender: { male: 41, female: 55, other: 4 }, territories: { 'United States': 50, 'United Kingdom': 20, Vietnam: 12, Germany: 8, Others: 10 } });
  });
});

describe('business accounts', () => {
  const model = makeModel({ exportDay: '2025-10-31', days: 30 });
  const files = businessFiles(model);

  it('read video views and likes from the content file, and dates with a year', () => {
    const out = readStudioExport(files, '2025-11-02');
    expect(out.videos).toEqual(model.videos.map(({ videoId, caption, postedAt, views, likes }) => ({ videoId, caption, postedAt, views, likes })));
    expect(out.days['2025-10-30']).toMatchObject({ videoViews: model.days.at(-2)!.videoViews, comments: model.days.at(-2)!.comments });
  });

  it('say that a followers file of `--` holds nothing, and which columns were not read', () => {
    expect(notesOf('FollowerHistory.csv', files[2].data, '2025-11-02')).toEqual([
      { kind: 'noValues', file: 'FollowerHistory.csv', text: '--' },
      { kind: 'columns', file: 'FollowerHistory.csv', text: 'Net growth' },
    ]);
    expect(notesOf('Overview.csv', files[0].data, '2025-11-02')).toEqual([{ kind: 'columns', file: 'Overview.csv', text: 'Reached audience, Website clicks' }]);
  });
});

describe('what is read partly says what it left out (file, line, column)', () => {
  it('a row whose date cannot be read is left out and named; the others are read', () => {
    const text = '\ufeffDate,Video Views\r\nAugust 18,"10"\r\n"Aug\r\n19",11\r\nSomeday,12\r\nAugust 20,1.2K\r\n';
    const part = readStudioFile({ name: 'Overview.csv', data: text }, '2025-08-20');
    expect(part.days).toEqual({ '2025-08-18': { videoViews: 10 }, '2025-08-19': { videoViews: 11 } });
    expect(part.notes).toEqual([
      { kind: 'date', file: 'Overview.csv', line: 5, column: 'Date', text: 'Someday' },
      { kind: 'cell', file: 'Overview.csv', line: 6, column: 'Video Views', text: '1.2K' },
    ]);
  });

  it('a content row whose title broke the quoting is read by its link, and said so; a row with no link is named', () => {
    const model = makeModel({ exportDay: '2025-08-20', days: 5 });
    const link = (id: string) => `https://www.tiktok.com/@${model.account}/video/${id}`;
    const text = [
      'Time,Video title,Video link,Post time,Total likes,Total comments,Total shares,Total views',
      `August 20,"He said "hi, there" ok",${link('7300000000000000009')},August 1,5,1,0,90`,
      'August 20,"Broken, "title",no link here,August 1,5,1,0,90',
    ].join('\r\n');
    const part = readStudioFile({ name: 'Content.csv', data: text }, '2025-08-20');
    expect(part.videos).toEqual([{ videoId: '7300000000000000009', caption: 'He said "hi, there" ok', postedAt: '2025-08-01', likes: 5, comments: 1, shares: 0, views: 90 }]);
    expect(part.notes).toEqual([
      { kind: 'repaired', file: 'Content.csv', line: 2, column: 'Video title' },
      { kind: 'row', file: 'Content.csv', line: 3, column: 'Video link', text: 'title' },
    ]);
  });

  it('notes on one file stop at a bound, then are counted', () => {
    const rows = Array.from({ length: 100 }, (_, i) => `Someday ${i},1`).join('\n');
    const notes = notesOf('Overview.csv', `Date,Video Views\nAugust 1,1\n${rows}\n`, '2025-08-20');
    expect(notes).toHaveLength(41);
    expect(notes.at(-1)).toEqual({ kind: 'more', file: 'Overview.csv', count: 60 });
  });
});

describe('bounds on what a file can make the reader hold (security round two, findings 5–6)', () => {
  const model = makeModel({ exportDay: '2025-08-20', days: 5 });

  it('captions are cut to 4,096 characters, and said so', () => {
    model.videos[0].caption = `${'x'.repeat(4095)}🎉 and a million more characters`;
    const part = readStudioFile({ name: zipName('Content', model), data: zip({ 'Content.csv': contentCsv(model) }) }, '2025-08-20');
    expect(part.videos?.[0].caption).toBe('x'.repeat(4095));
    expect(part.videos?.[1].caption).toBe(model.videos[1].caption);
    expect(part.notes).toEqual([{ kind: 'caption', file: `${zipName('Content', model)} › Content.csv`, column: 'Video title', count: 1 }]);
  });

  it('video ids are digits: a link with letters or an endless number is left out', () => {
    const text = csv({
      header: ['Video title', 'Video link', 'Total views'],
      rows: [['a', 'https://www.tiktok.com/@a/video/123abc', 1], ['b', `https://www.tiktok.com/@a/video/${'9'.repeat(40)}`, 2], ['c', 'https://www.tiktok.com/@a/video/7300000000000000003?lang=en', 3]],
    });
    const part = readStudioFile({ name: 'Content.csv', data: text }, '2025-08-20');
    expect(part.videos?.map((v) => v.videoId)).toEqual(['7300000000000000003']);
    expect(part.notes?.map((n) => [n.kind, n.line])).toEqual([['videoLink', 2], ['videoLink', 3]]);
  });

  it('a zip of 300,000 video rows is refused with a clear reason', { timeout: 60_000 }, () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => `t,${7_300_000_000_000_000_000n + BigInt(i)},1`).join('\n');
    const data = zip({ 'Content.csv': `Video title,Video link,Total views\n${rows}\n` });
    expect(data.length).toBeLessThan(3_000_000);
    expect(() => readStudioFile({ name: 'Content_2025-08-01_1755700000_me.zip', data }, '2025-08-20')).toThrow(/300000 rows of videos: more than any TikTok Studio export holds \(at most 20000\)/);
  });

  it('a zip of 1,000,000 follower-activity rows is refused with a clear reason', { timeout: 60_000 }, () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `August ${1 + (Math.floor(i / 24) % 28)},${i % 24},5`).join('\n');
    const data = zip({ 'FollowerActivity.csv': `Date,Hour,Active followers\n${rows}\n` });
    expect(() => readStudioFile({ name: 'Followers_2025-08-01_1755700000_me.zip', data }, '2025-08-20')).toThrow(/1000000 rows of follower activity: more than any TikTok Studio export holds/);
  });

  it('a file of millions of tiny rows is parsed only past the caps, then refused', { timeout: 60_000 }, () => {
    const text = `Date,Hour,Active followers\n${'August 1,1,1\n'.repeat(3_000_000)}`;
    expect(() => readStudioFile({ name: 'FollowerActivity.csv', data: text }, '2025-08-20')).toThrow(/^FollowerActivity\.csv: over 1000000 rows of follower activity/);
  });
});
