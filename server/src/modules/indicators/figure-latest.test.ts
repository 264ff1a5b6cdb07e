import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app';
import { findDataVersions as findVersions } from '../../db/data-version';

const findDataVersions = async (db: Parameters<typeof findVersions>[0], codes: string[]) => JSON.stringify(await findVersions(db, 'indicators', codes));

/** figure_latest as the history says it should be: the newest vintage of every key. */
async function latestFromHistory(db: Parameters<typeof findDataVersions>[0]) {
  const { rows } = await sql<Record<string, string>>`
    select distinct on (province_code, unit_id, period_year, indicator_code, period, category, base)
      province_code, unit_id, period_year::text, indicator_code, period, category, base, version::text, value::text, status
    from figure_vintage order by province_code, unit_id, period_year, indicator_code, period, category, base, version desc`.execute(db);
  return rows;
}

async function latestTable(db: Parameters<typeof findDataVersions>[0]) {
  const { rows } = await sql<Record<string, string>>`
    select province_code, unit_id, period_year::text, indicator_code, period, category, base, version::text, value::text, status
    from figure_latest order by province_code, unit_id, period_year, indicator_code, period, category, base`.execute(db);
  return rows;
}

describe('figure_latest and the data versions, kept by the database', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: TestClient;
  let director: TestClient;
  const overview = async () => (await officer.json('GET', '/api/overview?orgunit=40&period=2026-02')).body;
  const retailCard = async () => (await overview()).cards.find((c: { indicator: string }) => c.indicator === 'RETAIL');

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
    director = await t.as('director', ['40']);
    for (const [period, value] of [
      ['2025-01', 90],
      ['2025-02', 100],
      ['2026-01', 100],
      ['2026-02', 110],
    ] as const) {
      expect((await officer.json('PUT', '/api/figures', { indicator: 'RETAIL', orgunit: '40', period, value, status: 'estimate' })).status).toBe(200);
    }
    const officer19 = await t.as('officer', ['19']);
    expect((await officer19.json('PUT', '/api/figures', { indicator: 'RETAIL', orgunit: '19', period: '2026-01', value: 7, status: 'estimate' })).status).toBe(
      200,
    );
  });
  afterAll(() => t.close());

  it('holds exactly the newest vintage of every key after saves, imports with several versions in one statement, and deletes', async () => {
    await officer.json('PUT', '/api/figures', { indicator: 'RETAIL', orgunit: '40', period: '2026-02', value: 111, status: 'official' });
    const csv = 'indicator,orgunit,period,value,status\nEXPORT,40,2026-01,50,estimate\nEXPORT,40,2026-02,55,estimate\nRETAIL,40,2026-02,112,official\n';
    expect((await officer.json('POST', '/api/imports/csv', { fileName: 'a.csv', csv, dryRun: false })).status).toBe(200);
    // One statement writing two versions of one key (the trigger must keep the higher one) and a lower version later.
    await sql`
      insert into figure_vintage (indicator_code, unit_id, province_code, period, period_year, version, value, status, source_kind)
      select 'IMPORT', unit_id, '40', '2026-01', 2026, v, v * 10, 'estimate', 'seed'
      from (select unit_id from figure_vintage where province_code = '40' limit 1) u, (values (1), (2)) as s(v)`.execute(t.db);
    expect(await latestTable(t.db)).toEqual(await latestFromHistory(t.db));
    expect((await latestTable(t.db)).find((r) => r.indicator_code === 'IMPORT')).toMatchObject({ version: '2', value: '20' });
    // An operator deleting the newest vintage: the previous one becomes the latest again.
    await sql`delete from figure_vintage where indicator_code = 'IMPORT' and version = 2`.execute(t.db);
    expect(await latestTable(t.db)).toEqual(await latestFromHistory(t.db));
    expect((await latestTable(t.db)).find((r) => r.indicator_code === 'IMPORT')).toMatchObject({ version: '1', value: '10' });
  });

  it('renews the province version on every kind of write, and only that province’s', async () => {
    const versions = () => findDataVersions(t.db, ['40', '19']);
    const steps: [string, () => Promise<unknown>][] = [
      ['figure', () => officer.json('PUT', '/api/figures', { indicator: 'RETAIL', orgunit: '40', period: '2026-01', value: 101, status: 'estimate' })],
      ['plan', () => officer.json('PUT', '/api/plans', { indicator: 'RETAIL', orgunit: '40', year: 2026, plan: 1500, basis: 'NQ 01' })],
      [
        'scenario',
        () => officer.json('PUT', '/api/scenarios', { indicator: 'RETAIL', orgunit: '40', year: 2026, granularity: 'quarter', values: [300, 350, 400, 450] }),
      ],
      ['publication', () => director.json('POST', '/api/publications/publish', { orgunit: '40', period: '2026-01' })],
    ];
    for (const [what, write] of steps) {
      const before = await versions();
      const res = (await write()) as { status: number };
      expect(res.status, what).toBe(200);
      const after = await versions();
      expect(after, what).not.toBe(before);
      expect(JSON.parse(after)['indicators/19'], what).toBe(JSON.parse(before)['indicators/19']);
      expect(JSON.parse(before)['indicators/19'], what).toMatch(/^\d+$/);
    }
  });

  it('answers the overview from memory until the data changes, then the very next request shows the change', async () => {
    const first = await retailCard();
    expect(first.value).toBe(112);
    const again = await officer.request('GET', '/api/overview?orgunit=40&period=2026-02');
    expect(again.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await again.json()) as { cards: { indicator: string; value: number }[] }).cards.find((c) => c.indicator === 'RETAIL')?.value).toBe(112);
    // A write the server did not see: another process, or psql. The trigger renews the version all the same.
    await sql`
      insert into figure_vintage (indicator_code, unit_id, province_code, period, period_year, version, value, status, source_kind)
      select indicator_code, unit_id, province_code, period, period_year, version + 1, 200, 'official', 'seed'
      from figure_latest where indicator_code = 'RETAIL' and period = '2026-02' and category = '' and base = 'level'`.execute(t.db);
    expect((await retailCard()).value).toBe(200);
    // A catalogue change renews '*' (an indicator's name shows in the answer's units and labels).
    const before = await findDataVersions(t.db, ['40']);
    await sql`update indicator set decimals = decimals where code = 'RETAIL'`.execute(t.db);
    expect(await findDataVersions(t.db, ['40'])).not.toBe(before);
  });

  it('leaves the derived tables out of a backup (a restore rebuilds them)', async () => {
    const { derivedTables } = await import('../../db/backup');
    expect([...(await derivedTables(t.db))].sort()).toEqual(['data_version', 'figure_latest']);
  });
});
