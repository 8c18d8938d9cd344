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

describe('csvCell: every invisible or look-alike leader (issue 36, finding 7)', () => {
  const PROBED = ['\u0085', '\u115F', '\u1160', '\uFFA0', '\u17B4', '\u17B5', '\uFE0F', '\u206A', '\u206B', '\u206C', '\u206D', '\u206E', '\u206F', '\u180B', '\u180C', '\u180D', '\u180F', '\u{E0001}', '\u{E0020}', '\u{E007F}'];
  const LOOKALIKE_SIGNS = ['﹫', '⁺', '⁻', '₊', '₋', '⁼', '₌', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '➕', '➖'];

  /** Every code point a spreadsheet cannot see: derived from Unicode's properties, not listed by hand. */
  function unseen(): string[] {
    const re = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Zs}\p{Mn}\p{Default_Ignorable_Code_Point}]$/u;
    const out: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (re.test(ch)) out.push(ch);
    }
    return out;
  }

  it('the probed leaders before = + - @', () => {
    for (const lead of PROBED)
      for (const sign of ['=', '+', '-', '@']) expect(unquote(csvCell(`${lead}${sign}HYPERLINK("x")`)), lead.codePointAt(0)!.toString(16)).toBe(`'${lead}${sign}HYPERLINK("x")`);
  });

  it('every format, space, control, combining or default-ignorable character, alone or in a run', () => {
    const all = unseen();
    expect(all.length).toBeGreaterThan(4000);
    for (const lead of all) expect(csvCell(`${lead}=1`).replace(/^"/, '').startsWith("'"), `U+${lead.codePointAt(0)!.toString(16)}`).toBe(true);
    expect(unquote(csvCell(`${all.slice(0, 40).join('')}@SUM(A1)`)).startsWith("'")).toBe(true);
  });

  it('full-width, small, superscript and subscript formula signs', () => {
    for (const sign of LOOKALIKE_SIGNS) expect(unquote(csvCell(`${sign}1+1`)), sign).toBe(`'${sign}1+1`);
    for (const sign of LOOKALIKE_SIGNS) expect(unquote(csvCell(`\u200B\u115F${sign}cmd`)), sign).toBe(`'\u200B\u115F${sign}cmd`);
  });

  it('still leaves ordinary text alone, marks inside words included', () => {
    for (const text of ['café', 'naïve = fine', '한국어 캡션', 'x⁺', 'e-mail', '½ price', '１２３']) expect(unquote(csvCell(text))).toBe(text);
  });
});
