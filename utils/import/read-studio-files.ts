// Reads what TikTok Studio's "Download data" hands the creator (../shared/spec/studio-export-contract.md):
// zips of UTF-8 CSVs with a BOM, yearless dates in the UI language, `undefined` cells. Pure:
// bytes in, the contract's StudioExport out, or an ExportReadError naming the file and line.
import { unzipSync } from 'fflate';
import { lookupLabel } from '../reader/vocabulary';
import { parseCsv, type CsvRow } from './parse-csv';
import { foldText, parseMonthDay, resolveDay } from './export-dates';
import { DAILY_METRICS, type ActivityHour, type Audience, type DailyMetric, type DayValues, type StudioFilePart, type ExportVideo, type StudioExport } from './studio-files';

export * from './studio-files';

export interface ExportInput {
  name: string;
  data: Uint8Array | string;
}

export class ExportReadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `, line ${line}` : ''}: ${reason}`);
    this.name = 'ExportReadError';
  }
}

// Column names as Studio writes them (folded); localized metric names also resolve through labels.ts.
const COLUMNS: Record<string, string> = {
  date: 'date', fecha: 'date', data: 'date', datum: 'date', tanggal: 'date', tarih: 'date', ngay: 'date', '日期': 'date', '日付': 'date', '날짜': 'date',
  'video views': 'videoViews', 'profile views': 'profileViews', likes: 'likes', comments: 'comments', shares: 'shares',
  followers: 'followers', 'total viewers': 'totalViewers', 'new viewers': 'newViewers', 'returning viewers': 'returningViewers',
  hour: 'hour', 'active followers': 'activeFollowers',
  gender: 'gender', 'top territories': 'territory', territories: 'territory', distribution: 'distribution',
  time: 'time', 'video title': 'title', 'video link': 'link', 'post time': 'postTime',
  'total likes': 'video.likes', 'total comments': 'video.comments', 'total shares': 'video.shares', 'total views': 'video.views',
};

function columnKey(header: string): string | undefined {
  const folded = foldText(header);
  if (COLUMNS[folded]) return COLUMNS[folded];
  const match = lookupLabel(header)?.find((m) => (DAILY_METRICS as readonly string[]).includes(m.key));
  return match?.key;
}

/** A count the file states; `undefined`, blanks, words and negative numbers are absent, never 0. */
export function parseCount(cell: string | undefined): number | undefined {
  const text = cell?.trim() ?? '';
  if (!/^\d+(?:\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

type Columns = Map<string, number>;

function readDaily(file: string, rows: CsvRow[], cols: Columns, today: string, out: StudioExport) {
  const metrics = [...cols.entries()].filter(([key]) => (DAILY_METRICS as readonly string[]).includes(key)) as Array<[DailyMetric, number]>;
  // The row's main total is the first metric column (Video Views, Followers, Total Viewers).
  const main = metrics.sort((a, b) => a[1] - b[1])[0][1];
  for (const row of rows) {
    const day = dayOf(file, row, cols.get('date')!, today);
    if (parseCount(row.cells[main]) === undefined) continue;
    const values: DayValues = {};
    for (const [metric, index] of metrics) {
      const value = parseCount(row.cells[index]);
      if (value !== undefined) values[metric] = value;
    }
    out.days[day] = { ...out.days[day], ...values };
  }
}

// Exports repeat the same few hundred date cells thousands of times (24 activity rows a day).
const dayCache = new Map<string, string | undefined>();

/** A date cell read with the cache; undefined where it is not a date. */
function tryDay(cell: string, today: string): string | undefined {
  const key = `${today}|${cell}`;
  if (!dayCache.has(key)) {
    if (dayCache.size > 5000) dayCache.clear();
    const parsed = parseMonthDay(cell);
    dayCache.set(key, parsed && resolveDay(parsed, today));
  }
  return dayCache.get(key);
}

function dayOf(file: string, row: CsvRow, index: number, today: string): string {
  const cell = row.cells[index] ?? '';
  const day = tryDay(cell, today);
  if (!day) throw new ExportReadError(file, `cannot read the date ${JSON.stringify(cell.slice(0, 40))}`, row.line);
  return day;
}

function readActivity(file: string, rows: CsvRow[], cols: Columns, today: string, out: StudioExport) {
  const activity = (out.followerActivity ??= []);
  for (const row of rows) {
    const date = dayOf(file, row, cols.get('date')!, today);
    const hourCell = (row.cells[cols.get('hour')!] ?? '').trim();
    const m = /^(\d{1,2})(?:[:h.]00?)?\s*(am|pm)?$/i.exec(hourCell);
    let hour = m ? Number(m[1]) : NaN;
    if (m?.[2]) hour = (hour % 12) + (m[2].toLowerCase() === 'pm' ? 12 : 0);
    if (!(hour >= 0 && hour <= 23)) throw new ExportReadError(file, `cannot read the hour ${JSON.stringify(hourCell.slice(0, 20))}`, row.line);
    const value = parseCount(row.cells[cols.get('activeFollowers')!]);
    if (value !== undefined) activity.push({ date, hour, activeFollowers: value });
  }
}

/** Shares as percents 0–100: Studio writes fractions (0.55); a cell with % is already a percent. */
function readDistribution(rows: CsvRow[], labelIndex: number, valueIndex: number): Array<[string, number]> {
  const cells = rows.map((row) => [(row.cells[labelIndex] ?? '').trim(), (row.cells[valueIndex] ?? '').trim()] as const);
  const numbers = cells.map(([, v]) => parseCount(v.replace(/\s*%$/, '')));
  const fractions = cells.every(([, v], i) => !v.endsWith('%') && (numbers[i] ?? 0) <= 1);
  const out: Array<[string, number]> = [];
  cells.forEach(([label], i) => {
    const n = numbers[i];
    if (!label || n === undefined) return;
    out.push([label, Math.round((fractions ? n * 100 : n) * 1e6) / 1e6]);
  });
  return out;
}

function readGender(rows: CsvRow[], cols: Columns, out: StudioExport) {
  const gender: NonNullable<Audience['gender']> = {};
  for (const [label, share] of readDistribution(rows, cols.get('gender')!, cols.get('distribution')!)) {
    const key = lookupLabel(label)?.find((m) => m.key.startsWith('gender.'))?.key.slice(7) as 'male' | 'female' | 'other' | undefined;
    if (key) gender[key] = (gender[key] ?? 0) + share;
  }
  if (Object.keys(gender).length) out.audience = { ...out.audience, gender };
}

function readTerritories(rows: CsvRow[], cols: Columns, out: StudioExport) {
  const territories = Object.fromEntries(readDistribution(rows, cols.get('territory')!, cols.get('distribution')!));
  if (Object.keys(territories).length) out.audience = { ...out.audience, territories };
}

function readContent(rows: CsvRow[], cols: Columns, today: string, out: StudioExport) {
  const videos = (out.videos ??= []);
  const cell = (row: CsvRow, key: string) => (cols.has(key) ? row.cells[cols.get(key)!] : undefined);
  for (const row of rows) {
    const link = cell(row, 'link')?.trim() ?? '';
    const videoId = /\/video\/(\d+)/.exec(link)?.[1] ?? (/^\d{6,}$/.test(link) ? link : undefined);
    if (!videoId) continue;
    const video: ExportVideo = { videoId, caption: cell(row, 'title') ?? '' };
    const postTime = cell(row, 'postTime');
    const postedAt = postTime ? tryDay(postTime, today) : undefined;
    if (postedAt) video.postedAt = postedAt;
    for (const counter of ['views', 'likes', 'comments', 'shares'] as const) {
      const value = parseCount(cell(row, `video.${counter}`));
      if (value !== undefined) video[counter] = value;
    }
    videos.push(video);
  }
}

/** Reads one CSV into `out`; returns false when its columns are none Studio writes. */
function readCsv(file: string, text: string, today: string, out: StudioExport): boolean {
  const [header, ...rows] = parseCsv(text);
  if (!header) return false;
  const cols: Columns = new Map();
  header.cells.forEach((name, i) => {
    const key = columnKey(name);
    if (key && !cols.has(key)) cols.set(key, i);
  });
  const has = (...keys: string[]) => keys.every((k) => cols.has(k));
  if (has('date', 'hour', 'activeFollowers')) readActivity(file, rows, cols, today, out);
  else if (has('gender', 'distribution')) readGender(rows, cols, out);
  else if (has('territory', 'distribution')) readTerritories(rows, cols, out);
  else if (has('link')) readContent(rows, cols, today, out);
  else if (has('date') && DAILY_METRICS.some((m) => cols.has(m))) readDaily(file, rows, cols, today, out);
  else return false;
  return true;
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);

/** `Overview_<date>_<number>_<handle>.zip`: the handle, and the export moment from `<number>`. */
export function parseZipName(name: string): { account?: string; exportedAt?: number } {
  const base = name.split(/[\\/]/).pop() ?? name;
  const m = /^[A-Za-z]+_.+?_(\d{9,11})_(.+?)(?:\s*\(\d+\))?\.zip$/i.exec(base);
  if (!m) return {};
  const ms = Number(m[1]) * 1000;
  const account = m[2].replace(/^@/, '').trim();
  return {
    ...(/^[\w.]+$/.test(account) ? { account } : {}),
    ...(ms >= Date.UTC(2019, 0, 1) && ms < Date.UTC(2100, 0, 1) ? { exportedAt: ms } : {}),
  };
}

/** Reads one zip or CSV. `today` is the import day (YYYY-MM-DD) that gives yearless dates their year. */
export function readStudioFile(input: ExportInput, today: string): StudioFilePart {
  const part: StudioFilePart = { name: input.name, days: {}, files: [] };
  const bytes = typeof input.data === 'string' ? undefined : input.data;
  if (bytes && isZip(bytes)) {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes, { filter: (f) => /\.csv$/i.test(f.name) && !/(^|\/)(__MACOSX\/|\.)/.test(f.name) });
    } catch (error) {
      throw new ExportReadError(input.name, `not a readable zip (${(error as Error).message})`);
    }
    const names = Object.keys(entries).sort();
    if (!names.length) throw new ExportReadError(input.name, 'the zip holds no CSV file, so it is not a TikTok Studio export');
    for (const entry of names) {
      if (readCsv(`${input.name} › ${entry}`, decode(entries[entry]), today, part)) part.files.push(entry);
    }
    if (!part.files.length) throw new ExportReadError(input.name, `none of its files (${names.join(', ')}) is a TikTok Studio export`);
    Object.assign(part, parseZipName(input.name));
  } else {
    const text = typeof input.data === 'string' ? input.data : decode(input.data);
    if (!readCsv(input.name, text, today, part)) {
      const header = parseCsv(text.slice(0, 2000))[0]?.cells.join(', ').slice(0, 80) ?? '';
      throw new ExportReadError(input.name, `not a TikTok Studio export (${header ? `columns: ${header}` : 'no columns'})`);
    }
    part.files.push(input.name.split(/[\\/]/).pop() ?? input.name);
  }
  return part;
}

/** Several parts as one export; where two parts hold the same day, the later export wins. */
export function mergeParts(parts: StudioFilePart[]): StudioExport {
  const accounts = [...new Set(parts.map((p) => p.account).filter((a): a is string => Boolean(a)))];
  const folded = new Set(accounts.map((a) => a.toLowerCase()));
  if (folded.size > 1) throw new ExportReadError(parts.map((p) => p.name).join(', '), `the files belong to different accounts (${accounts.map((a) => `@${a}`).join(', ')}): read one account at a time`);
  const ordered = parts.map((p, i) => ({ p, i })).sort((a, b) => (a.p.exportedAt ?? 0) - (b.p.exportedAt ?? 0) || a.i - b.i).map(({ p }) => p);
  const out: StudioExport = { ...(accounts[0] ? { account: accounts[0] } : {}), days: {} };
  const activity = new Map<string, ActivityHour>();
  const videos = new Map<string, ExportVideo>();
  for (const part of ordered) {
    for (const [day, values] of Object.entries(part.days)) out.days[day] = { ...out.days[day], ...values };
    for (const a of part.followerActivity ?? []) activity.set(`${a.date}|${a.hour}`, a);
    if (part.audience) out.audience = { ...out.audience, ...part.audience };
    for (const v of part.videos ?? []) videos.set(v.videoId, v);
  }
  out.days = Object.fromEntries(Object.entries(out.days).sort(([a], [b]) => (a < b ? -1 : 1)));
  if (activity.size) out.followerActivity = [...activity.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.hour - b.hour));
  if (videos.size) out.videos = [...videos.values()];
  return out;
}

export function readStudioExport(inputs: ExportInput[], today: string): StudioExport {
  return mergeParts(inputs.map((input) => readStudioFile(input, today)));
}
