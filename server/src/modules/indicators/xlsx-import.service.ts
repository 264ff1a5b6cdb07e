import { createHash } from 'node:crypto';
import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import type { FigureStatus } from './compute';
import { ImportError, parseWorkbook, type ParsedWorkbook } from './import-xlsx';
import { sniffFormat } from './import-xlsx/grid';
import { progressTracker } from './import-progress';
import * as repo from './figures-io.repository';
import { STATUS_REQUIRED, type ImportCellProblem } from './xlsx-import.problems';
import { checkFlowRatios } from './xlsx-import.ratios';
import { stageFigures, writeFigures, writePlans, type ImportContext } from './xlsx-import.stage';
import type { WorkbookImportReport } from './xlsx-import.types';

/** The largest workbook accepted (bigger: 413 payload_too_large). */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

/** How to import a workbook: the unit and the status the officer chose, dry run or confirm. */
export type WorkbookImportOptions = {
  fileName: string;
  /** The unit the figures belong to (a long-format file may name its own per row). */
  orgunit: string;
  /** The status of the figures whose file states none; required to confirm when any has none. */
  status?: FigureStatus | null;
  dryRun: boolean;
  /** Why a published month is changed (director or CLI only); kept on those vintages. */
  reason?: string | null;
  /** A client-chosen id to poll GET /api/imports/progress/:id with. */
  progressId?: string | null;
};

const bytesMessage = (limit: number) => ({
  vi: `Tệp lớn hơn ${limit / 1024 / 1024} MB: hãy tách tệp hoặc xoá các trang không cần nhập.`,
  en: `The file is larger than ${limit / 1024 / 1024} MB: split it or remove the sheets that are not imported.`,
});

/** Refuses a file that is too large or is not a workbook by its first bytes (415). */
export function checkUpload(buf: Buffer, fileName: string): 'xlsx' | 'xls' {
  if (buf.length > MAX_WORKBOOK_BYTES)
    throw new AppError('payload_too_large', `The file is larger than ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB`, {
      limitBytes: MAX_WORKBOOK_BYTES,
      message: bytesMessage(MAX_WORKBOOK_BYTES),
    });
  const format = sniffFormat(buf);
  if (format === 'unknown') {
    const e = new ImportError('unsupported_format', fileName);
    throw new AppError('unsupported_type', e.messages.en, { reason: e.code, message: e.messages });
  }
  return format;
}

async function parse(buf: Buffer, fileName: string): Promise<ParsedWorkbook> {
  try {
    return await parseWorkbook(buf, fileName);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    if (error.code === 'unsupported_format') throw new AppError('unsupported_type', error.messages.en, { reason: error.code, message: error.messages });
    throw error.toAppError();
  }
}

function emptyReport(wb: ParsedWorkbook, format: 'xlsx' | 'xls', sha256: string, opts: WorkbookImportOptions): WorkbookImportReport {
  const counts = { figures: 0, write: 0, unchanged: 0, notStored: 0, locked: 0, superseded: 0, refused: 0, needsStatus: 0, plans: 0, errors: 0, warnings: 0 };
  return {
    importId: null,
    dryRun: opts.dryRun,
    fileName: opts.fileName,
    format,
    sha256,
    layout: wb.layout,
    locale: wb.locale,
    localeReason: wb.localeReason,
    orgunit: opts.orgunit,
    status: opts.status ?? null,
    statusRequired: false,
    canConfirm: false,
    counts,
    figures: [],
    plans: [],
    problems: [],
  };
}

function summarise(report: WorkbookImportReport) {
  const c = report.counts;
  const by = (o: string) => report.figures.filter((f) => f.outcome === o).length;
  Object.assign(c, {
    figures: report.figures.length,
    write: by('write'),
    unchanged: by('unchanged'),
    notStored: by('not_stored'),
    locked: by('locked'),
    superseded: by('superseded'),
    refused: by('refused'),
    needsStatus: by('needs_status'),
    plans: report.plans.length,
  });
  c.errors = report.problems.filter((p) => p.severity === 'error').length;
  c.warnings = report.problems.length - c.errors;
  report.canConfirm = c.errors === 0 && (!report.statusRequired || report.status !== null);
}

/**
 * Imports a workbook (.xlsx, or legacy .xls) through one transaction: every cell is parsed, checked against
 * the catalogue, the scope and the publication locks, and written as a vintage with its source (file, sheet,
 * cell, import id). A dry run does the same work and rolls back, returning the preview. Any error-severity
 * problem refuses the whole file (422 import_refused, details = the report). The same file twice changes nothing.
 */
export async function importWorkbook(db: Db, actor: Actor | null, buf: Buffer, opts: WorkbookImportOptions): Promise<WorkbookImportReport> {
  const progress = progressTracker(actor?.userId ?? null, opts.progressId);
  progress.phase('parsing');
  try {
    const format = checkUpload(buf, opts.fileName);
    const wb = await parse(buf, opts.fileName);
    const report = emptyReport(wb, format, createHash('sha256').update(buf).digest('hex'), opts);
    await runInTransaction(db, actor, wb, report, opts, progress);
    summarise(report);
    if (!opts.dryRun && report.counts.errors > 0)
      throw new AppError('import_refused', `${report.counts.errors} problem(s); nothing was written`, { ...report });
    progress.phase('done', report.figures.length, report.figures.length);
    return report;
  } catch (error) {
    progress.phase(error instanceof AppError ? 'refused' : 'failed');
    throw error;
  }
}

async function runInTransaction(
  db: Db,
  actor: Actor | null,
  wb: ParsedWorkbook,
  report: WorkbookImportReport,
  opts: WorkbookImportOptions,
  progress: ReturnType<typeof progressTracker>,
) {
  const Rollback = Symbol('rollback');
  try {
    await db.transaction().execute(async (trx) => {
      const problems: ImportCellProblem[] = [...wb.problems];
      const importRow = await repo.insertImport(trx, {
        fileName: opts.fileName,
        sha256: report.sha256,
        kind: report.format,
        total: wb.figures.length + wb.plans.length,
        userId: actor?.userId ?? null,
      });
      const ctx: ImportContext = { db: trx, actor, opts, importId: importRow.id, problems, progress };
      const staged = await stageFigures(ctx, wb);
      report.statusRequired = staged.statusRequired;
      if (!opts.dryRun && staged.statusRequired && !opts.status) {
        throw new AppError('validation_failed', STATUS_REQUIRED.en, {
          fields: [{ path: 'status', message: 'required: the file does not state every status' }],
          message: STATUS_REQUIRED,
        });
      }
      const written = await writeFigures(ctx, staged);
      report.plans = await writePlans(ctx, wb);
      await checkFlowRatios(ctx, staged.items);
      report.figures = staged.items;
      report.problems = problems;
      if (problems.some((p) => p.severity === 'error') || opts.dryRun) throw Rollback;
      const plansWritten = report.plans.filter((p) => p.outcome === 'write').length;
      await repo.finishImport(trx, importRow.id, written + plansWritten);
      await recordAudit(trx, actor, {
        entity: 'figure_import',
        entityId: importRow.id,
        action: 'import',
        provinceCode: staged.provinceCode,
        before: null,
        after: { fileName: opts.fileName, sha256: report.sha256, kind: report.format, layout: report.layout, written, plansWritten },
      });
      report.importId = importRow.id;
    });
  } catch (error) {
    if (error !== Rollback) throw error;
  }
}
