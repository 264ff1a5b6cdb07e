import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseWorkbook } from './parse-workbook';
import { buildWorkbook, figureAt } from './test-support';

const INDUSTRIES = ['TOÀN NGÀNH', 'Khai khoáng', 'Công nghiệp chế biến, chế tạo', 'Dệt'];

describe('IIP variants', () => {
  it('marks December 2025 as the revision in a January 2026 table and reads the year to date through January', async () => {
    const buf = await buildWorkbook([
      {
        name: 'IIP',
        rows: [
          ['CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP'],
          [null, 'Tháng 12/2025 so cùng kỳ', 'Tháng 01/2026 so tháng trước', 'Tháng 01/2026 so cùng kỳ', 'Lũy kế cuối tháng 01/2026 so cùng kỳ'],
          ...INDUSTRIES.map((name, i) => [name, 100 + i, 101 + i, 102 + i, 103 + i]),
        ],
      },
    ]);
    const wb = await parseWorkbook(buf, 'T12.2025.xlsx');
    expect(wb.problems).toEqual([]);
    expect(figureAt(wb.figures, { category: null, period: '2025-12', base: 'same_period' })).toMatchObject({ value: 100, revision: true });
    expect(figureAt(wb.figures, { category: 'C', period: '2026-01', base: 'same_period' })).toMatchObject({ value: 104, revision: false });
    expect(figureAt(wb.figures, { category: '13', period: '2026-01/2026-01', base: 'same_period' })).toMatchObject({ value: 106 });
    expect(wb.figures.filter((f) => f.revision).map((f) => f.period)).toEqual(['2025-12', '2025-12', '2025-12', '2025-12']);
  });

  it('reads a percent-formatted index cell as the index shown (125,95 %), saying so', async () => {
    const wb0 = new ExcelJS.Workbook();
    const ws = wb0.addWorksheet('IIP');
    ws.addRows([['CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP'], [null, 'Tháng 6/2026 so với cùng kỳ'], ...INDUSTRIES.map((n) => [n, 1.2595])]);
    ws.getColumn(2).numFmt = '0.00%';
    const wb = await parseWorkbook(Buffer.from(await wb0.xlsx.writeBuffer()), 'iip.xlsx');
    const total = figureAt(wb.figures, { category: null, period: '2026-06', base: 'same_period' });
    expect(total.value).toBe(125.95);
    expect(total.note).toContain('×100');
  });

  it('does not take an output table with the same industry rows for IIP', async () => {
    const buf = await buildWorkbook([
      {
        name: 'GTSX',
        rows: [['GIÁ TRỊ SẢN XUẤT CÔNG NGHIỆP (tỷ đồng)'], [null, 'Tháng 6/2026 so với cùng kỳ'], ...INDUSTRIES.map((n) => [n, 1000])],
      },
    ]);
    const wb = await parseWorkbook(buf, 'gtsx.xlsx');
    expect(wb.layout).toBe('unknown');
    expect(wb.figures).toEqual([]);
  });
});

describe('retail goods sheet (DT bán lẻ)', () => {
  it('reads the goods groups as RETAIL_GOODS g01…g12 with the total as category null', async () => {
    const groups = [
      '1. Lương thực, thực phẩm',
      '2. Hàng may mặc',
      '3. Đồ dùng, dụng cụ, trang thiết bị gia đình',
      '4. Vật phẩm văn hóa, giáo dục',
      '5. Gỗ và vật liệu xây dựng',
      '6. Ô tô con (dưới 9 chỗ ngồi)',
      '7. Phương tiện đi lại, trừ ô tô con (kể cả phụ tùng)',
      '8. Xăng, dầu các loại',
      '9. Nhiên liệu khác (trừ xăng, dầu)',
      '10. Đá quý, kim loại quý và sản phẩm',
      '11. Hàng hóa khác',
      '12. Sửa chữa xe có động cơ, mô tô, xe máy và xe có động cơ',
    ];
    const buf = await buildWorkbook([
      {
        name: '12.DTBL',
        rows: [
          ['DOANH THU BÁN LẺ HÀNG HÓA THÁNG 6 NĂM 2026'],
          [null, null, 'Đơn vị tính: Triệu đồng'],
          [null, 'Ước tính tháng 6 năm 2026', 'Cộng dồn 6 tháng năm 2026'],
          ['Tổng số', 3589818, 20198490],
          ...groups.map((g, i) => [g, (i + 1) * 1000, (i + 1) * 6000]),
        ],
      },
    ]);
    const wb = await parseWorkbook(buf, 'dtbl.xlsx');
    expect(wb.layout).toBe('tmdv');
    expect(wb.problems).toEqual([]);
    expect(figureAt(wb.figures, { indicator: 'RETAIL_GOODS', category: null, period: '2026-06', base: 'level' })).toMatchObject({
      value: 3589.818,
      status: 'estimate',
    });
    groups.forEach((_, i) => {
      const code = `g${String(i + 1).padStart(2, '0')}`;
      expect(figureAt(wb.figures, { indicator: 'RETAIL_GOODS', category: code, period: '2026-01/2026-06', base: 'level' }).value).toBe((i + 1) * 6);
    });
  });
});
