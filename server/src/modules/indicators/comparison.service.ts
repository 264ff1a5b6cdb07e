import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { provincesInScope } from '../../core/access';
import { AppError } from '../../core/errors';
import { listProvinces } from '../places';
import { rankUnits, type FigureResult, type RankMeasure } from './compute';
import { computeFigures } from './figures.service';
import { listCatalogue } from './indicators.service';

/** What the comparison asks: one indicator and period, ranked by one measure (growth by default). */
export type ComparisonQuery = { indicator: string; period: string; category?: string | null; by?: RankMeasure; asOf?: Date | null };

const MEASURES: RankMeasure[] = ['value', 'yoyPercent', 'planPercent'];

/**
 * Every province in the actor's scope for one indicator and period: value, growth, percent of plan and the
 * rank by each measure (rankUnits: 1 = best, ties share a rank, missing measures unranked), ordered by `by`.
 */
export async function compareProvinces(db: Db, actor: Pick<Actor, 'scope'>, q: ComparisonQuery) {
  const indicator = (await listCatalogue(db)).find((i) => i.code === q.indicator);
  if (!indicator)
    throw new AppError('validation_failed', `Unknown indicator ${q.indicator}`, { fields: [{ path: 'indicator', message: 'unknown indicator' }] });
  const provinces = await listProvinces(db);
  const codes = provincesInScope(
    actor,
    provinces.map((p) => p.code),
  );
  const by = q.by ?? 'yoyPercent';
  const results: FigureResult[] = codes.length
    ? await computeFigures(db, { indicators: [q.indicator], orgunits: codes, period: q.period, category: q.category ?? null, asOf: q.asOf ?? null })
    : [];
  const ranks = Object.fromEntries(MEASURES.map((m) => [m, new Map(rankUnits(results, m).map((r) => [r.orgunit, r.rank]))])) as Record<
    RankMeasure,
    Map<string, number | null>
  >;
  const items = rankUnits(results, by).map((r) => {
    const p = provinces.find((x) => x.code === r.orgunit);
    return {
      orgunit: r.orgunit,
      name: p?.name ?? r.orgunit,
      nameEn: p?.nameEn ?? r.orgunit,
      value: r.value,
      status: r.status,
      reported: r.reported,
      previousValue: r.previousValue,
      yoyPercent: r.yoyPercent,
      plan: r.plan,
      planPercent: r.planPercent,
      mergedFrom: r.mergedFrom,
      rank: r.rank,
      ranks: {
        value: ranks.value.get(r.orgunit) ?? null,
        yoyPercent: ranks.yoyPercent.get(r.orgunit) ?? null,
        planPercent: ranks.planPercent.get(r.orgunit) ?? null,
      },
    };
  });
  return {
    indicator: {
      code: indicator.code,
      nameVi: indicator.nameVi,
      nameEn: indicator.nameEn,
      unitVi: indicator.unitVi,
      unitEn: indicator.unitEn,
      kind: indicator.kind,
      decimals: indicator.decimals,
    },
    period: q.period,
    category: q.category ?? null,
    by,
    items,
    total: items.length,
  };
}
