// The score per folder from Stryker's JSON report (the mutation-testing-report-schema): killed and
// timed-out mutants were caught; survived and uncovered ones were not; compile and runtime errors
// and ignored mutants are no test's business and are left out, as Stryker's own score does.

export interface MutationReport {
  files: Record<string, { mutants: Array<{ status: string }> }>;
}

export interface FolderScore {
  folder: string;
  killed: number;
  survived: number;
  /** Mutants no test reaches. */
  noCoverage: number;
  /** Caught / (caught + missed), in percent; null when the folder had no valid mutant. */
  score: number | null;
}

const CAUGHT = new Set(['Killed', 'Timeout']);

/** Each folder's counts, a file counting towards the first folder (or file) its path starts with. */
export function scoreByFolder(report: MutationReport, folders: readonly string[]): FolderScore[] {
  const rows = folders.map((folder) => ({ folder, killed: 0, survived: 0, noCoverage: 0, score: null as number | null }));
  for (const [path, file] of Object.entries(report.files)) {
    const clean = path.replace(/\\/g, '/');
    const row = rows.find((r) => clean === r.folder || clean.startsWith(`${r.folder}/`) || clean.endsWith(`/${r.folder}`) || clean.includes(`/${r.folder}/`));
    if (!row) continue;
    for (const { status } of file.mutants) {
      if (CAUGHT.has(status)) row.killed++;
      else if (status === 'Survived') row.survived++;
      else if (status === 'NoCoverage') row.noCoverage++;
    }
  }
  for (const row of rows) {
    const valid = row.killed + row.survived + row.noCoverage;
    row.score = valid ? Math.round((row.killed / valid) * 1000) / 10 : null;
  }
  return rows;
}

/** A plain-text table: folder, killed, survived, no coverage, score. */
export function mutationTable(rows: readonly FolderScore[]): string {
  const header = ['folder', 'killed', 'survived', 'no coverage', 'score'];
  const body = rows.map((r) => [r.folder, String(r.killed), String(r.survived), String(r.noCoverage), r.score === null ? '–' : `${r.score.toFixed(1)} %`]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}
