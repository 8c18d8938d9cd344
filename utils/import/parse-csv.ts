// RFC 4180 CSV as Studio writes it: a UTF-8 BOM, quoted cells that may hold commas, quotes
// and newlines, CRLF or LF rows. Pure: text in, rows with their line numbers out.

export interface CsvRow {
  /** 1-based line of the file where the row starts (quoted newlines make rows span lines). */
  line: number;
  cells: string[];
}

// One cell and what ends it. A sticky regex walks megabytes without building strings char by char.
const CELL = /[ \t]*"([^"]*(?:""[^"]*)*)"[ \t]*(,|\r\n|\n|\r|$)|([^,\r\n]*)(,|\r\n|\n|\r|$)/y;

/**
 * Splits CSV text into rows; blank lines are skipped. Cells are returned as written, unquoted.
 * Stops after `maxRows` rows, so a crafted file of millions of tiny lines cannot fill the memory.
 */
export function parseCsv(text: string, maxRows = Infinity): CsvRow[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  CELL.lastIndex = 0;
  while (CELL.lastIndex < src.length) {
    const m = CELL.exec(src);
    if (!m) break;
    let end: string;
    if (m[1] !== undefined) {
      cells.push(m[1].includes('"') ? m[1].replace(/""/g, '"') : m[1]);
      for (let i = m[1].indexOf('\n'); i !== -1; i = m[1].indexOf('\n', i + 1)) line++;
      end = m[2];
    } else {
      cells.push(m[3]);
      end = m[4];
    }
    if (end === ',') {
      if (CELL.lastIndex === src.length) cells.push('');
      continue;
    }
    if (cells.length > 1 || cells[0].trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    if (rows.length >= maxRows) return rows;
    line++;
    rowLine = line;
    if (end === '') break;
  }
  if (cells.length) rows.push({ line: rowLine, cells });
  return rows;
}
