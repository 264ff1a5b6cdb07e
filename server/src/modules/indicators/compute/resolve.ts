import { emptyFigure, leastFinal, mergedUnion, sumFigures } from './aggregate';
import { IndicatorError } from './errors';
import { endsBefore, isAggregate, monthsOf, spanKeys } from './period';
import type { Period } from './period';
import type { ComputeContext, FigureBase, IndicatorDef, ResolvedFigure, StoredFigure } from './types';

/** One indicator, unit, period, category and comparison base to resolve. */
export type ResolveQuery = {
  indicator: string;
  unit: string;
  period: Period;
  category: string | null;
  base: FigureBase;
};

/** The catalogue entry of `code`; throws IndicatorError('unknown_indicator') when absent. */
export function requireIndicator(ctx: ComputeContext, code: string): IndicatorDef {
  const def = ctx.indicators.get(code);
  if (!def) throw new IndicatorError('unknown_indicator', `Unknown indicator "${code}"`);
  return def;
}

/** The figure of record after the aggregation rules: reported span wins, flows sum, indices never do. */
export function resolveFigure(ctx: ComputeContext, q: ResolveQuery): ResolvedFigure {
  return resolveWith(ctx, q, new Set());
}

function resolveWith(ctx: ComputeContext, q: ResolveQuery, formulaPath: ReadonlySet<string>): ResolvedFigure {
  const def = requireIndicator(ctx, q.indicator);
  switch (def.kind) {
    case 'index':
      return resolveIndex(ctx, q);
    case 'flow':
      return resolveFlow(ctx, { ...q, base: 'level' }, true, [q.unit]);
    case 'derived':
      return resolveDerived(ctx, def, { ...q, base: 'level' }, formulaPath);
  }
}

/** The stored figure for exactly this span, under its own key or an equivalent one ('2023-Q1' for Jan–Mar). */
function lookupReported(ctx: ComputeContext, q: ResolveQuery): StoredFigure | undefined {
  for (const period of spanKeys(q.period)) {
    const found = ctx.figures({ indicator: q.indicator, unit: q.unit, period, category: q.category, base: q.base });
    if (found) return found;
  }
  return undefined;
}

function fromStored(stored: StoredFigure, derivedValue: number | null): ResolvedFigure {
  const { value, status } = stored;
  return { value, status, reported: true, reportedValue: value, derivedValue, mergedFrom: null };
}

/** Indices exist only where reported: never summed, averaged, or taken from predecessor units. */
function resolveIndex(ctx: ComputeContext, q: ResolveQuery): ResolvedFigure {
  // Under a reused code, figures before the merger describe the old territory, not the new unit.
  if (predatesUnit(ctx, q.unit, q.period)?.includes(q.unit)) return emptyFigure();
  const stored = lookupReported(ctx, q);
  return stored ? fromStored(stored, null) : emptyFigure();
}

/** The unit's predecessors when it was formed from others and the period ends before it existed; else null. */
function predatesUnit(ctx: ComputeContext, unit: string, period: Period): string[] | null {
  const info = ctx.units.get(unit);
  if (!info || info.predecessors.length === 0 || !endsBefore(period, info.validFrom)) return null;
  return info.predecessors;
}

/**
 * A flow: the reported span wins; otherwise the sum of its months (all present); otherwise, for a
 * period before the unit existed, the sum of its predecessors. `mayMerge` is false for the months
 * of a period that will itself fall back to predecessors (so that their reported spans win) and for
 * a unit read as its own predecessor. A unit that lists its own code among its predecessors (19 Thái
 * Nguyên = old 19 + 06 Bắc Kạn) holds the old territory's figures under that code before the merger,
 * so for those periods it goes straight to its predecessors.
 */
function resolveFlow(ctx: ComputeContext, q: ResolveQuery, mayMerge: boolean, path: string[]): ResolvedFigure {
  const predecessors = mayMerge ? predatesUnit(ctx, q.unit, q.period) : null;
  if (predecessors?.includes(q.unit)) return mergePredecessors(ctx, q, predecessors, path);
  const partsMayMerge = mayMerge && predecessors === null;
  const derived = isAggregate(q.period) ? sumFigures(monthsOf(q.period).map((m) => resolveFlow(ctx, { ...q, period: m }, partsMayMerge, path))) : null;
  const stored = lookupReported(ctx, q);
  if (stored) return fromStored(stored, derived?.value ?? null);
  if (derived && derived.value !== null) return derived;
  if (predecessors) return mergePredecessors(ctx, q, predecessors, path);
  return emptyFigure();
}

function mergePredecessors(ctx: ComputeContext, q: ResolveQuery, units: string[], path: string[]): ResolvedFigure {
  // A unit already on the path (a code reused by its successor, or a cycle in bad data) is read as is.
  const parts = units.map((unit) =>
    path.includes(unit) ? resolveFlow(ctx, { ...q, unit }, false, path) : resolveFlow(ctx, { ...q, unit }, true, [...path, unit]),
  );
  const sum = sumFigures(parts);
  return sum.value === null ? emptyFigure() : { ...sum, mergedFrom: [...units] };
}

type Term = { sign: 1 | -1; figure: ResolvedFigure };

/** A derived indicator: its formula over parts each resolved by the same rules; never stored. */
function resolveDerived(ctx: ComputeContext, def: IndicatorDef, q: ResolveQuery, formulaPath: ReadonlySet<string>): ResolvedFigure {
  const formula = def.formula;
  if (!formula || formula.plus.length + formula.minus.length === 0) {
    throw new IndicatorError('invalid_formula', `Derived indicator "${def.code}" has no formula`);
  }
  if (formulaPath.has(def.code)) {
    throw new IndicatorError('invalid_formula', `Formula of "${def.code}" refers to itself`);
  }
  const next = new Set(formulaPath).add(def.code);
  const term = (code: string, sign: 1 | -1): Term => {
    if (requireIndicator(ctx, code).kind === 'index') {
      throw new IndicatorError('invalid_formula', `Formula of "${def.code}" uses index "${code}"`);
    }
    return { sign, figure: resolveWith(ctx, { ...q, indicator: code }, next) };
  };
  const terms = [...formula.plus.map((c) => term(c, 1)), ...formula.minus.map((c) => term(c, -1))];
  return combineTerms(terms);
}

function combineTerms(terms: Term[]): ResolvedFigure {
  const combine = (pick: (f: ResolvedFigure) => number | null): number | null => {
    let total = 0;
    for (const { sign, figure } of terms) {
      const v = pick(figure);
      if (v === null) return null;
      total += sign * v;
    }
    return total;
  };
  const value = combine((f) => f.value);
  if (value === null) return emptyFigure();
  const figures = terms.map((t) => t.figure);
  return {
    value,
    status: leastFinal(figures.map((f) => f.status)),
    reported: figures.every((f) => f.reported),
    reportedValue: combine((f) => f.reportedValue),
    derivedValue: combine((f) => f.derivedValue),
    mergedFrom: mergedUnion(figures),
  };
}
