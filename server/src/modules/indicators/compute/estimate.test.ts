import { describe, expect, it } from 'vitest';
import { baseYearEnd, estimateYearEnd, seasonalYearEnd } from './estimate';

describe('baseYearEnd', () => {
  it('continues the average month over the remaining months', () => {
    // 36,539 over 5 months → 7,307.8 a month → 36,539 + 7 × 7,307.8
    expect(baseYearEnd(36539, 5)).toBeCloseTo(87693.6, 10);
  });

  it('is the YTD itself in December', () => {
    expect(baseYearEnd(84000, 12)).toBe(84000);
  });

  it('is null without a YTD', () => {
    expect(baseYearEnd(null, 5)).toBeNull();
  });
});

describe('seasonalYearEnd', () => {
  it('scales the YTD by last year total over last year same-period YTD', () => {
    // 2022: 33,329 in 5 months of a year of 80,000
    expect(seasonalYearEnd(36539, 80000, 33329)).toBeCloseTo((36539 * 80000) / 33329, 10);
    expect(seasonalYearEnd(36539, 80000, 33329)).toBeCloseTo(87705.00165021453, 8);
  });

  it('is null when last year is missing', () => {
    expect(seasonalYearEnd(36539, null, 33329)).toBeNull();
    expect(seasonalYearEnd(36539, 80000, null)).toBeNull();
  });
});

describe('estimateYearEnd', () => {
  it('gives both cases side by side', () => {
    const e = estimateYearEnd({ ytd: 300, monthsElapsed: 3, lastYearTotal: 1000, lastYearYtd: 250 });
    expect(e.base).toBe(1200);
    expect(e.seasonal).toBe(1200);
    const f = estimateYearEnd({ ytd: 300, monthsElapsed: 3, lastYearTotal: 1000, lastYearYtd: 200 });
    expect(f).toEqual({ base: 1200, seasonal: 1500 });
  });
});
