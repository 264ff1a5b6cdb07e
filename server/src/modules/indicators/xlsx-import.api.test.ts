import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app';
import { buildWorkbook } from './import-xlsx/test-support';
import { countVintages, importJson, multipartUser, sampleBytes } from './figures-io.test-support';

type App = Awaited<ReturnType<typeof createTestApp>>;
type Figure = {
  indicator: string;
  period: string;
  category: string | null;
  base: string;
  cell: string;
  outcome: string;
  value: number;
  version: number | null;
  revision: boolean;
  flags: string[];
  recomputed?: number | null;
};

const IIP_JUNE = 'thong-ke-iip-thang-06-2026.xlsx';
const IIP_AUG = 'thong-ke-iip-thang-08-2025.xlsx';
const TMDV = 'thong-ke-tmdv-thang-06-2026.xlsx';
const TMDV_XLS = 'thong-ke-tmdv-thang-06-2026.xls';
const DEPT = 'chi-tieu-nganh-2026.xlsx';

const value = async (c: TestClient, qs: string) => (await c.json('GET', `/api/figures?${qs}`)).body.items[0].value as number | null;
const history = async (c: TestClient, qs: string) =>
  (await c.json('GET', `/api/figures/history?${qs}`)).body.items as {
    version: number;
    value: number;
    status: string;
    source: Record<string, unknown>;
    reason: string | null;
  }[];
const find = (figures: Figure[], k: Partial<Figure>) => figures.filter((f) => Object.entries(k).every(([key, v]) => f[key as keyof Figure] === v));

