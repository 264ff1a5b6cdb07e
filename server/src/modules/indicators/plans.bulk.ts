import { sql } from 'kysely';
import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import type { FigureResult } from './compute';
import { loadFigureBatch } from './figures.batch';
import { keyFigure, type KeyCache } from './figures.service';
import { assertPlanOrGrowth, planFromGrowth, type PlanWrite } from './plans.service';

/** One plan to write in bulk: a PlanWrite whose unit is already in the key cache. */
export type PlanRow = Omit<PlanWrite, 'category' | 'plan' | 'growth' | 'basis'> & {
  category: string | null;
  plan: number | null;
  growth: number | null;
  basis: string | null;
};

/** What a bulk write did: versions written (new keys, changed keys) and, by row index, the error savePlan would throw. */
export type PlanBulkResult = { written: number; created: number; adjusted: number; errors: Map<number, unknown> };

type PlanKey = { indicator: string; unitId: string; provinceCode: string; year: number; category: string };
type Staged = { index: number; row: PlanRow; key: PlanKey; value: number };
type InForce = { value: number; basis: string | null; version: number };
type Insert = { key: PlanKey; row: PlanRow; value: number; version: number };

const CHUNK = 5_000;
const idOf = (k: PlanKey) => `${k.provinceCode}|${k.unitId}|${k.indicator}|${k.year}|${k.category}`;

/**
 * Writes many plans set-based inside the caller's transaction, with exactly savePlan's rules and results row by row:
 * keyed from the preloaded catalogue and units, growth resolved against last year's figure of record (one batch),
 * the plans in force read in one query, an unchanged plan skipped (a later row of the file sees an earlier one), the
 * new versions inserted in chunks of one statement. Rows savePlan would refuse are returned in `errors`, not written.
 * The audit entry is the caller's (one per import, as for figures).
 */
export async function writePlansBulk(trx: Db, actor: Pick<Actor, 'userId'> | null, rows: PlanRow[], cache: KeyCache): Promise<PlanBulkResult> {
  const errors = new Map<number, unknown>();
  const keyed = keyRows(rows, cache, errors);
  const staged = await resolveValues(trx, keyed, errors);
  const inForce = await latestPlans(trx, staged);
  const inserts = newVersions(staged, inForce);
  await insertPlans(trx, actor?.userId ?? null, inserts);
  const created = inserts.filter((p) => p.version === 1).length;
  return { written: inserts.length, created, adjusted: inserts.length - created, errors };
}

/** Keys every row as savePlan does (same errors, same order of checks). */
function keyRows(rows: PlanRow[], cache: KeyCache, errors: Map<number, unknown>) {
  const keyed: { index: number; row: PlanRow; key: PlanKey }[] = [];
  for (const [index, row] of rows.entries()) {
    try {
      assertPlanOrGrowth(row);
      const { key } = keyFigure({ indicator: row.indicator, orgunit: row.orgunit, period: String(row.year), category: row.category }, cache);
      keyed.push({ index, row, key: { indicator: key.indicator, unitId: key.unitId, provinceCode: key.provinceCode, year: row.year, category: key.category } });
    } catch (error) {
      errors.set(index, error);
    }
  }
  return keyed;
}

/** The plan value of every row: as given, or growth over last year's figure, computed for all growth rows in one batch. */
async function resolveValues(trx: Db, keyed: { index: number; row: PlanRow; key: PlanKey }[], errors: Map<number, unknown>): Promise<Staged[]> {
  const lastYear = await lastYearFigures(
    trx,
    keyed.filter((k) => k.row.plan === null).map((k) => k.row),
  );
  const staged: Staged[] = [];
  for (const k of keyed) {
    try {
      staged.push({ ...k, value: k.row.plan ?? planFromGrowth(k.row, lastYear(k.row)) });
    } catch (error) {
      errors.set(k.index, error);
    }
  }
  return staged;
}

/**
 * Last year's figure of record of each growth row, as computeFigures answers it: one batch loaded for all the rows,
 * one question per indicator, year and category (answered for every unit at once).
 */
