// Reads what TikTok Studio's "Download data" hands the creator (docs/studio-export-contract.md):
// zips of CSV or XLSX files, yearless dates in the UI language, `undefined` cells, older and
// business formats recognised by their columns. Pure: bytes in, the contract's StudioExport out,
// with notes on whatever a file held that was left out, or an ExportReadError naming the file.
import { unzipSync } from 'fflate';
import { lookupLabel } from '../reader/vocabulary';
import { parseCsv, type CsvRow } from './parse-csv';
import {
  foldText, newestPossibleDay, numericDateOrder, parseMonthDay, parseNumericDate, placeByVideoId, placeYears, resolveDay, type MonthDay, type YearAnchor,
} from './export-dates';
import { DAY_MS, localDate } from '../platform/days';
import { isWorkbook, readWorkbook, WorkbookError, XLSX_PARTS } from './read-xlsx';
import { ExportReadError, READ_LIMITS } from './read-bounds';
import { mergeParts } from './merge-parts';
import {
  DAILY_METRICS, type StudioActivityHour, type Audience, type DailyMetric, type DayValues, type ExportVideo, type ReadNote, type ReadNoteKind,
  type StudioExport, type StudioFilePart,
} from './studio-files';

export * from './studio-files';

export interface ExportInput {
  name: string;
  data: Uint8Array | string;
}

// Column names as Studio writes them (folded); localized metric names also resolve through the reader's vocabulary (utils/reader/vocabulary.ts).
const COLUMNS: Record<string, string> = {
  date: 'date', fecha: 'date', data: 'date', datum: 'date', tanggal: 'date', tarih: 'date', ngay: 'date', '日期': 'date', '日付': 'date', '날짜': 'date',
  'video views': 'videoViews', videovisningar: 'videoViews', 'profile views': 'profileViews', likes: 'likes', comments: 'comments', shares: 'shares',
  followers: 'followers', 'total followers': 'followers', 'total viewers': 'totalViewers', 'new viewers': 'newViewers', 'returning viewers': 'returningViewers',
  hour: 'hour', 'active followers': 'activeFollowers',
  gender: 'gender', 'top territories': 'territory', territories: 'territory', distribution: 'distribution',
  time: 'time', 'video title': 'title', 'video link': 'link', 'post time': 'postTime',
  'total likes': 'video.likes', 'total comments': 'video.comments', 'total shares': 'video.shares', 'total views': 'video.views',
  // Read elsewhere or known to mislead: the difference column does not hold what its name says.
  'difference in followers from previous day': 'ignored',
};

// In a content file, the business account's daily-looking names are the video's totals.
const VIDEO_COUNTER: Record<string, 'views' | 'likes' | 'comments' | 'shares'> = {
  'video.views': 'views', videoViews: 'views', 'video.likes': 'likes', likes: 'likes', 'video.comments': 'comments', comments: 'comments',
  'video.shares': 'shares', shares: 'shares',
};

function columnKey(header: string): string | undefined {
  const folded = foldText(header);
  if (COLUMNS[folded]) return COLUMNS[folded];
  const match = lookupLabel(header)?.find((m) => (DAILY_METRICS as readonly string[]).includes(m.key));
  return match?.key;
}

/** What a cell says when there is no number (yet): absent, never 0, and not worth a note. */
const ABSENT = /^(?:undefined|null|n\/?a|--?|—|–)?$/i;

