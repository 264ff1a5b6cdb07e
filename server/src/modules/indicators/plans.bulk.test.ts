import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, DatabaseHandle } from '../../database';
import { createTestDatabase } from '../../test/db';
import { listProvinces } from '../places';
import { importFiguresCsv } from './figures.import-csv';
import { savePlan } from './plans.service';

const FIGURES = `indicator,orgunit,period,value,status,category
RETAIL,40,2025,2000,official,
RETAIL,40,2025,1500,official,goods
RETAIL,01,2025,9000.5,official,
RETAIL,19@2024-05-01,2024,4000,official,
RETAIL,06@2024-05-01,2024,500,official,
EXPORT,40,2025,300,official,m_cn
IIP,40,2025,104.5,official,
`;

const PLANS = `indicator,orgunit,year,plan,growth,category,basis
RETAIL,40,2026,,8,,NQ 1
RETAIL,40,2026,,7.5,goods,NQ 1
RETAIL,01,2026,,6.3,,NQ 2
RETAIL,19,2025,,10,,NQ 3
EXPORT,40,2026,,12,m_cn,NQ 1
IIP,40,2026,,2,,
RETAIL,19,2026,50000,,,NQ 3
EXPORT,01,2026,1234.5,,,NQ 2
RETAIL,01,2027,5000,5,,
RETAIL,40,2027,3100,,,
IMPORT,40,2026,777,,,
EXPORT,40,2026,888,,,NQ new
`;

const BAD = `indicator,orgunit,year,plan,growth,category,basis
NOPE,40,2026,1,,,
TRADE_BALANCE,40,2026,1,,,
RETAIL,40,2026,1,,nope,
RETAIL,01,2030,,5,,
RETAIL,06@2024-05-01,2026,5,,,
RETAIL,40,2026,1,,,
RETAIL,40,26,x,,,
`;

/** Plans in force before the file: one it repeats, one it changes. */
async function seed(db: Db) {
  await importFiguresCsv(db, null, FIGURES, { fileName: 'f.csv', dryRun: false });
  await savePlan(db, null, { indicator: 'IMPORT', orgunit: '40', year: 2026, plan: 777 });
  await savePlan(db, null, { indicator: 'EXPORT', orgunit: '40', year: 2026, plan: 800, basis: 'old' });
}

/** The reference: every row through savePlan, in one transaction, as the import did before. */
async function rowByRow(db: Db, csv: string) {
  const records = parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  await db.transaction().execute(async (trx) => {
    for (const r of records) {
      const plan = r.plan ? Number(r.plan) : null;
      await savePlan(trx, null, {
        indicator: r.indicator!,
        orgunit: r.orgunit!,
        year: Number(r.year),
        category: r.category || null,
        plan,
        growth: plan === null ? Number(r.growth) : null,
        basis: r.basis || null,
      });
    }
  });
}

const stored = async (db: Db) =>
  (
    await sql<
      { unit_id: string; year: number } & Record<string, unknown>
    >`select indicator_code, unit_id, province_code, year, category, version, value::text as value, growth_percent::text as growth,
                basis, basis_date, recorded_by
              from plan_version order by province_code, unit_id, indicator_code, year, category, version`.execute(db)
  ).rows;

