/**
 * Percent change of a flow: (current ÷ previous − 1) × 100. For a span, pass the sums (ratio of sums),
 * never monthly rates. Null when either side is missing or the base is not positive (no meaningful rate).
 */
export function growthPercent(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous <= 0) return null;
  return (current / previous - 1) * 100;
}

/** Percent change carried by an index (101.62 → +1.62); null when the index is missing. */
export function indexGrowthPercent(index: number | null): number | null {
  return index === null ? null : index - 100;
}

/** `part` as a percent of `whole`; null when either is missing or `whole` is not positive. */
export function percentOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole <= 0) return null;
  return (part / whole) * 100;
}
