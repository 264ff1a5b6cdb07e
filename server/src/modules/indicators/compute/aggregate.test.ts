import { describe, expect, it } from 'vitest';
import { leastFinal, sumFigures, sumOrNull } from './aggregate';
import type { ResolvedFigure } from './types';

const fig = (value: number | null, status: ResolvedFigure['status'], mergedFrom: string[] | null = null): ResolvedFigure => ({
  value,
  status,
  reported: true,
  reportedValue: value,
  derivedValue: null,
  mergedFrom,
});

describe('leastFinal', () => {
  it('ranks estimate below preliminary below official', () => {
    expect(leastFinal(['official', 'preliminary', 'official'])).toBe('preliminary');
    expect(leastFinal(['official', 'estimate', 'preliminary'])).toBe('estimate');
    expect(leastFinal(['official', 'official'])).toBe('official');
  });

  it('has no status for nothing, or when a part has none', () => {
    expect(leastFinal([])).toBeNull();
    expect(leastFinal(['official', null])).toBeNull();
  });
});

describe('sumOrNull', () => {
  it('adds the values', () => {
    expect(sumOrNull([7250, 7080, 7310])).toBe(21640);
  });

  it('never treats a missing value as 0', () => {
    expect(sumOrNull([7250, null, 7310])).toBeNull();
  });

  it('keeps a genuine zero', () => {
    expect(sumOrNull([0, 0])).toBe(0);
  });

  it('has no sum of nothing', () => {
    expect(sumOrNull([])).toBeNull();
  });
});

describe('sumFigures', () => {
  it('derives the sum with the least final status of its parts', () => {
    expect(sumFigures([fig(100, 'official'), fig(110, 'preliminary'), fig(120, 'estimate')])).toEqual({
      value: 330,
      status: 'estimate',
      reported: false,
      reportedValue: null,
      derivedValue: 330,
      mergedFrom: null,
    });
  });

  it('is empty when one part is missing', () => {
    expect(sumFigures([fig(100, 'official'), fig(null, null)]).value).toBeNull();
  });

  it('carries the predecessor units of its parts', () => {
    expect(sumFigures([fig(1, 'official', ['06', '19']), fig(2, 'official')]).mergedFrom).toEqual(['06', '19']);
  });
});
