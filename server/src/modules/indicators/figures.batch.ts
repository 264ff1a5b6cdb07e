import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import { computeFigure, type FigureResult, type IndicatorDef } from './compute';
import { loadComputeContext, loadIndicatorDefs } from './figures.context';
import { resolveOrgunits, type ResolvedOrgunit } from './figures.units';
import { engine, parsePeriodField } from './indicators.errors';

/**
 * What a batch loads once: the units, every indicator, year and category its questions will ask about (a
 * period of year Y also reads year Y − 1, which the batch loads too), as of a time.
 */
export type FigureBatchScope = {
  orgunits: string[];
  indicators: string[];
  years: number[];
  /** null (or '') is the total. */
  categories: (string | null)[];
  asOf?: Date | null;
};

/** One question to a batch: like the figures endpoint's, for the batch's units and moment. */
export type FigureBatchQuery = { indicators: string[]; period: string; category?: string | null };

/**
 * Answers a question from memory with exactly what computeFigures would return for it (same units, same
 * `asOf`), in the same order. A question outside the loaded scope throws: it would read figures never loaded.
 */
export type FigureBatch = (q: FigureBatchQuery) => FigureResult[];

function requireIndicators(defs: Map<string, IndicatorDef>, codes: string[]) {
  const unknown = codes.filter((c) => !defs.has(c));
  if (unknown.length)
    throw new AppError('validation_failed', `Unknown indicator ${unknown.join(', ')}`, {
      fields: [{ path: 'indicator', message: `unknown: ${unknown.join(', ')}` }],
    });
}

/**
 * Loads the catalogue, the units, and the figures, plans and scenarios of the whole scope in one context
 * (one query each), then answers any number of questions with the pure engine: for callers such as the
 * monthly report that ask dozens of questions of one unit and moment.
 */
export async function loadFigureBatch(db: Db, scope: FigureBatchScope): Promise<FigureBatch> {
  const defs = await loadIndicatorDefs(db);
  requireIndicators(defs, scope.indicators);
  const orgunits = await resolveOrgunits(db, scope.orgunits);
  const categories = [...new Set(scope.categories.map((c) => c ?? ''))];
  const ctx = await loadComputeContext(db, {
    orgunits,
    indicators: scope.indicators,
    years: [...new Set(scope.years.flatMap((y) => [y - 1, y]))],
    asOf: scope.asOf ?? null,
    defs,
    categories,
  });
  const inScope = { indicators: new Set(scope.indicators), years: new Set(scope.years), categories: new Set(categories) };
  return (q) => {
    const period = parsePeriodField(q.period);
    assertInScope(inScope, q, period.year);
    return answer(ctx, orgunits, q);
  };
}

function assertInScope(s: { indicators: Set<string>; years: Set<number>; categories: Set<string> }, q: FigureBatchQuery, year: number) {
  const outside = [
    ...q.indicators.filter((i) => !s.indicators.has(i)).map((i) => `indicator ${i}`),
    ...(s.years.has(year) ? [] : [`year ${year}`]),
    ...(s.categories.has(q.category ?? '') ? [] : [`category ${q.category}`]),
  ];
  if (outside.length) throw new Error(`Figure batch: ${outside.join(', ')} outside the loaded scope`);
}

function answer(ctx: Parameters<typeof computeFigure>[0], orgunits: ResolvedOrgunit[], q: FigureBatchQuery): FigureResult[] {
  return orgunits.flatMap((o) =>
    q.indicators.map((indicator) => ({
      ...engine(() => computeFigure(ctx, { indicator, unit: o.unit.id, period: q.period, category: q.category ?? null })),
      orgunit: o.ref,
    })),
  );
}
