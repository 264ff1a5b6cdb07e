import type { FigureStatus, ResolvedFigure } from './types';

const RANK: Record<FigureStatus, number> = { estimate: 0, preliminary: 1, official: 2 };

/** The least final of several statuses (estimate < preliminary < official); null for none. */
export function leastFinal(statuses: readonly (FigureStatus | null)[]): FigureStatus | null {
  let least: FigureStatus | null = null;
  for (const s of statuses) {
    if (s === null) return null;
    if (least === null || RANK[s] < RANK[least]) least = s;
  }
  return least;
}

/** Sum of values, or null as soon as one is missing: a missing figure is never 0. */
export function sumOrNull(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return values.length === 0 ? null : total;
}

/** A figure with no value. */
export const emptyFigure = (): ResolvedFigure => ({
  value: null,
  status: null,
  reported: false,
  reportedValue: null,
  derivedValue: null,
  mergedFrom: null,
});

/** Union of the predecessor lists of several figures, in first-seen order; null when none was merged. */
export function mergedUnion(parts: readonly ResolvedFigure[]): string[] | null {
  const units: string[] = [];
  for (const part of parts) for (const u of part.mergedFrom ?? []) if (!units.includes(u)) units.push(u);
  return units.length > 0 ? units : null;
}

/** Sums parts (months, or predecessor units) into one derived figure; null unless every part has a value. */
export function sumFigures(parts: readonly ResolvedFigure[]): ResolvedFigure {
  const value = sumOrNull(parts.map((p) => p.value));
  if (value === null) return emptyFigure();
  const status = leastFinal(parts.map((p) => p.status));
  return { value, status, reported: false, reportedValue: null, derivedValue: value, mergedFrom: mergedUnion(parts) };
}
