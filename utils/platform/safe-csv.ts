// CSV that spreadsheets open as data: quoted where needed, and never as a formula.

// Spreadsheets skip leading blanks (any Unicode space, zero-width characters, a BOM) before they
// look for a formula sign, and read the full-width and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣) as the
// ASCII ones. Tab and CR start a formula on their own in some of them. Invisible format and filler
// characters are skipped too (LRM/RLM, bidi embeddings and isolates, Arabic letter mark, soft
// hyphen, combining grapheme joiner, Mongolian vowel separator, Hangul filler, Braille blank).
const FORMULA_START = /^[\s\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\u00AD\u034F\u180E\u3164\u2800\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\u2212]|^[\t\r]/u;

/** A cell a spreadsheet will not execute: a formula start (after any blanks) gets a ' in front. */
export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Array<Array<string | number | boolean | undefined | null>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