describe('the plans CSV import', () => {
  let a: DatabaseHandle;
  let b: DatabaseHandle;
  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await seed(a.db);
    await seed(b.db);
  }, 60_000);
  afterAll(() => Promise.all([a.close(), b.close()]));

  it('stores the same plan versions as savePlan row by row, again when the file comes twice', async () => {
    const report = await importFiguresCsv(a.db, null, PLANS, { fileName: 'p.csv', dryRun: false });
    await rowByRow(b.db, PLANS);
    expect(await stored(a.db)).toStrictEqual(await stored(b.db));
    expect(report).toMatchObject({ kind: 'plans', rows: 12, written: 11, unchanged: 1, problems: [] });
    const rows = await stored(a.db);
    expect(rows.find((r) => r.unit_id.startsWith('19') && r.year === 2025)).toMatchObject({ value: '4950', growth: '10' });
    expect(await importFiguresCsv(a.db, null, PLANS, { fileName: 'p.csv', dryRun: false })).toMatchObject({ written: 0, unchanged: 12 });
    await rowByRow(b.db, PLANS);
    expect(await stored(a.db)).toStrictEqual(await stored(b.db));
  });

  it('writes nothing when the same plans come again', async () => {
    const before = await stored(a.db);
    expect(await importFiguresCsv(a.db, null, PLANS, { fileName: 'p.csv', dryRun: false })).toMatchObject({ written: 0, unchanged: 12 });
    expect(await stored(a.db)).toStrictEqual(before);
  });

  it('refuses a second row for the same plan (however the unit is written), naming both rows, and writes nothing', async () => {
    const before = await stored(a.db);
    const twice = `indicator,orgunit,year,plan,growth,category,basis\nRETAIL,40,2028,3000,,,\nRETAIL,40@2026-01-01,2028,3100,,,\n`;
    const refused = importFiguresCsv(a.db, null, twice, { fileName: 'p.csv', dryRun: false });
    await expect(refused).rejects.toMatchObject({ code: 'import_refused' });
    const problems = ((await refused.catch((e: { details: { problems: unknown[] } }) => e)) as { details: { problems: unknown[] } }).details.problems;
    expect(problems).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'year',
        message: {
          vi: 'Dòng 3, cột year: trùng với dòng 2 (cùng chỉ tiêu, đơn vị, năm, phân tổ)',
          en: 'Row 3, column year: duplicates row 2 (same indicator, unit, year, category)',
        },
      }),
    ]);
    expect(await stored(a.db)).toStrictEqual(before);
  });

  it('names the same problems by row and column, and writes nothing', async () => {
    const before = await stored(a.db);
    const error = await importFiguresCsv(a.db, null, BAD, { fileName: 'bad.csv', dryRun: false }).catch((e: unknown) => e);
    const problems = (error as { details: { problems: { row: number; column: string; value: string; message: { vi: string; en: string } }[] } }).details
      .problems;
    // As the row-by-row import named them (captured from it before the set-based path).
    expect(problems.map((p) => [p.row, p.column, p.value, p.message.vi, p.message.en])).toStrictEqual([
      [
        2,
        'indicator',
        'NOPE',
        'Dòng 2, cột indicator: chỉ tiêu không có trong danh mục hoặc là chỉ tiêu tính toán',
        'Row 2, column indicator: unknown or derived indicator',
      ],
      [
        3,
        'indicator',
        'TRADE_BALANCE',
        'Dòng 3, cột indicator: chỉ tiêu không có trong danh mục hoặc là chỉ tiêu tính toán',
        'Row 3, column indicator: unknown or derived indicator',
      ],
      [
        4,
        'category',
        'nope',
        'Dòng 4, cột category: phân tổ không có trong danh mục của chỉ tiêu',
        'Row 4, column category: unknown category for this indicator',
      ],
      [
        5,
        'growth',
        '5',
        'Dòng 5, cột growth: không có số liệu năm trước để tính kế hoạch theo tốc độ tăng',
        'Row 5, column growth: no figure for last year to apply the growth to',
      ],
      [
        6,
        'period',
        '',
        'Dòng 6, cột period: kỳ không hợp lệ (dùng 2023-05, 2023-Q2, 2023-H1, 2023 hoặc 2023-01/2023-05)',
        'Row 6, column period: invalid period (use 2023-05, 2023-Q2, 2023-H1, 2023 or 2023-01/2023-05)',
      ],
      [
        8,
        'plan',
        'x',
        'Dòng 8, cột plan: "x" không phải số viết với dấu chấm thập phân (ví dụ 36539.5, không dùng dấu phân cách hàng nghìn)',
        'Row 8, column plan: "x" is not a number with a . decimal point (e.g. 36539.5, no thousands separators)',
      ],
      [8, 'year', '26', 'Dòng 8, cột year: năm phải có 4 chữ số', 'Row 8, column year: the year must have 4 digits'],
      [8, 'plan', 'x', 'Dòng 8, cột plan: cần giá trị kế hoạch hoặc tốc độ tăng (growth)', 'Row 8, column plan: a plan value or a growth rate is needed'],
    ]);
    expect(await stored(a.db)).toStrictEqual(before);
  });
});

/** A few thousand plans (every province × flow indicator × year, growth for the last year), timed, not asserted. */
async function generatedPlans(db: Db) {
  const provinces = (await listProvinces(db)).map((p) => p.code);
  const indicators = ['IND_OUTPUT', 'RETAIL', 'RETAIL_GOODS', 'EXPORT', 'IMPORT'];
  const figures = ['indicator,orgunit,period,value,status'];
  const plans = ['indicator,orgunit,year,plan,growth,basis'];
  for (const [i, p] of provinces.entries()) {
    for (const [j, ind] of indicators.entries()) {
      figures.push(`${ind},${p},2025,${1000 + i * 10 + j},official`);
      for (let year = 2006; year <= 2025; year++) plans.push(`${ind},${p},${year},${1000 + i + j + year},,NQ ${year}`);
      plans.push(`${ind},${p},2026,,${(i + j) % 9},NQ 2026`);
    }
  }
  return { figures: figures.join('\n'), plans: plans.join('\n') };
}

describe('the plans CSV import, timed', () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
  });
  afterAll(() => h.close());

  it('imports a few thousand plans', async () => {
    const { figures, plans } = await generatedPlans(h.db);
    await importFiguresCsv(h.db, null, figures, { fileName: 'f.csv', dryRun: false });
    const t0 = performance.now();
    const first = await importFiguresCsv(h.db, null, plans, { fileName: 'p.csv', dryRun: false });
    const t1 = performance.now();
    const again = await importFiguresCsv(h.db, null, plans, { fileName: 'p.csv', dryRun: false });
    const t2 = performance.now();
    console.log(
      `plans import (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}): ${first.rows} rows, ${first.written} written in ${Math.round(t1 - t0)} ms; again ${again.written} written in ${Math.round(t2 - t1)} ms`,
    );
    expect(first.written).toBe(first.rows);
  }, 600_000);
});
