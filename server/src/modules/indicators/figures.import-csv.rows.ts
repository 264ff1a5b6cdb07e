import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { coversProvinces } from '../../core/access';
import { AppError } from '../../core/errors';
import type { KeyCache } from './figures.service';
import { resolveOrgunits, type ResolvedOrgunit } from './figures.units';
import { loadIndicatorDefs } from './figures.context';
import { findCategories } from './indicators.repository';

/** A refused cell, named by row and column, in Vietnamese and English. */
export type ImportProblem = { row: number; column: string; value: string; message: { vi: string; en: string } };

/** The catalogue and the units an import keys its rows against, loaded once per file. */
export type Cache = KeyCache & { defs: Awaited<ReturnType<typeof loadIndicatorDefs>> };

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

const OUT_OF_SCOPE = ['đơn vị nằm ngoài phạm vi tỉnh của bạn', 'the unit is outside your province scope'] as const;

/** One refused cell, its message prefixed with the row and the column. */
export function problem(row: number, column: string, value: string, vi: string, en: string): ImportProblem {
  return { row, column, value: value.slice(0, 80), message: { vi: `Dòng ${row}, cột ${column}: ${vi}`, en: `Row ${row}, column ${column}: ${en}` } };
}

/** A second row for the same figure (told apart by period) or plan (by year), naming the row that came first. */
export function duplicateRowProblem(line: number, column: 'period' | 'year', value: string, first: number): ImportProblem {
  const vi = column === 'period' ? 'kỳ' : 'năm';
  return problem(
    line,
    column,
    value,
    `trùng với dòng ${first} (cùng chỉ tiêu, đơn vị, ${vi}, phân tổ)`,
    `duplicates row ${first} (same indicator, unit, ${column}, category)`,
  );
}

/** A number cell: the number, null for an empty optional cell, or undefined with a problem pushed. */
export function numberCell(row: number, column: string, raw: string | undefined, problems: ImportProblem[], optional = false): number | null | undefined {
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

/** PostgreSQL text cannot hold the NUL character: a cell with one is refused by row and column (not a 500 later). */
export function unstorableCells(records: Record<string, string>[]): ImportProblem[] {
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

/** An AppError from the catalogue checks as a problem on the field it names; any other error is rethrown. */
export function appProblem(error: unknown, line: number, r: Record<string, string>): ImportProblem {
  if (!(error instanceof AppError)) throw error;
  const field = ((error.details?.fields as { path: string }[] | undefined)?.[0]?.path ?? 'value').replace(/^body\./, '');
  const text = FIELD_TEXT[field] ?? { vi: error.message, en: error.message };
  return problem(line, field, r[field] ?? '', text.vi, error.code === 'not_found' ? error.message : text.en);
}

/** The catalogue's indicators and categories; the units come with preloadOrgunits. */
export async function loadImportCache(db: Db): Promise<Cache> {
  return {
    defs: await loadIndicatorDefs(db),
    categories: new Set((await findCategories(db)).map((c) => `${c.indicator_code}|${c.code}`)),
    orgunits: new Map(),
    periods: new Map(),
  };
}

/** Resolves each distinct unit code once; an unknown one is left out and reported per row. */
export async function preloadOrgunits(db: Db, refs: string[], cache: Cache) {
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

/** The row's unit unknown or outside the actor's provinces, as a problem; null when it is fine. */
export function orgunitProblem(actor: Actor | null, line: number, r: Record<string, string>, cache: Cache): ImportProblem | null {
  const code = r.orgunit ?? '';
  if (!cache.orgunits.has(code)) return problem(line, 'orgunit', code, `không có đơn vị hành chính mã "${code}"`, `no administrative unit with code "${code}"`);
  if (!inScope(actor, cache.orgunits.get(code))) return problem(line, 'orgunit', code, ...OUT_OF_SCOPE);
  return null;
}
