import { describe, expect, it } from 'vitest';
import { parseWorkbook } from './parse-workbook';
import { countBy, figureAt, sample } from './test-support';

// Cell values as stored (Triệu đồng for B–D, % for E–F): [row, category, B, C, D, E, F].
const TABLE: readonly [number, string | null, number, number, number, number, number][] = [
  [4, null, 8126729, 8081217, 46977988, 114.1, 113.39],
  [5, 'goods', 3599292, 3589818, 20198490, 109.75, 108.37],
  [6, 'accommodation', 1527137, 1482460, 9079123, 112.47, 115.08],
  [7, 'food_service', 407610, 418273, 2390918, 116.81, 109.49],
  [8, 'travel', 1468154, 1461479, 8516719, 104.76, 105.02],
  [9, 'other_services', 1124536, 1129187, 6792738, 116.47, 111.8],
];

describe('statistics office retail sales (TMDV), sheet Tổng mức', () => {
  it('reads money in tỷ đồng (Triệu đồng ÷ 1000, said in the note) and the indices as printed', async () => {
    const wb = await parseWorkbook(sample('thong-ke-tmdv-thang-06-2026.xlsx'), 'thong-ke-tmdv-thang-06-2026.xlsx');
    expect(wb.layout).toBe('tmdv');
    expect(wb.problems).toEqual([]);
    expect(countBy(wb.figures)).toEqual({
      'RETAIL 2026-05 level': 6,
      'RETAIL 2026-06 level': 6,
      'RETAIL 2026-01/2026-06 level': 6,
      'RETAIL 2026-06 same_period': 6,
      'RETAIL 2026-01/2026-06 same_period': 6,
    });
    for (const [row, category, may, june, ytd, juneIdx, ytdIdx] of TABLE) {
      const prev = figureAt(wb.figures, { indicator: 'RETAIL', category, period: '2026-05', base: 'level' });
      expect(prev).toMatchObject({ value: may / 1000, revision: true, status: null, source: { cell: `B${row}` } });
      expect(prev.note).toContain(`÷ 1000`);
      expect(prev.note).toContain(String(may));
      const est = figureAt(wb.figures, { indicator: 'RETAIL', category, period: '2026-06', base: 'level' });
      expect(est).toMatchObject({ value: june / 1000, revision: false, status: 'estimate', source: { cell: `C${row}` } });
      const cum = figureAt(wb.figures, { indicator: 'RETAIL', category, period: '2026-01/2026-06', base: 'level' });
      expect(cum).toMatchObject({ value: ytd / 1000, status: null, source: { cell: `D${row}` } });
      const idx = figureAt(wb.figures, { indicator: 'RETAIL', category, period: '2026-06', base: 'same_period' });
      expect(idx).toMatchObject({ value: juneIdx, source: { cell: `E${row}` } });
      expect(idx.note).toBeUndefined();
      const ytdIndex = figureAt(wb.figures, { indicator: 'RETAIL', category, period: '2026-01/2026-06', base: 'same_period' });
      expect(ytdIndex).toMatchObject({ value: ytdIdx, source: { cell: `F${row}` } });
    }
  });

  it('pins the conversion of the total: 8.126.729 triệu đồng = 8.126,729 tỷ đồng', async () => {
    const wb = await parseWorkbook(sample('thong-ke-tmdv-thang-06-2026.xlsx'), 'tmdv.xlsx');
    const total = figureAt(wb.figures, { category: null, period: '2026-05', base: 'level' });
    expect(total.value).toBe(8126.729);
    expect(total.source).toEqual({ sheet: 'Tổng mức', cell: 'B4', header: 'Thực hiện tháng 5 năm 2026', rowLabel: 'TỔNG SỐ' });
  });

  it('keeps TỔNG SỐ as the total (category null), never summed with its parts', async () => {
    const wb = await parseWorkbook(sample('thong-ke-tmdv-thang-06-2026.xlsx'), 'tmdv.xlsx');
    const june = wb.figures.filter((f) => f.period === '2026-06' && f.base === 'level');
    expect(june.filter((f) => f.category === null).map((f) => f.value)).toEqual([8081.217]);
    expect(june).toHaveLength(6);
  });

  it('gives exactly the same figures from the legacy .xls as from its .xlsx twin', async () => {
    const xlsx = await parseWorkbook(sample('thong-ke-tmdv-thang-06-2026.xlsx'), 'tmdv.xlsx');
    const xls = await parseWorkbook(sample('thong-ke-tmdv-thang-06-2026.xls'), 'tmdv.xlsx');
    expect(xls.layout).toBe('tmdv');
    expect(xls.problems).toEqual([]);
    expect(xls.figures).toHaveLength(30);
    expect(xls.figures).toEqual(xlsx.figures);
  });

  it('detects the legacy format by its bytes even when the name says .xlsx', async () => {
    const wb = await parseWorkbook(sample('thong-ke-tmdv-thang-06-2026.xls'), 'bao-cao.xlsx');
    expect(wb.fileName).toBe('bao-cao.xlsx');
    expect(wb.figures).toHaveLength(30);
  });
});
