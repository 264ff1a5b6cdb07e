import { describe, expect, it } from 'vitest';
import { growthPercent, indexGrowthPercent, percentOf } from './growth';

describe('growthPercent', () => {
  it('computes a percent change from two levels', () => {
    expect(growthPercent(110, 100)).toBeCloseTo(10, 10);
    expect(growthPercent(892.3, 920.9)).toBeCloseTo(-3.105657508958626, 10);
  });

  it('is null when either side is missing, never 0', () => {
    expect(growthPercent(null, 100)).toBeNull();
    expect(growthPercent(100, null)).toBeNull();
  });

  it('is null against a base that is zero or negative', () => {
    expect(growthPercent(100, 0)).toBeNull();
    expect(growthPercent(-50, -100)).toBeNull();
  });

  it('reports a genuine standstill as 0', () => {
    expect(growthPercent(100, 100)).toBe(0);
  });
});

describe('indexGrowthPercent', () => {
  it('reads 101.62 as +1.62 % and 97.5 as −2.5 %', () => {
    expect(indexGrowthPercent(101.62)).toBeCloseTo(1.62, 10);
    expect(indexGrowthPercent(97.5)).toBeCloseTo(-2.5, 10);
  });

  it('is null without an index', () => {
    expect(indexGrowthPercent(null)).toBeNull();
  });
});

describe('percentOf', () => {
  it('gives a part as a percent of a whole', () => {
    expect(percentOf(36539, 85012)).toBeCloseTo(42.98099091893, 10);
  });

  it('is null without a whole, or with a whole of 0', () => {
    expect(percentOf(36539, null)).toBeNull();
    expect(percentOf(36539, 0)).toBeNull();
    expect(percentOf(null, 85012)).toBeNull();
  });
});
