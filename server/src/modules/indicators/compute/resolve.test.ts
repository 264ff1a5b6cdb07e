import { describe, expect, it } from 'vitest';
import { IndicatorError } from './errors';
import { parsePeriod } from './period';
import { resolveFigure } from './resolve';
import { buildContext, CATALOGUE, monthRows } from './test-fixtures';
import type { FigureRow } from './test-fixtures';
import type { ComputeContext, FigureBase } from './types';

const NA = '40'; // Nghệ An, unchanged by the 2025 merger

const resolve = (ctx: ComputeContext, indicator: string, period: string, unit = NA, base: FigureBase = 'level') =>
  resolveFigure(ctx, { indicator, unit, period: parsePeriod(period), category: null, base });

describe('resolveFigure for a flow', () => {
  const rows: FigureRow[] = [
    ...monthRows('RETAIL', NA, 2023, [100, 110], { status: 'official' }),
    { indicator: 'RETAIL', unit: NA, period: '2023-03', value: 120, status: 'estimate' },
  ];

  it('returns a month as stored', () => {
    const ctx = buildContext({ figures: rows });
    expect(resolve(ctx, 'RETAIL', '2023-03')).toEqual({
      value: 120,
      status: 'estimate',
      reported: true,
      reportedValue: 120,
      derivedValue: null,
      mergedFrom: null,
    });
  });

  it('derives a quarter as the sum of its months, as final as its least final month', () => {
    const ctx = buildContext({ figures: rows });
    expect(resolve(ctx, 'RETAIL', '2023-Q1')).toEqual({
      value: 330,
      status: 'estimate',
      reported: false,
      reportedValue: null,
      derivedValue: 330,
      mergedFrom: null,
    });
  });

  it('lets a reported quarter win and still returns the sum of its months', () => {
    const ctx = buildContext({
      figures: [...rows, { indicator: 'RETAIL', unit: NA, period: '2023-Q1', value: 335, status: 'preliminary' }],
    });
    expect(resolve(ctx, 'RETAIL', '2023-Q1')).toEqual({
      value: 335,
      status: 'preliminary',
      reported: true,
      reportedValue: 335,
      derivedValue: 330,
      mergedFrom: null,
    });
  });

  it('lets a reported annual figure win over the sum of its months', () => {
    const months = monthRows('RETAIL', NA, 2022, [6610, 6450, 6680, 6770, 6819, 6700, 6650, 6600, 6580, 6700, 6900, 7000]);
    const ctx = buildContext({
      figures: [...months, { indicator: 'RETAIL', unit: NA, period: '2022', value: 80120, status: 'official' }],
    });
    const r = resolve(ctx, 'RETAIL', '2022');
    expect(r.value).toBe(80120);
    expect(r.reportedValue).toBe(80120);
    expect(r.derivedValue).toBe(80459);
    expect(r.reported).toBe(true);
  });

  it('finds a reported quarter when asked for the same months as a year to date', () => {
    const ctx = buildContext({ figures: [...rows, { indicator: 'RETAIL', unit: NA, period: '2023-Q1', value: 335 }] });
    const r = resolve(ctx, 'RETAIL', '2023-01/2023-03');
    expect([r.value, r.derivedValue]).toEqual([335, 330]);
  });

  it('is null when a month is missing, never counting it as 0', () => {
    const ctx = buildContext({ figures: rows.filter((r) => r.period !== '2023-02') });
    expect(resolve(ctx, 'RETAIL', '2023-Q1')).toEqual({
      value: null,
      status: null,
      reported: false,
      reportedValue: null,
      derivedValue: null,
      mergedFrom: null,
    });
  });

  it('keeps a reported aggregate when its months are incomplete', () => {
    const ctx = buildContext({
      figures: [{ indicator: 'RETAIL', unit: NA, period: '2023-H1', value: 43100, status: 'official' }],
    });
    expect(resolve(ctx, 'RETAIL', '2023-H1')).toMatchObject({ value: 43100, reported: true, derivedValue: null });
  });

  it('keeps disaggregations apart by category', () => {
    const ctx = buildContext({
      figures: [{ indicator: 'RETAIL', unit: NA, period: '2023-05', value: 5800, category: 'goods' }],
    });
    const goods = resolveFigure(ctx, {
      indicator: 'RETAIL',
      unit: NA,
      period: parsePeriod('2023-05'),
      category: 'goods',
      base: 'level',
    });
    expect(goods.value).toBe(5800);
    expect(resolve(ctx, 'RETAIL', '2023-05').value).toBeNull();
  });
});

