import { describe, expect, it } from 'vitest';
import { computeFigure } from './compute-figure';
import { IndicatorError, PeriodError } from './errors';
import { buildContext, monthRows } from './test-fixtures';
import type { FigureRow, PlanRow } from './test-fixtures';
import type { PlanLookup } from './types';

const NA = '40';
const RETAIL_2022 = [6610, 6450, 6680, 6770, 6819, 6700, 6650, 6600, 6580, 6700, 6900, 7000]; // Σ 80,459; Σ Jan–May 33,329
const RETAIL_2023: FigureRow[] = [
  ...monthRows('RETAIL', NA, 2023, [7250, 7080, 7310]),
  { indicator: 'RETAIL', unit: NA, period: '2023-04', value: 7420, status: 'preliminary' },
  { indicator: 'RETAIL', unit: NA, period: '2023-05', value: 7479, status: 'estimate' },
];
const ANNUAL_2022: FigureRow = { indicator: 'RETAIL', unit: NA, period: '2022', value: 80120 };
const PLAN: PlanRow = { indicator: 'RETAIL', unit: NA, year: 2023, value: 85012, version: 1 };
const retailContext = (extra: FigureRow[] = [], plans: PlanRow[] = [PLAN]) =>
  buildContext({ figures: [...monthRows('RETAIL', NA, 2022, RETAIL_2022), ...RETAIL_2023, ...extra], plans });
const close = (x: number) => expect.closeTo(x, 10);

describe('computeFigure for a flow month', () => {
  it('returns every field of the contract, computed by the rules', () => {
    const r = computeFigure(retailContext([ANNUAL_2022]), { indicator: 'RETAIL', unit: NA, period: '2023-05' });
    const scenarioCumulative = (85012 * 33329) / 80459;
    expect(r).toEqual({
      indicator: 'RETAIL',
      orgunit: NA,
      period: '2023-05',
      category: null,
      value: 7479,
      status: 'estimate',
      reported: true,
      reportedValue: 7479,
      derivedValue: null,
      mergedFrom: null,
      previousValue: 6819,
      yoyPercent: close((7479 / 6819 - 1) * 100),
      momPercent: close((7479 / 7420 - 1) * 100),
      ytd: { period: '2023-01/2023-05', value: 36539, yoyPercent: close((36539 / 33329 - 1) * 100) },
      plan: 85012,
      planVersion: 1,
      planPercent: close((36539 / 85012) * 100),
      scenario: {
        value: close((85012 * 6819) / 80459),
        cumulative: close(scenarioCumulative),
        gapPoints: close(((36539 - scenarioCumulative) / 85012) * 100),
        warning: 'on_track',
      },
      requiredGrowthPercent: close(((85012 - 36539) / 47130 - 1) * 100),
      yearEnd: { base: close(87693.6), seasonal: close((36539 * 80120) / 33329) },
    });
  });

  it('compares January with December of the year before', () => {
    const r = computeFigure(retailContext(), { indicator: 'RETAIL', unit: NA, period: '2023-01' });
    expect(r.momPercent).toBeCloseTo((7250 / 7000 - 1) * 100, 10);
  });

  it('puts null, never 0, where a figure is missing', () => {
    const withoutApril = buildContext({
      figures: [...monthRows('RETAIL', NA, 2022, RETAIL_2022), ...RETAIL_2023.filter((f) => f.period !== '2023-04')],
      plans: [PLAN],
    });
    const r = computeFigure(withoutApril, { indicator: 'RETAIL', unit: NA, period: '2023-05' });
    expect(r.value).toBe(7479);
    expect(r.momPercent).toBeNull();
    expect(r.ytd).toEqual({ period: '2023-01/2023-05', value: null, yoyPercent: null });
    expect([r.planPercent, r.requiredGrowthPercent, r.scenario?.gapPoints, r.scenario?.warning]).toEqual([null, null, null, null]);
    expect(r.yearEnd).toEqual({ base: null, seasonal: null });
    expect(r.plan).toBe(85012);
  });

  it('has no plan fields without a plan, never 0', () => {
    const r = computeFigure(retailContext([], []), { indicator: 'RETAIL', unit: NA, period: '2023-05' });
    expect([r.plan, r.planVersion, r.planPercent, r.scenario, r.requiredGrowthPercent]).toEqual([null, null, null, null, null]);
  });

  it('carries the category through to every lookup', () => {
    const ctx = buildContext({ figures: monthRows('RETAIL', NA, 2023, [5800], { category: 'goods', from: 5 }) });
    const r = computeFigure(ctx, { indicator: 'RETAIL', unit: NA, period: '2023-05', category: 'goods' });
    expect([r.category, r.value]).toEqual(['goods', 5800]);
  });
});

