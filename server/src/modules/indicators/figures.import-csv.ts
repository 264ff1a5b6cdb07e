import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { coversProvinces } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import { keyFigure, type KeyCache } from './figures.service';
import { writeFiguresBulk, type StagedFigure } from './figures.bulk';
import { findLatestVintage } from './figures.repository';
import { lockedMonths } from './publication.service';
import { resolveOrgunits, type ResolvedOrgunit } from './figures.units';
import type { FigureBase, FigureStatus } from './compute';
import { writePlansBulk, type PlanRow } from './plans.bulk';
import { loadIndicatorDefs } from './figures.context';
import { findCategories } from './indicators.repository';

/** A refused cell, named by row and column, in Vietnamese and English. */
export type ImportProblem = { row: number; column: string; value: string; message: { vi: string; en: string } };

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
const STATUSES = ['estimate', 'preliminary', 'official'] as const;
const NUMBER = /^-?\d+(\.\d+)?$/;

const FIELD_TEXT: Record<string, { vi: string; en: string }> = {
  indicator: { vi: 'chỉ tiêu không có trong danh mục hoặc là chỉ tiêu tính toán', en: 'unknown or derived indicator' },
  category: { vi: 'phân tổ không có trong danh mục của chỉ tiêu', en: 'unknown category for this indicator' },
  period: {
    vi: 'kỳ không hợp lệ (dùng 2023-05, 2023-Q2, 2023-H1, 2023 hoặc 2023-01/2023-05)',
    en: 'invalid period (use 2023-05, 2023-Q2, 2023-H1, 2023 or 2023-01/2023-05)',
  },
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
    problems.push(
      problem(
        row,
        column,
        v,
        `"${v}" không phải số viết với dấu chấm thập phân (ví dụ 36539.5, không dùng dấu phân cách hàng nghìn)`,
        `"${v}" is not a number with a . decimal point (e.g. 36539.5, no thousands separators)`,
      ),
    );
    return undefined;
  }
  if (!Number.isFinite(Number(v))) {
    problems.push(problem(row, column, v, 'số quá lớn', 'the number is too large'));
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
    records = parse(csv, { bom: true, columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true }) as Record<
      string,
      string
    >[];
  } catch (error) {
    throw new AppError('import_refused', 'The file is not valid CSV', {
      problems: [problem(0, '-', '', `tệp CSV không hợp lệ: ${(error as Error).message}`, `not valid CSV: ${(error as Error).message}`)],
    });
  }
  const header = parse(csv, { bom: true, to_line: 1 })[0] as string[] | undefined;
  const kind = header ? detectCsvKind(header) : null;
  if (!kind) {
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
  const report: ImportReport = { kind, dryRun: opts.dryRun, rows: records.length, written: 0, unchanged: 0, problems: [], importId: null };
  const sha256 = createHash('sha256').update(csv).digest('hex');
  const cache: Cache = {
    defs: await loadIndicatorDefs(db),
    categories: new Set((await findCategories(db)).map((c) => `${c.indicator_code}|${c.code}`)),
    orgunits: new Map(),
    periods: new Map(),
  };
  report.problems.push(...unstorableCells(records));
  await preloadOrgunits(
    db,
    records.map((r) => r.orgunit ?? ''),
    cache,
  );
  const staged = kind === 'figures' ? stageFigures(actor, records, report.problems, cache, opts.fileName) : [];
  if (report.problems.length) throw new AppError('import_refused', `${report.problems.length} problem(s); nothing was written`, { ...report });
  const Rollback = Symbol('rollback');
  let counts = {};
  try {
    await db.transaction().execute(async (trx) => {
      const importRow = await trx
        .insertInto('figure_import')
        .values({ file_name: opts.fileName, sha256, kind, rows_total: records.length, rows_written: 0, imported_by: actor?.userId ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (kind === 'figures') {
        report.problems.push(...(await publishedMonthProblems(trx, actor, staged)));
        if (report.problems.length) throw Rollback;
        report.written = await writeFiguresBulk(trx, staged, { importId: importRow.id, userId: actor?.userId ?? null, sourceKind: 'import' });
      } else {
        const plans = await importPlans(trx, actor, records, report.problems, cache);
        report.written = plans.written;
        counts = { created: plans.created, adjusted: plans.adjusted };
      }
      report.unchanged = records.length - report.written;
      if (report.problems.length || opts.dryRun) throw Rollback;
      await trx.updateTable('figure_import').set({ rows_written: report.written }).where('id', '=', importRow.id).execute();
      await recordAudit(trx, actor, {
        entity: 'figure_import',
        entityId: importRow.id,
        action: 'import',
        before: null,
        after: { fileName: opts.fileName, sha256, kind, rows: records.length, written: report.written, ...counts },
      });
      report.importId = importRow.id;
    });
  } catch (error) {
    // Another writer added a vintage of one of these figures while the import ran: nothing was written.
    if ((error as { code?: string }).code === '23505')
      throw new AppError('conflict', 'Someone saved some of these figures at the same moment; nothing was written: import the file again');
    if (error !== Rollback) throw error;
  }
  if (report.problems.length) throw new AppError('import_refused', `${report.problems.length} problem(s); nothing was written`, { ...report });
  // PGlite runs no autovacuum: without fresh statistics the planner reads whole units for a month's figures.
  if (!opts.dryRun && report.written >= ANALYZE_AFTER) await sql`analyze figure_vintage, figure_latest`.execute(db);
  return report;
}

/** After writing this many vintages, the import refreshes the planner's statistics of the figures table. */
const ANALYZE_AFTER = 10_000;

type Cache = KeyCache & { defs: Awaited<ReturnType<typeof loadIndicatorDefs>> };

/** PostgreSQL text cannot hold the NUL character: a cell with one is refused by row and column (not a 500 later). */
function unstorableCells(records: Record<string, string>[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const [i, r] of records.entries()) {
    for (const [column, value] of Object.entries(r)) {
      if (value.includes('\u0000'))
        problems.push(
          problem(i + 2, column, value.replace(/\u0000/g, '\\0'), 'ô chứa ký tự NUL, không lưu được', 'the cell holds a NUL character, which cannot be stored'),
        );
    }
  }
  return problems;
}

function appProblem(error: unknown, line: number, r: Record<string, string>): ImportProblem {
  if (!(error instanceof AppError)) throw error;
  const field = ((error.details?.fields as { path: string }[] | undefined)?.[0]?.path ?? 'value').replace(/^body\./, '');
  const text = FIELD_TEXT[field] ?? { vi: error.message, en: error.message };
  return problem(line, field, r[field] ?? '', text.vi, error.code === 'not_found' ? error.message : text.en);
}

async function preloadOrgunits(db: Db, refs: string[], cache: Cache) {
  for (const ref of new Set(refs)) {
    try {
      const [o] = await resolveOrgunits(db, [ref]);
      cache.orgunits.set(ref, o!);
    } catch (error) {
      if (!(error instanceof AppError)) throw error; // reported per row below
    }
  }
}

function inScope(actor: Actor | null, o: ResolvedOrgunit | undefined) {
  return !actor || !o || coversProvinces(actor, o.provinceCodes);
}

const OUT_OF_SCOPE = ['đơn vị nằm ngoài phạm vi tỉnh của bạn', 'the unit is outside your province scope'] as const;

/** Validates every figure row in memory and keys it; problems are collected, nothing is written. */
function stageFigures(actor: Actor | null, records: Record<string, string>[], problems: ImportProblem[], cache: Cache, fileName: string): StagedFigure[] {
  const staged: StagedFigure[] = [];
  const seen = new Map<string, number>();
  for (const [i, r] of records.entries()) {
    const line = i + 2;
    const before = problems.length;
    const value = numberCell(line, 'value', r.value, problems);
    const status = (r.status ?? '').trim();
    if (!(STATUSES as readonly string[]).includes(status))
      problems.push(
        problem(line, 'status', status, 'trạng thái phải là estimate, preliminary hoặc official', 'status must be estimate, preliminary or official'),
      );
    const base = r.base?.trim() || undefined;
    if (base && !['level', 'same_period', 'prev_month'].includes(base))
      problems.push(problem(line, 'base', base, 'gốc so sánh phải là level, same_period hoặc prev_month', 'base must be level, same_period or prev_month'));
    if (!cache.orgunits.has(r.orgunit ?? '')) {
      problems.push(
        problem(
          line,
          'orgunit',
          r.orgunit ?? '',
          `không có đơn vị hành chính mã "${r.orgunit ?? ''}"`,
          `no administrative unit with code "${r.orgunit ?? ''}"`,
        ),
      );
      continue;
    }
    if (!inScope(actor, cache.orgunits.get(r.orgunit ?? ''))) {
      problems.push(problem(line, 'orgunit', r.orgunit ?? '', ...OUT_OF_SCOPE));
      continue;
    }
    try {
      const { key, year } = keyFigure(
        {
          indicator: r.indicator ?? '',
          orgunit: r.orgunit ?? '',
          period: r.period ?? '',
          category: r.category?.trim() || null,
          base: base as FigureBase | undefined,
        },
        cache,
      );
      if (problems.length > before || value === undefined || value === null) continue;
      const id = `${key.unitId}|${key.indicator}|${key.period}|${key.category}|${key.base}`;
      if (seen.has(id)) {
        problems.push(
          problem(
            line,
            'period',
            r.period ?? '',
            `trùng với dòng ${seen.get(id)} (cùng chỉ tiêu, đơn vị, kỳ, phân tổ)`,
            `duplicates row ${seen.get(id)} (same indicator, unit, period, category)`,
          ),
        );
        continue;
      }
      seen.set(id, line);
      staged.push({
        indicator_code: key.indicator,
        unit_id: key.unitId,
        province_code: key.provinceCode,
        period: key.period,
        period_year: year,
        category: key.category,
        base: key.base,
        value,
        status: status as FigureStatus,
        source: { file: fileName, row: line },
        note: r.note?.trim() || null,
        reason: r.reason?.trim() || null,
      });
    } catch (error) {
      problems.push(appProblem(error, line, r));
    }
  }
  return staged;
}

/**
 * Checks every plan row's form, then writes the good ones set-based (plans.bulk.ts, savePlan's rules); the problems
 * come in row order, as they did row by row.
 */
async function importPlans(db: Db, actor: Actor | null, records: Record<string, string>[], problems: ImportProblem[], cache: Cache) {
  const byLine = new Map<number, ImportProblem[]>();
  const rows: PlanRow[] = [];
  const lines: number[] = [];
  const seen = new Map<string, number>();
  for (const [i, r] of records.entries()) {
    const checked = checkPlanRow(actor, i + 2, r, cache);
    if ('problems' in checked) {
      byLine.set(i + 2, checked.problems);
      continue;
    }
    // One plan per indicator, unit, year and category: a second row for it would make the file's meaning depend on row order.
    const { indicator, orgunit, year, category } = checked.row;
    const id = `${indicator}|${cache.orgunits.get(orgunit)!.unit.id}|${year}|${category ?? ''}`;
    const first = seen.get(id);
    if (first !== undefined) {
      byLine.set(i + 2, [
        problem(
          i + 2,
          'year',
          r.year ?? '',
          `trùng với dòng ${first} (cùng chỉ tiêu, đơn vị, năm, phân tổ)`,
          `duplicates row ${first} (same indicator, unit, year, category)`,
        ),
      ]);
      continue;
    }
    seen.set(id, i + 2);
    rows.push(checked.row);
    lines.push(i + 2);
  }
  const result = await writePlansBulk(db, actor, rows, cache);
  for (const [index, error] of result.errors) byLine.set(lines[index]!, [appProblem(error, lines[index]!, records[lines[index]! - 2]!)]);
  problems.push(...[...byLine.entries()].sort(([a], [b]) => a - b).flatMap(([, p]) => p));
  return result;
}

/** One plan row's form: numbers, year, a plan or a growth, the unit known and in scope. */
function checkPlanRow(actor: Actor | null, line: number, r: Record<string, string>, cache: Cache): { row: PlanRow } | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const plan = numberCell(line, 'plan', r.plan, problems, true);
  const growth = numberCell(line, 'growth', r.growth, problems, true);
  if (!/^\d{4}$/.test(r.year ?? '')) problems.push(problem(line, 'year', r.year ?? '', 'năm phải có 4 chữ số', 'the year must have 4 digits'));
  if ((plan === null || plan === undefined) && (growth === null || growth === undefined))
    problems.push(problem(line, 'plan', r.plan ?? '', 'cần giá trị kế hoạch hoặc tốc độ tăng (growth)', 'a plan value or a growth rate is needed'));
  if (!cache.orgunits.has(r.orgunit ?? ''))
    problems.push(
      problem(line, 'orgunit', r.orgunit ?? '', `không có đơn vị hành chính mã "${r.orgunit ?? ''}"`, `no administrative unit with code "${r.orgunit ?? ''}"`),
    );
  else if (!inScope(actor, cache.orgunits.get(r.orgunit ?? ''))) problems.push(problem(line, 'orgunit', r.orgunit ?? '', ...OUT_OF_SCOPE));
  if (problems.length) return { problems };
  return {
    row: {
      indicator: r.indicator ?? '',
      orgunit: r.orgunit ?? '',
      year: Number(r.year),
      category: r.category?.trim() || null,
      plan: plan ?? null,
      growth: plan === null ? (growth ?? null) : null,
      basis: r.basis?.trim() || null,
    },
  };
}

/**
 * A published month is locked: a row that would change one is refused, unless a director gives a reason
 * (column `reason`), which is kept on the new vintage. Unchanged rows pass, so re-importing stays idempotent.
 */
async function publishedMonthProblems(trx: Db, actor: Actor | null, staged: StagedFigure[]): Promise<ImportProblem[]> {
  const months = staged.filter((r) => /^\d{4}-\d{2}$/.test(r.period));
  const locked = await lockedMonths(
    trx,
    months.map((r) => ({ unitId: r.unit_id, provinceCode: r.province_code, period: r.period })),
  );
  if (!locked.size) return [];
  const problems: ImportProblem[] = [];
  for (const r of months.filter((m) => locked.has(`${m.unit_id}|${m.period}`))) {
    const latest = await findLatestVintage(trx, {
      indicator: r.indicator_code,
      unitId: r.unit_id,
      provinceCode: r.province_code,
      year: r.period_year,
      period: r.period,
      category: r.category,
      base: r.base,
    });
    if (!latest || (Number(latest.value) === r.value && latest.status === r.status)) continue;
    if (actor?.role === 'director' && r.reason) continue;
    const row = Number((r.source as { row?: number } | null)?.row ?? 0);
    problems.push(
      actor?.role === 'director'
        ? problem(
            row,
            'reason',
            '',
            `tháng ${r.period} đã công bố: cần ghi lý do điều chỉnh ở cột reason`,
            `month ${r.period} is published: give the reason for the change in the reason column`,
          )
        : problem(
            row,
            'period',
            r.period,
            `tháng ${r.period} đã công bố và bị khóa; chỉ Giám đốc được điều chỉnh (kèm lý do)`,
            `month ${r.period} is published and locked; only a director may change it, with a reason`,
          ),
    );
  }
  return problems;
}