describe('POST /api/imports/xlsx: the statistics-office IIP workbooks', () => {
  let t: App;
  let officer: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
  });
  afterAll(() => t.close());

  it('previews June 2026 without writing: every cell with its sheet, cell, period, base and revision flag, and asks for a status', async () => {
    const res = await importJson(officer, IIP_JUNE, sampleBytes(IIP_JUNE), { orgunit: '40' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dryRun: true,
      importId: null,
      layout: 'iip',
      format: 'xlsx',
      statusRequired: true,
      canConfirm: false,
      counts: { figures: 72, needsStatus: 72, errors: 0 },
    });
    const total = find(res.body.figures, { period: '2026-05', category: null })[0];
    expect(total).toMatchObject({
      indicator: 'IIP',
      base: 'same_period',
      value: 108.29,
      revision: true,
      sheet: '7.IIP',
      cell: 'B4',
      status: null,
      statusFromFile: false,
    });
    expect(await countVintages(t.db)).toBe(0);
  });

  it('refuses to confirm without the status the file does not state', async () => {
    const res = await importJson(officer, IIP_JUNE, sampleBytes(IIP_JUNE), { orgunit: '40', dryRun: 'false' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields[0].path).toBe('status');
    expect(res.body.error.details.message.vi).toContain('trạng thái');
    expect(await countVintages(t.db)).toBe(0);
  });

  it('confirms June 2026: the revised May column becomes version 2 of May, every value reads back to the digit', async () => {
    await officer.json('PUT', '/api/figures', { indicator: 'IIP', orgunit: '40', period: '2026-05', value: 107, status: 'estimate' });
    const dry = await importJson(officer, IIP_JUNE, sampleBytes(IIP_JUNE), { orgunit: '40', status: 'official' });
    expect(dry.body).toMatchObject({ canConfirm: true, counts: { write: 72, unchanged: 0 } });
    expect(find(dry.body.figures, { period: '2026-05', category: null })[0]).toMatchObject({
      outcome: 'write',
      version: 2,
      current: { value: 107, version: 1 },
    });
    expect(await countVintages(t.db)).toBe(1);

    const res = await importJson(officer, IIP_JUNE, sampleBytes(IIP_JUNE), { orgunit: '40', status: 'official', dryRun: 'false' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, counts: { write: 72 } });
    expect(res.body.importId).toMatch(/^\d+$/);
    expect(await countVintages(t.db)).toBe(73);

    expect(await value(officer, 'indicator=IIP&orgunit=40&period=2026-06')).toBe(121.6);
    expect(await value(officer, 'indicator=IIP&orgunit=40&period=2026-01/2026-06')).toBe(112.95);
    expect(await value(officer, 'indicator=IIP&orgunit=40&period=2026-06&category=D')).toBe(85.7);
    expect(await value(officer, 'indicator=IIP&orgunit=40&period=2026-06&category=35')).toBe(122.48);
    const may = await history(officer, 'indicator=IIP&orgunit=40&period=2026-05');
    expect(may.map((v) => [v.version, v.value, v.status])).toEqual([
      [2, 108.29, 'official'],
      [1, 107, 'estimate'],
    ]);
    expect(may[0]!.source).toMatchObject({ file: IIP_JUNE, sheet: '7.IIP', cell: 'B4', importId: res.body.importId, revision: true });
    const grid = (await officer.json('GET', '/api/grid?orgunit=40&year=2026&indicator=IIP')).body;
    const prevMonth = grid.rows.find((r: { base: string; category: string | null }) => r.base === 'prev_month' && r.category === null);
    expect(prevMonth.cells[5]).toMatchObject({
      period: '2026-06',
      value: 105.79,
      version: 1,
      status: 'official',
      source: { file: IIP_JUNE, sheet: '7.IIP', cell: 'C4' },
    });
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await countVintages(t.db);
    const res = await importJson(officer, IIP_JUNE, sampleBytes(IIP_JUNE), { orgunit: '40', status: 'official', dryRun: 'false' });
    expect(res.body.counts).toMatchObject({ write: 0, unchanged: 72 });
    expect(await countVintages(t.db)).toBe(before);
  });

  it('imports August 2025 (header over three rows) through a multipart upload, with progress to poll', async () => {
    const user = await multipartUser(t, 'officer', ['40']);
    const form = new FormData();
    form.set('file', new File([new Uint8Array(sampleBytes(IIP_AUG))], IIP_AUG));
    form.set('orgunit', '40');
    form.set('status', 'official');
    form.set('dryRun', 'false');
    form.set('progressId', 'upload-aug-2025');
    const res = await user.postForm('/api/imports/xlsx', form);
    expect(res.status).toBe(200);
    expect(res.body.counts).toMatchObject({ figures: 72, write: 72 });
    expect(await value(officer, 'indicator=IIP&orgunit=40&period=2025-08')).toBe(87.35);
    expect(await value(officer, 'indicator=IIP&orgunit=40&period=2025-07')).toBe(83.59);
    expect(await value(officer, 'indicator=IIP&orgunit=40&period=2025-08&category=D')).toBe(83.39);
    expect(await value(officer, 'indicator=IIP&orgunit=40&period=2025-01/2025-08')).toBe(97.78);
    expect((await user.get('/api/imports/progress/upload-aug-2025')).body).toMatchObject({ phase: 'done', processed: 72, total: 72 });
    const noFile = await user.postForm('/api/imports/xlsx', new FormData());
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.details.fields[0].path).toBe('body.file');
  });
});

