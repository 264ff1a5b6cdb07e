import { describe, expect, it } from 'vitest';
import { computeFigure } from './compute-figure';
import { buildContext, monthRows } from './test-fixtures';
import type { FigureRow } from './test-fixtures';

const NA = '40';

describe('computeFigure for an index', () => {
  const rows: FigureRow[] = [
    { indicator: 'IIP', unit: NA, period: '2023-05', value: 103.5, base: 'same_period', status: 'estimate' },
    { indicator: 'IIP', unit: NA, period: '2023-05', value: 101.2, base: 'prev_month', status: 'estimate' },
    { indicator: 'IIP', unit: NA, period: '2023-01/2023-05', value: 101.62, base: 'same_period', status: 'estimate' },
    { indicator: 'IIP', unit: NA, period: '2022-05', value: 108.1, base: 'same_period' },
    ...monthRows('IIP', NA, 2023, [99.1, 100.4, 102.0, 103.3], { base: 'same_period' }),
  ];
  const ctx = buildContext({
    figures: rows,
    plans: [{ indicator: 'IIP', unit: NA, year: 2023, value: 109, version: 1 }],
  });

  it('reads growth off the same-period, previous-month and year-to-date indices', () => {
    const r = computeFigure(ctx, { indicator: 'IIP', unit: NA, period: '2023-05' });
    expect(r).toMatchObject({
      value: 103.5,
      status: 'estimate',
      reported: true,
      previousValue: 108.1,
      derivedValue: null,
    });
    expect(r.yoyPercent).toBeCloseTo(3.5, 10);
    expect(r.momPercent).toBeCloseTo(1.2, 10);
    expect(r.ytd?.period).toBe('2023-01/2023-05');
    expect(r.ytd?.value).toBe(101.62);
    expect(r.ytd?.yoyPercent).toBeCloseTo(1.62, 10);
  });

  it('keeps an index plan as is but computes no percent of plan, scenario or estimates', () => {
    const r = computeFigure(ctx, { indicator: 'IIP', unit: NA, period: '2023-05' });
    expect(r).toMatchObject({
      plan: 109,
      planVersion: 1,
      planPercent: null,
      scenario: null,
      requiredGrowthPercent: null,
      yearEnd: null,
    });
  });

  it('never derives a quarter from monthly indices', () => {
    const r = computeFigure(ctx, { indicator: 'IIP', unit: NA, period: '2023-Q1' });
    expect(r).toMatchObject({ value: null, yoyPercent: null, momPercent: null, reported: false, derivedValue: null });
    expect(r.ytd).toEqual({ period: '2023-01/2023-03', value: null, yoyPercent: null });
  });

  it('is null when the month is missing, not 0 and not 100', () => {
    const r = computeFigure(ctx, { indicator: 'IIP', unit: NA, period: '2023-06' });
    expect([r.value, r.yoyPercent, r.momPercent, r.previousValue]).toEqual([null, null, null, null]);
  });
});

describe('computeFigure for a merged unit', () => {
  // Thái Bình (34) joined Hưng Yên (33) on 1 July 2025; the caller names the new unit distinctly here.
  const units = [{ code: 'HY', validFrom: '2025-07-01', predecessors: ['33', '34'] }];
  const ctx = buildContext({
    units,
    figures: [
      ...monthRows('RETAIL', '33', 2024, [4100, 4050, 4200, 4150, 4300]),
      ...monthRows('RETAIL', '34', 2024, [3900, 3850, 3950, 4000, 4050]),
      ...monthRows('RETAIL', '33', 2025, [4500, 4400, 4600, 4550, 4700]),
      ...monthRows('RETAIL', '34', 2025, [4200, 4150, 4250, 4300, 4350], { status: 'estimate' }),
      ...monthRows('IIP', '33', 2025, [110.2], { base: 'same_period', from: 5 }),
      ...monthRows('IIP', '34', 2025, [107.9], { base: 'same_period', from: 5 }),
    ],
  });

  it('sums a flow from its predecessors and names them', () => {
    const r = computeFigure(ctx, { indicator: 'RETAIL', unit: 'HY', period: '2025-05' });
    expect(r).toMatchObject({
      value: 9050,
      previousValue: 8350,
      status: 'estimate',
      reported: false,
      mergedFrom: ['33', '34'],
    });
    expect(r.yoyPercent).toBeCloseTo((9050 / 8350 - 1) * 100, 10);
    expect(r.momPercent).toBeCloseTo((9050 / 8850 - 1) * 100, 10);
  });

  it('sums the year to date and its growth as a ratio of the merged sums', () => {
    const r = computeFigure(ctx, { indicator: 'RETAIL', unit: 'HY', period: '2025-01/2025-05' });
    expect(r).toMatchObject({ value: 44000, previousValue: 40550, mergedFrom: ['33', '34'] });
    expect(r.yoyPercent).toBeCloseTo((44000 / 40550 - 1) * 100, 10);
  });

  it('has no index for the merged unit', () => {
    const r = computeFigure(ctx, { indicator: 'IIP', unit: 'HY', period: '2025-05' });
    expect([r.value, r.yoyPercent, r.mergedFrom]).toEqual([null, null, null]);
  });
});

describe('computeFigure for a derived indicator', () => {
  const ctx = buildContext({
    figures: [
      ...monthRows('EXPORT', NA, 2022, [170.1, 168.4, 182.6]),
      ...monthRows('IMPORT', NA, 2022, [115.0, 112.7, 121.3]),
      ...monthRows('EXPORT', NA, 2023, [180.5, 175.2, 190.1]),
      ...monthRows('IMPORT', NA, 2023, [120.2, 118.3]),
      { indicator: 'IMPORT', unit: NA, period: '2023-03', value: 125.4, status: 'preliminary' },
    ],
  });

  it('computes TRADE_BALANCE per period from EXPORT − IMPORT, with growth on the balances', () => {
    const r = computeFigure(ctx, { indicator: 'TRADE_BALANCE', unit: NA, period: '2023-Q1' });
    expect(r.value).toBeCloseTo(545.8 - 363.9, 10);
    expect(r.previousValue).toBeCloseTo(521.1 - 349.0, 10);
    expect(r.yoyPercent).toBeCloseTo(((545.8 - 363.9) / (521.1 - 349.0) - 1) * 100, 10);
    expect(r).toMatchObject({ status: 'preliminary', reported: false });
  });

  it('is null for a month when a part is missing', () => {
    const r = computeFigure(ctx, { indicator: 'TRADE_BALANCE', unit: NA, period: '2023-04' });
    expect([r.value, r.yoyPercent, r.momPercent]).toEqual([null, null, null]);
  });
});
