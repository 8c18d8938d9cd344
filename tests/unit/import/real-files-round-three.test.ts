// What a third set of real Studio exports showed (issue 33): XLSX captions written as inline or
// space-preserved strings, post times without a year older than a year, a re-saved file with
// numeric day-month-year dates, a zip renamed with an earlier timestamp, and Studio's name after
// a prefix. Each case below failed on the reader before this round.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { numericDateOrder, placeByVideoId, videoIdDay } from '@/utils/import/export-dates';
import { readStudioFile, readStudioExport } from '@/utils/import/read-studio-files';
import { readWorkbook } from '@/utils/import/read-xlsx';
import { csv, exportZips, makeModel, zip } from '../../fixtures/studio-export/build';

/** A video id as TikTok makes one: its creation time in Unix seconds in the top 32 bits. */
const idAt = (iso: string, low = 12345) => String((BigInt(Date.parse(iso) / 1000) << 32n) + BigInt(low));

/** A one-sheet workbook whose sheet XML is written by hand, as other spreadsheet writers do. */
function book(sheetData: string): Uint8Array {
  return zip({
    'xl/workbook.xml': '<workbook><sheets><sheet name="Content" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${sheetData}</sheetData></worksheet>`,
  });
}

describe('XLSX strings as other writers store them', () => {
  it('`<v xml:space="preserve">` on string and shared-string cells, and inline strings held in <v>', () => {
    const sheet =
      '<row r="1"><c r="A1" t="str"><v xml:space="preserve">  二つの空白 </v></c><c r="B1" t="inlineStr"><v xml:space="preserve">インライン</v></c>'
      + '<c r="C1" t="inlineStr"><is><t xml:space="preserve">ラン </t></is></c></row>';
    const entries = unzipSync(book(sheet));
    expect(readWorkbook(entries)[0].rows).toEqual([{ line: 1, cells: ['  二つの空白 ', 'インライン', 'ラン '] }]);
  });

  it('a Japanese Content.xlsx written that way keeps every caption', () => {
    const ids = [idAt('2025-08-01T03:00:00Z', 1), idAt('2025-08-10T03:00:00Z', 2)];
    const cell = (ref: string, text: string) => `<c r="${ref}" t="str"><v xml:space="preserve">${text}</v></c>`;
    const header = ['Time', 'Video title', 'Video link', 'Post time', 'Total likes', 'Total comments', 'Total shares', 'Total views'];
    const rows = [
      header,
      ['8月20日', '朝ごはんのパン 🍞', `https://www.tiktok.com/@pan_no_hi/video/${ids[0]}`, '8月1日', '5', '1', '0', '90'],
      ['8月20日', '夜のベーグル', `https://www.tiktok.com/@pan_no_hi/video/${ids[1]}`, '8月10日', '7', '2', '1', '120'],
    ];
    const sheet = rows.map((r, y) => `<row r="${y + 1}">${r.map((text, x) => cell(`${'ABCDEFGH'[x]}${y + 1}`, text)).join('')}</row>`).join('');
    const part = readStudioFile({ name: 'Content.xlsx', data: book(sheet) }, '2025-08-20');
    expect(part.videos?.map((v) => v.caption)).toEqual(['朝ごはんのパン 🍞', '夜のベーグル']);
    expect(part.videos?.map((v) => v.postedAt)).toEqual(['2025-08-01', '2025-08-10']);
  });
});

describe('post times without a year, placed by the video id', () => {
  it('an id carries its creation time (top 32 bits, Unix seconds)', () => {
    expect(videoIdDay(idAt('2023-03-05T12:00:00Z'))).toBe('2023-03-05');
    expect(videoIdDay('7301')).toBeUndefined();
  });

  it('posts older than a year land in their own year, not the latest past one', () => {
    const videos = [
      ['Two summers ago', idAt('2023-08-25T18:00:00Z', 1), 'August 25'],
      ['Last winter', idAt('2024-12-30T23:30:00Z', 2), 'December 31'], // posted after midnight where the creator lives
      ['Scheduled', idAt('2024-03-01T09:00:00Z', 3), 'March 8'], // uploaded, then posted a week later
      ['This week', idAt('2025-08-18T09:00:00Z', 4), 'August 18'],
    ];
    const text = csv({
      header: ['Time', 'Video title', 'Video link', 'Post time', 'Total views'],
      rows: videos.map(([caption, id, posted]) => ['August 20', caption, `https://www.tiktok.com/@maya.bakes/video/${id}`, posted, 10]),
    });
    const part = readStudioFile({ name: 'Content.csv', data: text }, '2025-08-20');
    expect(part.videos?.map((v) => v.postedAt)).toEqual(['2023-08-25', '2024-12-31', '2024-03-08', '2025-08-18']);
  });

  it('a post time the id does not fit (or an id with no time) keeps the latest past day', () => {
    expect(placeByVideoId({ month: 8, day: 1 }, idAt('2023-11-14T00:00:00Z'), '2025-08-20')).toBeUndefined();
    const text = csv({ header: ['Video title', 'Video link', 'Post time'], rows: [['a', `https://www.tiktok.com/@a/video/${idAt('2023-11-14T00:00:00Z')}`, 'August 1']] });
    expect(readStudioFile({ name: 'Content.csv', data: text }, '2025-08-20').videos?.[0].postedAt).toBe('2025-08-01');
  });
});

