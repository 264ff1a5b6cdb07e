import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app';

const good = `indicator,orgunit,period,value,status,category,note
RETAIL,40,2026-01,9100.5,official,,
RETAIL,40,2026-02,8800,estimate,,
RETAIL,40,2026-02,7000,estimate,goods,
EXPORT,40,2026-01,180.3,preliminary,m_cn,Trung Quốc
`;

describe('CSV import of figures and plans', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: TestClient;
  const count = async () => Number((await sql<{ n: string }>`select count(*)::text as n from figure_vintage`.execute(t.db)).rows[0]!.n);

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
  });
  afterAll(() => t.close());

  it('reports in a dry run what would be written, and writes nothing', async () => {
    const res = await officer.json('POST', '/api/imports/csv', { fileName: 'a.csv', csv: good, dryRun: true });
    expect(res.body).toMatchObject({ kind: 'figures', dryRun: true, rows: 4, written: 4, unchanged: 0, problems: [] });
    expect(await count()).toBe(0);
  });

  it('writes every row, and the same file again changes nothing', async () => {
    expect((await officer.json('POST', '/api/imports/csv', { fileName: 'a.csv', csv: good, dryRun: false })).body).toMatchObject({ written: 4 });
    const after = await count();
    expect((await officer.json('POST', '/api/imports/csv', { fileName: 'a.csv', csv: good, dryRun: false })).body).toMatchObject({ written: 0, unchanged: 4 });
    expect(await count()).toBe(after);
    const f = (await officer.json('GET', '/api/figures?indicator=RETAIL&orgunit=40&period=2026-01')).body.items[0];
    expect(f.value).toBe(9100.5);
  });

  it('writes nothing when one row is bad, and names the row and the column', async () => {
    const before = await count();
    const bad = `indicator,orgunit,period,value,status\nRETAIL,40,2026-03,9000,official\nRETAIL,40,2026-04,"9.000,5",official\nRETAIL,40,2026-13,1,official\n`;
    const res = await officer.json('POST', '/api/imports/csv', { fileName: 'bad.csv', csv: bad, dryRun: false });
    expect(res.status).toBe(422);
    const problems = res.body.error.details.problems as { row: number; column: string; message: { vi: string; en: string } }[];
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'value'],
      [4, 'period'],
    ]);
    expect(problems[0]!.message.vi).toMatch(/^Dòng 3, cột value/);
    expect(problems[0]!.message.en).toMatch(/^Row 3, column value/);
    expect(await count()).toBe(before);
  });

  it('refuses rows outside the officer’s province', async () => {
    const res = await officer.json('POST', '/api/imports/csv', {
      fileName: 'x.csv',
      csv: 'indicator,orgunit,period,value,status\nRETAIL,19,2026-01,5,official\n',
      dryRun: false,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.problems[0]).toMatchObject({ row: 2, column: 'orgunit' });
  });

  it('refuses an unknown header, saying what it expects', async () => {
    const res = await officer.json('POST', '/api/imports/csv', { fileName: 'x.csv', csv: 'a,b\n1,2\n', dryRun: false });
    expect(res.status).toBe(422);
    expect(res.body.error.details.problems[0].message.en).toMatch(/indicator,orgunit,period,value,status/);
  });

  it('imports plans recognised by their header, as values or growth', async () => {
    await officer.json('PUT', '/api/figures', { indicator: 'EXPORT', orgunit: '40', period: '2025', value: 2500, status: 'official' });
    const csv = 'indicator,orgunit,year,plan,growth,basis\nRETAIL,40,2026,120000,,NQ 15/NQ-HĐND\nEXPORT,40,2026,,12,NQ 15/NQ-HĐND\n';
    const res = await officer.json('POST', '/api/imports/csv', { fileName: 'kh.csv', csv, dryRun: false });
    expect(res.body).toMatchObject({ kind: 'plans', written: 2 });
    const plans = (await officer.json('GET', '/api/plans?orgunit=40&year=2026')).body.items as { indicator: string; value: number }[];
    expect(plans.find((p) => p.indicator === 'EXPORT')!.value).toBeCloseTo(2800, 10);
    expect((await officer.json('POST', '/api/imports/csv', { fileName: 'kh.csv', csv, dryRun: false })).body).toMatchObject({ written: 0, unchanged: 2 });
  });

  it('refuses a change to a published month, unless a director gives a reason', async () => {
    const director = await t.as('director', ['40']);
    await officer.json('POST', '/api/imports/csv', {
      fileName: 'm.csv',
      csv: 'indicator,orgunit,period,value,status\nIMPORT,40,2026-06,70,official\n',
      dryRun: false,
    });
    expect((await director.json('POST', '/api/publications/publish', { orgunit: '40', period: '2026-06' })).status).toBe(200);
    const same = 'indicator,orgunit,period,value,status\nIMPORT,40,2026-06,70,official\n';
    expect((await officer.json('POST', '/api/imports/csv', { fileName: 'm.csv', csv: same, dryRun: false })).body).toMatchObject({ written: 0, unchanged: 1 });
    const change = 'indicator,orgunit,period,value,status,reason\nIMPORT,40,2026-06,71,official,\n';
    const refused = await officer.json('POST', '/api/imports/csv', { fileName: 'm2.csv', csv: change, dryRun: false });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.problems[0]).toMatchObject({ row: 2, column: 'period' });
    expect((await director.json('POST', '/api/imports/csv', { fileName: 'm2.csv', csv: change, dryRun: false })).status).toBe(422);
    const withReason = 'indicator,orgunit,period,value,status,reason\nIMPORT,40,2026-06,71,official,Cục Thống kê điều chỉnh\n';
    expect((await director.json('POST', '/api/imports/csv', { fileName: 'm3.csv', csv: withReason, dryRun: false })).body).toMatchObject({ written: 1 });
  });
});
