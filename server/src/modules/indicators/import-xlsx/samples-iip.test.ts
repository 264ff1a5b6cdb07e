import { describe, expect, it } from 'vitest';
import { parseWorkbook } from './parse-workbook';
import { countBy, figureAt, sample } from './test-support';

// Row label → category, in sheet order (both IIP samples list the same 18 industries).
const CATEGORIES = [null, 'B', '08', 'C', '10', '11', '13', '14', '15', '23', '24', '26', 'D', '35', 'E', '36', '37', '38'];

// Cell values as stored in the workbooks: [row, column B, C, D, E].
const JUNE_2026: readonly (readonly number[])[] = [
  [4, 108.29, 105.79, 121.6, 112.95],
  [5, 115.12, 112.58, 105.84, 91.07],
  [6, 86.96, 94.05, 96.49, 124.88],
  [7, 113.42, 111.86, 99.48, 95.25],
  [8, 89.18, 120.98, 118.99, 118.59],
  [9, 103.05, 96.25, 118.66, 86.82],
  [10, 115.64, 123.53, 117.2, 89.6],
  [11, 98.48, 110.98, 87.24, 95.76],
  [12, 105.2, 115.74, 95.86, 105.66],
  [13, 85.11, 108.09, 107.21, 111.06],
  [14, 113.08, 119.14, 117.51, 94.2],
  [15, 118.44, 102.12, 121.71, 90.58],
  [16, 118.86, 96.6, 85.7, 104.55],
  [17, 86.03, 91.16, 122.48, 94.64],
  [18, 98.02, 109.57, 114.33, 108.39],
  [19, 117.28, 109.32, 109.8, 88.55],
  [20, 95.78, 88.19, 121, 124.04],
  [21, 94.57, 117.57, 93.86, 101.88],
];
const AUGUST_2025: readonly (readonly number[])[] = [
  [6, 83.59, 81.3, 87.35, 97.78],
  [7, 107.14, 129.71, 101.19, 98.99],
  [8, 97.75, 111.48, 100.78, 81.13],
  [9, 117.85, 101.61, 121.48, 88.55],
  [10, 114.11, 106.49, 118.2, 111.43],
  [11, 104.31, 100.88, 91.72, 80.57],
  [12, 96.46, 107.02, 94.47, 129.4],
  [13, 121.2, 109.79, 84.93, 127.67],
  [14, 109.25, 109.77, 86.23, 84.8],
  [15, 121.57, 113.48, 103.26, 119.02],
  [16, 112.18, 123.35, 96.85, 86.4],
  [17, 102.86, 83.38, 125.22, 97.13],
  [18, 115.4, 105.4, 83.39, 84.54],
  [19, 106.92, 102.41, 127.53, 81.48],
  [20, 127.43, 126.78, 110.49, 111.06],
  [21, 106.18, 103.03, 105.81, 91.59],
  [22, 90.97, 84.67, 96.59, 129.54],
  [23, 111.72, 91.56, 115.1, 94.41],
];

type Column = { letter: string; period: string; base: 'same_period' | 'prev_month'; revision: boolean };

function expectTable(figures: Parameters<typeof figureAt>[0], table: readonly (readonly number[])[], columns: readonly Column[]) {
  table.forEach(([row, ...values], i) => {
    columns.forEach((col, j) => {
      const f = figureAt(figures, { indicator: 'IIP', category: CATEGORIES[i] ?? null, period: col.period, base: col.base });
      expect(f.value).toBe(values[j]);
      expect(f.source.cell).toBe(`${col.letter}${row}`);
      expect(f.revision).toBe(col.revision);
      expect(f.status).toBeNull();
    });
  });
}