describe('resolveFigure for an index', () => {
  const rows: FigureRow[] = [
    ...monthRows('IIP', NA, 2023, [101.2, 102.5, 103.1], { base: 'same_period' }),
    { indicator: 'IIP', unit: NA, period: '2023-03', value: 104.4, base: 'prev_month', status: 'estimate' },
  ];

  it('returns a reported month with its base', () => {
    const ctx = buildContext({ figures: rows });
    expect(resolve(ctx, 'IIP', '2023-03', NA, 'same_period').value).toBe(103.1);
    expect(resolve(ctx, 'IIP', '2023-03', NA, 'prev_month')).toMatchObject({ value: 104.4, status: 'estimate' });
  });

  it('never sums or averages months: no reported quarter means no quarter', () => {
    const ctx = buildContext({ figures: rows });
    expect(resolve(ctx, 'IIP', '2023-Q1', NA, 'same_period')).toEqual({
      value: null,
      status: null,
      reported: false,
      reportedValue: null,
      derivedValue: null,
      mergedFrom: null,
    });
  });

  it('returns a reported quarter index as stored', () => {
    const ctx = buildContext({
      figures: [...rows, { indicator: 'IIP', unit: NA, period: '2023-Q1', value: 102.3, base: 'same_period' }],
    });
    expect(resolve(ctx, 'IIP', '2023-Q1', NA, 'same_period')).toMatchObject({
      value: 102.3,
      reported: true,
      derivedValue: null,
    });
  });
});

describe('resolveFigure for a merged unit', () => {
  // 19 Thái Nguyên absorbed 06 Bắc Kạn on 1 July 2025 and kept its code.
  const units = [
    { code: '19', validFrom: '2025-07-01', predecessors: ['19', '06'] },
    { code: '06', validFrom: '1997-01-01', predecessors: [] },
    { code: 'HY2025', validFrom: '2025-07-01', predecessors: ['33', '34'] },
  ];
  const rows: FigureRow[] = [
    ...monthRows('EXPORT', '19', 2024, [1450.5, 1390.2, 1500.8]),
    ...monthRows('EXPORT', '06', 2024, [3.1, 2.8, 3.4], { status: 'preliminary' }),
    ...monthRows('IIP', '19', 2024, [108.5], { base: 'same_period' }),
    ...monthRows('IIP', '06', 2024, [104.2], { base: 'same_period' }),
  ];

  it('sums a flow from its predecessors before the merger, and says so', () => {
    const ctx = buildContext({ units, figures: rows });
    const r = resolve(ctx, 'EXPORT', '2024-01', '19');
    expect(r.value).toBeCloseTo(1453.6, 10);
    expect(r).toMatchObject({ status: 'preliminary', reported: false, mergedFrom: ['19', '06'] });
    expect(r.derivedValue).toBe(r.value);
  });

  it('sums a quarter of the predecessors', () => {
    const ctx = buildContext({ units, figures: rows });
    expect(resolve(ctx, 'EXPORT', '2024-Q1', '19').value).toBeCloseTo(4341.5 + 9.3, 10);
  });

  it('is null when one predecessor has no figure', () => {
    const ctx = buildContext({ units, figures: rows.filter((r) => !(r.unit === '06' && r.period === '2024-02')) });
    expect(resolve(ctx, 'EXPORT', '2024-02', '19').value).toBeNull();
    expect(resolve(ctx, 'EXPORT', '2024-Q1', '19').value).toBeNull();
  });

  it('never sums an index across predecessors', () => {
    const ctx = buildContext({ units, figures: rows });
    expect(resolve(ctx, 'IIP', '2024-01', '19', 'same_period').value).toBeNull();
    expect(resolve(ctx, 'IIP', '2024-01', 'HY2025', 'same_period').value).toBeNull();
  });

  it('lets a predecessor reported aggregate win over its months', () => {
    const ctx = buildContext({
      units,
      figures: [
        { indicator: 'RETAIL', unit: '33', period: '2024', value: 60200 },
        ...monthRows('RETAIL', '33', 2024, Array<number>(12).fill(5000)),
        ...monthRows('RETAIL', '34', 2024, Array<number>(12).fill(4000)),
      ],
    });
    expect(resolve(ctx, 'RETAIL', '2024', 'HY2025')).toMatchObject({ value: 60200 + 48000, mergedFrom: ['33', '34'] });
  });

  it('prefers a series restated on the new boundaries', () => {
    const ctx = buildContext({ units, figures: [...rows, ...monthRows('EXPORT', 'HY2025', 2024, [900])] });
    expect(resolve(ctx, 'EXPORT', '2024-01', 'HY2025')).toMatchObject({ value: 900, mergedFrom: null });
  });

  it('builds a year to date across the merger from predecessors before and the unit after', () => {
    const ctx = buildContext({
      units,
      figures: [
        ...monthRows('EXPORT', '19', 2025, [1500, 1510, 1520, 1530, 1540, 1550]),
        ...monthRows('EXPORT', '06', 2025, [3, 3, 3, 3, 3, 3]),
        ...monthRows('EXPORT', '19', 2025, [1600, 1610, 1620], { from: 7 }),
      ],
    });
    expect(resolve(ctx, 'EXPORT', '2025-01/2025-09', '19')).toMatchObject({
      value: 9150 + 18 + 4830,
      reported: false,
      mergedFrom: ['19', '06'],
    });
  });

  it('reads the unit own figures after the merger', () => {
    const ctx = buildContext({ units, figures: monthRows('EXPORT', '19', 2025, [1600], { from: 7 }) });
    expect(resolve(ctx, 'EXPORT', '2025-07', '19')).toMatchObject({ value: 1600, mergedFrom: null, reported: true });
  });
});

