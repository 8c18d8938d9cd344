// The score per folder from Stryker's JSON report (the mutation-testing-report-schema): killed and
// timed-out mutants were caught; survived and uncovered ones were not; compile and runtime errors
// and ignored mutants are no test's business and are left out, as Stryker's own score does.
//
// Static mutants (a module-level value: a table, a regex constant, an exported arrow) need their
// module loaded anew; Stryker 9.6's vitest runner on vitest 4, given a folder's test files,
// reports every one as survived even where a test fails on it (checked by hand: docs/mutation.md). They are counted apart, and the
// score is given with and without them.

export interface MutationReport {
  files: Record<string, { mutants: Array<{ status: string; static?: boolean }> }>;
}

export interface FolderScore {
  folder: string;
  killed: number;
  /** Survived, static mutants left out. */
  survived: number;
  /** Mutants no test reaches. */
  noCoverage: number;
  /** Static mutants reported as survived (the runner cannot run them). */
  staticSurvived: number;
  /** Caught / (caught + survived + uncovered), in percent, static mutants left out; null when the folder had no valid mutant. */
  score: number | null;
  /** Stryker's own score: static mutants counted as survived. */
  strykerScore: number | null;
}

const CAUGHT = new Set(['Killed', 'Timeout']);
const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/** Each folder's counts, a file counting towards the first folder (or file) its path starts with. */
export function scoreByFolder(report: MutationReport, folders: readonly string[]): FolderScore[] {
  const rows = folders.map((folder) => ({ folder, killed: 0, survived: 0, noCoverage: 0, staticSurvived: 0 }));
  for (const [path, file] of Object.entries(report.files)) {
    const clean = path.replace(/\\/g, '/');
    const row = rows.find((r) => clean === r.folder || clean.startsWith(`${r.folder}/`) || clean.endsWith(`/${r.folder}`) || clean.includes(`/${r.folder}/`));
    if (!row) continue;
    for (const mutant of file.mutants) {
      if (CAUGHT.has(mutant.status)) row.killed++;
      else if ((mutant.status === 'Survived' || mutant.status === 'Ignored') && mutant.static) row.staticSurvived++;
      else if (mutant.status === 'Survived') row.survived++;
      else if (mutant.status === 'NoCoverage') row.noCoverage++;
    }
  }
  return rows.map((r) => {
    const valid = r.killed + r.survived + r.noCoverage;
    return { ...r, score: percent(r.killed, valid), strykerScore: percent(r.killed, valid + r.staticSurvived) };
  });
}

/** A plain-text table: folder, killed, survived, no coverage, static, score (and Stryker's). */
export function mutationTable(rows: readonly FolderScore[]): string {
  const header = ['folder', 'killed', 'survived', 'no coverage', 'static', 'score', "Stryker's"];
  const shown = (score: number | null) => (score === null ? '–' : `${score.toFixed(1)} %`);
  const body = rows.map((r) => [r.folder, String(r.killed), String(r.survived), String(r.noCoverage), String(r.staticSurvived), shown(r.score), shown(r.strykerScore)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}
