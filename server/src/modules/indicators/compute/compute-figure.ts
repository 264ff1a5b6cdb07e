import { estimateYearEnd } from './estimate';
import { growthPercent, indexGrowthPercent } from './growth';
import { monthPeriod, parsePeriod, previousMonth, samePeriodLastYear, yearPeriod, ytdEndingAt } from './period';
import type { Period } from './period';
import { planPercent, requiredGrowthPercent } from './plan';
import { requireIndicator, resolveFigure } from './resolve';
import { computeScenario } from './scenario';
import type { ComputeContext, FigureBase, FigureQuery, FigureResult, ResolvedFigure, YearQueryKey } from './types';

type Scope = { ctx: ComputeContext; indicator: string; unit: string; category: string | null; period: Period };

const at = (s: Scope, period: Period, base: FigureBase = 'level'): ResolvedFigure =>
  resolveFigure(s.ctx, { indicator: s.indicator, unit: s.unit, category: s.category, period, base });

const yearKey = (s: Scope): YearQueryKey => ({
  indicator: s.indicator,
  unit: s.unit,
  year: s.period.year,
  category: s.category,
});

/** Everything said about one figure: value of record, growth, year to date, plan, scenario, year-end. */
export function computeFigure(ctx: ComputeContext, q: FigureQuery): FigureResult {
  const kind = requireIndicator(ctx, q.indicator).kind;
  const period = parsePeriod(q.period);
  const s: Scope = { ctx, indicator: q.indicator, unit: q.unit, category: q.category ?? null, period };
  return kind === 'index' ? computeIndexFigure(s) : computeFlowFigure(s);
}

function header(s: Scope, current: ResolvedFigure) {
  return { indicator: s.indicator, orgunit: s.unit, period: s.period.key, category: s.category, ...current };
}

/** Last year's twelve monthly figures (null where missing). */
function lastYearMonths(s: Scope): (number | null)[] {
  return Array.from({ length: 12 }, (_, i) => at(s, monthPeriod(s.period.year - 1, i + 1)).value);
}

/** A flow or a derived flow: growth is a ratio of sums, plan and scenario are cumulative. */
function computeFlowFigure(s: Scope): FigureResult {
  const { period } = s;
  const current = at(s, period);
  const previousValue = at(s, samePeriodLastYear(period)).value;
  const ytdP = ytdEndingAt(period);
  const ytdValue = at(s, ytdP).value;
  const lastYearYtd = at(s, samePeriodLastYear(ytdP)).value;
  const plan = s.ctx.plans(yearKey(s)) ?? null;
  const lyMonths = lastYearMonths(s);
  const m = period.lastMonth;
  return {
    ...header(s, current),
    previousValue,
    yoyPercent: growthPercent(current.value, previousValue),
    momPercent: period.kind === 'month' ? growthPercent(current.value, at(s, previousMonth(period)).value) : null,
    ytd: { period: ytdP.key, value: ytdValue, yoyPercent: growthPercent(ytdValue, lastYearYtd) },
    plan: plan?.value ?? null,
    planVersion: plan?.version ?? null,
    planPercent: planPercent(ytdValue, plan?.value ?? null),
    scenario: computeScenario({
      period,
      plan: plan?.value ?? null,
      path: s.ctx.scenarios(yearKey(s)),
      lastYearMonths: lyMonths,
      cumulativeActual: ytdValue,
    }),
    requiredGrowthPercent: m === 12 ? null : requiredGrowthPercent(plan?.value ?? null, ytdValue, lyMonths.slice(m)),
    yearEnd: estimateYearEnd({
      ytd: ytdValue,
      monthsElapsed: m,
      lastYearTotal: at(s, yearPeriod(period.year - 1)).value,
      lastYearYtd,
    }),
  };
}

/**
 * An index: only reported figures; growth is the index − 100. A plan for an index is shown as is,
 * but percent of plan, scenario, required growth and year-end estimates apply to flows only.
 */
function computeIndexFigure(s: Scope): FigureResult {
  const { period } = s;
  const current = at(s, period, 'same_period');
  const ytdP = ytdEndingAt(period);
  const ytdIndex = at(s, ytdP, 'same_period').value;
  const plan = s.ctx.plans(yearKey(s));
  const prevMonthIndex = period.kind === 'month' ? at(s, period, 'prev_month').value : null;
  return {
    ...header(s, current),
    previousValue: at(s, samePeriodLastYear(period), 'same_period').value,
    yoyPercent: indexGrowthPercent(current.value),
    momPercent: indexGrowthPercent(prevMonthIndex),
    ytd: { period: ytdP.key, value: ytdIndex, yoyPercent: indexGrowthPercent(ytdIndex) },
    plan: plan?.value ?? null,
    planVersion: plan?.version ?? null,
    planPercent: null,
    scenario: null,
    requiredGrowthPercent: null,
    yearEnd: null,
  };
}
