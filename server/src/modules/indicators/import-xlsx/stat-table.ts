import { makeRowLookup, resolveOccurrences } from './categories';
import type { RowEntry, RowMeaning } from './categories';
import { cellAt, cellRef, headerText, parseRef } from './grid';
import type { Sheet } from './grid';
import { foldVi } from './text-vi';

/** A value column of a statistics-office table with its header joined top to bottom over the header band. */
export type StatColumn = { col: number; header: string; headerRef: string };

/** A data row with its label and what it means ('repeated' when a name comes back too often; null when unknown). */
export type StatRow = { row: number; label: string; labelRef: string; meaning: RowMeaning | 'repeated' | null; firstRef?: string };

/** The table found in a sheet: label column, header band, value columns, data rows, stated unit and report year. */
export type StatTable = {
  labelCol: number;
  columns: StatColumn[];
  rows: StatRow[];
  unit: { text: string; ref: string } | null;
  contextYear: number | undefined;
  title: string;
  matched: number;
};

const UNIT_NOTE = /^(?:don vi tinh|dvt|don vi)\s*[:.]?\s*(.*)$/;
const MAX_HEADER_ROWS = 6;

/** Finds a table whose row labels come from `table` (at least `minRows` of them); null when the sheet has none. */
export function findStatTable(sheet: Sheet, table: readonly RowEntry[], minRows = 3): StatTable | null {
  const lookup = makeRowLookup(table);
  const label = findLabelColumn(sheet, lookup);
  if (!label || label.count < minRows) return null;
  const { col: labelCol, firstRow } = label;
  const bandTop = findBandTop(sheet, labelCol, firstRow);
  const columns: StatColumn[] = [];
  for (let c = labelCol + 1; c <= sheet.cols; c++) {
    const joined = joinHeader(sheet, c, bandTop, firstRow - 1, labelCol);
    if (joined.header !== '' || columnHasData(sheet, c, firstRow)) columns.push({ col: c, ...joined });
  }
  const rows = readRows(sheet, labelCol, firstRow, lookup, columns);
  const above = textsAbove(sheet, firstRow);
  const titles = above.filter((t) => t.row < bandTop);
  const unit = findUnit(above, titles);
  const title = titles.map((t) => t.text).join(' ');
  return { labelCol, columns, rows, unit, contextYear: findYear(title, columns), title, matched: label.count };
}

function findLabelColumn(sheet: Sheet, lookup: (s: string) => RowEntry | null) {
  let best: { col: number; count: number; firstRow: number } | null = null;
  for (let c = 1; c <= Math.min(sheet.cols, 8); c++) {
    let count = 0;
    let firstRow = 0;
    for (let r = 1; r <= sheet.rows; r++) {
      const v = cellAt(sheet, r, c);
      if (v.kind !== 'text' || !lookup(v.text)) continue;
      count++;
      if (firstRow === 0) firstRow = r;
    }
    if (count > 0 && (!best || count > best.count)) best = { col: c, count, firstRow };
  }
  return best;
}

/** Texts of the header band at a row, ignoring unit notes and titles merged from the label column. */
function bandText(sheet: Sheet, row: number, col: number, labelCol: number): { text: string; ref: string } | null {
  const h = headerText(sheet, row, col);
  if (h.text === '' || parseRef(h.ref).col <= labelCol || UNIT_NOTE.test(foldVi(h.text))) return null;
  return h;
}

function findBandTop(sheet: Sheet, labelCol: number, firstRow: number): number {
  let top = firstRow;
  for (let r = firstRow - 1; r >= Math.max(1, firstRow - MAX_HEADER_ROWS); r--) {
    let any = false;
    for (let c = labelCol + 1; c <= sheet.cols && !any; c++) any = bandText(sheet, r, c, labelCol) !== null;
    if (!any) break;
    top = r;
  }
  return top;
}

