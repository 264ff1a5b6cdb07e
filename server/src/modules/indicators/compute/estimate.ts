import type { YearEndEstimate } from './types';

/** Base case: YTD + YTD ÷ months elapsed × months remaining (the average month continues). */
export function baseYearEnd(ytd: number | null, monthsElapsed: number): number | null {
  if (ytd === null || monthsElapsed < 1 || monthsElapsed > 12) return null;
  return ytd + (ytd / monthsElapsed) * (12 - monthsElapsed);
}

/** Seasonal case: YTD × (last year's total ÷ last year's same-period YTD) (last year's seasonality repeats). */
export function seasonalYearEnd(ytd: number | null, lastYearTotal: number | null, lastYearYtd: number | null): number | null {
  if (ytd === null || lastYearTotal === null || lastYearYtd === null || lastYearYtd <= 0) return null;
  return ytd * (lastYearTotal / lastYearYtd);
}

/** Both year-end estimates (dự ước cả năm) from the YTD ending at month `monthsElapsed`. */
export function estimateYearEnd(input: {
  ytd: number | null;
  monthsElapsed: number;
  lastYearTotal: number | null;
  lastYearYtd: number | null;
}): YearEndEstimate {
  return {
    base: baseYearEnd(input.ytd, input.monthsElapsed),
    seasonal: seasonalYearEnd(input.ytd, input.lastYearTotal, input.lastYearYtd),
  };
}
