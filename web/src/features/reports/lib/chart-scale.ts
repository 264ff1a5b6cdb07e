/** A "nice" step (1, 2 or 5 × 10^k) so that about `count` steps cover `span`. */
export function niceStep(span: number, count: number): number {
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
}

/** The value axis of a chart: its ends (zero always inside), the ticks, and the decimals a tick needs. */
export type ValueScale = { min: number; max: number; ticks: number[]; decimals: number };

/**
 * The value axis for some values (nulls are "no figure" and ignored): about five nice steps from a multiple of the
 * step at or below the lowest value (or zero) to one at or above the highest (or zero).
 */
export function valueScale(values: readonly (number | null)[], steps = 5): ValueScale {
  const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const lo = Math.min(0, ...numbers);
  const hi = Math.max(0, ...numbers);
  const step = niceStep(hi - lo || 1, steps);
  const min = Math.floor(lo / step) * step;
  const max = Math.max(Math.ceil(hi / step) * step, min + step);
  const decimals = step < 1 ? Math.min(3, Math.ceil(-Math.log10(step) - 1e-9)) : 0;
  const ticks: number[] = [];
  for (let i = 0; min + i * step <= max + step / 2; i++) ticks.push(Number((min + i * step).toFixed(decimals)));
  return { min, max, ticks, decimals };
}
