import { readNumberCell } from './cell-read';
import { cellAt, cellRef, plainText, shownValue } from './grid';
import type { Sheet } from './grid';
import { monthKey, parsePeriodHeader } from './periods-vi';
import { makeProblem } from './problems';
import { foldVi } from './text-vi';
import type { Base, CellProblem, FigureStatus, Locale, ParsedFigure, SheetResult } from './types';

type Field = 'indicator' | 'orgunit' | 'period' | 'value' | 'status' | 'category' | 'note' | 'base';

const REQUIRED: readonly Field[] = ['indicator', 'orgunit', 'period', 'value', 'status'];
const ALIASES: Record<Field, readonly string[]> = {
  indicator: ['indicator', 'chi tieu', 'ma chi tieu'],
  orgunit: ['orgunit', 'org unit', 'org_unit', 'dia ban', 'ma dia ban', 'ma don vi hanh chinh'],
  period: ['period', 'ky', 'ky bao cao'],
  value: ['value', 'gia tri'],
  status: ['status', 'trang thai'],
  category: ['category', 'phan to', 'nhom'],
  note: ['note', 'ghi chu'],
  base: ['base', 'goc so sanh', 'so voi'],
};
const STATUS: Readonly<Record<string, FigureStatus>> = {
  estimate: 'estimate',
  'uoc tinh': 'estimate',
  preliminary: 'preliminary',
  'so bo': 'preliminary',
  official: 'official',
  'chinh thuc': 'official',
};
const BASE: Readonly<Record<string, Base>> = {
  level: 'level',
  same_period: 'same_period',
  'cung ky': 'same_period',
  prev_month: 'prev_month',
  'thang truoc': 'prev_month',
};
const PERIOD_KEY = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4])|-H([12])|-(01)\/\1-(0[1-9]|1[0-2]))?$/;
const INDEX_INDICATORS = new Set(['IIP']);

/** Recognises the long format (`indicator | orgunit | period | value | status`, optional `category`, `note`, `base`); null otherwise. */
export function parseLongSheet(sheet: Sheet, locale: Locale): SheetResult | null {
  const header = findHeader(sheet);
  if (!header) return null;
  const figures: ParsedFigure[] = [];
  const problems: CellProblem[] = [];
  for (let r = header.row + 1; r <= sheet.rows; r++) {
    const text = (f: Field) => {
      const c = header.cols.get(f);
      return c === undefined ? '' : plainText(shownValue(cellAt(sheet, r, c)));
    };
    const refOf = (f: Field) => cellRef(r, header.cols.get(f) ?? 1);
    if ([...header.cols.keys()].every((f) => text(f) === '')) continue;
    const figure = readRow(sheet, r, header.cols, text, refOf, locale, problems);
    if (figure) figures.push(figure);
  }
  return { layout: 'long_format', figures, plans: [], problems };
}

function findHeader(sheet: Sheet): { row: number; cols: Map<Field, number> } | null {
  for (let r = 1; r <= Math.min(sheet.rows, 10); r++) {
    const cols = new Map<Field, number>();
    for (let c = 1; c <= sheet.cols; c++) {
      const f = foldVi(plainText(shownValue(cellAt(sheet, r, c))));
      const field = (Object.keys(ALIASES) as Field[]).find((k) => ALIASES[k].includes(f));
      if (field && !cols.has(field)) cols.set(field, c);
    }
    if (REQUIRED.every((f) => cols.has(f))) return { row: r, cols };
  }
  return null;
}

function readRow(
  sheet: Sheet,
  r: number,
  cols: Map<Field, number>,
  text: (f: Field) => string,
  refOf: (f: Field) => string,
  locale: Locale,
  problems: CellProblem[],
): ParsedFigure | null {
  const before = problems.length;
  for (const f of ['indicator', 'orgunit', 'period'] as const)
    if (text(f) === '') problems.push(makeProblem('missing_field', sheet.name, refOf(f), { field: f }));
  const period = readPeriod(sheet, r, cols.get('period') ?? 1);
  if (text('period') !== '' && !period) problems.push(makeProblem('bad_period', sheet.name, refOf('period'), { raw: text('period') }));
  const statusText = foldVi(text('status'));
  const status = statusText === '' ? null : STATUS[statusText];
  if (status === undefined) problems.push(makeProblem('bad_status', sheet.name, refOf('status'), { raw: text('status') }));
  const baseText = foldVi(text('base'));
  const base = baseText === '' ? (INDEX_INDICATORS.has(text('indicator').toUpperCase()) ? undefined : 'level') : BASE[baseText];
  if (base === undefined)
    problems.push(
      baseText === ''
        ? makeProblem('missing_base', sheet.name, refOf('value'), { header: `${text('indicator')} ${text('period')}` })
        : makeProblem('bad_base', sheet.name, refOf('base'), { raw: text('base') }),
    );
  const read = readNumberCell(sheet, r, cols.get('value') ?? 1, locale);
  if (read.kind === 'refused') problems.push(read.problem);
  if (read.kind === 'missing') problems.push(makeProblem('missing_field', sheet.name, refOf('value'), { field: 'value' }));
  if (problems.length > before || read.kind !== 'number' || !period || status === undefined || base === undefined) return null;
  const category = text('category');
  const note = text('note');
  return {
    indicator: text('indicator').toUpperCase(),
    category: category === '' ? null : category,
    period,
    base,
    value: read.value,
    status,
    revision: false,
    source: {
      sheet: sheet.name,
      cell: refOf('value'),
      header: 'value',
      rowLabel: `${text('indicator')} ${text('orgunit')} ${text('period')}`,
    },
    orgunit: text('orgunit'),
    ...(note ? { note } : {}),
  };
}

/** A platform period key, a Vietnamese period text, a year number, or a date Excel made of `2026-06`. */
function readPeriod(sheet: Sheet, r: number, c: number): string | null {
  const v = shownValue(cellAt(sheet, r, c));
  if (v.kind === 'date') return monthKey(v.value.getUTCFullYear(), v.value.getUTCMonth() + 1);
  if (v.kind === 'number') return Number.isInteger(v.value) && v.value >= 1900 && v.value <= 2100 ? String(v.value) : null;
  if (v.kind !== 'text') return null;
  const t = v.text.trim().toUpperCase();
  if (PERIOD_KEY.test(t)) return t;
  return parsePeriodHeader(v.text)?.period ?? null;
}