/** A count the file states; `undefined`, blanks and words are absent, never 0. Signed when `signed`. */
export function parseCount(cell: string | undefined, signed = false): number | undefined {
  const text = (cell ?? '').trim().replace(/^[\u2212\u2012]/, '-');
  if (!(signed ? /^-?\d+(?:\.\d+)?$/ : /^\d+(?:\.\d+)?$/).test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** One table (a CSV, or a sheet of an XLSX) being read into a part, with its notes. */
class Table {
  readonly cols = new Map<string, number>();
  readonly unknown: string[] = [];
  private noted = 0;

  constructor(
    readonly file: string,
    readonly header: CsvRow,
    readonly rows: CsvRow[],
    readonly anchor: YearAnchor,
    readonly part: StudioFilePart,
  ) {
    header.cells.forEach((name, i) => {
      const key = columnKey(name);
      if (key && !this.cols.has(key)) this.cols.set(key, i);
      else if (!key && name.trim()) this.unknown.push(name.trim());
    });
  }

  has(...keys: string[]) {
    return keys.every((k) => this.cols.has(k));
  }

  cell(row: CsvRow, key: string): string | undefined {
    const index = this.cols.get(key);
    return index === undefined ? undefined : row.cells[index];
  }

  note(kind: ReadNoteKind, at: { line?: number; column?: string; text?: string; count?: number } = {}) {
    const notes = (this.part.notes ??= []);
    if (++this.noted > READ_LIMITS.notes && kind !== 'caption' && kind !== 'columns' && kind !== 'noValues') {
      const more = notes.find((n) => n.kind === 'more' && n.file === this.file);
      if (more) more.count = (more.count ?? 0) + 1;
      else notes.push({ kind: 'more', file: this.file, count: 1 });
      return;
    }
    const note: ReadNote = { kind, file: this.file };
    if (at.line !== undefined) note.line = at.line;
    if (at.column !== undefined) note.column = short(at.column);
    if (at.text !== undefined) note.text = short(at.text);
    if (at.count !== undefined) note.count = at.count;
    notes.push(note);
  }

  columnName(key: string) {
    return this.header.cells[this.cols.get(key)!]?.trim() ?? key;
  }

  /** A number cell; a cell that is neither a number nor an absent marker is noted. */
  number(row: CsvRow, key: string, signed: boolean): number | undefined {
    const text = this.cell(row, key) ?? '';
    const value = parseCount(text, signed);
    if (value === undefined && !ABSENT.test(text.trim())) this.note('cell', { line: row.line, column: this.columnName(key), text: text.trim() });
    return value;
  }

  /** Rows' dates with their years placed by row order; rows whose date cannot be read are noted and left out. */
  dated(): Array<{ row: CsvRow; day: string }> {
    const read: Array<{ row: CsvRow; md: MonthDay }> = [];
    // Numeric dates (`09-09-24`) are read in the one order the whole file allows, or not at all.
    const unnamed = this.rows.map((row) => this.cell(row, 'date') ?? '').filter((text) => !monthDay(text));
    const order = numericDateOrder(unnamed);
    if (order === 'ambiguous') {
      const shown = [...new Set([unnamed[0], unnamed[unnamed.length - 1]])].map((text) => JSON.stringify(text.trim().slice(0, 20))).join(' … ');
      throw new ExportReadError(this.file, `its dates (${shown}) can be day-month-year or month-day-year, and no row tells which`);
    }
    for (const row of this.rows) {
      const text = this.cell(row, 'date') ?? '';
      const md = monthDay(text) ?? (order ? parseNumericDate(text, order) : undefined);
      if (md) read.push({ row, md });
      else this.note('date', { line: row.line, column: this.columnName('date'), text: text.trim() });
    }
    const days = placeYears(read.map((r) => r.md), this.anchor);
    const out: Array<{ row: CsvRow; day: string }> = [];
    read.forEach(({ row }, i) => {
      const day = days[i];
      if (day) out.push({ row, day });
      else this.note('date', { line: row.line, column: this.columnName('date'), text: (this.cell(row, 'date') ?? '').trim() });
    });
    if (read.length === 0 && this.rows.length > 0) {
      const first = this.rows[0];
      throw new ExportReadError(this.file, `cannot read the date ${JSON.stringify((this.cell(first, 'date') ?? '').slice(0, 40))}`, first.line);
    }
    // A renamed or re-zipped file: its own dates run past the export time its name gives.
    const newest = out.reduce((max, { day }) => (day > max ? day : max), '');
    if (this.anchor.exportDay && newest > this.anchor.exportDay) this.note('exportTime', { text: newest });
    return out;
  }

  /** Says so when a file Studio wrote holds no value at all (a business followers file of `--`). */
  noValuesUnless(found: boolean, keys: string[]) {
    if (found || !this.rows.length) return;
    const seen = new Set(this.rows.flatMap((row) => keys.map((k) => (this.cell(row, k) ?? '').trim())));
    this.note('noValues', { text: [...seen].slice(0, 3).map((v) => v || '""').join(', ') });
  }
}

// Exports repeat the same few hundred date cells thousands of times (24 activity rows a day).
const mdCache = new Map<string, MonthDay | undefined>();

function monthDay(cell: string): MonthDay | undefined {
  if (!mdCache.has(cell)) {
    if (mdCache.size > 5000) mdCache.clear();
    mdCache.set(cell, parseMonthDay(cell));
  }
  return mdCache.get(cell);
}

function refuseOver(table: Table, limit: number, what: string) {
  const n = table.rows.length;
  if (n > limit) {
    const count = n > READ_LIMITS.parsedRows ? `over ${READ_LIMITS.parsedRows}` : String(n);
    throw new ExportReadError(table.file, `${count} rows of ${what}: more than any TikTok Studio export holds (at most ${limit}), so it was not read`);
  }
}

/** Header, the row cap, and one more row to tell a file that is over it. */
const ROWS_READ = READ_LIMITS.parsedRows + 2;

function readDaily(t: Table) {
  refuseOver(t, READ_LIMITS.dailyRows, 'daily values');
  const metrics = [...t.cols.entries()].filter(([key]) => (DAILY_METRICS as readonly string[]).includes(key)).sort((a, b) => a[1] - b[1]).map(([key]) => key as DailyMetric);
  // The row's main total is the first metric column (Video Views, Followers, Total Viewers).
  const [main] = metrics;
  let found = false;
  for (const { row, day } of t.dated()) {
    // Daily changes can be negative: more comments deleted than written is a value.
    if (t.number(row, main, true) === undefined) continue;
    const values: DayValues = {};
    for (const metric of metrics) {
      const value = t.number(row, metric, true);
      if (value !== undefined) values[metric] = value;
    }
    found = true;
    t.part.days[day] = { ...t.part.days[day], ...values };
  }
  t.noValuesUnless(found, metrics);
}

/** Hours as 0–23; older exports number them 1–24. */
function readHour(cell: string): number | undefined {
  const m = /^(\d{1,2})(?:[:h.]00?)?\s*(am|pm)?$/i.exec(cell.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  if (m[2]) hour = (hour % 12) + (m[2].toLowerCase() === 'pm' ? 12 : 0);
  return hour >= 0 && hour <= 24 ? hour : undefined;
}

function readActivity(t: Table) {
  refuseOver(t, READ_LIMITS.activityRows, 'follower activity');
  const rows = t.dated();
  const hours = rows.map(({ row }) => readHour(t.cell(row, 'hour') ?? ''));
  // 2021–2022 exports count hours 1–24: hour 24 with no hour 0 means every hour is one late.
  const shift = hours.includes(24) && !hours.includes(0) ? 1 : 0;
  const found: StudioActivityHour[] = [];
  rows.forEach(({ row, day }, i) => {
    const hour = hours[i] === undefined ? undefined : hours[i]! - shift;
    if (hour === undefined || hour < 0 || hour > 23) return void t.note('hour', { line: row.line, column: t.columnName('hour'), text: (t.cell(row, 'hour') ?? '').trim() });
    const value = t.number(row, 'activeFollowers', false);
    if (value !== undefined) found.push({ date: day, hour, activeFollowers: value });
  });
  // The newest day ends in 0s for the hours Studio has not counted yet: those hours are absent.
  const newest = found.reduce((max, a) => (a.date > max ? a.date : max), '');
  const lastCounted = Math.max(-1, ...found.filter((a) => a.date === newest && a.activeFollowers > 0).map((a) => a.hour));
  const kept = found.filter((a) => a.date !== newest || a.hour <= lastCounted || a.activeFollowers !== 0);
  (t.part.followerActivity ??= []).push(...kept);
  t.noValuesUnless(found.length > 0, ['activeFollowers']);
}

/** Shares as percents 0–100: Studio writes fractions (0.55); a cell with % is already a percent. */
function readDistribution(t: Table, labelKey: string): Array<[string, number]> {
  refuseOver(t, READ_LIMITS.audienceRows, 'audience');
  const cells = t.rows.map((row) => [row, (t.cell(row, labelKey) ?? '').trim(), (t.cell(row, 'distribution') ?? '').trim()] as const);
  const numbers = cells.map(([row, , v]) => {
    const n = parseCount(v.replace(/\s*%$/, ''));
    if (n === undefined && !ABSENT.test(v)) t.note('cell', { line: row.line, column: t.columnName('distribution'), text: v });
    return n;
  });
  const fractions = cells.every(([, , v], i) => !v.endsWith('%') && (numbers[i] ?? 0) <= 1);
  const out: Array<[string, number]> = [];
  cells.forEach(([, label], i) => {
    const n = numbers[i];
    if (!label || n === undefined) return;
    out.push([label.slice(0, 80), Math.round((fractions ? n * 100 : n) * 1e6) / 1e6]);
  });
  return out;
}

function readGender(t: Table) {
  const gender: NonNullable<Audience['gender']> = {};
  for (const [label, share] of readDistribution(t, 'gender')) {
    const key = lookupLabel(label)?.find((m) => m.key.startsWith('gender.'))?.key.slice(7) as 'male' | 'female' | 'other' | undefined;
    if (key) gender[key] = (gender[key] ?? 0) + share;
  }
  if (Object.keys(gender).length) t.part.audience = { ...t.part.audience, gender };
}

function readTerritories(t: Table) {
  const territories = Object.fromEntries(readDistribution(t, 'territory'));
  if (Object.keys(territories).length) t.part.audience = { ...t.part.audience, territories };
}

/** A TikTok video id from a link or a bare id: digits only, never longer than ids can be. */
const VIDEO_ID = /\/video\/(\d{1,25})(?![\w])|^(\d{6,25})$/;

/** Cuts a caption to the limit without splitting a surrogate pair. */
function capCaption(text: string): string {
  if (text.length <= READ_LIMITS.caption) return text;
  const cut = text.slice(0, READ_LIMITS.caption);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * A row whose title's inner quotes were not doubled spills into other columns (or starts on the
 * next line): the video link, found where it went, says by how much. Cells before the link that
 * are not the title's are blank; a title cut by a line break is left empty.
 */
function realign(row: CsvRow, link: number, titleAt: number | undefined): CsvRow | undefined {
  const at = row.cells.findIndex((c) => VIDEO_ID.test(c.trim()) && /\/video\//.test(c));
  if (at === -1) return undefined;
  const offset = at - link;
  const cells = [...row.cells];
  if (offset > 0) {
    if (titleAt === undefined || titleAt > link) return undefined;
    cells.splice(titleAt, offset + 1, cells.slice(titleAt, titleAt + offset + 1).join(',').replace(/^"|"$/g, ''));
  } else if (offset < 0) {
    cells.splice(0, 0, ...new Array<string>(-offset).fill(''));
    if (titleAt !== undefined && titleAt < link) cells[titleAt] = '';
  }
  return { line: row.line, cells };
}

function readContent(t: Table) {
  refuseOver(t, READ_LIMITS.videoRows, 'videos');
  const videos = (t.part.videos ??= []);
  const link = t.cols.get('link')!;
  const titleAt = t.cols.get('title');
  const counters = [...t.cols.entries()].filter(([key]) => VIDEO_COUNTER[key]);
  let cut = 0;
  for (const raw of t.rows) {
    const linkText = (raw.cells[link] ?? '').trim();
    let m = VIDEO_ID.exec(linkText);
    let row = raw;
    if (!m) {
      const fixed = realign(raw, link, titleAt);
      if (!fixed) {
        t.note(raw.cells.length === t.header.cells.length ? 'videoLink' : 'row', { line: raw.line, column: t.columnName('link'), text: linkText });
        continue;
      }
      row = fixed;
      m = VIDEO_ID.exec((row.cells[link] ?? '').trim())!;
      t.note('repaired', { line: raw.line, ...(titleAt !== undefined ? { column: t.columnName('title') } : {}) });
    }
    const title = titleAt === undefined ? '' : (row.cells[titleAt] ?? '');
    const caption = capCaption(title);
    if (caption !== title) cut++;
    const video: ExportVideo = { videoId: m[1] ?? m[2], caption };
    const postTime = row.cells[t.cols.get('postTime') ?? -1];
    const md = postTime ? monthDay(postTime) : undefined;
    // A day without a year is placed by the video id's own time when it fits, else as the latest such day.
    const postedAt = md && (placeByVideoId(md, video.videoId, newestPossibleDay(t.anchor)) ?? resolveDay(md, newestPossibleDay(t.anchor)));
    if (postedAt) video.postedAt = postedAt;
    else if (postTime && !ABSENT.test(postTime.trim())) t.note('cell', { line: row.line, column: t.columnName('postTime'), text: postTime.trim() });
    for (const [key] of counters) {
      const value = t.number(row, key, false);
      if (value !== undefined) video[VIDEO_COUNTER[key]] = value;
    }
    videos.push(video);
  }
  if (cut) t.note('caption', { ...(titleAt !== undefined ? { column: t.columnName('title') } : {}), count: cut });
}

/** Reads one table into its part; returns false when its columns are none Studio writes. */
function readTable(file: string, rows: CsvRow[], anchor: YearAnchor, part: StudioFilePart): boolean {
  const [header, ...body] = rows;
  if (!header) return false;
  const t = new Table(file, header, body, anchor, part);
  const hasDailyMetric = DAILY_METRICS.some((m) => t.cols.has(m));
  if (t.has('date', 'hour', 'activeFollowers')) readActivity(t);
  else if (t.has('gender', 'distribution')) readGender(t);
  else if (t.has('territory', 'distribution')) readTerritories(t);
  else if (t.has('link')) readContent(t);
  else if (t.has('date') && hasDailyMetric) readDaily(t);
  else return false;
  if (t.unknown.length) t.note('columns', { text: t.unknown.join(', ') });
  return true;
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);

/**
 * `Overview_<date>_<number>_<handle>.zip` (or a CSV or XLSX named so, after any prefix:
 * `TIKTOK Overview_…csv`): the handle, the export moment from `<number>`, the window's first day from `<date>`.
 */
export function parseZipName(name: string): { account?: string; exportedAt?: number; firstDay?: string } {
  const base = name.split(/[\\/]/).pop() ?? name;
  const m = /^(?:.*?[\s_-])??[A-Za-z]+_(.+?)_(\d{9,11})_(.+?)(?:\s*\(\d+\))?\.(?:zip|csv|xlsx)$/i.exec(base);
  if (!m) return {};
  const ms = Number(m[2]) * 1000;
  const account = m[3].replace(/^@/, '').trim();
  // Renamed copies keep Studio's name after a prefix: `temp_Overview_2025-08-28_…`.
  const date = /(?:^|_)(\d{4})-?(\d{2})-?(\d{2})$/.exec(m[1]);
  const firstDay = date ? `${date[1]}-${date[2]}-${date[3]}` : undefined;
  return {
    ...(/^[\w.]{1,64}$/.test(account) ? { account } : {}),
    ...(ms >= Date.UTC(2019, 0, 1) && ms < Date.UTC(2100, 0, 1) ? { exportedAt: ms } : {}),
    ...(firstDay && firstDay >= '2016-01-01' && !Number.isNaN(Date.parse(firstDay)) ? { firstDay } : {}),
  };
}

/** Bytes one file given may still unpack to, shared by the zips nested in it. */
interface UnpackBudget {
  left: number;
}

/**
 * Unpacks a zip's entries that can matter, refusing any that would unpack beyond the limits. The
 * sizes the zip declares are checked before anything is inflated (fflate stops at them).
 */
function unpack(name: string, bytes: Uint8Array, wanted: (entry: string) => boolean, budget: UnpackBudget): Record<string, Uint8Array> {
  let tooBig: string | undefined;
  let tooMuch = false;
  let count = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted(f.name) || /(^|\/)(__MACOSX\/|\.)/.test(f.name) || tooBig || tooMuch) return false;
        if (f.originalSize > READ_LIMITS.fileBytes || ++count > READ_LIMITS.zipEntries) tooBig = f.name;
        else if ((budget.left -= f.originalSize) < 0) tooMuch = true;
        return !tooBig && !tooMuch;
      },
    });
  } catch (error) {
    throw new ExportReadError(name, `not a readable zip (${(error as Error).message})`);
  }
  if (tooBig) throw new ExportReadError(name, `${tooBig} unpacks to more than any TikTok Studio export holds, so it was not read`);
  if (tooMuch) throw new ExportReadError(name, `its files unpack to more than ${READ_LIMITS.unpackedBytes / 1024 / 1024} MiB together, more than any TikTok Studio export holds, so it was not read`);
  return entries;
}

