import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app';
import { countVintages, importJson, sampleBytes } from './figures-io.test-support';

const TMDV = 'thong-ke-tmdv-thang-06-2026.xlsx';

describe('publishing a month locks its figures', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: TestClient;
  let director: TestClient;
  const put = (c: TestClient, body: Record<string, unknown>) =>
    c.json('PUT', '/api/figures', { indicator: 'RETAIL', orgunit: '40', status: 'official', ...body });
  const history = async (period: string) =>
    (await officer.json('GET', `/api/figures/history?indicator=RETAIL&orgunit=40&period=${period}`)).body.items as {
      version: number;
      value: number;
      reason: string | null;
      recordedBy: string;
    }[];

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
    director = await t.as('director', ['40']);
    await put(officer, { period: '2026-03', value: 100 });
    await put(officer, { period: '2026-05', value: 8000, status: 'estimate' });
  });
  afterAll(() => t.close());

  it('lets only a director publish, once', async () => {
    expect((await officer.json('POST', '/api/publications/publish', { orgunit: '40', period: '2026-03' })).status).toBe(403);
    const res = await director.json('POST', '/api/publications/publish', { orgunit: '40', period: '2026-03' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ changed: true, period: '2026-03', published: true });
    expect((await director.json('POST', '/api/publications/publish', { orgunit: '40', period: '2026-03' })).body.changed).toBe(false);
    expect((await director.json('POST', '/api/publications/publish', { orgunit: '40', period: '2026-Q1' })).status).toBe(400);
  });

  it('refuses an officer’s change to a published month (403), and a director’s without a reason (409)', async () => {
    const byOfficer = await put(officer, { period: '2026-03', value: 101 });
    expect(byOfficer.status).toBe(403);
    expect(byOfficer.body.error.details).toMatchObject({ rule: 'month_published', period: '2026-03' });
    const noReason = await put(director, { period: '2026-03', value: 101 });
    expect(noReason.status).toBe(409);
    expect(noReason.body.error.details).toMatchObject({ rule: 'reason_required', period: '2026-03' });
    expect((await put(director, { period: '2026-03', value: 101, reason: '   ' })).status).toBe(409);
    expect(await history('2026-03')).toHaveLength(1);
  });

  it('still accepts the same value again (no change), and aggregates of the month', async () => {
    expect((await put(officer, { period: '2026-03', value: 100 })).body).toEqual({ changed: false, version: 1 });
    expect((await put(officer, { period: '2026-Q1', value: 300 })).status).toBe(200);
  });

  it('keeps a director’s change with its reason as a new vintage, visible in the history', async () => {
    const res = await put(director, { period: '2026-03', value: 101, reason: 'Cục Thống kê điều chỉnh số liệu tháng 3', expectedVersion: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ changed: true, version: 2 });
    const items = await history('2026-03');
    expect(items.map((v) => [v.version, v.value, v.reason])).toEqual([
      [2, 101, 'Cục Thống kê điều chỉnh số liệu tháng 3'],
      [1, 100, null],
    ]);
    expect(items[0]!.recordedBy).toMatch(/^t\.director/);
  });

  it('lists the published months and the actions, and marks them in the overview and the grid', async () => {
    const list = await officer.json('GET', '/api/publications?orgunit=40&year=2026');
    expect(list.body).toMatchObject({ year: 2026, total: 1, items: [{ period: '2026-03', publishedBy: expect.stringMatching(/^t\.director/) }] });
    expect(list.body.history).toMatchObject([{ period: '2026-03', action: 'publish' }]);
    expect((await officer.json('GET', '/api/overview?orgunit=40&period=2026-03')).body.published).toEqual(['2026-03']);
    const grid = (await officer.json('GET', '/api/grid?orgunit=40&year=2026&indicator=RETAIL')).body;
    expect(grid.published).toEqual(['2026-03']);
    expect(grid.rows[0].cells.map((c: { published: boolean }) => c.published)).toEqual([
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('skips an import’s changes to a published month with a warning, and writes them when a director gives a reason', async () => {
    await director.json('POST', '/api/publications/publish', { orgunit: '40', period: '2026-05' });
    const before = await countVintages(t.db);
    const res = await importJson(officer, TMDV, sampleBytes(TMDV), { orgunit: '40', status: 'official', dryRun: 'false' });
    expect(res.status).toBe(200);
    expect(res.body.counts).toMatchObject({ locked: 6, write: 12 });
    const locked = res.body.problems.filter((p: { code: string }) => p.code === 'month_published');
    expect(locked).toHaveLength(6);
    expect(locked[0]).toMatchObject({ sheet: 'Tổng mức', cell: 'B4', severity: 'warning' });
    expect(locked[0].message.vi).toContain('2026-05');
    expect(await countVintages(t.db)).toBe(before + 12);
    expect((await history('2026-05')).map((v) => v.value)).toEqual([8000]);

    const again = await importJson(director, TMDV, sampleBytes(TMDV), {
      orgunit: '40',
      status: 'official',
      dryRun: 'false',
      reason: 'Số liệu tháng 5 do Cục Thống kê sửa',
    });
    expect(again.body.counts).toMatchObject({ locked: 0, write: 6, unchanged: 12 });
    const may = await history('2026-05');
    expect(may.map((v) => [v.version, v.value, v.reason])).toEqual([
      [2, 8126.729, 'Số liệu tháng 5 do Cục Thống kê sửa'],
      [1, 8000, null],
    ]);
  });

  it('reopens a month only with a reason, after which an officer may edit it', async () => {
    expect((await director.json('POST', '/api/publications/unpublish', { orgunit: '40', period: '2026-03', reason: '' })).status).toBe(400);
    const res = await director.json('POST', '/api/publications/unpublish', { orgunit: '40', period: '2026-03', reason: 'Mở lại để cập nhật số chính thức' });
    expect(res.body).toMatchObject({ changed: true, published: false });
    expect((await put(officer, { period: '2026-03', value: 102 })).status).toBe(200);
    const list = (await officer.json('GET', '/api/publications?orgunit=40&year=2026')).body;
    expect(list.items.map((i: { period: string }) => i.period)).toEqual(['2026-05']);
    expect(list.history.map((h: { period: string; action: string }) => [h.period, h.action])).toEqual([
      ['2026-03', 'unpublish'],
      ['2026-05', 'publish'],
      ['2026-03', 'publish'],
    ]);
  });

  it('keeps publishing within the director’s scope', async () => {
    const other = await t.as('director', ['19']);
    expect((await other.json('POST', '/api/publications/publish', { orgunit: '40', period: '2026-04' })).status).toBe(403);
  });
});
