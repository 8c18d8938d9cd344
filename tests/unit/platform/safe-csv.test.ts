// Exported CSV never runs a formula (issue 13, finding 6): a formula sign after leading blanks,
// or in its full-width form, is neutralised like a plain one.
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/utils/platform/safe-csv';

const SIGNS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '−'];
const BLANKS = ['', ' ', '   ', '\u00A0', '\u3000', '\u2003', '\u200B', '\uFEFF', ' \u00A0 '];
const PAYLOADS = ['HYPERLINK("https://evil.example","x")', 'cmd|\' /C calc\'!A0', '1+1', 'SUM(A1:A9)'];

/** The text a spreadsheet sees in a cell, after CSV unquoting. */
const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);

describe('csvCell', () => {
  it('puts a quote before every formula, whatever blanks or sign form come first', () => {
    let checked = 0;
    for (const blank of BLANKS)
      for (const sign of SIGNS)
        for (const payload of PAYLOADS) {
          const cell = unquote(csvCell(`${blank}${sign}${payload}`));
          expect(cell, JSON.stringify(blank + sign)).toBe(`'${blank}${sign}${payload}`);
          checked++;
        }
    expect(checked).toBe(BLANKS.length * SIGNS.length * PAYLOADS.length);
  });

  it('skips the invisible characters spreadsheets ignore before a formula sign (issue 22, finding 10)', () => {
    const invisible = ['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u061C', '\u00AD', '\u034F', '\u180E', '\u3164', '\u2800'];
    for (const ch of invisible) expect(unquote(csvCell(`${ch}=HYPERLINK("x")`)), ch.codePointAt(0)!.toString(16)).toBe(`'${ch}=HYPERLINK("x")`);
    expect(unquote(csvCell('\u200E\u2066 \u00AD=1'))).toBe("'\u200E\u2066 \u00AD=1");
  });

  it('neutralises a cell starting with tab or CR', () => {
    expect(unquote(csvCell('\t=1'))).toBe("'\t=1");
    expect(unquote(csvCell('\r=1'))).toBe("'\r=1");
  });

  it('neutralises a leading tab or CR on its own, with no formula sign after it (issue 37)', () => {
    // Some spreadsheets start a formula at the tab or CR itself: the blanks rule above cannot see it.
    expect(unquote(csvCell('\tSUM(A1:A9)'))).toBe("'\tSUM(A1:A9)");
    expect(unquote(csvCell('\rcmd'))).toBe("'\rcmd");
  });

  it('leaves a tab or CR inside the text alone: only a leading one starts a formula', () => {
    expect(csvCell('a\tb')).toBe('a\tb');
    expect(unquote(csvCell('a\rb'))).toBe('a\rb');
  });

  it('writes nothing for a missing value', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(false)).toBe('false');
  });

  it('quotes a cell with blanks around it, so a spreadsheet keeps them', () => {
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('trailing ')).toBe('"trailing "');
    expect(csvCell('plain')).toBe('plain');
  });

  it('leaves ordinary text and numbers as they are', () => {
    for (const text of ['Sourdough starter', 'a = b', 'x-1', 'email me @ home', '¡Hola!', '日本語のキャプション'])
      expect(unquote(csvCell(text))).toBe(text);
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(1.5)).toBe('1.5');
  });

  it('quotes separators and quotes so every row keeps its columns', () => {
    const csv = toCsv(['a', 'b'], [['x,"y"', 'line\nbreak']]);
    expect(csv).toBe('a,b\r\n"x,""y""","line\nbreak"\r\n');
  });
});