/** Reads an unpacked workbook's sheets; the file name of a one-sheet workbook is enough to say where. */
function readXlsx(file: string, entries: Record<string, Uint8Array>, anchor: YearAnchor, part: StudioFilePart): boolean {
  let sheets: ReturnType<typeof readWorkbook>;
  try {
    sheets = readWorkbook(entries, ROWS_READ);
  } catch (error) {
    if (error instanceof WorkbookError) throw new ExportReadError(file, `${error.message}; it was not read`);
    throw error;
  }
  let read = false;
  for (const sheet of sheets) read = readTable(sheets.length > 1 ? `${file} › ${sheet.name}` : file, sheet.rows, anchor, part) || read;
  return read;
}

/** Reads one zip, XLSX or CSV. `today` is the import day (YYYY-MM-DD): no row is dated after it. */
export function readStudioFile(input: ExportInput, today: string): StudioFilePart {
  const part: StudioFilePart = { name: input.name, days: {}, files: [] };
  const bytes = typeof input.data === 'string' ? undefined : input.data;
  const size = bytes?.length ?? (input.data as string).length;
  if (size > READ_LIMITS.fileBytes) throw new ExportReadError(input.name, 'larger than any TikTok Studio export, so it was not read');
  const base = input.name.split(/[\\/]/).pop() ?? input.name;
  const named = parseZipName(input.name);
  const anchor: YearAnchor = {
    lastDay: today,
    ...(named.firstDay ? { firstDay: named.firstDay } : {}),
    // Studio's newest row is the export day at the latest: a day's slack for time zones.
    ...(named.exportedAt !== undefined ? { exportDay: localDate(named.exportedAt + DAY_MS) } : {}),
  };
  const stamp = (out: StudioFilePart) => Object.assign(out, named.account ? { account: named.account } : {}, named.exportedAt ? { exportedAt: named.exportedAt } : {});
  if (bytes && isZip(bytes)) {
    const budget: UnpackBudget = { left: READ_LIMITS.unpackedBytes };
    const entries = unpack(input.name, bytes, (e) => /\.(csv|xlsx)$/i.test(e) || XLSX_PARTS.test(e), budget);
    if (isWorkbook(entries)) {
      if (!readXlsx(input.name, entries, anchor, part)) throw new ExportReadError(input.name, 'no sheet of this workbook is a TikTok Studio export');
      part.files.push(base);
      return stamp(part);
    }
    const names = Object.keys(entries).filter((e) => /\.(csv|xlsx)$/i.test(e)).sort();
    if (!names.length) throw new ExportReadError(input.name, 'the zip holds no CSV or XLSX file, so it is not a TikTok Studio export');
    for (const entry of names) {
      const file = `${input.name} › ${entry}`;
      const read = /\.xlsx$/i.test(entry)
        ? readXlsx(file, unpack(file, entries[entry], (e) => XLSX_PARTS.test(e), budget), anchor, part)
        : readTable(file, parseCsv(decode(entries[entry]), ROWS_READ), anchor, part);
      if (read) part.files.push(entry);
    }
    if (!part.files.length) throw new ExportReadError(input.name, `none of its files (${names.join(', ')}) is a TikTok Studio export`);
    return stamp(part);
  }
  const text = typeof input.data === 'string' ? input.data : decode(input.data);
  if (!readTable(input.name, parseCsv(text, ROWS_READ), anchor, part)) {
    const header = parseCsv(text.slice(0, 2000))[0]?.cells.join(', ').slice(0, 80) ?? '';
    throw new ExportReadError(input.name, `not a TikTok Studio export (${header ? `columns: ${header}` : 'no columns'})`);
  }
  part.files.push(base);
  return stamp(part);
}

export function readStudioExport(inputs: ExportInput[], today: string): StudioExport {
  return mergeParts(inputs.map((input) => readStudioFile(input, today)));
}

/** Every note of the parts, in file order. */
export const partNotes = (parts: StudioFilePart[]): ReadNote[] => parts.flatMap((p) => p.notes ?? []);


