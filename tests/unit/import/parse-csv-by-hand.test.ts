// RFC 4180 as Studio writes it, case by case with the rows written by hand: line endings of every
// kind, a last empty cell, quotes with spaces around them, rows spanning lines, blank lines, and the
// row cap.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/utils/import/parse-csv';
import { ExportReadError } from '@/utils/import/read-bounds';

describe('parseCsv', () => {
  it('nothing, or a byte-order mark alone, is no row', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\ufeff')).toEqual([]);
  });

  it('a first character that is not a byte-order mark is kept', () => {
    expect(parseCsv('ab,c')).toEqual([{ line: 1, cells: ['ab', 'c'] }]);
  });

  it('LF, CRLF and CR end rows; a final line ending adds no row', () => {
    expect(parseCsv('a\nb\r\nc\rd\n')).toEqual([
      { line: 1, cells: ['a'] }, { line: 2, cells: ['b'] }, { line: 3, cells: ['c'] }, { line: 4, cells: ['d'] },
    ]);
  });

  it('a comma at the very end is one more, empty, cell', () => {
    expect(parseCsv('a,')).toEqual([{ line: 1, cells: ['a', ''] }]);
    expect(parseCsv('a,\nb')).toEqual([{ line: 1, cells: ['a', ''] }, { line: 2, cells: ['b'] }]);
  });

  it('spaces and tabs around a quoted cell are not part of it', () => {
    expect(parseCsv(' \t"a b" \t,"c"')).toEqual([{ line: 1, cells: ['a b', 'c'] }]);
  });

  it('a quoted cell spanning lines starts its row on its first line; the next row counts every line', () => {
    expect(parseCsv('"a\n\nb",c\nd')).toEqual([{ line: 1, cells: ['a\n\nb', 'c'] }, { line: 4, cells: ['d'] }]);
  });

  it('blank lines, even of spaces, are skipped; a row of empty cells is kept', () => {
    expect(parseCsv('a\n   \n,\nb')).toEqual([{ line: 1, cells: ['a'] }, { line: 3, cells: ['', ''] }, { line: 4, cells: ['b'] }]);
  });

  it('a quote never closed is read as written', () => {
    expect(parseCsv('"abc,d')).toEqual([{ line: 1, cells: ['"abc', 'd'] }]);
  });

  it('stops at maxRows', () => {
    expect(parseCsv('a\nb\nc', 2)).toEqual([{ line: 1, cells: ['a'] }, { line: 2, cells: ['b'] }]);
    expect(parseCsv('a\nb\nc', 3)).toHaveLength(3);
  });

  it('a second parse starts at the beginning (the sticky pattern is reset)', () => {
    parseCsv('x,y,z', 0);
    expect(parseCsv('a,b')).toEqual([{ line: 1, cells: ['a', 'b'] }]);
  });
});

describe('ExportReadError', () => {
  it('names the file, and the line when there is one, and says what it is', () => {
    const error = new ExportReadError('Overview.csv', 'cannot read the date', 7);
    expect([error.name, error.message, error.file, error.line]).toEqual(['ExportReadError', 'Overview.csv, line 7: cannot read the date', 'Overview.csv', 7]);
    expect(new ExportReadError('a.zip', 'not a zip').message).toBe('a.zip: not a zip');
  });
});
