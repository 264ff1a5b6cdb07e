import type { Db } from '../../database';
import type { ComputeContext, FigureBase, IndicatorDef, PlanInfo, ScenarioPath, StoredFigure, UnitInfo } from './compute';
import * as repo from './figures.repository';
import { findIndicators } from './indicators.repository';
import type { ResolvedOrgunit } from './figures.units';

const figureKey = (indicator: string, unit: string, period: string, category: string | null, base: FigureBase) =>
  `${indicator}|${unit}|${period}|${category ?? ''}|${base}`;
const yearKey = (indicator: string, unit: string, year: number, category: string | null) => `${indicator}|${unit}|${year}|${category ?? ''}`;

/** The catalogue as the engine needs it. */
export async function loadIndicatorDefs(db: Db): Promise<Map<string, IndicatorDef & { decimals: number }>> {
  const rows = await findIndicators(db);
  return new Map(rows.map((r) => [r.code, { code: r.code, kind: r.kind, decimals: r.decimals, ...(r.formula ? { formula: r.formula } : {}) }]));
}

/** Indicators plus the parts of derived ones. */
export function withFormulaParts(defs: Map<string, IndicatorDef>, codes: string[]): string[] {
  const out = new Set<string>();
  const add = (code: string) => {
    if (out.has(code)) return;
    out.add(code);
    const f = defs.get(code)?.formula;
    if (f) [...f.plus, ...f.minus].forEach(add);
  };
  codes.forEach(add);
  return [...out];
}

/**
 * Loads into memory everything the engine needs for some units, indicators and years (latest vintages
 * as of a time), so one computation makes no further queries.
 */
export async function loadComputeContext(
  db: Db,
  q: { orgunits: ResolvedOrgunit[]; indicators: string[]; years: number[]; asOf: Date | null; defs?: Map<string, IndicatorDef>; categories?: string[] },
): Promise<ComputeContext> {
  const indicators = q.defs ?? (await loadIndicatorDefs(db));
  const codes = withFormulaParts(indicators, q.indicators);
  const units = new Map<string, UnitInfo>();
  for (const o of q.orgunits) {
    units.set(o.unit.id, { code: o.unit.id, validFrom: o.unit.validFrom, predecessors: o.predecessors.map((p) => p.id) });
    for (const p of o.predecessors) if (!units.has(p.id)) units.set(p.id, { code: p.id, validFrom: p.validFrom, predecessors: [] });
  }
  const scope = {
    unitIds: [...units.keys()],
    provinceCodes: [...new Set(q.orgunits.flatMap((o) => o.provinceCodes))],
    indicators: codes,
    years: q.years,
    asOf: q.asOf,
  };
  const figureScope = { ...scope, ...(q.categories ? { categories: q.categories } : {}) };
  const [figureRows, planRows, scenarioRows] = await Promise.all([
    repo.findLatestFigures(db, figureScope),
    repo.findLatestPlans(db, scope),
    repo.findLatestScenarios(db, scope),
  ]);
  const figures = new Map<string, StoredFigure>(
    figureRows.map((r) => [figureKey(r.indicator_code, r.unit_id, r.period, r.category || null, r.base), { value: Number(r.value), status: r.status }]),
  );
  const plans = new Map<string, PlanInfo>(
    planRows.map((r) => [yearKey(r.indicator_code, r.unit_id, r.year, r.category || null), { value: Number(r.value), version: r.version, basis: r.basis }]),
  );
  const scenarios = new Map<string, ScenarioPath>(
    scenarioRows.map((r) => [
      yearKey(r.indicator_code, r.unit_id, r.year, r.category || null),
      { granularity: r.granularity, values: new Map(r.values.map((v, i) => [i + 1, v] as const).filter(([, v]) => v !== null && v !== undefined)) },
    ]),
  );
  return {
    indicators,
    units,
    figures: (k) => figures.get(figureKey(k.indicator, k.unit, k.period, k.category, k.base)),
    plans: (k) => plans.get(yearKey(k.indicator, k.unit, k.year, k.category)),
    scenarios: (k) => scenarios.get(yearKey(k.indicator, k.unit, k.year, k.category)),
  };
}
