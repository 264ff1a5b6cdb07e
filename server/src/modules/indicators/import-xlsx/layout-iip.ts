import { asPrinted } from './cell-read';
import { IIP_ROWS } from './categories';
import type { Sheet } from './grid';
import { parsePeriodHeader } from './periods-vi';
import { makeProblem } from './problems';
import { collectStatFigures, headerProblem, revisionFlags, textNote } from './stat-figures';
import type { ColumnPlan } from './stat-figures';
import { findStatTable } from './stat-table';
import { foldVi } from './text-vi';
import type { CellProblem, Locale, SheetResult } from './types';

/** Recognises the statistics office's IIP table (VSIC rows × `Tháng …/… so với …` headers, one row or several); null otherwise. */
export function parseIipSheet(sheet: Sheet, locale: Locale): SheetResult | null {
  const table = findStatTable(sheet, IIP_ROWS);
  if (!table) return null;
  const context = foldVi(`${table.title} ${table.unit?.text ?? ''}`);
  // The same industry rows also carry output values (Giá trị sản xuất): only an index table is IIP.
  if (/gia tri|doanh thu|ty dong|trieu dong/.test(context)) return null;
  const readings = table.columns.map((c) => parsePeriodHeader(c.header, table.contextYear));
  if (!readings.some((r) => r !== null && r.base !== 'level')) return null;
  if (!/chi so san xuat|\biip\b/.test(foldVi(`${table.title} ${sheet.name}`)) && table.unit?.text.trim() !== '%') return null;

  const revisions = revisionFlags(readings);
  const problems: CellProblem[] = [];
  const plans: ColumnPlan[] = [];
  table.columns.forEach((col, i) => {
    const reading = readings[i] ?? null;
    if (!reading) {
      const p = headerProblem(sheet, table, col);
      if (p) problems.push(p);
      return;
    }
    if (reading.base === 'level') {
      problems.push(makeProblem('missing_base', sheet.name, col.headerRef, { header: col.header }));
      return;
    }
    plans.push({
      col,
      reading,
      revision: revisions[i] ?? false,
      convert: (read) => {
        const note = read.percentFormat
          ? 'Ô định dạng phần trăm: lấy chỉ số như hiển thị (×100) / percent-formatted cell: index as displayed (×100)'
          : textNote(read);
        return { value: asPrinted(read), ...(note ? { note } : {}) };
      },
    });
  });
  const out = collectStatFigures(sheet, table, locale, plans);
  return { layout: 'iip', figures: out.figures, plans: [], problems: [...problems, ...out.problems] };
}
