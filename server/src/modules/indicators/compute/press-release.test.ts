import { describe, expect, it } from 'vitest';
import { computeFigure } from './compute-figure';
import { buildContext, monthRows } from './test-fixtures';
import type { FigureRow } from './test-fixtures';

// "Chỉ số sản xuất công nghiệp 5 tháng 2023 ước tăng 1,62% so với cùng kỳ năm 2022. Tổng mức bán lẻ
// hàng hóa ước đạt 36.539 tỷ đồng, tăng 9,63% so với cùng kỳ 2022, đạt 42,98%. Kim ngạch xuất khẩu
// hàng hoá ước đạt 892,3 triệu USD, giảm 3,1% so với cùng kỳ, đạt 35,7%/KH. Kim ngạch nhập khẩu hàng
// hóa ước đạt 589 triệu USD, giảm 1,27% so với cùng kỳ..."
const NA = '40';
const FIVE_MONTHS = '2023-01/2023-05';
const figures: FigureRow[] = [
  ...monthRows('RETAIL', NA, 2022, [6610, 6450, 6680, 6770, 6819]), // Σ 33,329
  ...monthRows('RETAIL', NA, 2023, [7250, 7080, 7310, 7420]),
  { indicator: 'RETAIL', unit: NA, period: '2023-05', value: 7479, status: 'estimate' }, // Σ 36,539
  { indicator: 'IIP', unit: NA, period: FIVE_MONTHS, value: 101.62, base: 'same_period', status: 'estimate' },
  { indicator: 'EXPORT', unit: NA, period: FIVE_MONTHS, value: 892.3, status: 'estimate' },
  { indicator: 'EXPORT', unit: NA, period: '2022-01/2022-05', value: 920.9 },
  { indicator: 'IMPORT', unit: NA, period: FIVE_MONTHS, value: 589, status: 'estimate' },
  { indicator: 'IMPORT', unit: NA, period: '2022-01/2022-05', value: 596.6 },
];
const ctx = buildContext({
  figures,
  plans: [
    { indicator: 'RETAIL', unit: NA, year: 2023, value: 85012, version: 1 },
    { indicator: 'EXPORT', unit: NA, year: 2023, value: 2500, version: 1 },
  ],
});
const at = (indicator: string) => computeFigure(ctx, { indicator, unit: NA, period: FIVE_MONTHS });

describe('the May 2023 press sentence', () => {
  it('reproduces retail: 36.539 tỷ đồng, tăng 9,63% so với cùng kỳ, đạt 42,98% kế hoạch', () => {
    const r = at('RETAIL');
    expect(r.value).toBe(36539);
    expect(r.status).toBe('estimate');
    expect(r.reported).toBe(false);
    expect(r.yoyPercent?.toFixed(2)).toBe('9.63');
    expect(r.planPercent?.toFixed(2)).toBe('42.98');
  });

  it('reproduces the industrial production index: ước tăng 1,62%', () => {
    expect(at('IIP').yoyPercent?.toFixed(2)).toBe('1.62');
  });

  it('reproduces exports: 892,3 triệu USD, giảm 3,1%, đạt 35,7%/KH', () => {
    const r = at('EXPORT');
    expect(r.value).toBe(892.3);
    expect(r.yoyPercent?.toFixed(1)).toBe('-3.1');
    expect(r.planPercent?.toFixed(1)).toBe('35.7');
  });

  it('reproduces imports: 589 triệu USD, giảm 1,27%, and no plan means no percent of plan', () => {
    const r = at('IMPORT');
    expect(r.yoyPercent?.toFixed(2)).toBe('-1.27');
    expect(r.planPercent).toBeNull();
  });

  it('derives the trade balance of the five months from the reported spans', () => {
    const r = at('TRADE_BALANCE');
    expect(r.value).toBeCloseTo(303.3, 10);
    expect(r.reported).toBe(true);
    expect(r.previousValue).toBeCloseTo(324.3, 10);
  });
});
