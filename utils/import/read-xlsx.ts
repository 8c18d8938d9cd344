// The few parts of an XLSX workbook Studio's "Download data" writes (one sheet named like the
// CSV, every cell text), read over the zip entries fflate already unpacked: no spreadsheet
// library, no DOM (workers have no DOMParser). Cells come out as text in the CSV reader's rows.
// Every element is found by one forward scan, and rows, cells and strings are counted: a crafted
// sheet (a `<row>` repeated millions of times, an `<si>` never closed) is refused at once with a
// reason, never read in time that grows with the square of its size (issue 36, finding 6).
import type { CsvRow } from './parse-csv';

/** Bounds far above any Studio export (a few thousand rows of a dozen cells), checked as the XML is read. */
export const XLSX_LIMITS = {
  /** `<row>` elements in one sheet, empty ones included. */
  rows: 1_000_000,
  cells: 4_000_000,
  sharedStrings: 1_000_000,
} as const;

/** A workbook this reader refuses; the message says why in words. */
export class WorkbookError extends Error {}

export interface Sheet {
  name: string;
  rows: CsvRow[];
}

/** Entries of a zip that make a workbook (the rest of an .xlsx is styles and metadata). */
export const XLSX_PARTS = /^(?:\[Content_Types\]\.xml|xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml))$/;

export const isWorkbook = (entries: Record<string, Uint8Array>) => 'xl/workbook.xml' in entries;

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text: entities, character references, and OOXML's _xHHHH_ escapes for control characters. */
function xmlText(raw: string): string {
  return raw
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (all, hex, dec, name) => {
      if (name) return ENTITY[name] ?? all;
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** What may follow an element's name in its start tag (so `<c` is not `<col`). */
const NAME_END = /[\s/>]/;

/**
 * Every `<name …>inner</name>` or `<name …/>` of `xml` in order, in one forward scan: each search
 * starts where the last one ended, and an element that is never closed ends the scan with an
 * error instead of a search to the end of the text for every later start tag.
 */
function* elements(xml: string, name: string): Generator<{ attributes: string; inner: string; start: number; end: number }> {
  const open = `<${name}`;
  const close = `</${name}>`;
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at)) {
    const afterName = at + open.length;
    if (!NAME_END.test(xml.charAt(afterName))) {
      at = afterName;
      continue;
    }
    const tagEnd = xml.indexOf('>', afterName);
    if (tagEnd === -1) throw new WorkbookError(`a <${name}> tag is never finished, so the file is damaged`);
    const attributes = xml.slice(afterName, tagEnd);
    if (attributes.endsWith('/')) {
      yield { attributes: attributes.slice(0, -1), inner: '', start: at, end: tagEnd + 1 };
      at = tagEnd + 1;
      continue;
    }
    const end = xml.indexOf(close, tagEnd + 1);
    if (end === -1) throw new WorkbookError(`a <${name}> is never closed, so the file is damaged`);
    yield { attributes, inner: xml.slice(tagEnd + 1, end), start: at, end: end + close.length };
    at = end + close.length;
  }
}

/** The text of every <t> in a string item, leaving out phonetic guides (<rPh>). */
function itemText(xml: string): string {
  let text = '';
  let from = 0;
  for (const guide of elements(xml, 'rPh')) {
    text += xml.slice(from, guide.start);
    from = guide.end;
  }
  text += xml.slice(from);
  let out = '';
  for (const { inner } of elements(text, 't')) out += xmlText(inner);
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  for (const { inner } of elements(xml, 'si')) {
    if (strings.length >= XLSX_LIMITS.sharedStrings) throw new WorkbookError(`more than ${XLSX_LIMITS.sharedStrings.toLocaleString('en')} shared strings: no TikTok Studio export has so many`);
    strings.push(itemText(inner));
  }
  return strings;
}

/** "AB12" → 27 (0-based column). */
function columnOf(ref: string | undefined): number | undefined {
  const letters = /^([A-Z]{1,3})\d+$/.exec(ref ?? '')?.[1];
  if (!letters) return undefined;
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

function sheetRows(xml: string, strings: string[], maxRows: number): CsvRow[] {
  const rows: CsvRow[] = [];
  let next = 1;
  let rowCount = 0;
  let cellCount = 0;
  for (const { attributes: rowTag, inner: body } of elements(xml, 'row')) {
    if (++rowCount > XLSX_LIMITS.rows) throw new WorkbookError(`more than ${XLSX_LIMITS.rows.toLocaleString('en')} rows in one sheet: no TikTok Studio export has so many`);
    const line = Number(attr(rowTag, 'r')) || next;
    next = line + 1;
    const cells: string[] = [];
    for (const { attributes: cellTag, inner } of elements(body, 'c')) {
      if (++cellCount > XLSX_LIMITS.cells) throw new WorkbookError(`more than ${XLSX_LIMITS.cells.toLocaleString('en')} cells in one sheet: no TikTok Studio export has so many`);
      const at = columnOf(attr(cellTag, 'r')) ?? cells.length;
      const type = attr(cellTag, 't');
      // <v xml:space="preserve">: writers mark the value's spaces as kept, on any cell type.
      const value = elements(inner, 'v').next().value?.inner;
      const inline = elements(inner, 'is').next().value?.inner;
      let text = '';
      if (type === 's') text = strings[Number(value)] ?? '';
      // An inline string is its <is> runs; some writers put it in <v> instead.
      else if (type === 'inlineStr' && inline !== undefined) text = itemText(inline);
      else if (value !== undefined) text = xmlText(value);
      if (at > 16_384) continue;
      while (cells.length < at) cells.push('');
      cells[at] = text;
    }
    if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
    if (rows.length >= maxRows) break;
  }
  return rows;
}

/** Every sheet of an unpacked workbook, in the workbook's order, as rows of text cells (at most `maxRows` a sheet). */
export function readWorkbook(entries: Record<string, Uint8Array>, maxRows = Infinity): Sheet[] {
  const decoder = new TextDecoder('utf-8');
  const text = (path: string) => (entries[path] ? decoder.decode(entries[path]) : undefined);
  const workbook = text('xl/workbook.xml') ?? '';
  const targets = new Map<string, string>();
  for (const [tag] of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const strings = sharedStrings(text('xl/sharedStrings.xml'));
  const sheets: Sheet[] = [];
  for (const [tag] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const path = targets.get(attr(tag, 'r:id') ?? '');
    const xml = path ? text(path) : undefined;
    if (xml) sheets.push({ name: xmlText(attr(tag, 'name') ?? ''), rows: sheetRows(xml, strings, maxRows) });
  }
  return sheets;
}
