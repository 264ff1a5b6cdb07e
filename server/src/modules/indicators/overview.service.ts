import type { Db } from '../../database';
import { computeFigure, monthPeriod, resolveFigure, type FigureResult } from './compute';
import { loadComputeContext, loadIndicatorDefs } from './figures.context';
import { resolveOrgunits } from './figures.units';
import { parsePeriodField } from './indicators.errors';
import { AppError } from '../../core/errors';
import { findLatestMonth } from './overview.repository';
import { cachedJson } from './overview.cache';
import type { DataVersions } from '../../db/data-version';
import { publishedMonths } from './publication.service';

/** The indicators on the province overview, in card order. */
export const OVERVIEW_INDICATORS = ['IIP', 'IND_OUTPUT', 'RETAIL', 'EXPORT', 'IMPORT', 'TRADE_BALANCE'] as const;
const SERIES_INDICATORS = ['RETAIL', 'EXPORT', 'IMPORT', 'IND_OUTPUT'] as const;

/** One month of a series: this year, last year, cumulative actual and cumulative scenario. */
export type SeriesPoint = { month: number; value: number | null; lastYear: number | null; cumulative: number | null; scenarioCumulative: number | null };

/**
 * The province overview for a month: a card per key indicator (month, year to date, growth, percent of plan,
 * warning) and monthly series this year vs last year with cumulative vs scenario. One context load serves all.
 */
export async function provinceOverview(db: Db, q: { orgunit: string; period?: string; asOf?: Date | null }) {
  const [orgunit] = await resolveOrgunits(db, [q.orgunit]);
  const defs = await loadIndicatorDefs(db);
  const latest = q.period ?? (await findLatestMonth(db, orgunit!.unit.id, orgunit!.provinceCodes));
  if (!latest) return { orgunit: q.orgunit, unit: orgunit!.unit, period: null, published: [] as string[], cards: [], series: {} };
  const period = parsePeriodField(latest);
  if (period.kind !== 'month')
    throw new AppError('validation_failed', 'The overview is for a month (YYYY-MM)', { fields: [{ path: 'period', message: 'a month' }] });
  const ctx = await loadComputeContext(db, {
    orgunits: [orgunit!],
    indicators: [...OVERVIEW_INDICATORS],
    years: [period.year - 1, period.year],
    asOf: q.asOf ?? null,
    defs,
    categories: [''],
  });
  const unit = orgunit!.unit.id;
  const cards: FigureResult[] = OVERVIEW_INDICATORS.map((indicator) => ({
    ...computeFigure(ctx, { indicator, unit, period: period.key }),
    orgunit: q.orgunit,
  }));
  const series: Record<string, SeriesPoint[]> = {};
  for (const indicator of SERIES_INDICATORS) {
    series[indicator] = Array.from({ length: 12 }, (_, i) => {
      const month = i + 1;
      const value = resolveFigure(ctx, { indicator, unit, period: monthPeriod(period.year, month), category: null, base: 'level' }).value;
      const lastYear = resolveFigure(ctx, { indicator, unit, period: monthPeriod(period.year - 1, month), category: null, base: 'level' }).value;
      const figure = computeFigure(ctx, { indicator, unit, period: monthPeriod(period.year, month).key });
      const reached = month <= period.lastMonth;
      return {
        month,
        value: reached ? value : null,
        lastYear,
        cumulative: reached ? (figure.ytd?.value ?? null) : null,
        scenarioCumulative: figure.scenario?.cumulative ?? null,
      };
    });
  }
  // The months of the year that are published (locked), so the overview can say which figures are final.
  const published = [...(await publishedMonths(db, { unitId: unit, provinceCodes: orgunit!.provinceCodes, years: [period.year] })).keys()].sort();
  return { orgunit: q.orgunit, unit: orgunit!.unit, period: period.key, published, cards, series };
}

/**
 * The overview as JSON text, answered from memory while the province's data is unchanged (see overview.cache.ts);
 * an overview "as of" a past date is computed each time.
 */
export async function provinceOverviewJson(
  db: Db,
  q: { orgunit: string; period?: string; asOf?: Date | null },
  known: DataVersions | null = null,
): Promise<string> {
  if (q.asOf) return JSON.stringify(await provinceOverview(db, q));
  const [orgunit] = await resolveOrgunits(db, [q.orgunit]);
  const key = `overview|${q.orgunit}|${orgunit!.unit.id}|${q.period ?? 'latest'}`;
  return cachedJson(db, { key, provinceCodes: orgunit!.provinceCodes, known }, () => provinceOverview(db, q));
}
