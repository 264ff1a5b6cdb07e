import { describe, expect, it } from 'vitest';
import { planPercent, requiredGrowthPercent } from './plan';

describe('planPercent', () => {
  it('divides the cumulative actual by the annual plan', () => {
    expect(planPercent(36539, 85012)).toBeCloseTo(42.98099091893, 10);
  });

  it('is null without a plan, never 0', () => {
    expect(planPercent(36539, null)).toBeNull();
  });
});

describe('requiredGrowthPercent', () => {
  it('asks the remaining months for what the plan still needs over the same months last year', () => {
    // plan 1,200; 500 done by May; last year June–December 600 → (700 ÷ 600 − 1) × 100
    const lastYear = [80, 80, 90, 90, 90, 90, 80];
    expect(requiredGrowthPercent(1200, 500, lastYear)).toBeCloseTo(16.666666666666664, 10);
  });

  it('goes negative when the plan is within reach of a weaker finish', () => {
    expect(requiredGrowthPercent(1000, 500, [100, 100, 100, 100, 100, 100, 100])).toBeCloseTo(-28.571428571428573, 10);
  });

  it('is null when a month of last year is missing', () => {
    expect(requiredGrowthPercent(1200, 500, [80, null, 90])).toBeNull();
  });

  it('is null when no month remains, or without a plan or a YTD', () => {
    expect(requiredGrowthPercent(1200, 1100, [])).toBeNull();
    expect(requiredGrowthPercent(null, 500, [600])).toBeNull();
    expect(requiredGrowthPercent(1200, null, [600])).toBeNull();
  });
});
