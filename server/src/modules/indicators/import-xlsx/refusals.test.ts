import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseWorkbook } from './parse-workbook';
import { buildWorkbook, figureAt } from './test-support';

const IIP_HEADER: ExcelJS.CellValue[][] = [
  ['CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP'],
  [null, null, null, null, 'Đơn vị tính: %'],
  [null, 'Tháng 5/2026 so với cùng kỳ', 'Tháng 6/2026 so với tháng trước', 'Tháng 6/2026 so với cùng kỳ', '6 tháng đầu năm 2026 so với cùng kỳ'],
];

describe('cell-by-cell refusals in a statistics office table', () => {
  it('refuses an ambiguous number, naming sheet and cell in both languages, and keeps the rest', async () => {
    const buf = await buildWorkbook([
      {
        name: '7.IIP',
        rows: [
          ...IIP_HEADER,
          ['TOÀN NGÀNH', 108.29, 105.79, 121.6, 112.95],
          ['Khai khoáng', 115.12, 112.58, 105.84, 91.07],
          ['Khai khoáng khác', 86.96, '12,3,4', '96,49', 124.88],
        ],
      },
    ]);
    const wb = await parseWorkbook(buf, 'iip.xlsx');
    expect(wb.locale).toBe('vi');
    expect(wb.problems).toHaveLength(1);
    expect(wb.problems[0]).toMatchObject({ sheet: '7.IIP', cell: 'C6', code: 'ambiguous_number', severity: 'error' });
    expect(wb.problems[0]?.message.vi).toMatch(/^Ô C6 \(trang 7\.IIP\): không đọc được số "12,3,4"\. .*1\.234,5/);
    expect(wb.problems[0]?.message.en).toMatch(/^Cell C6 \(sheet 7\.IIP\): cannot read the number "12,3,4"\./);
    expect(wb.figures).toHaveLength(11);
    const fromText = figureAt(wb.figures, { category: '08', period: '2026-06', base: 'same_period' });
    expect(fromText.value).toBe(96.49);
    expect(fromText.note).toContain('96,49');
  });

  it('treats Excel errors, blanks and "-" as missing data, never zero', async () => {
    const buf = await buildWorkbook([
      {
        name: 'IIP',
        rows: [
          ...IIP_HEADER,
          ['TOÀN NGÀNH', 108.29, { error: '#DIV/0!' }, null, '-'],
          ['Khai khoáng', 115.12, 112.58, 105.84, 91.07],
          ['Công nghiệp chế biến, chế tạo', { formula: 'B5*1', result: { error: '#REF!' } }, 1, 2, 3],
        ],
      },
    ]);
    const wb = await parseWorkbook(buf, 'iip.xlsx');
    expect(wb.figures.filter((f) => f.category === null).map((f) => f.source.cell)).toEqual(['B4']);
    expect(wb.figures.some((f) => f.value === 0)).toBe(false);
    expect(wb.problems.map((p) => [p.cell, p.code, p.severity])).toEqual([
      ['C4', 'excel_error', 'error'],
      ['D4', 'missing_value', 'warning'],
      ['E4', 'missing_value', 'warning'],
      ['B6', 'excel_error', 'error'],
    ]);
    expect(wb.problems[0]?.message.en).toContain('#DIV/0!');
    expect(wb.problems[0]?.message.en).toContain('not zero');
  });

  it('refuses the numbers of a row it does not recognise, naming the label cell', async () => {
    const buf = await buildWorkbook([
      {
        name: 'IIP',
        rows: [...IIP_HEADER, ['TOÀN NGÀNH', 1, 2, 3, 4], ['Khai khoáng', 1, 2, 3, 4], ['Dệt', 1, 2, 3, 4], ['Ngành lạ', 5, 6, 7, 8]],
      },
    ]);
    const wb = await parseWorkbook(buf, 'iip.xlsx');
    expect(wb.problems).toMatchObject([{ cell: 'A7', code: 'unknown_row_label', severity: 'error' }]);
    expect(wb.figures).toHaveLength(12);
  });

  it('reads a header spread over five merged rows, with the year from the title', async () => {
    const buf = await buildWorkbook([
      {
        name: 'IIP T',
        rows: [
          ['CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP THÁNG 8 NĂM 2025'],
          [null, 'Tháng 8', null, '8 tháng đầu năm báo cáo so với cùng kỳ năm trước'],
          [null, 'năm báo cáo', null, null],
          [null, 'so với', null, null],
          [null, 'cùng kỳ', 'tháng trước', null],
          [null, 'năm trước', null, null],
          ['TOÀN NGÀNH', 87.35, 81.3, 97.78],
          ['Khai khoáng', 101.19, 129.71, 98.99],
          ['Dệt', 94.47, 107.02, 129.4],
        ],
        merges: ['A1:D1', 'B2:C2', 'B3:C3', 'B4:C4', 'D2:D6', 'C5:C6'],
      },
    ]);
    const wb = await parseWorkbook(buf, 'T1.2026.xlsx');
    expect(wb.problems).toEqual([]);
    expect(figureAt(wb.figures, { category: null, period: '2025-08', base: 'same_period' })).toMatchObject({
      value: 87.35,
      source: { cell: 'B7', header: 'Tháng 8 năm báo cáo so với cùng kỳ năm trước' },
    });
    expect(figureAt(wb.figures, { category: 'B', period: '2025-08', base: 'prev_month' }).value).toBe(129.71);
    expect(figureAt(wb.figures, { category: '13', period: '2025-01/2025-08', base: 'same_period' }).value).toBe(129.4);
  });

  it('refuses retail money without a stated unit rather than guessing the scale', async () => {
    const buf = await buildWorkbook([
      {
        name: 'TM T',
        rows: [
          [null, 'Ước tính tháng 6 năm 2026', 'Tháng 6 năm 2026 so với cùng kỳ năm trước (%)'],
          ['Tổng số', 8081217, 114.1],
          ['Bán lẻ hàng hóa', 3589818, 109.75],
          ['Dịch vụ lưu trú', 1482460, 112.47],
          ['Dịch vụ ăn uống', 418273, 116.81],
        ],
      },
    ]);
    const wb = await parseWorkbook(buf, 'tm.xlsx');
    expect(wb.problems).toMatchObject([{ code: 'unit_missing', severity: 'error', cell: 'B1' }]);
    expect(wb.figures.map((f) => f.base)).toEqual(['same_period', 'same_period', 'same_period', 'same_period']);
  });
});

