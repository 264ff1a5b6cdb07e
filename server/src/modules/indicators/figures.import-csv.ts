import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { coversProvinces } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import { figureKeyFor, saveFigure } from './figures.service';
import { savePlan } from './plans.service';
import { loadIndicatorDefs } from './figures.context';
import { findCategories } from './indicators.repository';
import type { ResolvedOrgunit } from './figures.units';

/** A refused cell, named by row and column, in Vietnamese and English. */
export type ImportProblem = { row: number; column: string; value: string; message: { vi: string; en: string } };

/** What an import did, or would do in a dry run. */
export type ImportReport = { kind: 'figures' | 'plans'; dryRun: boolean; rows: number; written: number; unchanged: number; problems: ImportProblem[]; importId: string | null };

const FIGURE_COLUMNS = ['indicator', 'orgunit', 'period', 'value', 'status'];
const PLAN_COLUMNS = ['indicator', 'orgunit', 'year', 'plan'];
const STATUSES = ['estimate', 'preliminary', 'official'] as const;
const NUMBER = /^-?\d+(\.\d+)?$/;

const FIELD_TEXT: Record<string, { vi: string; en: string }> = {
  indicator: { vi: 'chỉ tiêu không có trong danh mục hoặc là chỉ tiêu tính toán', en: 'unknown or derived indicator' },
  category: { vi: 'phân tổ không có trong danh mục của chỉ tiêu', en: 'unknown category for this indicator' },
  period: { vi: 'kỳ không hợp lệ (dùng 2023-05, 2023-Q2, 2023-H1, 2023 hoặc 2023-01/2023-05)', en: 'invalid period (use 2023-05, 2023-Q2, 2023-H1, 2023 or 2023-01/2023-05)' },
  orgunit: { vi: 'mã đơn vị hành chính không hợp lệ', en: 'unknown administrative unit code' },
  base: { vi: 'gốc so sánh không phù hợp với loại chỉ tiêu', en: 'comparison base does not fit the indicator' },
  growth: { vi: 'không có số liệu năm trước để tính kế hoạch theo tốc độ tăng', en: 'no figure for last year to apply the growth to' },
};

/** Recognises the file kind by its header. */
export function detectCsvKind(header: string[]): 'figures' | 'plans' | null {
  const h = header.map((c) => c.trim().toLowerCase());
  if (FIGURE_COLUMNS.every((c) => h.includes(c))) return 'figures';
  if (PLAN_COLUMNS.every((c) => h.includes(c))) return 'plans';
  return null;
}

function problem(row: number, column: string, value: string, vi: string, en: string): ImportProblem {
  return { row, column, value: value.slice(0, 80), message: { vi: `Dòng ${row}, cột ${column}: ${vi}`, en: `Row ${row}, column ${column}: ${en}` } };
}

function numberCell(row: number, column: string, raw: string | undefined, problems: ImportProblem[], optional = false): number | null | undefined {
  const v = (raw ?? '').trim();
  if (v === '') {
    if (!optional) problems.push(problem(row, column, v, 'ô trống, cần một số', 'empty cell, a number is needed'));
    return optional ? null : undefined;
  }
  if (!NUMBER.test(v)) {
    problems.push(problem(row, column, v, `"${v}" không phải số viết với dấu chấm thập phân (ví dụ 36539.5, không dùng dấu phân cách hàng nghìn)`, `"${v}" is not a number with a . decimal point (e.g. 36539.5, no thousands separators)`));
    return undefined;
  }
  return Number(v);
}

/**
 * Imports figures or plans from CSV in one transaction: every row is checked, and one bad row writes
 * nothing. A dry run does the same work and rolls back. The same file twice changes nothing.
 */
