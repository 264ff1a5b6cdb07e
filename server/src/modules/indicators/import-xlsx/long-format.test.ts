import { describe, expect, it } from 'vitest';
import { parseWorkbook } from './parse-workbook';
import { buildWorkbook } from './test-support';

const HEADER = ['indicator', 'orgunit', 'period', 'value', 'status', 'category', 'note'];

describe('the long format', () => {
  it('reads one figure per row and refuses bad rows cell by cell', async () => {
    const buf = await buildWorkbook([
      {
        name: 'data',
        rows: [
          HEADER,
          ['RETAIL', '40', '2026-05', 8126.729, 'estimate', null, null],
          ['EXPORT', 40, '2026-Q1', '1.234,5', 'sơ bộ', 'china', 'hải quan'],
          ['RETAIL', '40', 'Tháng 6/2026', 100, null, 'goods', null],
          ['RETAIL', '40', new Date(Date.UTC(2026, 6, 1)), 7, 'official', null, null],
          ['RETAIL', '40', '2026-01/2026-06', 46977.988, null, null, null],
          ['RETAIL', '40', '2026-13', 1, 'estimate', null, null],
          ['RETAIL', '40', '2026-06', 1, 'draft', null, null],
          ['IIP', '40', '2026-06', 105, 'estimate', null, null],
          ['RETAIL', null, '2026-06', 5, null, null, null],
          ['RETAIL', '40', '2026-05', 9, 'estimate', null, null],
        ],
      },
    ]);
    const wb = await parseWorkbook(buf, 'long.xlsx');
    expect(wb.layout).toBe('long_format');
    expect(wb.locale).toBe('vi');
    expect(wb.localeReason).toBe('text_numbers');
    expect(wb.figures.map((f) => [f.indicator, f.orgunit, f.category, f.period, f.value, f.status, f.source.cell])).toEqual([
      ['RETAIL', '40', null, '2026-05', 8126.729, 'estimate', 'D2'],
      ['EXPORT', '40', 'china', '2026-Q1', 1234.5, 'preliminary', 'D3'],
      ['RETAIL', '40', 'goods', '2026-06', 100, null, 'D4'],
      ['RETAIL', '40', null, '2026-07', 7, 'official', 'D5'],
      ['RETAIL', '40', null, '2026-01/2026-06', 46977.988, null, 'D6'],
    ]);
    expect(wb.figures[1]?.note).toBe('hải quan');
    expect(wb.problems.map((p) => [p.cell, p.code])).toEqual([
      ['C7', 'bad_period'],
      ['E8', 'bad_status'],
      ['D9', 'missing_base'],
      ['B10', 'missing_field'],
      ['D11', 'duplicate_figure'],
    ]);
    expect(wb.problems.every((p) => p.severity === 'error' && p.sheet === 'data')).toBe(true);
  });
});

describe('locale', () => {
  const longWith = (value: string) => buildWorkbook([{ name: 'data', rows: [HEADER, ['EXPORT', '40', '2026-06', value, 'estimate', null, null]] }]);

  it('detects an English file from its text numbers and says why', async () => {
    const buf = await buildWorkbook([
      {
        name: 'data',
        rows: [HEADER, ['EXPORT', '40', '2026-06', '1,234.5', 'estimate', null, null], ['IMPORT', '40', '2026-06', '36.539', 'estimate', null, null]],
      },
    ]);
    const wb = await parseWorkbook(buf, 'en.xlsx');
    expect([wb.locale, wb.localeReason]).toEqual(['en', 'text_numbers']);
    expect(wb.figures.map((f) => f.value)).toEqual([1234.5, 36.539]);
  });

  it('follows the declared locale: 36.539 is thirty-six thousand in Vietnamese, thirty-six in English', async () => {
    const buf = await longWith('36.539');
    const vi = await parseWorkbook(buf, 'a.xlsx', { locale: 'vi' });
    const en = await parseWorkbook(buf, 'a.xlsx', { locale: 'en' });
    expect([vi.locale, vi.localeReason, vi.figures[0]?.value]).toEqual(['vi', 'option', 36539]);
    expect([en.locale, en.localeReason, en.figures[0]?.value]).toEqual(['en', 'option', 36.539]);
  });

  it('refuses an English number in a file declared Vietnamese, naming the cell', async () => {
    const wb = await parseWorkbook(await longWith('1,234.5'), 'a.xlsx', { locale: 'vi' });
    expect(wb.figures).toEqual([]);
    expect(wb.problems).toMatchObject([{ sheet: 'data', cell: 'D2', code: 'ambiguous_number', details: { raw: '1,234.5' } }]);
  });
});

describe('workbooks that match no layout', () => {
  it('says so instead of importing anything', async () => {
    const buf = await buildWorkbook([{ name: 'Sheet1', rows: [['Danh sách doanh nghiệp'], ['Tên', 'Mã số thuế'], ['Công ty A', '0101234567']] }]);
    const wb = await parseWorkbook(buf, 'dn.xlsx');
    expect(wb.layout).toBe('unknown');
    expect(wb.figures).toEqual([]);
    expect(wb.problems).toMatchObject([{ code: 'layout_unknown', severity: 'error', sheet: 'Sheet1' }]);
    expect(wb.problems[0]?.message.vi).toContain('Trang Sheet1');
  });

  it('warns about a sheet it skips beside a recognised one', async () => {
    const buf = await buildWorkbook([
      { name: 'data', rows: [HEADER, ['RETAIL', '40', '2026-05', 1, 'estimate', null, null]] },
      { name: 'Ghi chú', rows: [['Số liệu do Cục Thống kê cung cấp']] },
    ]);
    const wb = await parseWorkbook(buf, 'long.xlsx');
    expect(wb.problems).toMatchObject([{ code: 'sheet_skipped', severity: 'warning', sheet: 'Ghi chú' }]);
  });
});
