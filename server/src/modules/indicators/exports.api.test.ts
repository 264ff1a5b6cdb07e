import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app';
import { safeFileName } from './export-table';

async function workbookOf(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.arrayBuffer()) as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

describe('exports and the province comparison', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let viewer: TestClient;
  const put = (c: TestClient, body: Record<string, unknown>) => c.json('PUT', '/api/figures', { status: 'official', ...body });

  beforeAll(async () => {
    t = await createTestApp();
    const na = await t.as('officer', ['40']);
    const tn = await t.as('officer', ['19']);
    for (const [period, value] of [
      ['2025-01', 9000],
      ['2025-02', 8000],
      ['2026-01', 9900.5],
      ['2026-02', 8400.25],
    ] as const)
      await put(na, { indicator: 'RETAIL', orgunit: '40', period, value });
    for (const [period, value] of [
      ['2025-01', 4000],
      ['2025-02', 4000],
      ['2026-01', 4800],
      ['2026-02', 4400],
    ] as const)
      await put(tn, { indicator: 'RETAIL', orgunit: '19', period, value });
    await put(na, { indicator: 'IIP', orgunit: '40', period: '2026-02', value: 108.25 });
    await (await t.as('director', ['40'])).json('PUT', '/api/plans', { indicator: 'RETAIL', orgunit: '40', year: 2026, plan: 120000 });
    viewer = await t.as('viewer', ['40', '19']);
  });
  afterAll(() => t.close());

  it('exports the grid as XLSX: Vietnamese headings, English below, real numbers with their format', async () => {
    const res = await viewer.request('GET', '/api/exports/grid?orgunit=40&year=2026&format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="bang-so-lieu_40_2026.xlsx"; filename*=UTF-8''bang-so-lieu_40_2026.xlsx`);
    const ws = (await workbookOf(res)).worksheets[0]!;
    expect(ws.name).toBe('Số liệu 2026');
    expect(ws.getRow(1).values).toEqual(expect.arrayContaining(['Mã chỉ tiêu', 'Chỉ tiêu', 'Phân tổ', 'Tháng 1', 'Tháng 12', 'Quý I', 'Cả năm']));
    expect(ws.getRow(2).getCell(1).value).toBe('Indicator code');
    expect(ws.getRow(2).getCell(6).value).toBe('Month 1');
    const retail = ws.getRows(3, ws.rowCount - 2)!.find((r) => r.getCell(1).value === 'RETAIL')!;
    expect(retail.getCell(3).value).toBe('Tổng số');
    expect(retail.getCell(6).value).toBe(9900.5);
    expect(typeof retail.getCell(7).value).toBe('number');
    expect(retail.getCell(7).value).toBe(8400.25);
    expect(retail.getCell(6).numFmt).toBe('#,##0');
    expect(retail.getCell(8).value).toBeNull();
    const iip = ws.getRows(3, ws.rowCount - 2)!.find((r) => r.getCell(1).value === 'IIP' && r.getCell(4).value === 'Chỉ số so cùng kỳ (%)')!;
    expect(iip.getCell(7)).toMatchObject({ value: 108.25, numFmt: '#,##0.00' });
  });

  it('exports the grid as CSV in UTF-8 with a BOM that parses back', async () => {
    const res = await viewer.request('GET', '/api/exports/grid?orgunit=40&year=2026&format=csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('bang-so-lieu_40_2026.csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes), { bom: true }) as string[][];
    expect(rows[0]!.slice(0, 5)).toEqual(['Mã chỉ tiêu', 'Chỉ tiêu', 'Phân tổ', 'Gốc so sánh', 'Đơn vị tính']);
    expect(rows[1]!.slice(0, 2)).toEqual(['Indicator code', 'Indicator']);
    const retail = rows.find((r) => r[0] === 'RETAIL')!;
    expect(retail[1]).toBe('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng');
    expect([Number(retail[5]), Number(retail[6]), retail[7]]).toEqual([9900.5, 8400.25, '']);
  });

  it('exports the overview: cards and monthly series, the months published marked', async () => {
    const res = await viewer.request('GET', '/api/exports/overview?orgunit=40&period=2026-02&format=xlsx');
    expect(res.headers.get('content-disposition')).toContain('tong-quan_40_2026-02.xlsx');
    const wb = await workbookOf(res);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng quan', 'Chuỗi tháng']);
    const cards = wb.worksheets[0]!;
    expect(cards.getRow(1).getCell(5).value).toBe('Giá trị tháng');
    const retail = cards.getRows(3, cards.rowCount - 2)!.find((r) => r.getCell(1).value === 'RETAIL')!;
    expect(retail.getCell(5).value).toBe(8400.25);
    expect(retail.getCell(7).value).toBe(18300.75);
    expect(retail.getCell(8).value as number).toBeCloseTo((18300.75 / 17000 - 1) * 100, 9);
    expect(retail.getCell(8).numFmt).toBe('0.00');
    expect(retail.getCell(9).value).toBe(120000);
    expect(retail.getCell(12).value).toBe('Chưa');
    const csv = await viewer.request('GET', '/api/exports/overview?orgunit=40&period=2026-02&format=csv');
    const rows = parse(await csv.text(), { bom: true }) as string[][];
    expect(rows.find((r) => r[0] === 'RETAIL')!.slice(3, 5)).toEqual(['2026-02', '8400.25']);
  });

  it('compares the provinces in scope with value, growth, plan and rank', async () => {
    const res = await viewer.json('GET', '/api/comparison?indicator=RETAIL&period=2026-01/2026-02');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ indicator: { code: 'RETAIL', unitVi: 'tỷ đồng' }, by: 'yoyPercent', total: 2 });
    const [first, second] = res.body.items;
    expect(first).toMatchObject({ orgunit: '19', value: 9200, rank: 1, ranks: { value: 2, yoyPercent: 1, planPercent: null } });
    expect(first.yoyPercent).toBeCloseTo(15, 10);
    expect(second).toMatchObject({ orgunit: '40', value: 18300.75, rank: 2, plan: 120000, ranks: { value: 1, yoyPercent: 2, planPercent: 1 } });
    const byValue = await viewer.json('GET', '/api/comparison?indicator=RETAIL&period=2026-01/2026-02&by=value');
    expect(byValue.body.items.map((i: { orgunit: string }) => i.orgunit)).toEqual(['40', '19']);
    const narrow = await t.as('viewer', ['40']);
    expect((await narrow.json('GET', '/api/comparison?indicator=RETAIL&period=2026-02')).body.items.map((i: { orgunit: string }) => i.orgunit)).toEqual(['40']);
  });

  it('exports the comparison in rank order', async () => {
    const res = await viewer.request('GET', '/api/exports/comparison?indicator=RETAIL&period=2026-01/2026-02&format=xlsx');
    expect(res.headers.get('content-disposition')).toContain('so-sanh_RETAIL_2026-01_2026-02.xlsx');
    const ws = (await workbookOf(res)).worksheets[0]!;
    expect(ws.getRow(1).getCell(3).value).toBe('Tỉnh, thành phố');
    expect(ws.getRow(1).getCell(6).value).toBe('Giá trị (tỷ đồng)');
    expect([ws.getRow(3).getCell(1).value, ws.getRow(3).getCell(2).value, ws.getRow(3).getCell(6).value]).toEqual([1, '19', 9200]);
    expect(ws.getRow(4).getCell(6).value).toBe(18300.75);
    const csv = parse(await (await viewer.request('GET', '/api/exports/comparison?indicator=RETAIL&period=2026-01/2026-02&format=csv')).text(), {
      bom: true,
    }) as string[][];
    expect(csv.slice(2).map((r) => [r[0], r[1]])).toEqual([
      ['1', '19'],
      ['2', '40'],
    ]);
  });

  it('names files safely', () => {
    expect(safeFileName('bảng số liệu Đà Nẵng/2026 "x"', 'csv')).toBe('bang-so-lieu-Da-Nang-2026-x.csv');
    expect(safeFileName('../..', 'xlsx')).toBe('export.xlsx');
  });
});
