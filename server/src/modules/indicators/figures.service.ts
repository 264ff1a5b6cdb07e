import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import { rankUnits, type FigureBase, type FigureResult, type FigureStatus, type IndicatorDef, type RankMeasure } from './compute';
import * as repo from './figures.repository';
import { loadFigureBatch } from './figures.batch';
import { loadIndicatorDefs } from './figures.context';
import { parsePeriodField } from './indicators.errors';
import { resolveOrgunits, type ResolvedOrgunit } from './figures.units';
import { findCategories } from './indicators.repository';
import { assertFigureWritable, type Writer } from './publication.service';

/** A question for the figures endpoint. */
export type FiguresQuery = { indicators: string[]; orgunits: string[]; period: string; category?: string | null; asOf?: Date | null };

/** Computes every indicator × unit for a period: value, growth, plan, scenario, year-end (see the compute folder). */
export async function computeFigures(db: Db, q: FiguresQuery): Promise<FigureResult[]> {
  const period = parsePeriodField(q.period);
  const category = q.category ?? null;
  const batch = await loadFigureBatch(db, {
    orgunits: q.orgunits,
    indicators: q.indicators,
    years: [period.year],
    categories: [category],
    asOf: q.asOf ?? null,
  });
  return batch({ indicators: q.indicators, period: q.period, category });
}

/** Ranks the given provinces for one indicator and period. */
export async function rankProvinces(db: Db, q: { indicator: string; period: string; orgunits: string[]; by: RankMeasure; asOf?: Date | null }) {
  const results = await computeFigures(db, { indicators: [q.indicator], orgunits: q.orgunits, period: q.period, asOf: q.asOf ?? null });
  return rankUnits(results, q.by);
}

/** A figure to write. */
export type FigureWrite = {
  indicator: string;
  orgunit: string;
  period: string;
  category?: string | null;
  base?: FigureBase;
  value: number;
  status: FigureStatus;
  note?: string | null;
  reason?: string | null;
  expectedVersion?: number;
  sourceKind: 'manual' | 'import' | 'api' | 'seed';
  source?: Record<string, unknown> | null;
  importId?: string | null;
};

/** What keying a figure needs in memory: the catalogue, the categories, resolved units, and (optionally) parsed periods. */
export type KeyCache = {
  defs: Map<string, IndicatorDef>;
  categories: Set<string>;
  orgunits: Map<string, ResolvedOrgunit>;
  periods?: Map<string, ReturnType<typeof parsePeriodField>>;
};

type KeyInput = Pick<FigureWrite, 'indicator' | 'orgunit' | 'period' | 'category' | 'base'>;

/** Checks a write against the catalogue and returns its storage key, loading what the cache lacks. */
export async function figureKeyFor(db: Db, w: KeyInput, cache?: KeyCache) {
  const full: KeyCache = {
    defs: cache?.defs ?? (await loadIndicatorDefs(db)),
    categories: cache?.categories ?? new Set((await findCategories(db)).map((c) => `${c.indicator_code}|${c.code}`)),
    orgunits: cache?.orgunits ?? new Map(),
    ...(cache?.periods ? { periods: cache.periods } : {}),
  };
  const checked = checkAgainstCatalogue(w, full);
  let orgunit = full.orgunits.get(w.orgunit);
  if (!orgunit) {
    orgunit = (await resolveOrgunits(db, [w.orgunit]))[0]!;
    full.orgunits.set(w.orgunit, orgunit);
  }
  return keyOf(w, checked, orgunit);
}

/**
 * The same check without a database, for bulk imports: every unit must be in the cache already. Errors come in
 * the same order and with the same fields as figureKeyFor's.
 */
export function keyFigure(w: KeyInput, cache: KeyCache) {
  const checked = checkAgainstCatalogue(w, cache);
  const orgunit = cache.orgunits.get(w.orgunit);
  if (!orgunit) throw new Error(`keyFigure: the unit ${w.orgunit} was not resolved first`);
  return keyOf(w, checked, orgunit);
}

