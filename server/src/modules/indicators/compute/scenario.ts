import type { Period } from './period';
import { warningLevel } from './warning';
import type { ScenarioPath, ScenarioResult } from './types';

function sumRange(from: number, to: number, get: (key: number) => number | null): number | null {
  let total = 0;
  for (let key = from; key <= to; key++) {
    const v = get(key);
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** Cumulative scenario from January to `month` (0..12) along an entered monthly or quarterly path. */
export function pathCumulative(path: ScenarioPath, month: number): number | null {
  const get = (key: number): number | null => path.values.get(key) ?? null;
  if (path.granularity === 'month') return sumRange(1, month, get);
  const fullQuarters = Math.floor(month / 3);
  const done = sumRange(1, fullQuarters, get);
  const into = month % 3;
  if (done === null || into === 0) return done;
  // Not a quarter end: interpolate linearly within the quarter (each month a third of it). An
  // approximation — the entered path says nothing about the months inside a quarter.
  const current = get(fullQuarters + 1);
  return current === null ? null : done + (current * into) / 3;
}

/**
 * Cumulative scenario derived from the plan and last year's seasonal shares:
 * plan × Σ last year's months 1..month ÷ Σ last year's 12 months. The total is the sum of the same
 * monthly figures, so the shares add up to 1 and December lands exactly on the plan.
 */
export function shareCumulative(plan: number, lastYearMonths: readonly (number | null)[], month: number): number | null {
  const get = (m: number): number | null => lastYearMonths[m - 1] ?? null;
  const total = sumRange(1, 12, get);
  const toMonth = sumRange(1, month, get);
  if (total === null || toMonth === null || total <= 0) return null;
  return (plan * toMonth) / total;
}

/** Gap between cumulative actual and cumulative scenario, in points of the annual plan. */
export function gapPoints(actual: number | null, scenario: number | null, plan: number | null): number | null {
  if (actual === null || scenario === null || plan === null || plan <= 0) return null;
  return ((actual - scenario) / plan) * 100;
}

/** Inputs of a flow's scenario check; `lastYearMonths` holds last year's 12 monthly figures (null if missing). */
export type ScenarioInput = {
  period: Period;
  plan: number | null;
  path: ScenarioPath | undefined;
  lastYearMonths: readonly (number | null)[];
  cumulativeActual: number | null;
};

/** The period's scenario, cumulative scenario, gap and warning; null when there is neither a plan nor a path. */
export function computeScenario(input: ScenarioInput): ScenarioResult | null {
  const { period, plan, path } = input;
  if (!path && plan === null) return null;
  const cumulativeAt = (month: number): number | null => {
    if (path) return pathCumulative(path, month);
    return plan === null ? null : shareCumulative(plan, input.lastYearMonths, month);
  };
  const cumulative = cumulativeAt(period.lastMonth);
  const before = cumulativeAt(period.firstMonth - 1);
  const gap = gapPoints(input.cumulativeActual, cumulative, plan);
  return {
    value: cumulative === null || before === null ? null : cumulative - before,
    cumulative,
    gapPoints: gap,
    warning: gap === null ? null : warningLevel(gap),
  };
}
