import type { FigureResult } from './types';

/** The measure units are ranked by; higher is better for each. */
export type RankMeasure = 'value' | 'yoyPercent' | 'planPercent';

/** A figure with its rank: 1 = best; ties share a rank; null when the measure is missing. */
export type RankedFigure = FigureResult & { rank: number | null };

/** Ranks figures (usually one per unit) best first; ties share a rank (1, 1, 3); missing measures last, unranked. */
export function rankUnits(results: readonly FigureResult[], by: RankMeasure): RankedFigure[] {
  const measured = results.filter((r) => r[by] !== null);
  const missing = results.filter((r) => r[by] === null);
  const sorted = [...measured].sort((a, b) => (b[by] ?? 0) - (a[by] ?? 0));
  const ranked: RankedFigure[] = [];
  sorted.forEach((r, i) => {
    const prev = ranked[i - 1];
    const rank = prev && prev[by] === r[by] ? prev.rank : i + 1;
    ranked.push({ ...r, rank });
  });
  return [...ranked, ...missing.map((r) => ({ ...r, rank: null }))];
}
