import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app';

describe('figures API on a real database', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: TestClient;
  let officer19: TestClient;
  const put = (c: TestClient, body: Record<string, unknown>) => c.json('PUT', '/api/figures', { status: 'official', ...body });
  const get = async (c: TestClient, qs: string) => (await c.json('GET', `/api/figures?${qs}`)).body.items[0];

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
    officer19 = await t.as('officer', ['19']);
    // Q1 this year 100, 110, 120; last year 90, 100, 110 → 330 / 300 = +10 %.
    for (const [period, value] of [
      ['2025-01', 90],
      ['2025-02', 100],
      ['2025-03', 110],
      ['2026-01', 100],
      ['2026-02', 110],
      ['2026-03', 120],
    ] as const) {
      expect((await put(officer, { indicator: 'RETAIL', orgunit: '40', period, value })).status).toBe(200);
    }
  });
  afterAll(() => t.close());

  it('computes quarter growth as a ratio of sums', async () => {
    const q1 = await get(officer, 'indicator=RETAIL&orgunit=40&period=2026-Q1');
    expect(q1).toMatchObject({ value: 330, previousValue: 300, reported: false, derivedValue: 330, status: 'official' });
    expect(q1.yoyPercent).toBeCloseTo(10, 10);
    const ytd = await get(officer, 'indicator=RETAIL&orgunit=40&period=2026-01/2026-03');
    expect(ytd.value).toBe(330);
  });

  it('lets a reported aggregate win over the sum of its months, and shows both', async () => {
    await put(officer, { indicator: 'RETAIL', orgunit: '40', period: '2026-Q1', value: 335, status: 'preliminary' });
    const q1 = await get(officer, 'indicator=RETAIL&orgunit=40&period=2026-Q1');
    expect(q1).toMatchObject({ value: 335, reported: true, reportedValue: 335, derivedValue: 330, status: 'preliminary' });
  });

  it('keeps every vintage and answers as of an earlier time', async () => {
    const before = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await put(officer, { indicator: 'RETAIL', orgunit: '40', period: '2026-03', value: 125, status: 'official' });
    expect((await get(officer, 'indicator=RETAIL&orgunit=40&period=2026-03')).value).toBe(125);
    expect((await get(officer, `indicator=RETAIL&orgunit=40&period=2026-03&asOf=${encodeURIComponent(before.toISOString())}`)).value).toBe(120);
    const history = await officer.json('GET', '/api/figures/history?indicator=RETAIL&orgunit=40&period=2026-03');
    expect(history.body.items.map((v: { value: number; version: number }) => [v.version, v.value])).toEqual([
      [2, 125],
      [1, 120],
    ]);
    expect(history.body.items[0].recordedBy).toMatch(/^t\.officer/);
  });

  it('changes nothing when the same value and status are saved again', async () => {
    const res = await put(officer, { indicator: 'RETAIL', orgunit: '40', period: '2026-01', value: 100 });
    expect(res.body).toEqual({ changed: false, version: 1 });
  });

  it('refuses a stale write with a conflict instead of overwriting', async () => {
    const first = await put(officer, { indicator: 'EXPORT', orgunit: '40', period: '2026-04', value: 50, expectedVersion: 0 });
    expect(first.body.version).toBe(1);
    const stale = await put(officer, { indicator: 'EXPORT', orgunit: '40', period: '2026-04', value: 51, expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toMatchObject({ currentVersion: 1, currentValue: 50 });
  });

  it('returns null, never 0, where a figure is missing', async () => {
    const f = await get(officer, 'indicator=IMPORT&orgunit=40&period=2026-05');
    expect(f).toMatchObject({ value: null, yoyPercent: null, plan: null, planPercent: null, status: null });
  });

  it('never sums an index, and reads index growth from the index', async () => {
    await put(officer, { indicator: 'IIP', orgunit: '40', period: '2026-01', value: 105.2 });
    await put(officer, { indicator: 'IIP', orgunit: '40', period: '2026-02', value: 98.4 });
    expect((await get(officer, 'indicator=IIP&orgunit=40&period=2026-01/2026-02')).value).toBeNull();
    await put(officer, { indicator: 'IIP', orgunit: '40', period: '2026-01/2026-02', value: 101.62 });
    const ytd = await get(officer, 'indicator=IIP&orgunit=40&period=2026-01/2026-02');
    expect(ytd.value).toBe(101.62);
    expect(ytd.yoyPercent).toBeCloseTo(1.62, 10);
  });

  it('sums a merged province’s flow from its predecessors where it has no figure of its own', async () => {
    await put(officer19, { indicator: 'RETAIL', orgunit: '19@2024-05-01', period: '2024-05', value: 4000 });
    await put(officer19, { indicator: 'RETAIL', orgunit: '06@2024-05-01', period: '2024-05', value: 500 });
    const f = await get(officer19, 'indicator=RETAIL&orgunit=19&period=2024-05');
    expect(f.value).toBe(4500);
    expect(f.mergedFrom.sort()).toEqual(['06@2008-08-01', '19@2008-08-01']);
    expect((await get(officer19, 'indicator=IIP&orgunit=19&period=2024-05')).value).toBeNull();
  });

  it('computes percent of plan against the plan version in force at the time asked', async () => {
    const director = await t.as('director', ['40']);
    await director.json('PUT', '/api/plans', { indicator: 'RETAIL', orgunit: '40', year: 2026, plan: 1000, basis: 'NQ 10/NQ-HĐND' });
    const between = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await director.json('PUT', '/api/plans', { indicator: 'RETAIL', orgunit: '40', year: 2026, plan: 1100, basis: 'NQ 25/NQ-HĐND (điều chỉnh)' });
    const now = await get(officer, 'indicator=RETAIL&orgunit=40&period=2026-03');
    expect(now).toMatchObject({ plan: 1100, planVersion: 2 });
    expect(now.planPercent).toBeCloseTo(((100 + 110 + 125) / 1100) * 100, 10);
    const then = await get(officer, `indicator=RETAIL&orgunit=40&period=2026-03&asOf=${encodeURIComponent(between.toISOString())}`);
    expect(then).toMatchObject({ plan: 1000, planVersion: 1 });
    const versions = await officer.json('GET', '/api/plans?orgunit=40&year=2026');
    expect(versions.body.items.map((p: { version: number; value: number }) => [p.version, p.value])).toEqual([
      [2, 1100],
      [1, 1000],
    ]);
  });

  it('resolves a plan given as growth over last year, keeping the basis', async () => {
    await put(officer, { indicator: 'RETAIL', orgunit: '40', period: '2025', value: 2000 });
    const res = await officer.json('PUT', '/api/plans', {
      indicator: 'RETAIL',
      orgunit: '40',
      year: 2026,
      category: null,
      growth: 14,
      basis: 'QĐ 100/QĐ-UBND',
    });
    expect(res.body.value).toBeCloseTo(2280, 10);
  });

  it('refuses to store a derived indicator', async () => {
    const res = await put(officer, { indicator: 'TRADE_BALANCE', orgunit: '40', period: '2026-01', value: 5 });
    expect(res.status).toBe(400);
  });

  it('ranks the provinces in scope', async () => {
    const viewer = await t.as('viewer', ['40', '19']);
    const res = await viewer.json('GET', '/api/figures/ranking?indicator=RETAIL&period=2024-05&by=value');
    expect(res.body.items.map((r: { orgunit: string; rank: number | null }) => [r.orgunit, r.rank])).toEqual([
      ['19', 1],
      ['40', null],
    ]);
  });

  it('serves the province overview with cards and series', async () => {
    const res = await officer.json('GET', '/api/overview?orgunit=40&period=2026-03');
    expect(res.body.cards.map((c: { indicator: string }) => c.indicator)).toEqual(['IIP', 'IND_OUTPUT', 'RETAIL', 'EXPORT', 'IMPORT', 'TRADE_BALANCE']);
    expect(res.body.series.RETAIL[2]).toMatchObject({ month: 3, value: 125, lastYear: 110, cumulative: 335 });
  });
});
