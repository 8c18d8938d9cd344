// The few parts of an XLSX workbook Studio's "Download data" writes (one sheet named like the
// CSV, every cell text), read over the zip entries fflate already unpacked: no spreadsheet
// library, no DOM (workers have no DOMParser). Cells come out as text in the CSV reader's rows.
import type { CsvRow } from './parse-csv';

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

/** The text of every <t> in a string item, leaving out phonetic guides (<rPh>). */
function itemText(xml: string): string {
  let out = '';
  for (const [, inner] of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += xmlText(inner);
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => itemText(m[1] ?? ''));
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
  for (const [, rowTag, body] of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(attr(rowTag, 'r')) || next;
    next = line + 1;
    const cells: string[] = [];
    for (const [, cellTag, inner = ''] of (body ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const at = columnOf(attr(cellTag, 'r')) ?? cells.length;
      const type = attr(cellTag, 't');
      // <v xml:space="preserve">: writers mark the value's spaces as kept, on any cell type.
      const value = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const inline = /<is(?:\s[^>]*)?>([\s\S]*?)<\/is>/.exec(inner)?.[1];
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