describe('POST /api/imports/xlsx: retail sales (TMDV), .xlsx and its legacy .xls twin', () => {
  let t: App;
  let officer: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
    await officer.json('PUT', '/api/figures', { indicator: 'RETAIL', orgunit: '40', period: '2026-05', value: 8000, status: 'estimate' });
    await officer.json('PUT', '/api/figures', { indicator: 'RETAIL', orgunit: '40', period: '2025-06', value: 7000, status: 'official' });
  });
  afterAll(() => t.close());

  it('stores money in tỷ đồng, keeps the June estimate status, and checks the printed ratios instead of storing them', async () => {
    const res = await importJson(officer, TMDV, sampleBytes(TMDV), { orgunit: '40', status: 'official', dryRun: 'false' });
    expect(res.status).toBe(200);
    expect(res.body.counts).toMatchObject({ figures: 30, write: 18, notStored: 12, errors: 0 });
    expect(await value(officer, 'indicator=RETAIL&orgunit=40&period=2026-06')).toBe(8081.217);
    expect(await value(officer, 'indicator=RETAIL&orgunit=40&period=2026-06&category=goods')).toBe(3589.818);
    expect(await value(officer, 'indicator=RETAIL&orgunit=40&period=2026-01/2026-06')).toBe(46977.988);
    const june = await history(officer, 'indicator=RETAIL&orgunit=40&period=2026-06');
    expect(june[0]).toMatchObject({ version: 1, status: 'estimate', source: { sheet: 'Tổng mức', cell: 'C4' } });
    const may = await history(officer, 'indicator=RETAIL&orgunit=40&period=2026-05');
    expect(may.map((v) => [v.version, v.value, v.status])).toEqual([
      [2, 8126.729, 'official'],
      [1, 8000, 'estimate'],
    ]);
    // June vs June 2025 as stored: 8081,217 ÷ 7000 × 100 = 115,446 ≠ 114,1 printed in E4.
    const e4 = find(res.body.figures, { cell: 'E4' })[0]!;
    expect(e4).toMatchObject({ outcome: 'not_stored', flags: ['stored_ratio_mismatch'] });
    expect(e4.recomputed).toBeCloseTo((8081.217 / 7000) * 100, 3);
    expect(res.body.problems).toMatchObject([{ sheet: 'Tổng mức', cell: 'E4', code: 'stored_ratio_mismatch', severity: 'warning' }]);
    expect(find(res.body.figures, { cell: 'E5' })[0]!.recomputed).toBeNull();
  });

  it('reads the legacy .xls to the same figures: importing it after the .xlsx changes nothing', async () => {
    const before = await countVintages(t.db);
    const res = await importJson(officer, TMDV_XLS, sampleBytes(TMDV_XLS), { orgunit: '40', status: 'official', dryRun: 'false' });
    expect(res.body).toMatchObject({ format: 'xls', layout: 'tmdv', counts: { write: 0, unchanged: 18, notStored: 12 } });
    expect(await countVintages(t.db)).toBe(before);
  });
});

