/** The pure figures engine: periods, aggregation rules, growth, plan, scenario, estimates, ranking. */
export { computeFigure } from './compute-figure';
export { IndicatorError, PeriodError } from './errors';
export type { IndicatorErrorCode } from './errors';
export { baseYearEnd, estimateYearEnd, seasonalYearEnd } from './estimate';
export { growthPercent, indexGrowthPercent, percentOf } from './growth';
export { leastFinal, sumOrNull } from './aggregate';
export {
  endsBefore,
  formatPeriod,
  halfPeriod,
  isAggregate,
  monthCount,
  monthKeysOf,
  monthPeriod,
  monthsOf,
  parsePeriod,
  previousMonth,
  quarterPeriod,
  samePeriodLastYear,
  spanKeys,
  yearPeriod,
  ytdEndingAt,
  ytdPeriod,
} from './period';
export type { Period, PeriodKind } from './period';
export { planPercent, requiredGrowthPercent } from './plan';
export { rankUnits } from './ranking';
export type { RankMeasure, RankedFigure } from './ranking';
export { requireIndicator, resolveFigure } from './resolve';
export type { ResolveQuery } from './resolve';
export { computeScenario, gapPoints, pathCumulative, shareCumulative } from './scenario';
export type { ScenarioInput } from './scenario';
export type * from './types';
export { warningLevel } from './warning';
