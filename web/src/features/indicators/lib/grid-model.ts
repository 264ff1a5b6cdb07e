/**
 * The entry grid's arithmetic, without React: which rows show (folded categories), which columns (the months and the
 * stored aggregates), which status a save gets by default, and what a pasted block would change.
 */
import type { FigureStatus } from '../api/types';
import { emptyCell, type Grid, type GridCell, type GridRow } from '../api/grid';
import { parseNumberText, type Separators } from './parse-number';

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** True for a month (YYYY-MM): the only periods that are published and locked. */
export function isMonthPeriod(period: string): boolean {
  return monthPattern.test(period);
}

/** Where an aggregate sorts: quarters, halves, years to date by their last month, then the year. */
function aggregateOrder(period: string): [number, number] {
  let m: RegExpMatchArray | null;
  if ((m = period.match(/^\d{4}-Q([1-4])$/))) return [1, Number(m[1])];
  if ((m = period.match(/^\d{4}-H([12])$/))) return [2, Number(m[1])];
  if ((m = period.match(/^\d{4}-\d{2}\/\d{4}-(\d{2})$/))) return [3, Number(m[1])];
  if (/^\d{4}$/.test(period)) return [4, 0];
  return [5, 0];
}

/** The columns of the grid: the twelve months, then (when asked) every aggregate some row has stored, in order. */
export function gridColumns(grid: Pick<Grid, 'months' | 'rows'>, withAggregates: boolean): string[] {
  if (!withAggregates) return [...grid.months];
  const aggregates = new Set<string>();
  for (const row of grid.rows) for (const period of Object.keys(row.reported)) aggregates.add(period);
  const sorted = [...aggregates].sort((a, b) => {
    const [ka, na] = aggregateOrder(a);
    const [kb, nb] = aggregateOrder(b);
    return ka - kb || na - nb || a.localeCompare(b);
  });
  return [...grid.months, ...sorted];
}

/** The cell of a row in a column (an aggregate the row has not stored is an empty cell). */
export function cellOf(row: GridRow, period: string): GridCell {
  if (isMonthPeriod(period)) {
    const cell = row.cells.find((c) => c.period === period);
    if (cell) return cell;
  }
  return row.reported[period] ?? emptyCell(period);
}

/** The id of the row a category row folds under: its parent category's row, or the indicator's total row. */
export function parentRowId(row: GridRow): string | null {
  if (row.level === 0) return null;
  return `${row.indicator}|${row.parent ?? ''}|${row.base}`;
}

/** Whether a row has rows folded under it (an indicator with categories; a section with divisions). */
export function hasChildren(row: GridRow, rows: readonly GridRow[]): boolean {
  if (row.level === 0) return row.categoryCount > 0 && rows.some((r) => r.indicator === row.indicator && r.base === row.base && r.level === 1);
  return rows.some((r) => r.indicator === row.indicator && r.base === row.base && r.parent === row.category);
}

/** The rows to show: every total, and the categories of the expanded rows (a division only when its section is open too). */
export function visibleRows(rows: readonly GridRow[], expanded: ReadonlySet<string>): GridRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const shown = (row: GridRow): boolean => {
    const parent = parentRowId(row);
    if (parent === null) return true;
    const parentRow = byId.get(parent);
    return expanded.has(parent) && (!parentRow || shown(parentRow));
  };
  return rows.filter(shown);
}

/** The latest month of the year with any figure in a total row, or null. */
export function latestMonthWithData(grid: Pick<Grid, 'rows'>): string | null {
  let latest: string | null = null;
  for (const row of grid.rows) {
    if (row.level !== 0) continue;
    for (const cell of row.cells) if (cell.value !== null && (latest === null || cell.period > latest)) latest = cell.period;
  }
  return latest;
}

/** The status chosen on the screen: automatic, or one for every save. */
export type StatusChoice = 'auto' | FigureStatus;

/**
 * The status a save gets: the one chosen; automatically, an estimate for the latest month (and anything newer, or a
 * cell with no status yet), and the cell's own status for an earlier period (correcting a figure keeps its standing).
 */
export function statusForSave(choice: StatusChoice, cell: GridCell, latest: string | null): FigureStatus {
  if (choice !== 'auto') return choice;
  if (!cell.status) return 'estimate';
  const end = cell.period.includes('/') ? cell.period.split('/')[1]! : cell.period;
  if (latest === null || (isMonthPeriod(end) && end >= latest)) return 'estimate';
  return cell.status;
}

/** Who edits: a reader, an officer (not published months), or a director (published months with a reason). */
export type Editor = 'none' | 'officer' | 'director';

/** Whether a cell may be changed by this user: never by a reader; a published month only by a director. */
export function isEditable(cell: GridCell, editor: Editor): boolean {
  if (editor === 'none') return false;
  return !cell.published || editor === 'director';
}

/** One change a pasted block would make. */
export type PasteChange = { row: GridRow; cell: GridCell; value: number };

/** What pasting a block at a cell would do: the changes, and every cell that will not be saved, with why. */
export type PastePlan = {
  changes: PasteChange[];
  invalid: { row: GridRow; period: string; text: string }[];
  locked: { row: GridRow; period: string }[];
  unchanged: number;
  empty: number;
  outside: number;
};

/** Plans a paste: the block's top-left cell goes to (row, column) of the visible grid; empty cells are skipped, never zero. */
export function planPaste(
  block: string[][],
  start: { row: number; column: number },
  rows: readonly GridRow[],
  columns: readonly string[],
  editor: Editor,
  separators: Separators,
): PastePlan {
  const plan: PastePlan = { changes: [], invalid: [], locked: [], unchanged: 0, empty: 0, outside: 0 };
  block.forEach((line, i) =>
    line.forEach((text, j) => {
      const row = rows[start.row + i];
      const period = columns[start.column + j];
      const parsed = parseNumberText(text, separators);
      if (parsed.kind === 'empty') {
        plan.empty += 1;
        return;
      }
      if (!row || !period) {
        plan.outside += 1;
        return;
      }
      if (parsed.kind === 'invalid') {
        plan.invalid.push({ row, period, text: parsed.text });
        return;
      }
      const cell = cellOf(row, period);
      if (cell.value === parsed.value) plan.unchanged += 1;
      else if (!isEditable(cell, editor)) plan.locked.push({ row, period });
      else plan.changes.push({ row, cell, value: parsed.value });
    }),
  );
  return plan;
}
