import type { FigureResult } from '../indicators';
import type { ReportData } from './content/types';

/** A figure that changed between a stored report and a fresh computation. */
export type FigureChange = {
  indicator: string;
  period: string;
  category: string | null;
  field: 'value' | 'status' | 'plan' | 'previousValue' | 'presence';
  before: number | string | null;
  after: number | string | null;
};

const FIELDS = ['value', 'status', 'plan', 'previousValue'] as const;

const same = (a: number | string | null, b: number | string | null) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

function index(list: FigureResult[]) {
  return new Map(list.map((f) => [`${f.indicator}|${f.period}|${f.category ?? ''}`, f]));
}

/**
 * The figures of a stored report that a fresh computation states differently (value, status, plan or
 * last year's value), and figures that appeared or disappeared: a non-empty list means "regenerate".
 */
export function figureChanges(before: ReportData, after: ReportData): FigureChange[] {
  const out: FigureChange[] = [];
  const pairs: [FigureResult[], FigureResult[]][] = [
    [before.monthFigures, after.monthFigures],
    [before.ytdFigures, after.ytdFigures],
    [before.categoryFigures, after.categoryFigures],
    [before.categoryYtdFigures, after.categoryYtdFigures],
  ];
  for (const [a, b] of pairs) {
    const ia = index(a);
    const ib = index(b);
    for (const [k, fa] of ia) {
      const fb = ib.get(k);
      if (!fb) {
        if (fa.value !== null)
          out.push({ indicator: fa.indicator, period: fa.period, category: fa.category, field: 'presence', before: fa.value, after: null });
        continue;
      }
      for (const field of FIELDS)
        if (!same(fa[field], fb[field]))
          out.push({ indicator: fa.indicator, period: fa.period, category: fa.category, field, before: fa[field], after: fb[field] });
    }
    for (const [k, fb] of ib)
      if (!ia.has(k) && fb.value !== null)
        out.push({ indicator: fb.indicator, period: fb.period, category: fb.category, field: 'presence', before: null, after: fb.value });
  }
  return out;
}