describe('POST /api/imports/xlsx: the department indicator workbook', () => {
  let t: App;
  let officer: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
  });
  afterAll(() => t.close());

  it('surfaces the wrong Quí I "So CK" in the preview and flags the quarter figures it reads', async () => {
    const res = await importJson(officer, DEPT, sampleBytes(DEPT), { orgunit: '40', status: 'official' });
    const flagged = res.body.problems.find((p: { code: string }) => p.code === 'stored_ratio_mismatch');
    expect(flagged).toMatchObject({ sheet: 'TMBLHH', cell: 'D7', severity: 'warning', details: { stored: 337.314 } });
    expect(flagged.message.vi).toContain('Ô D7 (trang TMBLHH)');
    expect(find(res.body.figures, { period: '2026-Q1' })[0]).toMatchObject({ cell: 'C7', value: 42270.512, flags: ['stored_ratio_mismatch'] });
    expect(find(res.body.figures, { period: '2025-Q1' })[0]).toMatchObject({ cell: 'B7', flags: ['stored_ratio_mismatch'] });
    expect(res.body.plans).toEqual([{ indicator: 'RETAIL', year: 2026, value: 175000, sheet: 'TMBLHH', cell: 'C2', outcome: 'write', current: null }]);
  });

  it('takes Sơ bộ over 12 tháng for the year, writes the plan, and keeps the flag in the stored source for the grid', async () => {
    const res = await importJson(officer, DEPT, sampleBytes(DEPT), { orgunit: '40', status: 'official', dryRun: 'false' });
    expect(res.status).toBe(200);
    expect(res.body.counts).toMatchObject({ figures: 30, write: 29, superseded: 1 });
    expect(find(res.body.figures, { cell: 'B22' })[0]!.outcome).toBe('superseded');
    expect(await value(officer, 'indicator=RETAIL&orgunit=40&period=2026-01')).toBe(13954.842);
    expect(await value(officer, 'indicator=RETAIL&orgunit=40&period=2026-07')).toBe(14631.391);
    expect(await value(officer, 'indicator=RETAIL&orgunit=40&period=2026-Q1')).toBe(42270.512);
    const year = await history(officer, 'indicator=RETAIL&orgunit=40&period=2025');
    expect(year.map((v) => [v.version, v.value, v.status])).toEqual([[1, 161385.133, 'preliminary']]);
    const plans = (await officer.json('GET', '/api/plans?orgunit=40&year=2026')).body.items;
    expect(plans).toMatchObject([{ indicator: 'RETAIL', version: 1, value: 175000 }]);
    const grid = (await officer.json('GET', '/api/grid?orgunit=40&year=2026&indicator=RETAIL')).body;
    const q1 = grid.rows[0].reported['2026-Q1'];
    expect(q1).toMatchObject({ value: 42270.512, source: { sheet: 'TMBLHH', cell: 'C7' } });
    expect(q1.warnings.map((w: { code: string }) => w.code)).toEqual(['stored_ratio_mismatch']);
    expect(q1.warnings[0].details).toMatchObject({ cell: 'D7', stored: 337.314 });
  });

  it('changes nothing the second time, plan included', async () => {
    const before = await countVintages(t.db);
    const res = await importJson(officer, DEPT, sampleBytes(DEPT), { orgunit: '40', status: 'official', dryRun: 'false' });
    expect(res.body.counts).toMatchObject({ write: 0, unchanged: 29 });
    expect(res.body.plans[0]).toMatchObject({ outcome: 'unchanged', current: { value: 175000, version: 1 } });
    expect(await countVintages(t.db)).toBe(before);
  });
});

