import { describe, expect, it } from 'vitest';
import { rankUnits } from './ranking';
import type { FigureResult } from './types';

const result = (orgunit: string, value: number | null, yoyPercent: number | null, planPercent: number | null): FigureResult => ({
  indicator: 'RETAIL',
  orgunit,
  period: '2023-01/2023-05',
  category: null,
  value,
  status: value === null ? null : 'estimate',
  reported: false,
  reportedValue: null,
  derivedValue: value,
  mergedFrom: null,
  previousValue: null,
  yoyPercent,
  momPercent: null,
  ytd: null,
  plan: null,
  planVersion: null,
  planPercent,
  scenario: null,
  requiredGrowthPercent: null,
  yearEnd: null,
});

const RESULTS = [
  result('40', 36539, 9.63, 42.98),
  result('79', 512300, 7.1, null),
  result('33', null, null, null),
  result('19', 21000, 9.63, 44.1),
  result('80', 52000, 12.4, 40.2),
];

describe('rankUnits', () => {
  it('ranks by value, highest first', () => {
    expect(rankUnits(RESULTS, 'value').map((r) => [r.orgunit, r.rank])).toEqual([
      ['79', 1],
      ['80', 2],
      ['40', 3],
      ['19', 4],
      ['33', null],
    ]);
  });

  it('gives ties the same rank and skips the next one', () => {
    expect(rankUnits(RESULTS, 'yoyPercent').map((r) => [r.orgunit, r.rank])).toEqual([
      ['80', 1],
      ['40', 2],
      ['19', 2],
      ['79', 4],
      ['33', null],
    ]);
  });

  it('puts units without the measure last, unranked', () => {
    expect(rankUnits(RESULTS, 'planPercent').map((r) => [r.orgunit, r.rank])).toEqual([
      ['19', 1],
      ['40', 2],
      ['80', 3],
      ['79', null],
      ['33', null],
    ]);
  });

  it('keeps every field of the results and leaves the input untouched', () => {
    const input = [...RESULTS];
    const ranked = rankUnits(input, 'value');
    expect(ranked[0]).toEqual({ ...RESULTS[1], rank: 1 });
    expect(input).toEqual(RESULTS);
    expect(rankUnits([], 'value')).toEqual([]);
  });
});