describe('statistics office IIP, sheet 7.IIP, one header row (June 2026)', () => {
  it('reads every index cell with its industry, period and comparison', async () => {
    const wb = await parseWorkbook(sample('thong-ke-iip-thang-06-2026.xlsx'), 'thong-ke-iip-thang-06-2026.xlsx');
    expect(wb.layout).toBe('iip');
    expect(wb.locale).toBe('vi');
    expect(wb.problems).toEqual([]);
    expect(wb.figures).toHaveLength(72);
    expect(countBy(wb.figures)).toEqual({
      'IIP 2026-05 same_period': 18,
      'IIP 2026-06 prev_month': 18,
      'IIP 2026-06 same_period': 18,
      'IIP 2026-01/2026-06 same_period': 18,
    });
    expectTable(wb.figures, JUNE_2026, [
      { letter: 'B', period: '2026-05', base: 'same_period', revision: true },
      { letter: 'C', period: '2026-06', base: 'prev_month', revision: false },
      { letter: 'D', period: '2026-06', base: 'same_period', revision: false },
      { letter: 'E', period: '2026-01/2026-06', base: 'same_period', revision: false },
    ]);
  });

  it('reads the electricity row printed twice as section D, then division 35', async () => {
    const wb = await parseWorkbook(sample('thong-ke-iip-thang-06-2026.xlsx'), 'iip.xlsx');
    const d = figureAt(wb.figures, { category: 'D', period: '2026-06', base: 'same_period' });
    const d35 = figureAt(wb.figures, { category: '35', period: '2026-06', base: 'same_period' });
    expect([d.source.cell, d.value]).toEqual(['D16', 85.7]);
    expect([d35.source.cell, d35.value]).toEqual(['D17', 122.48]);
    expect(d.source.rowLabel).toBe(d35.source.rowLabel);
  });

  it('marks the first column as a revision of the previous month (May), not a new month', async () => {
    const wb = await parseWorkbook(sample('thong-ke-iip-thang-06-2026.xlsx'), 'iip.xlsx');
    const revised = wb.figures.filter((f) => f.revision);
    expect(revised).toHaveLength(18);
    expect(new Set(revised.map((f) => `${f.period} ${f.base} ${f.source.cell[0]}`))).toEqual(new Set(['2026-05 same_period B']));
    const total = figureAt(wb.figures, { category: null, period: '2026-05', base: 'same_period' });
    expect(total).toMatchObject({
      value: 108.29,
      revision: true,
      source: { header: 'Tháng 5/2026 so với cùng kỳ', rowLabel: 'TOÀN NGÀNH' },
    });
  });

  it('takes periods from the header text, whatever the file name says', async () => {
    const wb = await parseWorkbook(sample('thong-ke-iip-thang-06-2026.xlsx'), 'T1.2025.xlsx');
    expect(new Set(wb.figures.map((f) => f.period))).toEqual(new Set(['2026-05', '2026-06', '2026-01/2026-06']));
  });
});

describe('statistics office IIP, sheet IIP, header over three rows (August 2025)', () => {
  it('joins the header rows top to bottom and reads every index cell', async () => {
    const wb = await parseWorkbook(sample('thong-ke-iip-thang-08-2025.xlsx'), 'thong-ke-iip-thang-08-2025.xlsx');
    expect(wb.layout).toBe('iip');
    expect(wb.problems).toEqual([]);
    expect(wb.figures).toHaveLength(72);
    expect(figureAt(wb.figures, { category: null, period: '2025-01/2025-08', base: 'same_period' }).source.header).toBe('8 tháng đầu năm 2025 so với cùng kỳ');
    expectTable(wb.figures, AUGUST_2025, [
      { letter: 'B', period: '2025-07', base: 'same_period', revision: true },
      { letter: 'C', period: '2025-08', base: 'prev_month', revision: false },
      { letter: 'D', period: '2025-08', base: 'same_period', revision: false },
      { letter: 'E', period: '2025-01/2025-08', base: 'same_period', revision: false },
    ]);
  });

  it('maps the electricity rows 18 and 19 to D and 35', async () => {
    const wb = await parseWorkbook(sample('thong-ke-iip-thang-08-2025.xlsx'), 'iip.xlsx');
    expect(figureAt(wb.figures, { category: 'D', period: '2025-08', base: 'prev_month' }).source.cell).toBe('C18');
    expect(figureAt(wb.figures, { category: '35', period: '2025-08', base: 'prev_month' }).source.cell).toBe('C19');
  });
});