export async function importFiguresCsv(db: Db, actor: Actor | null, csv: string, opts: { fileName: string; dryRun: boolean }): Promise<ImportReport> {
  let records: Record<string, string>[];
  try {
    records = parse(csv, { bom: true, columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true }) as Record<string, string>[];
  } catch (error) {
    throw new AppError('import_refused', 'The file is not valid CSV', { problems: [problem(0, '-', '', `tệp CSV không hợp lệ: ${(error as Error).message}`, `not valid CSV: ${(error as Error).message}`)] });
  }
  const header = parse(csv, { bom: true, to_line: 1 })[0] as string[] | undefined;
  const kind = header ? detectCsvKind(header) : null;
  if (!kind) {
    throw new AppError('import_refused', 'Unrecognised header', { problems: [problem(1, 'header', (header ?? []).join(','), `tiêu đề phải có các cột ${FIGURE_COLUMNS.join(',')} (số liệu) hoặc ${PLAN_COLUMNS.join(',')} (kế hoạch)`, `the header must have ${FIGURE_COLUMNS.join(',')} (figures) or ${PLAN_COLUMNS.join(',')} (plans)`)] });
  }
  const report: ImportReport = { kind, dryRun: opts.dryRun, rows: records.length, written: 0, unchanged: 0, problems: [], importId: null };
  const sha256 = createHash('sha256').update(csv).digest('hex');
  const Rollback = Symbol('rollback');
  try {
    await db.transaction().execute(async (trx) => {
      const cache = { defs: await loadIndicatorDefs(trx), categories: new Set((await findCategories(trx)).map((c) => `${c.indicator_code}|${c.code}`)), orgunits: new Map<string, ResolvedOrgunit>() };
      const importRow = await trx.insertInto('figure_import').values({ file_name: opts.fileName, sha256, kind, rows_total: records.length, rows_written: 0, imported_by: actor?.userId ?? null }).returning('id').executeTakeFirstOrThrow();
      for (const [i, r] of records.entries()) {
        const line = i + 2;
        try {
          const outcome = kind === 'figures' ? await importFigureRow(trx, actor, r, line, report.problems, cache, importRow.id, opts.fileName) : await importPlanRow(trx, actor, r, line, report.problems, cache);
          if (outcome === 'written') report.written++;
          if (outcome === 'unchanged') report.unchanged++;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const field = ((error.details?.fields as { path: string }[] | undefined)?.[0]?.path ?? 'value').replace(/^body\./, '');
          const text = FIELD_TEXT[field] ?? { vi: error.message, en: error.message };
          report.problems.push(problem(line, field, r[field] ?? '', text.vi, error.code === 'not_found' ? error.message : text.en));
        }
      }
      if (report.problems.length || opts.dryRun) throw Rollback;
      await trx.updateTable('figure_import').set({ rows_written: report.written }).where('id', '=', importRow.id).execute();
      await recordAudit(trx, actor, { entity: 'figure_import', entityId: importRow.id, action: 'import', before: null, after: { fileName: opts.fileName, sha256, kind, rows: records.length, written: report.written } });
      report.importId = importRow.id;
    });
  } catch (error) {
    if (error !== Rollback) throw error;
  }
  if (report.problems.length) throw new AppError('import_refused', `${report.problems.length} problem(s); nothing was written`, { ...report });
  return report;
}

type Cache = { defs: Awaited<ReturnType<typeof loadIndicatorDefs>>; categories: Set<string>; orgunits: Map<string, ResolvedOrgunit> };

async function checkScope(db: Db, actor: Actor | null, orgunit: string, cache: Cache, line: number, problems: ImportProblem[]) {
  if (!actor) return true;
  const { orgunit: o } = await figureKeyFor(db, { indicator: 'RETAIL', orgunit, period: '2025' }, cache);
  if (coversProvinces(actor, o.provinceCodes)) return true;
  problems.push(problem(line, 'orgunit', orgunit, 'đơn vị nằm ngoài phạm vi tỉnh của bạn', 'the unit is outside your province scope'));
  return false;
}

async function importFigureRow(db: Db, actor: Actor | null, r: Record<string, string>, line: number, problems: ImportProblem[], cache: Cache, importId: string, fileName: string) {
  const before = problems.length;
  const value = numberCell(line, 'value', r.value, problems);
  const status = (r.status ?? '').trim();
  if (!(STATUSES as readonly string[]).includes(status)) problems.push(problem(line, 'status', status, 'trạng thái phải là estimate, preliminary hoặc official', 'status must be estimate, preliminary or official'));
  const base = r.base?.trim() || undefined;
  if (base && !['level', 'same_period', 'prev_month'].includes(base)) problems.push(problem(line, 'base', base, 'gốc so sánh phải là level, same_period hoặc prev_month', 'base must be level, same_period or prev_month'));
  if (problems.length > before || value === undefined || value === null) return 'refused';
  if (!(await checkScope(db, actor, r.orgunit ?? '', cache, line, problems))) return 'refused';
  const result = await saveFigure(
    db,
    actor,
    { indicator: r.indicator ?? '', orgunit: r.orgunit ?? '', period: r.period ?? '', category: r.category?.trim() || null, base: base as 'level' | undefined, value, status: status as (typeof STATUSES)[number], note: r.note?.trim() || null, sourceKind: 'import', source: { file: fileName, row: line }, importId },
    { audit: false, cache },
  );
  return result.changed ? 'written' : 'unchanged';
}

async function importPlanRow(db: Db, actor: Actor | null, r: Record<string, string>, line: number, problems: ImportProblem[], cache: Cache) {
  const before = problems.length;
  const plan = numberCell(line, 'plan', r.plan, problems, true);
  const growth = numberCell(line, 'growth', r.growth, problems, true);
  const year = Number(r.year);
  if (!/^\d{4}$/.test(r.year ?? '')) problems.push(problem(line, 'year', r.year ?? '', 'năm phải có 4 chữ số', 'the year must have 4 digits'));
  if ((plan === null || plan === undefined) && (growth === null || growth === undefined)) problems.push(problem(line, 'plan', r.plan ?? '', 'cần giá trị kế hoạch hoặc tốc độ tăng (growth)', 'a plan value or a growth rate is needed'));
  if (problems.length > before) return 'refused';
  if (!(await checkScope(db, actor, r.orgunit ?? '', cache, line, problems))) return 'refused';
  const result = await savePlan(db, actor, { indicator: r.indicator ?? '', orgunit: r.orgunit ?? '', year, category: r.category?.trim() || null, plan: plan ?? null, growth: plan === null ? (growth ?? null) : null, basis: r.basis?.trim() || null });
  return result.changed ? 'written' : 'unchanged';
}
