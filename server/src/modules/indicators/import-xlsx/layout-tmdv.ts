import { asPrinted } from './cell-read';
import { RETAIL_ROWS } from './categories';
import type { RowMeaning } from './categories';
import type { Sheet } from './grid';
import { parsePeriodHeader } from './periods-vi';
import { makeProblem } from './problems';
import { collectStatFigures, headerProblem, revisionFlags, textNote } from './stat-figures';
import type { ColumnPlan } from './stat-figures';
import { findStatTable } from './stat-table';
import type { CellProblem, Locale, SheetResult } from './types';
import { conversionNote, convertValue, unitConversion } from './units';

const SERVICES = new Set(['accommodation', 'food_service', 'accommodation_food', 'travel', 'other_services']);

/** Recognises the statistics office's retail table (TMDV: total, components or goods groups); money converted to tỷ đồng; null otherwise. */
export function parseTmdvSheet(sheet: Sheet, locale: Locale): SheetResult | null {
  const table = findStatTable(sheet, RETAIL_ROWS);
  if (!table) return null;
  const readings = table.columns.map((c) => parsePeriodHeader(c.header, table.contextYear));
  if (!readings.some((r) => r !== null)) return null;

  // A sheet with the service rows is the total (RETAIL); a sheet of goods groups only is goods retail (RETAIL_GOODS).
  const categories = table.rows.flatMap((r) => (r.meaning && r.meaning !== 'repeated' ? [r.meaning.category] : []));
  const main = categories.filter((c) => c !== null && SERVICES.has(c)).length >= 2 ? 'RETAIL' : 'RETAIL_GOODS';
  const meaningOf = (m: RowMeaning): RowMeaning => {
    if (m.category === null || (main === 'RETAIL_GOODS' && m.indicator === 'RETAIL' && m.category === 'goods')) return { indicator: main, category: null };
    return m;
  };

  const unit = table.unit ? unitConversion(main, table.unit.text) : null;
  const revisions = revisionFlags(readings);
  const problems: CellProblem[] = [];
  const plans: ColumnPlan[] = [];
  let unitReported = false;
  table.columns.forEach((col, i) => {
    const reading = readings[i] ?? null;
    if (!reading) {
      const p = headerProblem(sheet, table, col);
      if (p) problems.push(p);
      return;
    }
    const revision = revisions[i] ?? false;
    if (reading.base !== 'level') {
      plans.push({ col, reading, revision, convert: (read) => withNote(asPrinted(read), textNote(read)) });
      return;
    }
    if (!unit) {
      if (!unitReported) problems.push(makeProblem('unit_missing', sheet.name, table.unit?.ref ?? col.headerRef, { raw: table.unit?.text }));
      unitReported = true;
      return;
    }
    plans.push({
      col,
      reading,
      revision,
      convert: (read) => {
        const note = conversionNote(unit, read.fromText ?? String(read.value)) ?? textNote(read);
        return withNote(convertValue(read.value, unit), note);
      },
    });
  });
  const out = collectStatFigures(sheet, table, locale, plans, meaningOf);
  return { layout: 'tmdv', figures: out.figures, plans: [], problems: [...problems, ...out.problems] };
}

function withNote(value: number, note: string | undefined): { value: number; note?: string } {
  return note ? { value, note } : { value };
}