async function lastYearFigures(trx: Db, rows: PlanRow[]): Promise<(row: PlanRow) => number | null | undefined> {
  if (!rows.length) return () => undefined;
  const distinct = <T>(f: (r: PlanRow) => T) => [...new Set(rows.map(f))];
  const batch = await loadFigureBatch(trx, {
    orgunits: distinct((r) => r.orgunit),
    indicators: distinct((r) => r.indicator),
    years: distinct((r) => r.year - 1),
    categories: distinct((r) => r.category),
  });
  const answers = new Map<string, Map<string, FigureResult> | { error: unknown }>();
  return (row) => {
    const id = `${row.indicator}|${row.year - 1}|${row.category ?? ''}`;
    if (!answers.has(id)) {
      try {
        const results = batch({ indicators: [row.indicator], period: String(row.year - 1), category: row.category });
        answers.set(id, new Map(results.map((r) => [r.orgunit, r])));
      } catch (error) {
        answers.set(id, { error });
      }
    }
    const answer = answers.get(id)!;
    if (!(answer instanceof Map)) throw answer.error;
    return answer.get(row.orgunit)?.value;
  };
}

/** The plan in force of every key of the rows, in one query. */
async function latestPlans(trx: Db, staged: Staged[]): Promise<Map<string, InForce>> {
  if (!staged.length) return new Map();
  const distinct = <T>(f: (k: PlanKey) => T) => sql.join([...new Set(staged.map((s) => f(s.key)))]);
  const { rows } = await sql<{
    province_code: string;
    unit_id: string;
    indicator_code: string;
    year: number;
    category: string;
    version: number;
    value: string;
    basis: string | null;
  }>`
    select distinct on (province_code, unit_id, indicator_code, year, category) province_code, unit_id, indicator_code, year, category, version, value, basis
    from plan_version
    where province_code in (${distinct((k) => k.provinceCode)}) and unit_id in (${distinct((k) => k.unitId)})
      and indicator_code in (${distinct((k) => k.indicator)}) and year in (${distinct((k) => k.year)})
    order by province_code, unit_id, indicator_code, year, category, version desc`.execute(trx);
  return new Map(
    rows.map((r) => [
      idOf({ provinceCode: r.province_code, unitId: r.unit_id, indicator: r.indicator_code, year: Number(r.year), category: r.category }),
      { value: Number(r.value), basis: r.basis, version: Number(r.version) },
    ]),
  );
}

/** Walks the rows in file order as savePlan would: a row equal to the plan in force (or to an earlier row) is skipped. */
function newVersions(staged: Staged[], inForce: Map<string, InForce>): Insert[] {
  const inserts: Insert[] = [];
  for (const s of staged) {
    const id = idOf(s.key);
    const current = inForce.get(id);
    if (current && current.value === s.value && (current.basis ?? null) === (s.row.basis ?? null)) continue;
    const version = (current?.version ?? 0) + 1;
    inserts.push({ key: s.key, row: s.row, value: s.value, version });
    inForce.set(id, { value: s.value, basis: s.row.basis ?? null, version });
  }
  return inserts;
}

/** Inserts the new versions, one statement per chunk (the rows sent as one JSON parameter). */
async function insertPlans(trx: Db, userId: string | null, inserts: Insert[]) {
  for (let i = 0; i < inserts.length; i += CHUNK) {
    const json = JSON.stringify(
      inserts.slice(i, i + CHUNK).map(({ key, row, value, version }) => ({
        indicator_code: key.indicator,
        unit_id: key.unitId,
        province_code: key.provinceCode,
        year: key.year,
        category: key.category,
        version,
        value,
        growth_percent: row.growth ?? null,
        basis: row.basis ?? null,
        basis_date: row.basisDate ?? null,
      })),
    );
    await sql`
      insert into plan_version (indicator_code, unit_id, province_code, year, category, version, value, growth_percent, basis, basis_date, recorded_by)
      select indicator_code, unit_id, province_code, year, category, version, value, growth_percent, basis, basis_date, ${userId}::bigint
      from json_to_recordset(${json}::json) as s(indicator_code text, unit_id text, province_code text, year smallint, category text, version integer,
        value numeric, growth_percent numeric, basis text, basis_date date)`.execute(trx);
  }
}