/** Joins the header cells of a column top to bottom; a merged cell spanning several band rows counts once. */
function joinHeader(sheet: Sheet, col: number, top: number, bottom: number, labelCol: number): { header: string; headerRef: string } {
  const parts: string[] = [];
  const seen = new Set<string>();
  let headerRef = cellRef(Math.max(top, 1), col);
  for (let r = top; r <= bottom; r++) {
    const h = bandText(sheet, r, col, labelCol);
    if (!h || seen.has(h.ref)) continue;
    if (parts.length === 0) headerRef = cellRef(r, col);
    seen.add(h.ref);
    parts.push(h.text.replace(/\s+/g, ' ').trim());
  }
  return { header: parts.join(' '), headerRef };
}

function columnHasData(sheet: Sheet, col: number, firstRow: number): boolean {
  for (let r = firstRow; r <= sheet.rows; r++) if (cellAt(sheet, r, col).kind !== 'empty') return true;
  return false;
}

function readRows(sheet: Sheet, labelCol: number, firstRow: number, lookup: (s: string) => RowEntry | null, columns: readonly StatColumn[]): StatRow[] {
  const known: { row: number; label: string; labelRef: string; entry: RowEntry }[] = [];
  const unknown: StatRow[] = [];
  for (let r = firstRow; r <= sheet.rows; r++) {
    const { text: label } = headerText(sheet, r, labelCol);
    const labelRef = cellRef(r, labelCol);
    const entry = label === '' ? null : lookup(label);
    if (entry) known.push({ row: r, label, labelRef, entry });
    else if (columns.some((c) => cellAt(sheet, r, c.col).kind !== 'empty')) unknown.push({ row: r, label, labelRef, meaning: null });
  }
  const firstOf = new Map<RowEntry, string>();
  const resolved: StatRow[] = resolveOccurrences(known).map(({ entry, ...rest }) => {
    const firstRef = firstOf.get(entry);
    if (!firstRef) firstOf.set(entry, rest.labelRef);
    return rest.meaning === 'repeated' && firstRef ? { ...rest, firstRef } : rest;
  });
  return [...resolved, ...unknown].sort((a, b) => a.row - b.row);
}

function textsAbove(sheet: Sheet, firstRow: number): { row: number; ref: string; text: string }[] {
  const out: { row: number; ref: string; text: string }[] = [];
  for (let r = 1; r < firstRow; r++)
    for (let c = 1; c <= sheet.cols; c++) {
      const v = cellAt(sheet, r, c);
      if (v.kind === 'text' && v.text.trim() !== '') out.push({ row: r, ref: cellRef(r, c), text: v.text.trim() });
    }
  return out;
}

/** The unit a table states: a note (`Đơn vị tính: Triệu đồng`, `ĐVT: %`) anywhere above the data, or a title ending in `(tỷ đồng)`. */
export function findUnit(
  texts: readonly { ref: string; text: string }[],
  titles: readonly { ref: string; text: string }[] = texts,
): { text: string; ref: string } | null {
  for (const t of texts) {
    const m = UNIT_NOTE.exec(foldVi(t.text));
    if (m && m[1]) return { text: t.text.replace(/^[^:]*:\s*/, '').trim(), ref: t.ref };
  }
  for (const t of titles) {
    const m = /\(([^()]*(?:dong|usd|%|\btan\b|kwh|\blit\b|\bm[23]\b|\bcai\b|\bdoi\b|\bbao\b|\bchiec\b|\bnguoi\b|\bha\b|\bmwp?\b)[^()]*)\)\s*$/.exec(
      foldVi(t.text),
    );
    if (m) return { text: t.text.slice(t.text.lastIndexOf('(') + 1, -1).trim(), ref: t.ref };
  }
  return null;
}

function findYear(title: string, columns: readonly StatColumn[]): number | undefined {
  const fromTitle = /\b(19\d\d|20\d\d)\b/.exec(title);
  if (fromTitle) return Number(fromTitle[1]);
  const years = columns.flatMap((c) => [...c.header.matchAll(/\b(19\d\d|20\d\d)\b/g)].map((m) => Number(m[1])));
  return years.length > 0 ? Math.max(...years) : undefined;
}