describe('resolveFigure for a derived indicator', () => {
  const rows: FigureRow[] = [
    ...monthRows('EXPORT', NA, 2023, [180.5, 175.2, 190.1]),
    ...monthRows('IMPORT', NA, 2023, [120.2, 118.3], { status: 'official' }),
    { indicator: 'IMPORT', unit: NA, period: '2023-03', value: 125.4, status: 'estimate' },
  ];

  it('computes TRADE_BALANCE as EXPORT − IMPORT for a month', () => {
    const ctx = buildContext({ figures: rows });
    const r = resolve(ctx, 'TRADE_BALANCE', '2023-01');
    expect(r.value).toBeCloseTo(60.3, 10);
    expect(r).toMatchObject({ status: 'official', reported: true, derivedValue: null });
  });

  it('computes a quarter from its parts each through the same rules, as final as its least final part', () => {
    const ctx = buildContext({
      figures: [...rows, { indicator: 'EXPORT', unit: NA, period: '2023-Q1', value: 547.0 }],
    });
    const r = resolve(ctx, 'TRADE_BALANCE', '2023-Q1');
    expect(r.value).toBeCloseTo(547.0 - 363.9, 10);
    expect(r.derivedValue).toBeCloseTo(545.8 - 363.9, 10);
    expect(r).toMatchObject({ status: 'estimate', reported: false, reportedValue: null });
  });

  it('is null when a part is missing', () => {
    const ctx = buildContext({ figures: rows.filter((r) => r.indicator !== 'IMPORT') });
    expect(resolve(ctx, 'TRADE_BALANCE', '2023-01').value).toBeNull();
  });

  it('refuses a derived indicator without a formula, with an index in it, or referring to itself', () => {
    const broken = (formula?: { plus: string[]; minus: string[] }) =>
      buildContext({
        indicators: [...CATALOGUE, { code: 'X', kind: 'derived', decimals: 0, ...(formula ? { formula } : {}) }],
      });
    const code = (ctx: ComputeContext) => {
      try {
        resolve(ctx, 'X', '2023-01');
      } catch (error) {
        return error instanceof IndicatorError ? error.code : 'other';
      }
      return 'none';
    };
    expect(code(broken())).toBe('invalid_formula');
    expect(code(broken({ plus: ['EXPORT', 'IIP'], minus: [] }))).toBe('invalid_formula');
    expect(code(broken({ plus: ['EXPORT'], minus: ['X'] }))).toBe('invalid_formula');
    expect(code(broken({ plus: ['NOPE'], minus: [] }))).toBe('unknown_indicator');
  });
});

describe('resolveFigure for an unknown indicator', () => {
  it('throws an IndicatorError with the code unknown_indicator', () => {
    expect(() => resolve(buildContext({}), 'NOPE', '2023-01')).toThrow(IndicatorError);
  });
});
