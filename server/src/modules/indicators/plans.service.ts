import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import * as repo from './figures.repository';
import { computeFigures, figureKeyFor } from './figures.service';

/** An annual plan, given as a value or as growth over last year. */
export type PlanWrite = {
  indicator: string;
  orgunit: string;
  year: number;
  category?: string | null;
  plan?: number | null;
  growth?: number | null;
  basis?: string | null;
  basisDate?: string | null;
};

/** Refuses a plan given both or neither as a value and as growth. */
export function assertPlanOrGrowth(w: Pick<PlanWrite, 'plan' | 'growth'>) {
  if ((w.plan === undefined || w.plan === null) === (w.growth === undefined || w.growth === null)) {
    throw new AppError('validation_failed', 'Give either the plan value or the growth over last year', {
      fields: [{ path: 'plan', message: 'plan or growth' }],
    });
  }
}

/** A plan given as growth over last year's figure of record (refused when there is none). */
export function planFromGrowth(w: Pick<PlanWrite, 'year' | 'growth'>, lastYear: number | null | undefined): number {
  if (lastYear === null || lastYear === undefined)
    throw new AppError('validation_failed', `No ${w.year - 1} figure to apply the growth to: enter the plan as a value`, {
      fields: [{ path: 'growth', message: 'no base year figure' }],
    });
  return lastYear * (1 + (w.growth ?? 0) / 100);
}

/**
 * Appends a plan version. A plan given as growth is resolved against last year's figure of record
 * and kept with its growth and basis. The same plan again changes nothing.
 */
export async function savePlan(db: Db, actor: Pick<Actor, 'userId' | 'username'> | null, w: PlanWrite) {
  assertPlanOrGrowth(w);
  const { key, orgunit } = await figureKeyFor(db, { indicator: w.indicator, orgunit: w.orgunit, period: String(w.year), category: w.category ?? null });
  let value = w.plan ?? null;
  if (value === null) {
    const [last] = await computeFigures(db, { indicators: [w.indicator], orgunits: [w.orgunit], period: String(w.year - 1), category: w.category ?? null });
    value = planFromGrowth(w, last?.value);
  }
  const yearKey = { indicator: key.indicator, unitId: key.unitId, provinceCode: key.provinceCode, year: w.year, category: key.category };
  const current = (
    await repo.findLatestPlans(db, { unitIds: [key.unitId], provinceCodes: [key.provinceCode], indicators: [key.indicator], years: [w.year], asOf: null })
  ).find((p) => p.category === key.category);
  if (current && Number(current.value) === value && (current.basis ?? null) === (w.basis ?? null)) return { changed: false, version: current.version, value };
  const version = await repo.nextYearVersion(db, 'plan_version', yearKey);
  await repo.insertPlan(db, {
    indicator_code: key.indicator,
    unit_id: key.unitId,
    province_code: key.provinceCode,
    year: w.year,
    category: key.category,
    version,
    value,
    growth_percent: w.growth ?? null,
    basis: w.basis ?? null,
    basis_date: w.basisDate ?? null,
    recorded_by: actor?.userId ?? null,
  });
  await recordAudit(db, actor, {
    entity: 'plan',
    entityId: `${key.indicator}|${orgunit.unit.id}|${w.year}|${key.category}`,
    action: current ? 'adjust' : 'create',
    provinceCode: key.provinceCode,
    before: current ? { value: Number(current.value), version: current.version } : null,
    after: { value, version, growth: w.growth ?? null, basis: w.basis ?? null },
  });
  return { changed: true, version, value };
}

/** A growth scenario path (non-cumulative values per month or quarter). */
export type ScenarioWrite = {
  indicator: string;
  orgunit: string;
  year: number;
  category?: string | null;
  granularity: 'month' | 'quarter';
  values: (number | null)[];
};

/** Appends a scenario version. */
export async function saveScenario(db: Db, actor: Pick<Actor, 'userId' | 'username'> | null, w: ScenarioWrite) {
  const expected = w.granularity === 'month' ? 12 : 4;
  if (w.values.length !== expected)
    throw new AppError('validation_failed', `A ${w.granularity}ly scenario has ${expected} values`, {
      fields: [{ path: 'values', message: `${expected} values` }],
    });
  const { key } = await figureKeyFor(db, { indicator: w.indicator, orgunit: w.orgunit, period: String(w.year), category: w.category ?? null });
  const yearKey = { indicator: key.indicator, unitId: key.unitId, provinceCode: key.provinceCode, year: w.year, category: key.category };
  const version = await repo.nextYearVersion(db, 'scenario_version', yearKey);
  await repo.insertScenario(db, {
    indicator_code: key.indicator,
    unit_id: key.unitId,
    province_code: key.provinceCode,
    year: w.year,
    category: key.category,
    version,
    granularity: w.granularity,
    values: JSON.stringify(w.values),
    recorded_by: actor?.userId ?? null,
  });
  await recordAudit(db, actor, {
    entity: 'scenario',
    entityId: `${key.indicator}|${key.unitId}|${w.year}|${key.category}`,
    action: 'save',
    provinceCode: key.provinceCode,
    before: null,
    after: { granularity: w.granularity, values: w.values, version },
  });
  return { version };
}

/** The plan versions of a unit and year (every version, newest first). */
export async function listPlans(db: Db, orgunit: string, year: number) {
  const { key } = await figureKeyFor(db, { indicator: 'RETAIL', orgunit, period: String(year) });
  const rows = await repo.findPlanVersions(db, { unitId: key.unitId, provinceCode: key.provinceCode, year });
  return rows.map((r) => ({
    indicator: r.indicator_code,
    category: r.category || null,
    version: r.version,
    value: Number(r.value),
    growthPercent: r.growth_percent === null ? null : Number(r.growth_percent),
    basis: r.basis,
    basisDate: r.basis_date,
    recordedAt: r.recorded_at,
  }));
}
