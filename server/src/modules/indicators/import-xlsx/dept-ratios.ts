import { readNumberCell } from './cell-read';
import { cellRef } from './grid';
import type { Sheet } from './grid';
import type { PeriodReading } from './periods-vi';
import { makeProblem } from './problems';
import type { CellProblem, Locale } from './types';

/** A period row of the department's workbook with its raw values per year column. */
export type DeptRow = { row: number; reading: Omit<PeriodReading, 'base'>; values: Map<number, { value: number; ref: string }> };

/** A stored ratio column: "So CK" (this year ÷ last year) or "So KH" (this year ÷ plan), for the year column it follows. */
export type RatioColumn = { col: number; kind: 'same_period' | 'plan'; year: number; header: string; percentHint: boolean };

type Scale = 'percent' | 'fraction';
type Check = { ref: string; stored: number; ratio: number; formula: string };

/** Recomputes every stored ratio from the values and flags those off beyond rounding; percent or fraction is detected from the values. */
export function checkStoredRatios(
  sheet: Sheet,
  rows: readonly DeptRow[],
  column: RatioColumn,
  plan: { value: number; ref: string } | undefined,
  locale: Locale,
): CellProblem[] {
  const problems: CellProblem[] = [];
  const checks: Check[] = [];
  for (const row of rows) {
    const ref = cellRef(row.row, column.col);
    const read = readNumberCell(sheet, row.row, column.col, locale);
    if (read.kind === 'missing') continue;
    if (read.kind === 'refused') {
      problems.push(read.problem);
      continue;
    }
    const recomputed = column.kind === 'plan' ? planRatio(row, column.year, plan) : growthRatio(row, rows, column.year);
    if (typeof recomputed === 'string') {
      problems.push(makeProblem('ratio_unverifiable', sheet.name, ref, { stored: read.value, other: recomputed }));
      continue;
    }
    checks.push({ ref, stored: read.value, ...recomputed });
  }
  const scale = detectScale(checks, column.percentHint);
  for (const c of checks) {
    const expected = scale === 'percent' ? c.ratio * 100 : c.ratio;
    if (Math.abs(c.stored - expected) <= tolerance(c.stored)) continue;
    const shown = round(expected, Math.max(decimals(c.stored), 2));
    const formula = `= ${c.formula}${scale === 'percent' ? ' × 100' : ''}`;
    problems.push(
      makeProblem(
        'stored_ratio_mismatch',
        sheet.name,
        c.ref,
        { stored: c.stored, recomputed: shown, formula },
        { details: { stored: c.stored, recomputed: expected, scale, formula, column: column.header } },
      ),
    );
  }
  return problems;
}

function planRatio(row: DeptRow, year: number, plan: { value: number; ref: string } | undefined) {
  const cur = row.values.get(year);
  if (!cur) return `thiếu số năm ${year} / no ${year} value`;
  if (!plan || plan.value === 0) return `thiếu kế hoạch ${year} / no ${year} plan`;
  return { ratio: cur.value / plan.value, formula: `${cur.ref}/${plan.ref}` };
}

/** This year ÷ last year on the row; for an aggregate without its own values, the ratio of the sums of its months. */
function growthRatio(row: DeptRow, rows: readonly DeptRow[], year: number) {
  const cur = row.values.get(year);
  const prev = row.values.get(year - 1);
  if (cur && prev && prev.value !== 0) return { ratio: cur.value / prev.value, formula: `${cur.ref}/${prev.ref}` };
  if (row.reading.kind === 'month') return `thiếu số năm ${year - 1} hoặc ${year} / missing ${year - 1} or ${year} value`;
  const first = row.reading.kind === 'quarter' ? row.reading.endMonth - 2 : row.reading.kind === 'half' ? row.reading.endMonth - 5 : 1;
  const months = rows.filter((r) => r.reading.kind === 'month' && r.reading.endMonth >= first && r.reading.endMonth <= row.reading.endMonth);
  const curs = months.map((m) => m.values.get(year));
  const prevs = months.map((m) => m.values.get(year - 1));
  const complete = months.length === row.reading.endMonth - first + 1;
  if (!complete || curs.some((v) => !v) || prevs.some((v) => !v)) return `thiếu số các tháng / months missing`;
  const sum = (xs: typeof curs) => xs.reduce((s, v) => s + (v?.value ?? 0), 0);
  const refs = (xs: typeof curs) => xs.map((v) => v?.ref).join('+');
  const denominator = sum(prevs);
  if (denominator === 0) return `tổng năm trước bằng 0 / last year's sum is 0`;
  return { ratio: sum(curs) / denominator, formula: `(${refs(curs)})/(${refs(prevs)})` };
}

/** The scale most stored values agree with; the header's "(%)" or the magnitude decides when values cannot. */
function detectScale(checks: readonly Check[], percentHint: boolean): Scale {
  const agree = (s: Scale) => checks.filter((c) => Math.abs(c.stored - (s === 'percent' ? c.ratio * 100 : c.ratio)) <= tolerance(c.stored)).length;
  const p = agree('percent');
  const f = agree('fraction');
  if (p !== f) return p > f ? 'percent' : 'fraction';
  if (percentHint) return 'percent';
  const sorted = checks.map((c) => Math.abs(c.stored)).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return median >= 5 ? 'percent' : 'fraction';
}

/** Half a unit in the last decimal the stored value shows (110,432 → 0,0005), with room for binary noise. */
function tolerance(stored: number): number {
  return Math.max(0.5 * 10 ** -decimals(stored), Math.abs(stored) * 1e-9) * (1 + 1e-6);
}

function decimals(n: number): number {
  const s = String(n);
  if (/e-/.test(s)) return Number(s.split('e-')[1]) + (s.split('e')[0]?.split('.')[1]?.length ?? 0);
  return s.split('.')[1]?.length ?? 0;
}

function round(n: number, d: number): number {
  return Number(n.toFixed(Math.min(d, 12)));
}