describe('computeFigure for a flow aggregate', () => {
  const quarterCtx = buildContext({
    figures: [...monthRows('EXPORT', NA, 2022, [90, 100, 110]), ...monthRows('EXPORT', NA, 2023, [100, 110, 120])],
  });

  it('computes quarter growth as a ratio of sums', () => {
    const r = computeFigure(quarterCtx, { indicator: 'EXPORT', unit: NA, period: '2023-Q1' });
    expect([r.value, r.previousValue, r.reported]).toEqual([330, 300, false]);
    expect(r.yoyPercent).toBeCloseTo(10, 10);
  });

  it('differs from adding or averaging the monthly rates, which the engine never does', () => {
    const monthly = [100 / 90, 110 / 100, 120 / 110].map((x) => (x - 1) * 100);
    const added = monthly.reduce((a, b) => a + b, 0);
    const r = computeFigure(quarterCtx, { indicator: 'EXPORT', unit: NA, period: '2023-Q1' });
    expect(added).toBeCloseTo(30.202020202, 8);
    expect(added / 3).toBeCloseTo(10.0673400673, 8);
    expect(r.yoyPercent).not.toBeCloseTo(added, 2);
    expect(r.yoyPercent).not.toBeCloseTo(added / 3, 2);
  });

  it('has no month-on-month change for a quarter', () => {
    expect(computeFigure(quarterCtx, { indicator: 'EXPORT', unit: NA, period: '2023-Q1' }).momPercent).toBeNull();
  });

  it('returns a reported annual figure as the value of record, with the sum of months beside it', () => {
    const r = computeFigure(retailContext([ANNUAL_2022]), { indicator: 'RETAIL', unit: NA, period: '2022' });
    expect(r).toMatchObject({
      value: 80120,
      reported: true,
      reportedValue: 80120,
      derivedValue: 80459,
      status: 'official',
    });
    expect(r.ytd).toMatchObject({ period: '2022-01/2022-12', value: 80120 });
  });

  it('gives a derived aggregate the status of its least final month', () => {
    const q2 = computeFigure(retailContext([{ indicator: 'RETAIL', unit: NA, period: '2023-06', value: 7600 }]), {
      indicator: 'RETAIL',
      unit: NA,
      period: '2023-Q2',
    });
    expect(q2).toMatchObject({ value: 22499, status: 'estimate', reported: false });
    expect(computeFigure(retailContext(), { indicator: 'RETAIL', unit: NA, period: '2023-Q1' }).status).toBe('official');
  });

  it('has no required growth once the year is over', () => {
    const r = computeFigure(retailContext(), { indicator: 'RETAIL', unit: NA, period: '2022' });
    expect(r.requiredGrowthPercent).toBeNull();
  });
});

describe('computeFigure against plan and scenario', () => {
  it('measures percent of plan against the plan version in force', () => {
    const versions = [
      { version: 1, value: 85012, adoptedOn: '2022-12-09' },
      { version: 2, value: 80000, adoptedOn: '2023-07-14' }, // mid-year adjustment; version 1 is kept
    ];
    const inForceOn =
      (asOf: string): PlanLookup =>
      () => {
        const v = versions.filter((x) => x.adoptedOn <= asOf).at(-1);
        return v && { value: v.value, version: v.version };
      };
    const q = { indicator: 'RETAIL', unit: NA, period: '2023-05' };
    const june = computeFigure({ ...retailContext(), plans: inForceOn('2023-06-06') }, q);
    const august = computeFigure({ ...retailContext(), plans: inForceOn('2023-08-01') }, q);
    expect([june.plan, june.planVersion]).toEqual([85012, 1]);
    expect(june.planPercent).toBeCloseTo(42.98099091892909, 10);
    expect([august.plan, august.planVersion]).toEqual([80000, 2]);
    expect(august.planPercent).toBeCloseTo(45.67375, 10);
  });

  it('follows an entered quarterly scenario, interpolated inside the quarter', () => {
    const ctx = {
      ...retailContext(),
      scenarios: () => ({
        granularity: 'quarter' as const,
        values: new Map([
          [1, 22000],
          [2, 23000],
          [3, 20000],
          [4, 20012],
        ]),
      }),
    };
    const r = computeFigure(ctx, { indicator: 'RETAIL', unit: NA, period: '2023-05' });
    const cumulative = 22000 + (23000 * 2) / 3;
    expect(r.scenario?.cumulative).toBeCloseTo(cumulative, 10);
    expect(r.scenario?.value).toBeCloseTo(23000 / 3, 10);
    expect(r.scenario?.gapPoints).toBeCloseTo(((36539 - cumulative) / 85012) * 100, 10);
    expect(r.scenario?.warning).toBe('on_track');
  });

  it('warns when the cumulative actual lags the scenario', () => {
    // A scenario of 45,040.2 by May: 8,501.2 points short of it on a plan of 85,012 → −10 points.
    const ctx = {
      ...retailContext(),
      scenarios: () => ({ granularity: 'month' as const, values: new Map([1, 2, 3, 4, 5].map((m) => [m, 9008.04])) }),
    };
    const r = computeFigure(ctx, { indicator: 'RETAIL', unit: NA, period: '2023-01/2023-05' });
    expect(r.scenario?.gapPoints).toBeCloseTo(-10, 10);
    expect(r.scenario?.warning).toBe('at_risk');
  });

  it('gives the growth the remaining months need over the same months last year', () => {
    const r = computeFigure(retailContext(), { indicator: 'RETAIL', unit: NA, period: '2023-01/2023-05' });
    // (85,012 − 36,539) ÷ (6,700 + 6,650 + 6,600 + 6,580 + 6,700 + 6,900 + 7,000) − 1
    expect(r.requiredGrowthPercent).toBeCloseTo(2.849565032887757, 10);
  });

  it('gives both year-end estimates, seasonal on last year sum of months when no annual figure is reported', () => {
    const r = computeFigure(retailContext(), { indicator: 'RETAIL', unit: NA, period: '2023-01/2023-05' });
    expect(r.yearEnd?.base).toBeCloseTo(87693.6, 10);
    expect(r.yearEnd?.seasonal).toBeCloseTo((36539 * 80459) / 33329, 10);
  });
});

describe('computeFigure refusals', () => {
  it('refuses an invalid period', () => {
    expect(() => computeFigure(retailContext(), { indicator: 'RETAIL', unit: NA, period: '2023-02/2023-05' })).toThrow(PeriodError);
  });

  it('refuses an unknown indicator', () => {
    expect(() => computeFigure(retailContext(), { indicator: 'GDP', unit: NA, period: '2023' })).toThrow(IndicatorError);
  });
});
