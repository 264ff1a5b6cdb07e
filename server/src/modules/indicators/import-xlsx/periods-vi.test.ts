import { describe, expect, it } from 'vitest';
import { parsePeriodHeader, parsePeriodLabel, parsePlanLabel, parseYearHeader } from './periods-vi';

describe('parsePeriodHeader', () => {
  it.each([
    ['Tháng 01/2026', '2026-01', 'month', 'level', null],
    ['Tháng 6/2026 so với tháng trước', '2026-06', 'month', 'prev_month', null],
    ['Tháng 12/2025 so cùng kỳ', '2025-12', 'month', 'same_period', null],
    ['Tháng 01/2026 so tháng trước', '2026-01', 'month', 'prev_month', null],
    ['Lũy kế cuối tháng 01/2026 so cùng kỳ', '2026-01/2026-01', 'ytd', 'same_period', null],
    ['6 tháng đầu năm 2026 so với cùng kỳ', '2026-01/2026-06', 'ytd', 'same_period', null],
    ['Thực hiện tháng 8 năm 2025', '2025-08', 'month', 'level', null],
    ['Ước tính 9 tháng năm 2025', '2025-01/2025-09', 'ytd', 'level', 'estimate'],
    ['Cộng dồn 9 tháng năm 2025', '2025-01/2025-09', 'ytd', 'level', null],
    ['Ước tính tháng 6 năm 2026', '2026-06', 'month', 'level', 'estimate'],
    ['Tháng 6 năm 2026 so với cùng kỳ năm trước (%)', '2026-06', 'month', 'same_period', null],
    ['6 tháng năm 2026 so với cùng kỳ năm trước (%)', '2026-01/2026-06', 'ytd', 'same_period', null],
    ['8 tháng đầu năm 2025 so với cùng kỳ', '2025-01/2025-08', 'ytd', 'same_period', null],
    ['12 tháng năm 2025', '2025', 'year', 'level', null],
    ['Quý II/2026 so với cùng kỳ', '2026-Q2', 'quarter', 'same_period', null],
    ['Sơ bộ năm 2025', '2025', 'year', 'level', 'preliminary'],
    ['6 tháng cuối năm 2025', '2025-H2', 'half', 'level', null],
  ])('reads "%s" as %s (%s, %s, %s)', (text, period, kind, base, status) => {
    expect(parsePeriodHeader(text)).toMatchObject({ period, kind, base, status });
  });

  it('reads a header written over several rows with line breaks inside cells', () => {
    expect(parsePeriodHeader('Tháng 8/2025\nso với\ncùng kỳ')).toMatchObject({ period: '2025-08', base: 'same_period' });
    expect(parsePeriodHeader('8 tháng đầu năm 2025 so với cùng kỳ')).toMatchObject({ period: '2025-01/2025-08' });
    expect(parsePeriodHeader('Ước tính\n9 tháng\nnăm 2025')).toMatchObject({ period: '2025-01/2025-09', status: 'estimate' });
  });

  it('takes the report year from context when the header says "năm báo cáo"', () => {
    expect(parsePeriodHeader('Tháng 8 năm báo cáo so với cùng kỳ năm trước', 2025)).toMatchObject({
      period: '2025-08',
      base: 'same_period',
    });
    expect(parsePeriodHeader('Tháng 8 năm báo cáo so với cùng kỳ năm trước')).toBeNull();
  });

  it('returns null for headers without a period', () => {
    expect(parsePeriodHeader('Đơn vị tính')).toBeNull();
    expect(parsePeriodHeader('So với cùng kỳ (%)')).toBeNull();
    expect(parsePeriodHeader('Tên sản phẩm')).toBeNull();
  });
});

describe('parsePeriodLabel', () => {
  it.each([
    ['1', '2026-01', 'month', null],
    ['12', '2026-12', 'month', null],
    ['Quí I', '2026-Q1', 'quarter', null],
    ['Quý I', '2026-Q1', 'quarter', null],
    ['Quý IV', '2026-Q4', 'quarter', null],
    ['6 tháng', '2026-01/2026-06', 'ytd', null],
    ['9 tháng', '2026-01/2026-09', 'ytd', null],
    ['12 tháng', '2026', 'year', null],
    ['Sơ bộ', '2026', 'year', 'preliminary'],
  ])('reads the row label "%s" as %s', (label, period, kind, status) => {
    expect(parsePeriodLabel(label, 2026)).toMatchObject({ period, kind, status });
  });

  it('reads numeric month labels and refuses the rest', () => {
    expect(parsePeriodLabel(3, 2025)).toMatchObject({ period: '2025-03' });
    expect(parsePeriodLabel('13', 2025)).toBeNull();
    expect(parsePeriodLabel('KH 2026', 2026)).toBeNull();
    expect(parsePeriodLabel('Kỳ', 2026)).toBeNull();
  });
});

describe('plan and year headers', () => {
  it('reads KH 2026 and Năm 2025', () => {
    expect(parsePlanLabel('KH 2026')).toBe(2026);
    expect(parsePlanLabel('Kế hoạch năm 2026')).toBe(2026);
    expect(parsePlanLabel('Năm 2026')).toBeNull();
    expect(parseYearHeader('Năm 2025')).toBe(2025);
    expect(parseYearHeader('So CK (%)')).toBeNull();
  });
});