describe('numeric dates settled from the whole file', () => {
  const overview = (dates: string[]) =>
    csv({ header: ['Data', 'Visualizações de vídeo', 'Curtidas'], rows: dates.map((d, i) => [d, 100 + i, 10 + i]) });

  it('a re-saved pt-BR Overview, 09-09-24 … 13-09-24, is day-month-year', () => {
    const dates = ['09-09-24', '10-09-24', '11-09-24', '12-09-24', '13-09-24'];
    const out = readStudioExport([{ name: 'Overview.csv', data: overview(dates) }], '2025-08-20');
    expect(Object.keys(out.days)).toEqual(['2024-09-09', '2024-09-10', '2024-09-11', '2024-09-12', '2024-09-13']);
    expect(out.days['2024-09-13']).toEqual({ videoViews: 104, likes: 14 });
  });

  it('month-day-year when a day above 12 stands second; the daily step settles files where both orders read', () => {
    expect(numericDateOrder(['09/12/2024', '09/13/2024'])).toBe('month-day-year');
    expect(numericDateOrder(['01.09.24', '02.09.24', '03.09.24'])).toBe('day-month-year');
    expect(numericDateOrder(['09/01/24', '09/02/24', '09/03/24'])).toBe('month-day-year');
    expect(numericDateOrder(['03.09.24', '02.09.24', '01.09.24'])).toBe('day-month-year');
    expect(numericDateOrder(['August 18'])).toBeUndefined();
  });

  it('a file the whole of which does not settle the order is refused, naming the ambiguity', () => {
    expect(numericDateOrder(['05-06-24'])).toBe('ambiguous');
    expect(() => readStudioFile({ name: 'Overview.csv', data: overview(['01-02-24', '03-02-24']) }, '2025-08-20')).toThrow(
      /^Overview\.csv: its dates \("01-02-24" … "03-02-24"\) can be day-month-year or month-day-year, and no row tells which$/,
    );
  });
});

describe('what a file\'s name says, checked and found', () => {
  const model = makeModel({ exportDay: '2026-02-27', days: 365 });
  model.exportedAt = Date.parse('2026-02-28T09:00:00Z');

  it('a name whose timestamp is earlier than the file\'s own dates is said in the preview; the rows keep their dates', () => {
    const [overview] = exportZips(model);
    const renamed = { name: overview.name.replace(/_\d{10}_/, '_1748700000_'), data: overview.data }; // 2025-05-31
    const part = readStudioFile(renamed, '2026-03-01');
    expect(Object.keys(part.days)).toEqual(Object.keys(readStudioFile(overview, '2026-03-01').days));
    expect(part.notes).toEqual([{ kind: 'exportTime', file: `${renamed.name} › Overview.csv`, text: '2026-02-27' }]);
    expect(readStudioFile(overview, '2026-03-01').notes).toBeUndefined();
  });

  it('dates with a year after the name\'s timestamp are said too', () => {
    const text = csv({ header: ['Date', 'Video views'], rows: [['2024/09/29', 5], ['2024/09/30', 6]] });
    const part = readStudioFile({ name: 'Overview_2024-09-01_1725500000_shop.zip', data: zip({ 'Overview.csv': text }) }, '2025-01-10');
    expect(Object.keys(part.days)).toEqual(['2024-09-29', '2024-09-30']);
    expect(part.notes).toEqual([{ kind: 'exportTime', file: 'Overview_2024-09-01_1725500000_shop.zip › Overview.csv', text: '2024-09-30' }]);
  });

  it('Studio\'s pattern after a prefix, on a CSV: `TIKTOK Overview_<date>_<id>_<handle>.csv` gives the account, export time and first day', () => {
    const text = csv({ header: ['Date', 'Video Views'], rows: [['December 30', 1], ['December 31', 2], ['January 1', 3]] });
    const part = readStudioFile({ name: 'TIKTOK Overview_2024-12-30_1735800000_lucia.cocina.csv', data: text }, '2026-06-01');
    expect(part).toMatchObject({ account: 'lucia.cocina', exportedAt: 1735800000000 });
    expect(Object.keys(part.days)).toEqual(['2024-12-30', '2024-12-31', '2025-01-01']);
  });
});
