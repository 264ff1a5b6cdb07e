import type { Db } from '../../database';
import { loadIndicatorDefs } from './figures.context';
import * as repo from './figures.repository';
import { figureKeyFor, type KeyCache } from './figures.service';
import { exactRef } from './figures.units';
import { findCategories } from './indicators.repository';

/** One figure whose vintages are asked for (as figureHistory takes it). */
export type HistoryQuery = Parameters<typeof figureKeyFor>[1];

/**
 * figureHistory for several figures: the catalogue, the categories and the units are loaded once for all of them
 * (figureHistory loads them for each), then one query per figure. Same answers, in the order asked.
 */
export async function figureHistories(db: Db, queries: HistoryQuery[]) {
  const cache: KeyCache = {
    defs: await loadIndicatorDefs(db),
    categories: new Set((await findCategories(db)).map((c) => `${c.indicator_code}|${c.code}`)),
    orgunits: new Map(),
  };
  const keyed = [];
  for (const q of queries) keyed.push(await figureKeyFor(db, q, cache));
  return Promise.all(keyed.map(async ({ key, orgunit }) => toHistory(key, exactRef(orgunit.unit), await repo.findVintages(db, key))));
}

/** Every vintage of one figure, newest first, with who recorded it. */
export async function figureHistory(db: Db, q: HistoryQuery) {
  return (await figureHistories(db, [q]))[0]!;
}

/** The shape figureHistory answers with. */
function toHistory(key: repo.FigureKey, orgunit: string, rows: Awaited<ReturnType<typeof repo.findVintages>>) {
  return {
    indicator: key.indicator,
    orgunit,
    period: key.period,
    category: key.category || null,
    base: key.base,
    items: rows.map((r) => ({
      version: r.version,
      value: Number(r.value),
      status: r.status,
      sourceKind: r.source_kind,
      source: r.source,
      note: r.note,
      reason: r.reason,
      recordedAt: r.recorded_at,
      recordedBy: r.display_name ?? r.username ?? null,
    })),
  };
}
