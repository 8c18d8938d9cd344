// CSV that spreadsheets open as data: quoted where needed, and never as a formula.

// Spreadsheets skip what they cannot see before they look for a formula sign. The set is taken
// from Unicode's properties, not a hand list, so every such character is covered (issue 36,
// finding 7): white space and controls (NEL U+0085 among them), format characters (bidi marks,
// zero-width ones, tag characters U+E0000–E007F), combining marks a cell could start with, and the
// default-ignorable ones (Hangul fillers U+115F, U+1160, U+3164, U+FFA0, Khmer U+17B4/5,
// variation selectors, Mongolian U+180B–180F, U+206A–206F); plus the Braille blank, which looks empty.
const UNSEEN_LEAD = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Zs}\p{M}\p{Default_Ignorable_Code_Point}\u2800]+/u;
// A formula sign in any compatibility form (full-width ＝＋－＠, small ﹦﹢﹣﹫, superscript and
// subscript ⁼⁺⁻₌₊₋: NFKC makes each the ASCII sign), and the minus signs NFKC keeps apart.
const FORMULA_SIGN = /^[=+\-@\u2212\u2795\u2796]/u;

/** True when a spreadsheet may read the text as a formula. Tab and CR start one on their own in some. */
function startsLikeFormula(text: string): boolean {
  if (/^[\t\r]/.test(text)) return true;
  const first = text.replace(UNSEEN_LEAD, '').codePointAt(0);
  return first !== undefined && FORMULA_SIGN.test(String.fromCodePoint(first).normalize('NFKC'));
}

/** A cell a spreadsheet will not execute: a formula start (after any blanks) gets a ' in front. */
export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && startsLikeFormula(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Array<Array<string | number | boolean | undefined | null>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