describe('the department workbook with free text and formulas', () => {
  const sheet = (rows: ExcelJS.CellValue[][]) => [
    { name: 'Năm 2023', rows: [['TỔNG MỨC BÁN LẺ HÀNG HÓA VÀ DOANH THU DỊCH VỤ TIÊU DÙNG (triệu đồng)'], ...rows] },
  ];

  it('refuses a free-text cell, naming it, and converts triệu đồng', async () => {
    const buf = await buildWorkbook(
      sheet([
        ['Kỳ', 'Năm 2022', 'Năm 2023', 'So CK (%)'],
        ['1', 8000000, '8.290 tỷ đồng (↓3,32%)', null],
        ['2', 8100000, 8300000, 102.469],
        ['3', 8200000, 8400000, 102.439],
        ['Quý I', 24300000, 25000000, 102.881],
      ]),
    );
    const wb = await parseWorkbook(buf, 'chi-tieu-2023.xlsx');
    expect(wb.layout).toBe('dept_indicator');
    const free = wb.problems.find((p) => p.code === 'free_text');
    expect(free).toMatchObject({ sheet: 'Năm 2023', cell: 'C3', severity: 'error' });
    expect(free?.message.vi).toContain('Ô C3 (trang Năm 2023)');
    expect(free?.message.vi).toContain('8.290 tỷ đồng (↓3,32%)');
    expect(figureAt(wb.figures, { category: null, period: '2023-02', base: 'level' })).toMatchObject({ value: 8300 });
    expect(wb.figures.some((f) => f.source.cell === 'C3')).toBe(false);
    expect(wb.problems.filter((p) => p.code === 'stored_ratio_mismatch')).toEqual([]);
  });

  it('imports cached formula results and flags a wrong stored ratio computed by formula', async () => {
    const buf = await buildWorkbook(
      sheet([
        ['KH 2026', null, 120000],
        ['Kỳ', 'Năm 2025', 'Năm 2026', 'So CK', 'So KH'],
        ['1', 10000, 11000, { formula: 'C4/B4*100', result: 110 }, { formula: 'C4/$C$2', result: 0.0917 }],
        ['2', 10000, 10500, { formula: 'C5/B5*100', result: 105 }, { formula: 'C5/$C$2', result: 0.0875 }],
        ['3', 10000, 12000, { formula: 'C6/B6*100', result: 120 }, { formula: 'C6/$C$2', result: 0.1 }],
        ['Quý I', { formula: 'SUM(B4:B6)', result: 30000 }, { formula: 'SUM(C4:C6)', result: 33500 }, { formula: 'D4+D5+D6', result: 335 }, null],
      ]),
    );
    const wb = await parseWorkbook(buf, 'chi-tieu.xlsx');
    expect(wb.plans).toMatchObject([{ year: 2026, value: 120, source: { cell: 'C2' } }]);
    expect(figureAt(wb.figures, { category: null, period: '2026-Q1', base: 'level' }).value).toBe(33.5);
    const flagged = wb.problems.filter((p) => p.code === 'stored_ratio_mismatch');
    expect(flagged.map((p) => p.cell)).toEqual(['D7']);
    expect(flagged[0]?.details?.['recomputed']).toBeCloseTo((33500 / 30000) * 100, 9);
  });

  it('detects a fraction under a "(%)" header from the values, and a percentage without one', async () => {
    const buf = await buildWorkbook(
      sheet([
        ['KH 2026', null, 120000],
        ['Kỳ', 'Năm 2025', 'Năm 2026', 'So CK', 'So KH (%)'],
        ['1', 10000, 11000, 110, 0.0917],
        ['2', 10000, 10500, 105, 0.0875],
        ['3', 10000, 12000, 120, 0.1],
        ['Quý I', 30000, 33500, 111.667, 0.2792],
      ]),
    );
    const wb = await parseWorkbook(buf, 'chi-tieu.xlsx');
    expect(wb.problems).toEqual([]);
  });

  it('refuses a stated unit that does not fit the indicator, and says when no unit is stated', async () => {
    const rows = [
      ['Kỳ', 'Năm 2025'],
      ['1', 10],
      ['2', 11],
      ['3', 12],
      ['Quý I', 33],
    ];
    const tons = await parseWorkbook(await buildWorkbook([{ name: 'TMBLHH', rows: [['TỔNG MỨC BÁN LẺ (tấn)'], ...rows] }]), 'a.xlsx');
    expect(tons.figures).toEqual([]);
    expect(tons.problems).toMatchObject([{ code: 'unit_missing', severity: 'error', cell: 'A1' }]);
    const none = await parseWorkbook(await buildWorkbook([{ name: 'TMBLHH', rows: [['TỔNG MỨC BÁN LẺ HÀNG HÓA'], ...rows] }]), 'b.xlsx');
    expect(none.figures).toHaveLength(4);
    expect(none.problems).toMatchObject([{ code: 'unit_missing', severity: 'warning' }]);
  });
});