function checkAgainstCatalogue(w: KeyInput, cache: KeyCache) {
  const def = cache.defs.get(w.indicator);
  if (!def) throw new AppError('validation_failed', `Unknown indicator ${w.indicator}`, { fields: [{ path: 'indicator', message: 'unknown indicator' }] });
  if (def.kind === 'derived')
    throw new AppError('validation_failed', `${w.indicator} is computed from its parts and is never stored`, {
      fields: [{ path: 'indicator', message: 'derived indicator' }],
    });
  const base = w.base ?? (def.kind === 'index' ? 'same_period' : 'level');
  if ((def.kind === 'index') === (base === 'level'))
    throw new AppError('validation_failed', `Base ${base} does not fit a ${def.kind}`, {
      fields: [{ path: 'base', message: def.kind === 'index' ? 'same_period or prev_month' : 'level' }],
    });
  if (w.category && !cache.categories.has(`${w.indicator}|${w.category}`))
    throw new AppError('validation_failed', `Unknown category ${w.category} of ${w.indicator}`, {
      fields: [{ path: 'category', message: 'unknown category' }],
    });
  let period = cache.periods?.get(w.period);
  if (!period) {
    period = parsePeriodField(w.period);
    cache.periods?.set(w.period, period);
  }
  return { base, period };
}

function keyOf(w: KeyInput, { base, period }: ReturnType<typeof checkAgainstCatalogue>, orgunit: ResolvedOrgunit) {
  if (orgunit.unit.validTo && `${w.period.slice(0, 4)}-${String(period.firstMonth).padStart(2, '0')}-01` > orgunit.unit.validTo) {
    throw new AppError('validation_failed', `${orgunit.unit.name} ceased to exist on ${orgunit.unit.validTo}`, {
      fields: [{ path: 'period', message: 'after the unit ceased to exist' }],
    });
  }
  return {
    key: {
      indicator: w.indicator,
      unitId: orgunit.unit.id,
      provinceCode: orgunit.provinceCodes[0]!,
      year: period.year,
      period: period.key,
      category: w.category ?? '',
      base,
    },
    year: period.year,
    orgunit,
  };
}

/**
 * Appends a vintage (never overwrites). The same value and status again changes nothing. With
 * expectedVersion, a write based on a stale version is refused with a conflict. A change to a
 * published month needs a director and a reason (publication.service.ts).
 */
export async function saveFigure(db: Db, actor: Writer, w: FigureWrite, opts: { audit?: boolean; cache?: Parameters<typeof figureKeyFor>[2] } = {}) {
  const { key, year } = await figureKeyFor(db, w, opts.cache);
  const latest = await repo.findLatestVintage(db, key);
  const current = latest?.version ?? 0;
  if (w.expectedVersion !== undefined && w.expectedVersion !== current) {
    throw new AppError('conflict', 'Someone saved this figure after you opened it; reload and try again', {
      currentVersion: current,
      currentValue: latest ? Number(latest.value) : null,
    });
  }
  if (latest && Number(latest.value) === w.value && latest.status === w.status) return { changed: false, version: current, key };
  await assertFigureWritable(db, actor, { provinceCode: key.provinceCode, unitId: key.unitId, period: key.period }, w.reason);
  try {
    const row = await repo.insertVintage(db, {
      ...repo.keyColumns(key, year),
      version: current + 1,
      value: w.value,
      status: w.status,
      source_kind: w.sourceKind,
      source: w.source ? JSON.stringify(w.source) : null,
      note: w.note ?? null,
      reason: w.reason ?? null,
      import_id: w.importId ?? null,
      recorded_by: actor?.userId ?? null,
    });
    if (opts.audit !== false) {
      await recordAudit(db, actor, {
        entity: 'figure',
        entityId: `${key.indicator}|${key.unitId}|${key.period}|${key.category}|${key.base}`,
        action: latest ? 'revise' : 'create',
        provinceCode: key.provinceCode,
        before: latest ? { value: Number(latest.value), status: latest.status, version: current } : null,
        after: { value: w.value, status: w.status, version: row.version, reason: w.reason ?? null },
      });
    }
    return { changed: true, version: row.version, key };
  } catch (error) {
    if ((error as { code?: string }).code === '23505')
      throw new AppError('conflict', 'Someone saved this figure at the same moment; reload and try again', { currentVersion: current + 1 });
    throw error;
  }
}
