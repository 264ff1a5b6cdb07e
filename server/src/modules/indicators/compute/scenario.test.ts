import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period';
import { computeScenario, gapPoints, pathCumulative, shareCumulative } from './scenario';
import type { ScenarioPath } from './types';

const monthly: ScenarioPath = {
  granularity: 'month',
  values: new Map([6600, 6500, 6900, 7000, 7100, 7200, 7100, 7200, 7300, 7400, 7500, 7700].map((v, i) => [i + 1, v])),
};
const quarterly: ScenarioPath = {
  granularity: 'quarter',
  values: new Map([
    [1, 20000],
    [2, 22000],
    [3, 21000],
    [4, 22000],
  ]),
};
// Last year's months: 1,000 in all, 430 by May.
const LAST_YEAR = [80, 80, 90, 90, 90, 90, 80, 80, 80, 80, 80, 80];

describe('pathCumulative', () => {
  it('sums a monthly path from January to the month', () => {
    expect(pathCumulative(monthly, 5)).toBe(34100);
    expect(pathCumulative(monthly, 12)).toBe(85500);
  });

  it('is 0 before January', () => {
    expect(pathCumulative(monthly, 0)).toBe(0);
    expect(pathCumulative(quarterly, 0)).toBe(0);
  });

  it('is null when a month of the path is missing', () => {
    const gappy: ScenarioPath = {
      granularity: 'month',
      values: new Map([
        [1, 6600],
        [3, 6900],
      ]),
    };
    expect(pathCumulative(gappy, 3)).toBeNull();
    expect(pathCumulative(gappy, 1)).toBe(6600);
  });

  it('sums whole quarters at a quarter end', () => {
    expect(pathCumulative(quarterly, 3)).toBe(20000);
    expect(pathCumulative(quarterly, 6)).toBe(42000);
    expect(pathCumulative(quarterly, 12)).toBe(85000);
  });

  it('interpolates linearly inside a quarter', () => {
    expect(pathCumulative(quarterly, 4)).toBeCloseTo(20000 + 22000 / 3, 10);
    expect(pathCumulative(quarterly, 5)).toBeCloseTo(20000 + (22000 * 2) / 3, 10);
  });

  it('is null when a quarter it needs is missing', () => {
    const half: ScenarioPath = { granularity: 'quarter', values: new Map([[1, 20000]]) };
    expect(pathCumulative(half, 3)).toBe(20000);
    expect(pathCumulative(half, 4)).toBeNull();
  });
});

describe('shareCumulative', () => {
  it('spreads the plan by last year monthly shares', () => {
    expect(shareCumulative(1200, LAST_YEAR, 5)).toBeCloseTo(516, 10);
  });

  it('lands on the plan in December', () => {
    expect(shareCumulative(1200, LAST_YEAR, 12)).toBe(1200);
  });

  it('is null when a month of last year is missing', () => {
    expect(shareCumulative(1200, [80, 80, null, 90, 90, 90, 80, 80, 80, 80, 80, 80], 5)).toBeNull();
    expect(shareCumulative(1200, LAST_YEAR.slice(0, 11), 5)).toBeNull();
  });
});

describe('gapPoints', () => {
  it('gives the gap in points of plan', () => {
    expect(gapPoints(480, 516, 1200)).toBeCloseTo(-3, 10);
  });

  it('is null without a plan or a cumulative', () => {
    expect(gapPoints(480, 516, null)).toBeNull();
    expect(gapPoints(null, 516, 1200)).toBeNull();
    expect(gapPoints(480, null, 1200)).toBeNull();
  });
});

describe('computeScenario', () => {
  const base = { lastYearMonths: LAST_YEAR, plan: 1200, path: undefined };

  it('derives the scenario from the plan and warns on the gap', () => {
    const r = computeScenario({ ...base, period: parsePeriod('2023-05'), cumulativeActual: 420 });
    expect(r?.cumulative).toBeCloseTo(516, 10);
    expect(r?.value).toBeCloseTo(108, 10); // 1,200 × 90 ÷ 1,000
    expect(r?.gapPoints).toBeCloseTo(-8, 10);
    expect(r?.warning).toBe('watch');
  });

  it('gives a quarter its own scenario and the cumulative to its end', () => {
    const r = computeScenario({
      ...base,
      plan: 85000,
      path: quarterly,
      period: parsePeriod('2023-Q2'),
      cumulativeActual: 40000,
    });
    expect(r).toEqual({ value: 22000, cumulative: 42000, gapPoints: (-2000 / 85000) * 100, warning: 'on_track' });
  });

  it('prefers the entered path over the derived one', () => {
    const r = computeScenario({
      ...base,
      plan: 85500,
      path: monthly,
      period: parsePeriod('2023-05'),
      cumulativeActual: 34100,
    });
    expect(r).toEqual({ value: 7100, cumulative: 34100, gapPoints: 0, warning: 'on_track' });
  });

  it('shows an entered path without a plan, with no gap', () => {
    const r = computeScenario({
      ...base,
      plan: null,
      path: monthly,
      period: parsePeriod('2023-05'),
      cumulativeActual: 34100,
    });
    expect(r).toEqual({ value: 7100, cumulative: 34100, gapPoints: null, warning: null });
  });

  it('is null with neither a plan nor a path', () => {
    expect(computeScenario({ ...base, plan: null, period: parsePeriod('2023-05'), cumulativeActual: 420 })).toBeNull();
  });
});
