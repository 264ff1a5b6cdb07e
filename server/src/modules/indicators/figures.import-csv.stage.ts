import type { Actor } from '../../core/access';
import { keyFigure } from './figures.service';
import { keyColumns } from './figures.repository';
import type { StagedFigure } from './figures.bulk';
import type { FigureBase, FigureStatus } from './compute';
import { appProblem, duplicateRowProblem, numberCell, orgunitProblem, problem, type Cache, type ImportProblem } from './figures.import-csv.rows';

const STATUSES = ['estimate', 'preliminary', 'official'] as const;
const BASES = ['level', 'same_period', 'prev_month'];

type Row = Record<string, string>;
type Cells = { value: number | null | undefined; status: string; base: string | undefined };
type Keyed = ReturnType<typeof keyFigure>;

/** What staging carries from row to row: the rows kept so far and the line each figure was first seen on. */
type Staging = { actor: Actor | null; cache: Cache; fileName: string; problems: ImportProblem[]; seen: Map<string, number>; staged: StagedFigure[] };

/** Validates every figure row in memory and keys it; problems are collected, nothing is written. */
export function stageFigures(actor: Actor | null, records: Row[], problems: ImportProblem[], cache: Cache, fileName: string): StagedFigure[] {
  const s: Staging = { actor, cache, fileName, problems, seen: new Map(), staged: [] };
  for (const [i, r] of records.entries()) stageRow(s, i + 2, r);
  return s.staged;
}

function stageRow(s: Staging, line: number, r: Row) {
  const before = s.problems.length;
  const cells = figureCells(line, r, s.problems);
  const unit = orgunitProblem(s.actor, line, r, s.cache);
  if (unit) return void s.problems.push(unit);
  const keyed = keyRow(line, r, cells.base, s);
  if (!keyed || s.problems.length > before || cells.value === undefined || cells.value === null) return;
  const id = `${keyed.key.unitId}|${keyed.key.indicator}|${keyed.key.period}|${keyed.key.category}|${keyed.key.base}`;
  const first = s.seen.get(id);
  if (first !== undefined) return void s.problems.push(duplicateRowProblem(line, 'period', r.period ?? '', first));
  s.seen.set(id, line);
  s.staged.push(stagedFigure(line, r, keyed, { ...cells, value: cells.value }, s.fileName));
}

/** The value, status and base cells of one row; a bad one adds a problem. */
function figureCells(line: number, r: Row, problems: ImportProblem[]): Cells {
  const value = numberCell(line, 'value', r.value, problems);
  const status = (r.status ?? '').trim();
  if (!(STATUSES as readonly string[]).includes(status))
    problems.push(
      problem(line, 'status', status, 'trạng thái phải là estimate, preliminary hoặc official', 'status must be estimate, preliminary or official'),
    );
  const base = r.base?.trim() || undefined;
  if (base && !BASES.includes(base))
    problems.push(problem(line, 'base', base, 'gốc so sánh phải là level, same_period hoặc prev_month', 'base must be level, same_period or prev_month'));
  return { value, status, base };
}

/** The row's storage key, or null with a problem when the catalogue refuses it. */
function keyRow(line: number, r: Row, base: string | undefined, s: Staging): Keyed | null {
  try {
    const input = { indicator: r.indicator ?? '', orgunit: r.orgunit ?? '', period: r.period ?? '', category: r.category?.trim() || null };
    return keyFigure({ ...input, base: base as FigureBase | undefined }, s.cache);
  } catch (error) {
    s.problems.push(appProblem(error, line, r));
    return null;
  }
}

function stagedFigure(line: number, r: Row, { key, year }: Keyed, cells: Cells & { value: number }, fileName: string): StagedFigure {
  return {
    ...keyColumns(key, year),
    value: cells.value,
    status: cells.status as FigureStatus,
    source: { file: fileName, row: line },
    note: r.note?.trim() || null,
    reason: r.reason?.trim() || null,
  };
}
