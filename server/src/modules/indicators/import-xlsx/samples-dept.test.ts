import { beforeAll, describe, expect, it } from 'vitest';
import { parseWorkbook } from './parse-workbook';
import { figureAt, sample } from './test-support';
import type { ParsedWorkbook } from './types';

// [row, label, period suffix, Năm 2025 (column B), Năm 2026 (column C) or null when blank], values as stored (tỷ đồng).
const ROWS: readonly [number, string, string, number, number | null][] = [
  [4, '1', '-01', 12636.597, 13954.842],
  [5, '2', '-02', 12946.616, 14216.055],
  [6, '3', '-03', 12531.516, 14099.615],
  [7, 'Quí I', '-Q1', 38114.729, 42270.512],
  [8, '4', '-04', 12507.733, 13810.097],
  [9, '5', '-05', 13091.569, 15146.397],
  [10, '6', '-06', 13440.751, 14867.982],
  [11, 'Quý II', '-Q2', 39040.053, 43824.475999999995],
  [12, '6 tháng', '-01/{y}-06', 77154.782, 86094.98800000001],
  [13, '7', '-07', 13477.426, 14631.391],
  [14, '8', '-08', 13267.255, null],
  [15, '9', '-09', 13887.435, null],
  [16, 'Quý III', '-Q3', 40632.115999999995, null],
  [17, '9 tháng', '-01/{y}-09', 117786.89800000002, null],
  [18, '10', '-10', 14195.417, null],
  [19, '11', '-11', 13653.082, null],
  [20, '12', '-12', 13678.653, null],
  [21, 'Quý IV', '-Q4', 41527.152, null],
  [22, '12 tháng', '', 159314.05, null],
];

const periodOf = (year: number, suffix: string) => `${year}${suffix.replace('{y}', String(year))}`;

describe('the department indicator workbook, sheet TMBLHH', () => {
  let wb: ParsedWorkbook;
  beforeAll(async () => {
    wb = await parseWorkbook(sample('chi-tieu-nganh-2026.xlsx'), 'chi-tieu-nganh-2026.xlsx');
  });

  it('is recognised as the department workbook for RETAIL in tỷ đồng', () => {
    expect(wb.layout).toBe('dept_indicator');
    expect(new Set(wb.figures.map((f) => f.indicator))).toEqual(new Set(['RETAIL']));
    expect(wb.figures.every((f) => f.base === 'level' && f.category === null && f.note === undefined)).toBe(true);
  });

  it('reads KH 2026 as the plan', () => {
    expect(wb.plans).toEqual([{ indicator: 'RETAIL', year: 2026, value: 175000, source: { sheet: 'TMBLHH', cell: 'C2' } }]);
  });

  it('reads every month, quarter, year-to-date and year value of both year columns', () => {
    expect(wb.figures).toHaveLength(30);
    for (const [row, label, suffix, v2025, v2026] of ROWS) {
      const a = figureAt(wb.figures, { category: null, period: periodOf(2025, suffix), base: 'level', status: null });
      expect(a).toMatchObject({ value: v2025, source: { cell: `B${row}`, rowLabel: label, header: 'Năm 2025' } });
      const b = wb.figures.filter((f) => f.period === periodOf(2026, suffix));
      if (v2026 === null) expect(b).toEqual([]);
      else expect(b).toMatchObject([{ value: v2026, status: null, source: { cell: `C${row}`, header: 'Năm 2026' } }]);
    }
  });

  it('reads Sơ bộ as the preliminary annual figure, distinct from 12 tháng', () => {
    const prelim = figureAt(wb.figures, { category: null, period: '2025', base: 'level', status: 'preliminary' });
    const twelve = figureAt(wb.figures, { category: null, period: '2025', base: 'level', status: null });
    expect(prelim).toMatchObject({ value: 161385.133, source: { cell: 'B23', rowLabel: 'Sơ bộ' } });
    expect(twelve).toMatchObject({ value: 159314.05, source: { cell: 'B22', rowLabel: '12 tháng' } });
  });

  it('does not import the stored ratios as figures', () => {
    expect(wb.figures.some((f) => /^[DE]\d+$/.test(f.source.cell))).toBe(false);
  });

  it('flags the Quí I "So CK" cell: stored 337,314, recomputed 42270,512 ÷ 38114,729 × 100', () => {
    const flagged = wb.problems.filter((p) => p.code === 'stored_ratio_mismatch');
    expect(flagged.map((p) => p.cell)).toEqual(['D7']);
    const [p] = flagged;
    expect(p?.severity).toBe('warning');
    expect(p?.sheet).toBe('TMBLHH');
    expect(p?.details).toMatchObject({ stored: 337.314, scale: 'percent', formula: '= C7/B7 × 100' });
    expect(p?.details?.['recomputed']).toBeCloseTo((42270.512 / 38114.729) * 100, 9);
    expect(p?.message.vi).toContain('Ô D7 (trang TMBLHH)');
    expect(p?.message.vi).toContain('337,314');
    expect(p?.message.vi).toContain('110,903');
    expect(p?.message.en).toContain('Cell D7 (sheet TMBLHH)');
    expect(p?.message.en).toContain('110.903');
  });

  it('finds nothing else wrong: "So CK" as a percentage and "So KH" as a fraction both agree elsewhere', () => {
    expect(wb.problems.filter((p) => p.cell !== 'D7')).toEqual([]);
  });
});
