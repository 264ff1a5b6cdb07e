import { sumOrNull } from './aggregate';
import { growthPercent, percentOf } from './growth';

/** Percent of plan: cumulative actual (year to date) ÷ annual plan × 100; null without a plan. */
export function planPercent(cumulativeActual: number | null, plan: number | null): number | null {
  return percentOf(cumulativeActual, plan);
}

/**
 * Growth the remaining months must reach over the same months last year to meet the plan:
 * ((plan − YTD) ÷ Σ last year's remaining months − 1) × 100. `lastYearRemaining` lists last year's
 * months after the YTD's last month; null when it is empty (the year is over) or a month is missing.
 */
export function requiredGrowthPercent(plan: number | null, ytd: number | null, lastYearRemaining: readonly (number | null)[]): number | null {
  if (plan === null || ytd === null) return null;
  return growthPercent(plan - ytd, sumOrNull(lastYearRemaining));
}
