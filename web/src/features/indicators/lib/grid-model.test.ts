import { describe, expect, it } from 'vitest';
import { emptyCell, type GridCell, type GridRow } from '../api/grid';
import { cellOf, gridColumns, hasChildren, latestMonthWithData, planPaste, statusForSave, visibleRows } from './grid-model';

const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
const vi = { thousand: '.', decimal: ',' };

function row(id: string, level: number, extra: Partial<GridRow> = {}, values: (number | null)[] = []): GridRow {
  const [indicator = '', category = '', base = 'level'] = id.split('|');
  return {
    id,
    indicator,
    nameVi: indicator,
    nameEn: indicator,
    unitVi: 'tỷ đồng',
    unitEn: 'billion VND',
    kind: 'flow',
    decimals: 0,
    base: base as GridRow['base'],
    category: category || null,
    categoryNameVi: category || null,
    categoryNameEn: category || null,
    parent: null,
    level,
    categoryCount: 0,
    cells: months.map((period, i) => ({
      ...emptyCell(period),
      value: values[i] ?? null,
      version: values[i] === undefined || values[i] === null ? 0 : 1,
      status: values[i] ? 'official' : null,
    })),
    reported: {},
    ...extra,
  };
}

const rows = [
  row('IIP||same_period', 0, { categoryCount: 3 }),
  row('IIP|C|same_period', 1),
  row('IIP|10|same_period', 2, { parent: 'C' }),
  row(
    'RETAIL||level',
    0,
    { categoryCount: 1, reported: { '2026-01/2026-06': emptyCell('2026-01/2026-06'), '2026-Q1': emptyCell('2026-Q1'), '2026': emptyCell('2026') } },
    [10, 20, 30],
  ),
  row('RETAIL|goods|level', 1, { reported: { '2026-H1': emptyCell('2026-H1') } }),
];

describe('the entry grid model', () => {
  it('shows the totals, and categories only under an expanded row (divisions under an open section)', () => {
    expect(visibleRows(rows, new Set()).map((r) => r.id)).toEqual(['IIP||same_period', 'RETAIL||level']);
    expect(visibleRows(rows, new Set(['IIP||same_period'])).map((r) => r.id)).toEqual(['IIP||same_period', 'IIP|C|same_period', 'RETAIL||level']);
    expect(visibleRows(rows, new Set(['IIP|C|same_period'])).map((r) => r.id)).toEqual(['IIP||same_period', 'RETAIL||level']);
    expect(visibleRows(rows, new Set(['IIP||same_period', 'IIP|C|same_period'])).map((r) => r.id)).toContain('IIP|10|same_period');
    expect(hasChildren(rows[0]!, rows)).toBe(true);
    expect(hasChildren(rows[1]!, rows)).toBe(true);
    expect(hasChildren(rows[4]!, rows)).toBe(false);
  });

  it('puts the stored aggregates after the months: quarters, halves, years to date, the year', () => {
    expect(gridColumns({ months, rows }, true).slice(12)).toEqual(['2026-Q1', '2026-H1', '2026-01/2026-06', '2026']);
    expect(gridColumns({ months, rows }, false)).toHaveLength(12);
    expect(cellOf(rows[3]!, '2026-Q2').value).toBeNull();
  });

  it('saves the latest month as an estimate and keeps the status of an earlier one, unless a status is chosen', () => {
    const latest = latestMonthWithData({ rows });
    expect(latest).toBe('2026-03');
    const march = cellOf(rows[3]!, '2026-03');
    const january = cellOf(rows[3]!, '2026-01');
    expect(statusForSave('auto', march, latest)).toBe('estimate');
    expect(statusForSave('auto', january, latest)).toBe('official');
    expect(statusForSave('auto', cellOf(rows[3]!, '2026-09'), latest)).toBe('estimate');
    expect(statusForSave('preliminary', january, latest)).toBe('preliminary');
  });

  it('plans a paste: Vietnamese numbers, empty cells skipped, text and locked months refused, cells past the edge counted', () => {
    const locked: GridCell = { ...emptyCell('2026-02'), published: true, value: 20, version: 1 };
    const withLock = rows.map((r) => (r.id === 'RETAIL||level' ? { ...r, cells: r.cells.map((c) => (c.period === '2026-02' ? locked : c)) } : r));
    const shown = visibleRows(withLock, new Set(['RETAIL||level']));
    const columns = gridColumns({ months, rows: withLock }, false);
    const plan = planPaste(
      [
        ['10', '1.234,5', '', 'x'],
        ['2,5', '', '', ''],
        ['7', '', '', ''],
      ],
      { row: 1, column: 0 },
      shown,
      columns,
      'officer',
      vi,
    );
    expect(plan.unchanged).toBe(1);
    expect(plan.locked.map((l) => l.period)).toEqual(['2026-02']);
    expect(plan.invalid.map((l) => l.text)).toEqual(['x']);
    expect(plan.changes.map((c) => [c.row.id, c.cell.period, c.value])).toEqual([['RETAIL|goods|level', '2026-01', 2.5]]);
    expect(plan.outside).toBe(1);
    expect(plan.empty).toBe(7);
    const director = planPaste([['1.234,5']], { row: 1, column: 1 }, shown, columns, 'director', vi);
    expect(director.changes.map((c) => c.value)).toEqual([1234.5]);
  });
});
