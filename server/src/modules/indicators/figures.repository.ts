import { sql } from 'kysely';
import type { Db } from '../../database';
import type { FigureBase, FigureStatus } from './compute';
import type { IndicatorsTables } from './indicators.tables';
import type { Insertable } from 'kysely';

/** The key of one stored figure (category '' is the total). */
export type FigureKey = { indicator: string; unitId: string; provinceCode: string; year: number; period: string; category: string; base: FigureBase };

/**
 * The latest vintage of every figure of some units, indicators and years, as of a time: now from figure_latest (one
 * row per key, kept by a trigger), as of a past time from the history (newest vintage recorded by then).
 */
export async function findLatestFigures(
  db: Db,
  q: { unitIds: string[]; provinceCodes: string[]; indicators: string[]; years: number[]; asOf: Date | null; categories?: string[] },
) {
  if (!q.unitIds.length || !q.indicators.length) return [];
  const where = sql`
    province_code in (${sql.join(q.provinceCodes)})
      and unit_id in (${sql.join(q.unitIds)})
      and indicator_code in (${sql.join(q.indicators)})
      and period_year in (${sql.join(q.years)})
      ${q.categories ? sql`and category in (${sql.join(q.categories)})` : sql``}`;
  const { rows } = await (
    q.asOf
      ? sql<LatestFigureRow>`
        select distinct on (unit_id, indicator_code, period, category, base)
          indicator_code, unit_id, period, category, base, value, status
        from figure_vintage
        where ${where} and recorded_at <= ${q.asOf}
        order by unit_id, indicator_code, period, category, base, version desc`
      : sql<LatestFigureRow>`select indicator_code, unit_id, period, category, base, value, status from figure_latest where ${where}`
  ).execute(db);
  return rows;
}

type LatestFigureRow = { indicator_code: string; unit_id: string; period: string; category: string; base: FigureBase; value: string; status: FigureStatus };

/** The key columns of a figure_vintage row. */
export function keyColumns(key: FigureKey, year: number) {
  return {
    indicator_code: key.indicator,
    unit_id: key.unitId,
    province_code: key.provinceCode,
    period: key.period,
    period_year: year,
    category: key.category,
    base: key.base,
  };
}

/** The latest vintage of one figure key. */
export function findLatestVintage(db: Db, key: FigureKey) {
  return db
    .selectFrom('figure_vintage')
    .select(['id', 'version', 'value', 'status', 'recorded_at'])
    .where('province_code', '=', key.provinceCode)
    .where('unit_id', '=', key.unitId)
    .where('period_year', '=', key.year)
    .where('indicator_code', '=', key.indicator)
    .where('period', '=', key.period)
    .where('category', '=', key.category)
    .where('base', '=', key.base)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Appends a vintage. */
export async function insertVintage(db: Db, row: Insertable<IndicatorsTables['figure_vintage']>) {
  return db.insertInto('figure_vintage').values(row).returning(['id', 'version', 'recorded_at']).executeTakeFirstOrThrow();
}

/** Every vintage of one figure key, newest first, with who recorded it. */
export function findVintages(db: Db, key: FigureKey) {
  return db
    .selectFrom('figure_vintage as f')
    .leftJoin('user_account as u', 'u.id', 'f.recorded_by')
    .select(['f.id', 'f.version', 'f.value', 'f.status', 'f.source_kind', 'f.source', 'f.note', 'f.reason', 'f.recorded_at', 'u.username', 'u.display_name'])
    .where('f.province_code', '=', key.provinceCode)
    .where('f.unit_id', '=', key.unitId)
    .where('f.period_year', '=', key.year)
    .where('f.indicator_code', '=', key.indicator)
    .where('f.period', '=', key.period)
    .where('f.category', '=', key.category)
    .where('f.base', '=', key.base)
    .orderBy('f.version', 'desc')
    .execute();
}

/** The plan versions in force (latest recorded by asOf) for units, indicators and years. */
export async function findLatestPlans(db: Db, q: { unitIds: string[]; provinceCodes: string[]; indicators: string[]; years: number[]; asOf: Date | null }) {
  if (!q.unitIds.length || !q.indicators.length) return [];
  const { rows } = await sql<{
    indicator_code: string;
    unit_id: string;
    year: number;
    category: string;
    version: number;
    value: string;
    growth_percent: string | null;
    basis: string | null;
    basis_date: string | null;
  }>`
    select distinct on (unit_id, indicator_code, year, category) indicator_code, unit_id, year, category, version, value, growth_percent, basis, basis_date
    from plan_version
    where province_code in (${sql.join(q.provinceCodes)}) and unit_id in (${sql.join(q.unitIds)})
      and indicator_code in (${sql.join(q.indicators)}) and year in (${sql.join(q.years)})
      ${q.asOf ? sql`and recorded_at <= ${q.asOf}` : sql``}
    order by unit_id, indicator_code, year, category, version desc`.execute(db);
  return rows;
}

/** The scenario versions in force for units, indicators and years. */
export async function findLatestScenarios(db: Db, q: { unitIds: string[]; provinceCodes: string[]; indicators: string[]; years: number[]; asOf: Date | null }) {
  if (!q.unitIds.length || !q.indicators.length) return [];
  const { rows } = await sql<{
    indicator_code: string;
    unit_id: string;
    year: number;
    category: string;
    version: number;
    granularity: 'month' | 'quarter';
    values: number[];
  }>`
    select distinct on (unit_id, indicator_code, year, category) indicator_code, unit_id, year, category, version, granularity, "values"
    from scenario_version
    where province_code in (${sql.join(q.provinceCodes)}) and unit_id in (${sql.join(q.unitIds)})
      and indicator_code in (${sql.join(q.indicators)}) and year in (${sql.join(q.years)})
      ${q.asOf ? sql`and recorded_at <= ${q.asOf}` : sql``}
    order by unit_id, indicator_code, year, category, version desc`.execute(db);
  return rows;
}

/** The next version number of a plan or scenario key. */
export async function nextYearVersion(
  db: Db,
  table: 'plan_version' | 'scenario_version',
  key: { indicator: string; unitId: string; provinceCode: string; year: number; category: string },
) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('version').as('v'))
    .where('province_code', '=', key.provinceCode)
    .where('unit_id', '=', key.unitId)
    .where('indicator_code', '=', key.indicator)
    .where('year', '=', key.year)
    .where('category', '=', key.category)
    .executeTakeFirst();
  return Number(row?.v ?? 0) + 1;
}

/** Appends a plan version. */
export function insertPlan(db: Db, row: Insertable<IndicatorsTables['plan_version']>) {
  return db.insertInto('plan_version').values(row).returning(['id', 'version']).executeTakeFirstOrThrow();
}

/** Appends a scenario version. */
export function insertScenario(db: Db, row: Insertable<IndicatorsTables['scenario_version']>) {
  return db.insertInto('scenario_version').values(row).returning(['id', 'version']).executeTakeFirstOrThrow();
}

/** Every plan version of a unit and year, newest first. */
export function findPlanVersions(db: Db, q: { unitId: string; provinceCode: string; year: number }) {
  return db
    .selectFrom('plan_version')
    .select(['indicator_code', 'category', 'version', 'value', 'growth_percent', 'basis', 'basis_date', 'recorded_at'])
    .where('province_code', '=', q.provinceCode)
    .where('unit_id', '=', q.unitId)
    .where('year', '=', q.year)
    .orderBy('indicator_code')
    .orderBy('version', 'desc')
    .execute();
}
