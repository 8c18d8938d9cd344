// Hostile files the importer must refuse quickly, with a reason in words (issue 36, finding 6):
// before the fix the two sheets ran for minutes (a regex searched to the end of the text once per
// start tag) and the zip of 40 × 60 MiB unpacked 2.4 GB into the worker.
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExportReadError, READ_LIMITS } from '@/utils/import/read-bounds';
import { readStudioFile } from '@/utils/import/read-studio-files';
import { workbookWithPart } from '../../fixtures/studio-export/build';

const TODAY = '2025-06-10';
const QUICKLY_MS = 5_000;

/** Reads a file, returning the refusal and how long it took. */
function refusal(name: string, data: Uint8Array): { message: string; ms: number } {
  const started = performance.now();
  try {
    readStudioFile({ name, data }, TODAY);
  } catch (error) {
    expect(error).toBeInstanceOf(ExportReadError);
    return { message: (error as Error).message, ms: performance.now() - started };
  }
  throw new Error(`${name} was read`);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of `count` entries that each unpack to `body` (one deflated stream, stored `count` times). */
function zipOfCopies(count: number, nameOf: (i: number) => string, body: Uint8Array): Uint8Array {
  const packed = deflateSync(body, { level: 1 });
  const crc = crc32(body);
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const name = strToU8(nameOf(i));
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, packed.length, true);
    local.setUint32(22, body.length, true);
    local.setUint16(26, name.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(10, 8, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, packed.length, true);
    entry.setUint32(24, body.length, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, packed);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + packed.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, count, true);
  end.setUint16(10, count, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

describe('hostile files are refused quickly, saying why', () => {
  it('a sheet whose <row> repeats 2,000,000 times (a 15 KB file)', () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>${'<row>'.repeat(2_000_000)}</sheetData></worksheet>`;
    const file = workbookWithPart('xl/worksheets/sheet1.xml', sheet);
    expect(file.length).toBeLessThan(40_000);
    const { message, ms } = refusal('Overview.xlsx', file);
    expect(message).toMatch(/^Overview\.xlsx: a <row> is never closed, so the file is damaged; it was not read$/);
    expect(ms).toBeLessThan(QUICKLY_MS);
  }, 60_000);

  it('a sheet of 2,000,000 empty rows', () => {
    const sheet = `<worksheet><sheetData>${'<row></row>'.repeat(2_000_000)}</sheetData></worksheet>`;
    const { message, ms } = refusal('Overview.xlsx', workbookWithPart('xl/worksheets/sheet1.xml', sheet));
    expect(message).toContain('more than 1,000,000 rows in one sheet');
    expect(ms).toBeLessThan(QUICKLY_MS);
  }, 60_000);

  it('shared strings with an <si> never closed', () => {
    const strings = `<sst>${'<si>'.repeat(1_000_000)}<t>x</t>`;
    const { message, ms } = refusal('Overview.xlsx', workbookWithPart('xl/sharedStrings.xml', strings));
    expect(message).toBe('Overview.xlsx: a <si> is never closed, so the file is damaged; it was not read');
    expect(ms).toBeLessThan(QUICKLY_MS);
  }, 60_000);

  it('a zip of 40 CSVs of 60 MiB each: refused before anything is unpacked', () => {
    const body = strToU8(`Date,Video Views\n${'2025-06-01,1\n'.repeat(Math.floor((60 * 1024 * 1024 - 17) / 13))}`);
    expect(body.length).toBeLessThanOrEqual(READ_LIMITS.fileBytes);
    const file = zipOfCopies(40, (i) => `Overview-${i}.csv`, body);
    const { message, ms } = refusal('Overview_2025-06-01_1749513600_maya.zip', file);
    expect(message).toContain('its files unpack to more than 128 MiB together');
    expect(ms).toBeLessThan(QUICKLY_MS);
  }, 60_000);
});
