import type { RowMeaning } from './categories';
import { readNumberCell } from './cell-read';
import type { NumberRead } from './cell-read';
import { cellAt, cellRef } from './grid';
import type { Sheet } from './grid';
import type { PeriodReading } from './periods-vi';
import { makeProblem } from './problems';
import type { StatColumn, StatTable } from './stat-table';
import type { CellProblem, Locale, ParsedFigure } from './types';

/** How one value column of a statistics-office table is imported: its period, revision flag and unit conversion. */
export type ColumnPlan = {
  col: StatColumn;
  reading: PeriodReading;
  revision: boolean;
  convert: (read: Extract<NumberRead, { kind: 'number' }>) => { value: number; note?: string };
};

/** A month column earlier than the report month (the latest month among the headers) is the office's revision of that month. */
export function revisionFlags(readings: readonly (PeriodReading | null)[]): boolean[] {
  const idx = (r: PeriodReading) => r.year * 12 + r.endMonth;
  const months = readings.filter((r): r is PeriodReading => r?.kind === 'month');
  const report = months.length > 0 ? Math.max(...months.map(idx)) : undefined;
  return readings.map((r) => r?.kind === 'month' && report !== undefined && idx(r) < report);
}

/** A refusal for a column whose header gives no period, raised only when the column holds values. */
export function headerProblem(sheet: Sheet, table: StatTable, col: StatColumn): CellProblem | null {
  const hasData = table.rows.some((r) => cellAt(sheet, r.row, col.col).kind !== 'empty');
  if (!hasData) return null;
  return makeProblem('unknown_column_header', sheet.name, col.headerRef, { header: col.header }, { details: { header: col.header } });
}

/** Turns the recognised rows × planned columns of a table into figures, refusing unreadable cells one by one. */
export function collectStatFigures(
  sheet: Sheet,
  table: StatTable,
  locale: Locale,
  plans: readonly ColumnPlan[],
  meaningOf: (m: RowMeaning) => RowMeaning = (m) => m,
): { figures: ParsedFigure[]; problems: CellProblem[] } {
  const figures: ParsedFigure[] = [];
  const problems: CellProblem[] = [];
  for (const row of table.rows) {
    const reads = plans.map((p) => ({ plan: p, read: readNumberCell(sheet, row.row, p.col.col, locale) }));
    const hasValue = reads.some((x) => x.read.kind !== 'missing');
    if (row.meaning === null || row.meaning === 'repeated') {
      if (!hasValue) continue;
      problems.push(
        row.meaning === null
          ? makeProblem('unknown_row_label', sheet.name, row.labelRef, { label: row.label }, { details: { label: row.label } })
          : makeProblem('repeated_row_label', sheet.name, row.labelRef, { label: row.label, other: row.firstRef }),
      );
      continue;
    }
    const meaning = meaningOf(row.meaning);
    for (const { plan, read } of reads) {
      const ref = cellRef(row.row, plan.col.col);
      if (read.kind === 'refused') problems.push(read.problem);
      else if (read.kind === 'missing') {
        if (hasValue) problems.push(makeProblem('missing_value', sheet.name, ref, { raw: read.marker }));
      } else {
        const { value, note } = plan.convert(read);
        figures.push({
          indicator: meaning.indicator,
          category: meaning.category,
          period: plan.reading.period,
          base: plan.reading.base,
          value,
          status: plan.reading.status,
          revision: plan.revision,
          source: { sheet: sheet.name, cell: ref, header: plan.col.header, rowLabel: row.label },
          ...(note ? { note } : {}),
        });
      }
    }
  }
  return { figures, problems };
}

/** A note saying a number was read from text, so the officer can check the reading. */
export function textNote(read: { fromText?: string }): string | undefined {
  return read.fromText === undefined ? undefined : `Đọc từ chữ "${read.fromText}" / read from the text "${read.fromText}"`;
}
