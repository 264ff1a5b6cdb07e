import { AppError } from '../../core/errors';
import { makeProblem } from './import-xlsx/problems';
import { computeFigures } from './figures.service';
import type { ImportContext } from './xlsx-import.stage';
import type { PreviewFigure } from './xlsx-import.types';

/** Points of index a printed ratio may differ from the recomputed one (printed with two decimals, values rounded). */
export const RATIO_TOLERANCE = 0.05;

const round = (v: number) => Math.round(v * 10_000) / 10_000;

/**
 * A flow's ratio in the file (retail "% so cùng kỳ") is never stored: the platform computes it. After the
 * file's values are written (inside the import's transaction) each such cell is compared with the platform's
 * own index; a difference beyond the tolerance is a stored_ratio_mismatch warning. No data: recomputed null.
 */
export async function checkFlowRatios(ctx: ImportContext, items: PreviewFigure[]) {
  const ratios = items.filter((i) => i.outcome === 'not_stored');
  const groups = new Map<string, PreviewFigure[]>();
  for (const r of ratios)
    groups.set(`${r.orgunit}|${r.period}|${r.category ?? ''}`, [...(groups.get(`${r.orgunit}|${r.period}|${r.category ?? ''}`) ?? []), r]);
  for (const group of groups.values()) {
    const first = group[0]!;
    const indicators = [...new Set(group.map((g) => g.indicator))];
    let results: Awaited<ReturnType<typeof computeFigures>>;
    try {
      results = await computeFigures(ctx.db, { indicators, orgunits: [first.orgunit], period: first.period, category: first.category });
    } catch (error) {
      if (!(error instanceof AppError) || error.code === 'conflict') throw error;
      group.forEach((g) => (g.recomputed = null));
      continue;
    }
    for (const item of group)
      compare(
        ctx,
        item,
        results.find((r) => r.indicator === item.indicator),
      );
  }
}

function compare(ctx: ImportContext, item: PreviewFigure, figure: { yoyPercent: number | null; momPercent: number | null } | undefined) {
  const growth = item.base === 'prev_month' ? figure?.momPercent : figure?.yoyPercent;
  item.recomputed = growth === null || growth === undefined ? null : round(100 + growth);
  if (item.recomputed === null || Math.abs(item.recomputed - item.value) <= RATIO_TOLERANCE) return;
  const formula = item.base === 'prev_month' ? 'V(t) ÷ V(t−1) × 100' : 'V(t) ÷ V(t−12) × 100';
  item.flags.push('stored_ratio_mismatch');
  ctx.problems.push(
    makeProblem(
      'stored_ratio_mismatch',
      item.sheet,
      item.cell,
      { stored: item.value, recomputed: item.recomputed, formula },
      { details: { stored: item.value, recomputed: item.recomputed, scale: 'percent', formula } },
    ),
  );
}
