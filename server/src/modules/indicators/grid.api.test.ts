import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app';

type Cell = {
  period: string;
  value: number | null;
  status: string | null;
  version: number;
  published: boolean;
  warnings: { code: string; details: Record<string, unknown> }[];
};
type Row = {
  id: string;
  indicator: string;
  base: string;
  category: string | null;
  level: number;
  categoryCount: number;
  cells: Cell[];
  reported: Record<string, Cell>;
};

describe('GET /api/grid', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: TestClient;
  const put = (body: Record<string, unknown>) => officer.json('PUT', '/api/figures', { orgunit: '40', status: 'official', ...body });
  const grid = async (qs: string) =>
    (await officer.json('GET', `/api/grid?orgunit=40&year=2026&${qs}`)).body as { rows: Row[]; months: string[]; options: Record<string, number> };
  const row = (rows: Row[], indicator: string, category: string | null = null, base?: string) =>
    rows.find((r) => r.indicator === indicator && r.category === category && (!base || r.base === base))!;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
    for (const [period, value] of [
      ['2025-03', 100],
      ['2025-12', 90],
      ['2026-01', 95],
      ['2026-02', 100],
      ['2026-03', 140],
    ] as const)
      await put({ indicator: 'RETAIL', period, value });
    await put({ indicator: 'RETAIL', period: '2026-03', category: 'goods', value: 150 });
    await put({ indicator: 'RETAIL', period: '2026-Q1', value: 335, status: 'preliminary' });
    await put({ indicator: 'IIP', period: '2026-03', value: 250 });
    await put({ indicator: 'IIP', period: '2026-03', base: 'prev_month', value: 104.2 });
  });
  afterAll(() => t.close());

  it('gives a row per stored indicator and base, twelve months each, with value, status and version (0 = none)', async () => {
    const g = await grid('');
    expect(g.months).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(g.rows.map((r) => r.id)).toEqual([
      'IIP||same_period',
      'IIP||prev_month',
      'IND_OUTPUT||level',
      'IND_VALUE_ADDED||level',
      'RETAIL||level',
      'RETAIL_GOODS||level',
      'EXPORT||level',
      'IMPORT||level',
    ]);
    const retail = row(g.rows, 'RETAIL');
    expect(retail.cells.map((c) => c.value)).toEqual([95, 100, 140, null, null, null, null, null, null, null, null, null]);
    expect(retail.cells[2]).toMatchObject({ period: '2026-03', status: 'official', version: 1, published: false });
    expect(retail.cells[3]).toMatchObject({ value: null, status: null, version: 0 });
    expect(retail.categoryCount).toBe(6);
    expect(row(g.rows, 'IIP', null, 'prev_month').cells[2]!.value).toBe(104.2);
  });

  it('adds the reported quarter and the categories of an expanded indicator', async () => {
    const g = await grid('indicator=RETAIL&expand=RETAIL');
    expect(g.rows.map((r) => r.category)).toEqual([null, 'goods', 'accommodation_food', 'accommodation', 'food_service', 'travel', 'other_services']);
    expect(row(g.rows, 'RETAIL').reported).toMatchObject({ '2026-Q1': { value: 335, status: 'preliminary', version: 1 } });
    expect(Object.keys(row(g.rows, 'RETAIL').reported)).toEqual(['2026-Q1']);
  });

  it('warns of a jump, a part above its total and an implausible index', async () => {
    const g = await grid('indicator=RETAIL,IIP&expand=RETAIL');
    const march = row(g.rows, 'RETAIL').cells[2]!;
    expect(march.warnings.map((w) => w.code)).toEqual(['jump_vs_previous_month', 'jump_vs_last_year']);
    expect(march.warnings[0]!.details['changePercent']).toBeCloseTo(40, 10);
    expect(row(g.rows, 'RETAIL').cells[0]!.warnings).toEqual([]); // 95 vs December 90
    expect(row(g.rows, 'RETAIL', 'goods').cells[2]!.warnings.map((w) => w.code)).toEqual(['part_exceeds_total']);
    expect(row(g.rows, 'IIP', null, 'same_period').cells[2]!.warnings.map((w) => w.code)).toEqual(['index_out_of_bounds']);
    expect(row(g.rows, 'IIP', null, 'prev_month').cells[2]!.warnings).toEqual([]);
  });

  it('takes the thresholds per call', async () => {
    const g = await grid('indicator=RETAIL,IIP&jumpPercent=50&indexMax=300');
    expect(g.options).toEqual({ jumpPercent: 50, indexMin: 50, indexMax: 300 });
    expect(row(g.rows, 'RETAIL').cells[2]!.warnings).toEqual([]);
    expect(row(g.rows, 'IIP', null, 'same_period').cells[2]!.warnings).toEqual([]);
  });

  it('saves a cell through PUT /api/figures with the version the grid gave, and refuses a stale one', async () => {
    const before = row((await grid('indicator=RETAIL')).rows, 'RETAIL').cells[3]!;
    expect(before.version).toBe(0);
    expect((await put({ indicator: 'RETAIL', period: '2026-04', value: 120, expectedVersion: before.version })).body).toEqual({ changed: true, version: 1 });
    expect((await put({ indicator: 'RETAIL', period: '2026-04', value: 121, expectedVersion: before.version })).status).toBe(409);
    expect(row((await grid('indicator=RETAIL')).rows, 'RETAIL').cells[3]).toMatchObject({ value: 120, version: 1 });
  });

  it('refuses an unknown indicator and another province', async () => {
    expect((await officer.json('GET', '/api/grid?orgunit=40&year=2026&indicator=NOPE')).status).toBe(400);
    expect((await officer.json('GET', '/api/grid?orgunit=19&year=2026')).status).toBe(403);
  });
});