describe('POST /api/imports/xlsx: files refused whole', () => {
  let t: App;
  let officer: TestClient;
  const header = [
    ['CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP'],
    [null, null, null, null, 'Đơn vị tính: %'],
    [null, 'Tháng 5/2026 so với cùng kỳ', 'Tháng 6/2026 so với tháng trước', 'Tháng 6/2026 so với cùng kỳ', '6 tháng đầu năm 2026 so với cùng kỳ'],
  ];
  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
    await officer.json('PUT', '/api/figures', { indicator: 'IIP', orgunit: '40', period: '2026-01', value: 101, status: 'official' });
  });
  afterAll(() => t.close());

  it('refuses a truncated workbook and writes nothing', async () => {
    const before = await countVintages(t.db);
    const res = await importJson(officer, IIP_JUNE, sampleBytes(IIP_JUNE).subarray(0, 3000), { orgunit: '40', status: 'official', dryRun: 'false' });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'import_refused', details: { reason: 'unreadable_file' } });
    expect(res.body.error.details.message.vi).toContain('bị cắt cụt');
    expect(await countVintages(t.db)).toBe(before);
  });

  it('refuses a workbook with a broken cell, naming the sheet and the cell, and writes none of its good cells', async () => {
    const buf = await buildWorkbook([
      {
        name: 'IIP',
        rows: [
          ...header,
          ['TOÀN NGÀNH', 108.29, 105.79, 121.6, 112.95],
          ['Khai khoáng', 115.12, { formula: 'B5*1', result: { error: '#REF!' } }, 105.84, 91.07],
          ['Khai khoáng khác', 86.96, 94.05, 96.49, 124.88],
        ],
      },
    ]);
    const before = await countVintages(t.db);
    const dry = await importJson(officer, 'hong.xlsx', buf, { orgunit: '40', status: 'official' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ canConfirm: false, counts: { errors: 1 } });
    const res = await importJson(officer, 'hong.xlsx', buf, { orgunit: '40', status: 'official', dryRun: 'false' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('import_refused');
    const [problem] = res.body.error.details.problems;
    expect(problem).toMatchObject({ sheet: 'IIP', cell: 'C5', code: 'excel_error', severity: 'error' });
    expect(problem.message.vi).toMatch(/^Ô C5 \(trang IIP\)/);
    expect(problem.message.en).toMatch(/^Cell C5 \(sheet IIP\)/);
    expect(res.body.error.details.figures.length).toBe(11);
    expect(await countVintages(t.db)).toBe(before);
  });

  it('refuses an ambiguous number, naming the sheet and the cell', async () => {
    const buf = await buildWorkbook([
      {
        name: '7.IIP',
        rows: [
          ...header,
          ['TOÀN NGÀNH', 108.29, 105.79, 121.6, 112.95],
          ['Khai khoáng', 115.12, '12,3,4', 105.84, 91.07],
          ['Khai khoáng khác', 86.96, 94.05, 96.49, 124.88],
        ],
      },
    ]);
    const before = await countVintages(t.db);
    const res = await importJson(officer, 'mo-ho.xlsx', buf, { orgunit: '40', status: 'official', dryRun: 'false' });
    expect(res.status).toBe(422);
    expect(res.body.error.details.problems).toMatchObject([{ sheet: '7.IIP', cell: 'C5', code: 'ambiguous_number' }]);
    expect(res.body.error.details.problems[0].message.vi).toContain('"12,3,4"');
    expect(await countVintages(t.db)).toBe(before);
  });

  it('refuses a file that is not a workbook by its bytes (415), whatever its name', async () => {
    const res = await importJson(officer, 'bao-cao.xlsx', Buffer.from('%PDF-1.7 not a workbook'), { orgunit: '40' });
    expect(res.status).toBe(415);
    expect(res.body.error).toMatchObject({ code: 'unsupported_type', details: { reason: 'unsupported_format' } });
  });

  it('refuses a file over 20 MB (413), decoded from JSON or streamed as multipart', async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 0x41);
    big.write('PK\u0003\u0004', 0, 'latin1');
    expect((await importJson(officer, 'lon.xlsx', big, { orgunit: '40' })).status).toBe(413);
    const user = await multipartUser(t, 'officer', ['40']);
    const form = new FormData();
    form.set('file', new File([new Uint8Array(Buffer.alloc(30 * 1024 * 1024))], 'rat-lon.xlsx'));
    form.set('orgunit', '40');
    const res = await user.postForm('/api/imports/xlsx', form);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('refuses a long-format row of a province outside the officer’s scope', async () => {
    const buf = await buildWorkbook([
      {
        name: 'Data',
        rows: [
          ['indicator', 'orgunit', 'period', 'value', 'status'],
          ['RETAIL', '40', '2026-02', 1000, 'official'],
          ['RETAIL', '19', '2026-02', 900, 'official'],
        ],
      },
    ]);
    const before = await countVintages(t.db);
    const res = await importJson(officer, 'dai.xlsx', buf, { orgunit: '40', dryRun: 'false' });
    expect(res.status).toBe(422);
    expect(res.body.error.details.problems).toMatchObject([{ code: 'outside_scope', cell: expect.stringMatching(/^[A-Z]+3$/) }]);
    expect(await countVintages(t.db)).toBe(before);
  });

  it('answers the progress of the uploader only', async () => {
    await importJson(officer, IIP_JUNE, sampleBytes(IIP_JUNE), { orgunit: '40', progressId: 'prog-12345678' });
    const mine = await officer.json('GET', '/api/imports/progress/prog-12345678');
    expect(mine.body).toMatchObject({ id: 'prog-12345678', phase: 'done', processed: 72, total: 72 });
    const other = await t.as('officer', ['40']);
    expect((await other.json('GET', '/api/imports/progress/prog-12345678')).status).toBe(404);
  });
});
