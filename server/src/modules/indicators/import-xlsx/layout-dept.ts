import { readNumberCell } from './cell-read';
import { checkStoredRatios } from './dept-ratios';
import type { DeptRow, RatioColumn } from './dept-ratios';
import { cellAt, cellRef, headerText, shownValue } from './grid';
import type { Sheet } from './grid';
import { parsePeriodLabel, parsePlanLabel, parseYearHeader } from './periods-vi';
import { makeProblem } from './problems';
import { findUnit } from './stat-table';
import { foldVi } from './text-vi';
import type { CellProblem, Locale, ParsedFigure, ParsedPlan, SheetResult } from './types';
import { conversionNote, convertValue, unitConversion } from './units';
import type { UnitConversion } from './units';

// Title words → indicator, most specific first ("xuất nhập khẩu" names two indicators: refused, not guessed).
const TITLE_INDICATORS: readonly [RegExp, string | null][] = [
  [/xuat nhap khau/, null],
  // "Tổng mức bán lẻ (hàng hóa)" is how officials shorten the total (sheet TMBLHH); "doanh thu bán lẻ hàng hóa" is the goods part.
  [/tong muc ban le/, 'RETAIL'],
  [/ban le hang hoa/, 'RETAIL_GOODS'],
  [/xuat khau/, 'EXPORT'],
  [/nhap khau/, 'IMPORT'],
  [/chi so san xuat cong nghiep|\biip\b/, 'IIP'],
  [/gia tri san xuat cong nghiep/, 'IND_OUTPUT'],
  [/gia tri tang them/, 'IND_VALUE_ADDED'],
];
// The department's own sheet abbreviations, used only when the sheet has no title.
const SHEET_INDICATORS: Readonly<Record<string, string>> = { tmblhh: 'RETAIL', iip: 'IIP', xk: 'EXPORT', nk: 'IMPORT' };

type YearColumn = { col: number; year: number; header: string; ref: string };

/** Recognises the department's workbook (period labels × `Năm YYYY` columns, `KH` plan, stored ratios checked not imported); null otherwise. */
export function parseDeptSheet(sheet: Sheet, locale: Locale): SheetResult | null {
  const labels = findLabelColumn(sheet);
  if (!labels) return null;
  const header = findHeaderRow(sheet, labels.col, labels.firstRow);
  if (!header) return null;
  const problems: CellProblem[] = [];
  const titleTexts = textsAbove(sheet, header.row);
  const title = titleTexts
    .filter((t) => !parsePlanLabel(t.text))
    .map((t) => t.text)
    .join(' ');
  const indicator = indicatorOf(title, sheet.name);
  if (!indicator) {
    problems.push(makeProblem('unknown_indicator', sheet.name, 'A1', { label: title || sheet.name }));
    return { layout: 'dept_indicator', figures: [], plans: [], problems };
  }
  if (indicator === 'IIP') {
    // An index series without "so với …" in its header has no stated base: refuse rather than guess.
    for (const y of header.years) problems.push(makeProblem('missing_base', sheet.name, y.ref, { header: y.header }));
    return { layout: 'dept_indicator', figures: [], plans: [], problems };
  }
  const unit = findUnit(titleTexts);
  const conv = unit ? unitConversion(indicator, unit.text) : { mul: 1, div: 1, from: '', to: '' };
  // The department keeps its own series in platform units, so a title without a unit is read as such (and said);
  // a unit that is stated but does not fit the indicator is refused.
  if (!unit) problems.push(makeProblem('unit_missing', sheet.name, 'A1', { other: 'assumed' }, { severity: 'warning' }));
  if (!conv) {
    problems.push(makeProblem('unit_missing', sheet.name, unit?.ref ?? 'A1', { raw: unit?.text }));
    return { layout: 'dept_indicator', figures: [], plans: [], problems };
  }
  const plans = readPlans(sheet, indicator, conv, locale, problems);
  const { figures, rows } = readValues(sheet, labels, header, indicator, conv, locale, problems);
  for (const ratio of header.ratios) {
    const plan = plans.find((p) => p.year === ratio.year);
    const planRaw = plan ? { value: plan.raw, ref: plan.source.cell } : undefined;
    problems.push(...checkStoredRatios(sheet, rows, ratio, planRaw, locale));
  }
  return { layout: 'dept_indicator', figures, plans: plans.map(({ raw: _raw, ...p }) => p), problems };
}

function labelOf(sheet: Sheet, row: number, col: number): string | number {
  const v = shownValue(cellAt(sheet, row, col));
  return v.kind === 'number' ? v.value : headerText(sheet, row, col).text;
}

/** The period label column: at least four labels, one of them an aggregate (quarter, `6 tháng`…), not a mere 1…n list. */
function findLabelColumn(sheet: Sheet): { col: number; firstRow: number } | null {
  for (let c = 1; c <= Math.min(sheet.cols, 6); c++) {
    let count = 0;
    let aggregate = false;
    let firstRow = 0;
    for (let r = 1; r <= sheet.rows; r++) {
      const reading = parsePeriodLabel(labelOf(sheet, r, c), 2000);
      if (!reading) continue;
      count++;
      aggregate ||= reading.kind !== 'month';
      if (firstRow === 0) firstRow = r;
    }
    if (count >= 4 && aggregate) return { col: c, firstRow };
  }
  return null;
}

