// Test helpers only (not exported from index.ts): in-memory stores behind the engine's lookups.
import type { ComputeContext, FigureBase, FigureStatus, IndicatorDef, PlanInfo, ScenarioPath, StoredFigure, UnitInfo } from './types';

/** One stored figure as a test writes it. */
export type FigureRow = {
  indicator: string;
  unit: string;
  period: string;
  value: number;
  status?: FigureStatus;
  category?: string | null;
  base?: FigureBase;
};

/** The built-in catalogue the tests use. */
export const CATALOGUE: IndicatorDef[] = [
  { code: 'IIP', kind: 'index', decimals: 2 },
  { code: 'RETAIL', kind: 'flow', decimals: 0 },
  { code: 'EXPORT', kind: 'flow', decimals: 1 },
  { code: 'IMPORT', kind: 'flow', decimals: 1 },
  { code: 'TRADE_BALANCE', kind: 'derived', decimals: 1, formula: { plus: ['EXPORT'], minus: ['IMPORT'] } },
];

const key = (parts: readonly (string | number | null)[]): string => JSON.stringify(parts);

/** Consecutive monthly figures from January (or `from`) of `year`. */
export function monthRows(
  indicator: string,
  unit: string,
  year: number,
  values: readonly number[],
  extra: Partial<FigureRow> & { from?: number } = {},
): FigureRow[] {
  const from = extra.from ?? 1;
  return values.map((value, i) => ({
    indicator,
    unit,
    period: `${year}-${String(from + i).padStart(2, '0')}`,
    value,
    ...extra,
  }));
}

/** A plan row: the version the caller's store holds in force. */
export type PlanRow = { indicator: string; unit: string; year: number; category?: string | null } & PlanInfo;

/** A scenario row. */
export type ScenarioRow = {
  indicator: string;
  unit: string;
  year: number;
  category?: string | null;
  path: ScenarioPath;
};

/** A context over in-memory rows; later rows for the same key replace earlier ones (latest vintage). */
export function buildContext(input: {
  figures?: FigureRow[];
  units?: UnitInfo[];
  plans?: PlanRow[];
  scenarios?: ScenarioRow[];
  indicators?: IndicatorDef[];
}): ComputeContext {
  const figures = new Map<string, StoredFigure>();
  for (const f of input.figures ?? []) {
    const k = key([f.indicator, f.unit, f.period, f.category ?? null, f.base ?? 'level']);
    figures.set(k, { value: f.value, status: f.status ?? 'official' });
  }
  const plans = new Map<string, PlanInfo>();
  for (const p of input.plans ?? []) {
    plans.set(key([p.indicator, p.unit, p.year, p.category ?? null]), { value: p.value, version: p.version });
  }
  const scenarios = new Map<string, ScenarioPath>();
  for (const s of input.scenarios ?? []) scenarios.set(key([s.indicator, s.unit, s.year, s.category ?? null]), s.path);
  return {
    indicators: new Map((input.indicators ?? CATALOGUE).map((d) => [d.code, d])),
    units: new Map((input.units ?? []).map((u) => [u.code, u])),
    figures: (q) => figures.get(key([q.indicator, q.unit, q.period, q.category, q.base])),
    plans: (q) => plans.get(key([q.indicator, q.unit, q.year, q.category])),
    scenarios: (q) => scenarios.get(key([q.indicator, q.unit, q.year, q.category])),
  };
}
