import { describe, expect, it } from 'vitest';
import { figureWarnings, sourceFlags } from './validation-warnings';

const codes = (w: ReturnType<typeof figureWarnings>) => w.map((x) => x.code);

describe('figureWarnings', () => {
  it('warns when a flow moved more than 30 % against the previous month or the same month last year', () => {
    const w = figureWarnings({ kind: 'flow', base: 'level', value: 140, previousMonth: 100, lastYear: 100 });
    expect(codes(w)).toEqual(['jump_vs_previous_month', 'jump_vs_last_year']);
    expect(w[0]!.details).toMatchObject({ value: 140, base: 100, thresholdPercent: 30 });
    expect(w[0]!.details['changePercent']).toBeCloseTo(40, 10);
    expect(w[0]!.message.vi).toContain('+40 %');
    expect(w[0]!.message.en).toContain('the previous month');
    expect(codes(figureWarnings({ kind: 'flow', base: 'level', value: 65, previousMonth: 100 }))).toEqual(['jump_vs_previous_month']);
  });

  it('stays quiet at the threshold, with a wider threshold, and where a neighbour is missing or zero', () => {
    expect(figureWarnings({ kind: 'flow', base: 'level', value: 130, previousMonth: 100, lastYear: 110 })).toEqual([]);
    expect(figureWarnings({ kind: 'flow', base: 'level', value: 140, previousMonth: 100 }, { jumpPercent: 50 })).toEqual([]);
    expect(figureWarnings({ kind: 'flow', base: 'level', value: 140, previousMonth: null, lastYear: 0 })).toEqual([]);
    expect(figureWarnings({ kind: 'flow', base: 'level', value: null, previousMonth: 100 })).toEqual([]);
  });

  it('warns when a part is larger than its total or its parent category', () => {
    const w = figureWarnings({ kind: 'flow', base: 'level', value: 150, total: { value: 140, label: 'Tổng mức bán lẻ' }, parent: { value: 160, label: 'x' } });
    expect(codes(w)).toEqual(['part_exceeds_total']);
    expect(w[0]!.details).toMatchObject({ value: 150, total: 140, totalLabel: 'Tổng mức bán lẻ' });
    expect(
      codes(figureWarnings({ kind: 'flow', base: 'level', value: 150, total: { value: 200, label: 't' }, parent: { value: 120, label: 'Khai khoáng' } })),
    ).toEqual(['part_exceeds_total']);
    expect(figureWarnings({ kind: 'flow', base: 'level', value: 140, total: { value: 140, label: 't' } })).toEqual([]);
    expect(figureWarnings({ kind: 'flow', base: 'level', value: 140, total: { value: null, label: 't' } })).toEqual([]);
  });

  it('warns on an implausible index (below 50 or above 200 by default), never on a flow’s size', () => {
    expect(codes(figureWarnings({ kind: 'index', base: 'same_period', value: 250 }))).toEqual(['index_out_of_bounds']);
    expect(codes(figureWarnings({ kind: 'index', base: 'prev_month', value: 49.9 }))).toEqual(['index_out_of_bounds']);
    expect(figureWarnings({ kind: 'index', base: 'same_period', value: 125.95 })).toEqual([]);
    expect(figureWarnings({ kind: 'index', base: 'same_period', value: 250 }, { indexMax: 300 })).toEqual([]);
    expect(figureWarnings({ kind: 'index', base: 'same_period', value: 180, previousMonth: 100 })).toEqual([]);
    expect(figureWarnings({ kind: 'flow', base: 'level', value: 250 })).toEqual([]);
  });

  it('turns a stored-ratio flag kept in the source into a warning', () => {
    const flags = sourceFlags({ file: 'a.xlsx', flags: [{ code: 'stored_ratio_mismatch', cell: 'D7', stored: 337.314, recomputed: 110.903 }] });
    const w = figureWarnings({ kind: 'flow', base: 'level', value: 42270.512, flags });
    expect(w).toMatchObject([{ code: 'stored_ratio_mismatch', details: { cell: 'D7', stored: 337.314, recomputed: 110.903 } }]);
    expect(w[0]!.message.vi).toContain('337,314');
    expect(w[0]!.message.en).toContain('337.314');
  });

  it('reads no flags from sources without them', () => {
    expect(sourceFlags(null)).toEqual([]);
    expect(sourceFlags({ file: 'x.csv', row: 2 })).toEqual([]);
    expect(sourceFlags({ flags: 'nope' })).toEqual([]);
    expect(sourceFlags({ flags: [null, 1, { cell: 'A1' }, { code: 'x' }] })).toEqual([{ code: 'x' }]);
  });
});
