import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import { writeFiguresBulk, type StagedFigure } from './figures.bulk';
import { loadImportCache, preloadOrgunits, problem, unstorableCells, type Cache, type ImportProblem } from './figures.import-csv.rows';
import { stageFigures } from './figures.import-csv.stage';
import { publishedMonthProblems } from './figures.import-csv.publication';
import { importPlans } from './figures.import-csv.plans';

export type { ImportProblem } from './figures.import-csv.rows';

/** What an import did, or would do in a dry run. */
export type ImportReport = {
  kind: 'figures' | 'plans';
  dryRun: boolean;
  rows: number;
  written: number;
  unchanged: number;
  problems: ImportProblem[];
  importId: string | null;
};

const FIGURE_COLUMNS = ['indicator', 'orgunit', 'period', 'value', 'status'];
const PLAN_COLUMNS = ['indicator', 'orgunit', 'year', 'plan'];

/** After writing this many vintages, the import refreshes the planner's statistics of the figures table. */
const ANALYZE_AFTER = 10_000;

/** Thrown inside the transaction to undo it: a dry run, or problems found while writing. */
const ROLLBACK = Symbol('rollback');

type ImportOptions = { fileName: string; dryRun: boolean };

/** One import's inputs and its report, handed to the transaction. */
type ImportRun = {
  actor: Actor | null;
  records: Record<string, string>[];
  opts: ImportOptions;
  sha256: string;
  cache: Cache;
  staged: StagedFigure[];
  report: ImportReport;
};

/** Recognises the file kind by its header. */
export function detectCsvKind(header: string[]): 'figures' | 'plans' | null {
  const h = header.map((c) => c.trim().toLowerCase());
  if (FIGURE_COLUMNS.every((c) => h.includes(c))) return 'figures';
  if (PLAN_COLUMNS.every((c) => h.includes(c))) return 'plans';
  return null;
}

/**
 * Imports figures or plans from CSV in one transaction: every row is checked, and one bad row writes
 * nothing. A dry run does the same work and rolls back. The same file twice changes nothing.
 */
export async function importFiguresCsv(db: Db, actor: Actor | null, csv: string, opts: ImportOptions): Promise<ImportReport> {
  const records = readRecords(csv);
  const kind = readKind(csv);
  const report: ImportReport = { kind, dryRun: opts.dryRun, rows: records.length, written: 0, unchanged: 0, problems: [], importId: null };
  const sha256 = createHash('sha256').update(csv).digest('hex');
  const cache = await loadImportCache(db);
  report.problems.push(...unstorableCells(records));
  await preloadOrgunits(
    db,
    records.map((r) => r.orgunit ?? ''),
    cache,
  );
  const staged = kind === 'figures' ? stageFigures(actor, records, report.problems, cache, opts.fileName) : [];
  refuseIfProblems(report);
  await writeImport(db, { actor, records, opts, sha256, cache, staged, report });
  refuseIfProblems(report);
  // PGlite runs no autovacuum: without fresh statistics the planner reads whole units for a month's figures.
  if (!opts.dryRun && report.written >= ANALYZE_AFTER) await sql`analyze figure_vintage, figure_latest`.execute(db);
  return report;
}

/** The rows, keyed by the lower-cased header; a file that is not CSV is refused. */
function readRecords(csv: string): Record<string, string>[] {
  try {
    return parse(csv, { bom: true, columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true }) as Record<
      string,
      string
    >[];
  } catch (error) {
    throw new AppError('import_refused', 'The file is not valid CSV', {
      problems: [problem(0, '-', '', `tệp CSV không hợp lệ: ${(error as Error).message}`, `not valid CSV: ${(error as Error).message}`)],
    });
  }
}

/** The file kind by its first line; a header of neither kind is refused. */
function readKind(csv: string): 'figures' | 'plans' {
  const header = parse(csv, { bom: true, to_line: 1 })[0] as string[] | undefined;
  const kind = header ? detectCsvKind(header) : null;
  if (kind) return kind;
  throw new AppError('import_refused', 'Unrecognised header', {
    problems: [
      problem(
        1,
        'header',
        (header ?? []).join(','),
        `tiêu đề phải có các cột ${FIGURE_COLUMNS.join(',')} (số liệu) hoặc ${PLAN_COLUMNS.join(',')} (kế hoạch)`,
        `the header must have ${FIGURE_COLUMNS.join(',')} (figures) or ${PLAN_COLUMNS.join(',')} (plans)`,
      ),
    ],
  });
}

function refuseIfProblems(report: ImportReport) {
  if (report.problems.length) throw new AppError('import_refused', `${report.problems.length} problem(s); nothing was written`, { ...report });
}

/** Runs the write in one transaction; a rollback on purpose ends quietly, a concurrent writer is a conflict. */
async function writeImport(db: Db, run: ImportRun) {
  try {
    await db.transaction().execute((trx) => importInTransaction(trx, run));
  } catch (error) {
    // Another writer added a vintage of one of these figures while the import ran: nothing was written.
    if ((error as { code?: string }).code === '23505')
      throw new AppError('conflict', 'Someone saved some of these figures at the same moment; nothing was written: import the file again');
    if (error !== ROLLBACK) throw error;
  }
}

async function importInTransaction(trx: Db, run: ImportRun) {
  const { actor, records, opts, sha256, report } = run;
  const importRow = await trx
    .insertInto('figure_import')
    .values({ file_name: opts.fileName, sha256, kind: report.kind, rows_total: records.length, rows_written: 0, imported_by: actor?.userId ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const counts = await writeRows(trx, run, importRow.id);
  report.unchanged = records.length - report.written;
  if (report.problems.length || opts.dryRun) throw ROLLBACK;
  await trx.updateTable('figure_import').set({ rows_written: report.written }).where('id', '=', importRow.id).execute();
  await recordAudit(trx, actor, {
    entity: 'figure_import',
    entityId: importRow.id,
    action: 'import',
    before: null,
    after: { fileName: opts.fileName, sha256, kind: report.kind, rows: records.length, written: report.written, ...counts },
  });
  report.importId = importRow.id;
}

/** Writes the figures (after the published-month check) or the plans; returns the plans' counts for the audit. */
async function writeRows(trx: Db, run: ImportRun, importId: string): Promise<Record<string, number>> {
  const { actor, report } = run;
  if (report.kind === 'figures') {
    report.problems.push(...(await publishedMonthProblems(trx, actor, run.staged)));
    if (report.problems.length) throw ROLLBACK;
    report.written = await writeFiguresBulk(trx, run.staged, { importId, userId: actor?.userId ?? null, sourceKind: 'import' });
    return {};
  }
  const plans = await importPlans(trx, actor, run.records, report.problems, run.cache);
  report.written = plans.written;
  return { created: plans.created, adjusted: plans.adjusted };
}