function findHeaderRow(sheet: Sheet, labelCol: number, firstRow: number) {
  let best: { row: number; years: YearColumn[] } | null = null;
  for (let r = firstRow - 1; r >= Math.max(1, firstRow - 5); r--) {
    const years: YearColumn[] = [];
    for (let c = 1; c <= sheet.cols; c++) {
      if (c === labelCol) continue;
      const h = headerText(sheet, r, c);
      const year = parseYearHeader(h.text);
      if (year !== null) years.push({ col: c, year, header: h.text, ref: cellRef(r, c) });
    }
    if (years.length > 0 && (!best || years.length > best.years.length)) best = { row: r, years };
  }
  if (!best) return null;
  const ratios: RatioColumn[] = [];
  for (let c = 1; c <= sheet.cols; c++) {
    const text = headerText(sheet, best.row, c).text;
    const f = foldVi(text);
    const kind = /^so (?:voi )?(?:ck|cung ky)\b/.test(f) ? 'same_period' : /^(?:so (?:voi )?(?:kh|ke hoach)|% ?kh)\b/.test(f) ? 'plan' : null;
    const year = [...best.years].reverse().find((y) => y.col < c)?.year;
    if (kind && year !== undefined) ratios.push({ col: c, kind, year, header: text, percentHint: /%/.test(text) });
  }
  return { ...best, ratios };
}

function textsAbove(sheet: Sheet, headerRow: number): { ref: string; text: string }[] {
  const out: { ref: string; text: string }[] = [];
  for (let r = 1; r < headerRow; r++)
    for (let c = 1; c <= sheet.cols; c++) {
      const v = cellAt(sheet, r, c);
      if (v.kind === 'text' && v.text.trim() !== '' && foldVi(v.text) !== 'ky') out.push({ ref: cellRef(r, c), text: v.text.trim() });
    }
  return out;
}

function indicatorOf(title: string, sheetName: string): string | null {
  const f = foldVi(title);
  for (const [re, code] of TITLE_INDICATORS) if (re.test(f)) return code;
  return f === '' ? (SHEET_INDICATORS[foldVi(sheetName)] ?? null) : null;
}

/** `KH 2026` anywhere in the sheet: the plan is the first number to its right. */
function readPlans(sheet: Sheet, indicator: string, conv: UnitConversion, locale: Locale, problems: CellProblem[]) {
  const plans: (ParsedPlan & { raw: number })[] = [];
  for (let r = 1; r <= sheet.rows; r++)
    for (let c = 1; c <= sheet.cols; c++) {
      const v = shownValue(cellAt(sheet, r, c));
      const year = v.kind === 'text' ? parsePlanLabel(v.text) : null;
      if (year === null) continue;
      for (let k = c + 1; k <= sheet.cols; k++) {
        const read = readNumberCell(sheet, r, k, locale);
        if (read.kind === 'missing') continue;
        if (read.kind === 'refused') problems.push(read.problem);
        else
          plans.push({
            indicator,
            year,
            value: convertValue(read.value, conv),
            raw: read.value,
            source: { sheet: sheet.name, cell: cellRef(r, k) },
          });
        break;
      }
    }
  return plans;
}

function readValues(
  sheet: Sheet,
  labels: { col: number; firstRow: number },
  header: { row: number; years: YearColumn[] },
  indicator: string,
  conv: UnitConversion,
  locale: Locale,
  problems: CellProblem[],
): { figures: ParsedFigure[]; rows: DeptRow[] } {
  const figures: ParsedFigure[] = [];
  const rows: DeptRow[] = [];
  for (let r = header.row + 1; r <= sheet.rows; r++) {
    const label = labelOf(sheet, r, labels.col);
    const rowLabel = typeof label === 'number' ? String(label) : label;
    const reading = parsePeriodLabel(label, 2000);
    const values = new Map<number, { value: number; ref: string }>();
    for (const y of header.years) {
      const ref = cellRef(r, y.col);
      const read = readNumberCell(sheet, r, y.col, locale);
      if (read.kind === 'missing') continue;
      if (!reading) {
        if (parsePlanLabel(rowLabel) === null) problems.push(makeProblem('unknown_row_label', sheet.name, cellRef(r, labels.col), { label: rowLabel }));
        break;
      }
      if (read.kind === 'refused') {
        problems.push(read.problem);
        continue;
      }
      values.set(y.year, { value: read.value, ref });
      const p = parsePeriodLabel(label, y.year);
      if (!p) continue;
      const note = conversionNote(conv, read.fromText ?? String(read.value));
      figures.push({
        indicator,
        category: null,
        period: p.period,
        base: 'level',
        value: convertValue(read.value, conv),
        status: p.status,
        revision: false,
        source: { sheet: sheet.name, cell: ref, header: y.header, rowLabel },
        ...(note ? { note } : {}),
      });
    }
    if (reading) rows.push({ row: r, reading, values });
  }
  return { figures, rows };
}
