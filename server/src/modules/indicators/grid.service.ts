import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import { monthPeriod, type FigureBase, type FigureStatus, type IndicatorKind } from './compute';
import { exactRef, resolveOrgunits } from './figures.units';
import { listCatalogue } from './indicators.service';
import { BUILTIN_INDICATORS } from './indicators.catalogue';
import { findLatestOfYears, type LatestVintage } from './figures-io.repository';
import { publishedMonths } from './publication.service';
import { DEFAULT_WARNING_OPTIONS, figureWarnings, sourceFlags, type FigureWarning, type WarningOptions } from './validation-warnings';

/** One cell of the entry grid: the latest vintage (version 0 and value null when none) with its warnings. */
export type GridCell = {
  period: string;
  value: number | null;
  status: FigureStatus | null;
  /** Send as expectedVersion to PUT /api/figures (0 = nothing stored yet). */
  version: number;
  /** The month is published: a change needs a director and a reason. Aggregates are never locked. */
  published: boolean;
  warnings: FigureWarning[];
  recordedAt: Date | null;
  sourceKind: string | null;
  source: { file?: string; sheet?: string; cell?: string } | null;
  reason: string | null;
};

/** One row of the grid: an indicator's total or one category, for one comparison base. */
export type GridRow = {
  id: string;
  indicator: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  kind: IndicatorKind;
  decimals: number;
  base: FigureBase;
  category: string | null;
  categoryNameVi: string | null;
  categoryNameEn: string | null;
  parent: string | null;
  /** 0 = the indicator's total; 1 = a category; 2 = a sub-category (VSIC division under its section). */
  level: number;
  /** On a total row: how many categories the indicator has (ask expand=CODE to get them). */
  categoryCount: number;
  /** January … December. */
  cells: GridCell[];
  /** Reported quarters, halves, years to date and the year, when stored (key = period). */
  reported: Record<string, GridCell>;
};

/** What the grid asks: the unit, the year, which indicators (all stored ones by default), which to expand into categories. */
export type GridQuery = { orgunit: string; year: number; indicators?: string[]; expand?: string[]; options?: Partial<WarningOptions> };

type Catalogue = Awaited<ReturnType<typeof listCatalogue>>;
type RowSpec = Omit<GridRow, 'cells' | 'reported'> & { totalLabel: string; parentLabel: string | null };

const MONTH = /^\d{4}-\d{2}$/;
const cellKey = (indicator: string, period: string, category: string, base: string) => `${indicator}|${period}|${category}|${base}`;

function rowSpecs(catalogue: Catalogue, q: GridQuery): RowSpec[] {
  const out: RowSpec[] = [];
  const expandAll = q.expand?.includes('all') || q.expand?.includes('*');
  // The built-in indicators in the order of the catalogue document (IIP first), then user-defined ones by code.
  const order = (code: string) => {
    const n = BUILTIN_INDICATORS.findIndex((b) => b.code === code);
    return n < 0 ? BUILTIN_INDICATORS.length : n;
  };
  for (const i of [...catalogue].sort((a, b) => order(a.code) - order(b.code) || a.code.localeCompare(b.code))) {
    if (i.kind === 'derived' || (q.indicators?.length && !q.indicators.includes(i.code))) continue;
    const bases: FigureBase[] = i.kind === 'index' ? ['same_period', 'prev_month'] : ['level'];
    const meta = {
      indicator: i.code,
      nameVi: i.nameVi,
      nameEn: i.nameEn,
      unitVi: i.unitVi,
      unitEn: i.unitEn,
      kind: i.kind,
      decimals: i.decimals,
      totalLabel: i.nameVi,
    };
    const expanded = expandAll || q.expand?.includes(i.code);
    for (const base of bases) {
      out.push({
        ...meta,
        id: `${i.code}||${base}`,
        base,
        category: null,
        categoryNameVi: null,
        categoryNameEn: null,
        parent: null,
        level: 0,
        categoryCount: i.categories.length,
        parentLabel: null,
      });
      if (!expanded) continue;
      for (const c of i.categories) {
        const parent = c.parent ? i.categories.find((p) => p.code === c.parent) : undefined;
        out.push({
          ...meta,
          id: `${i.code}|${c.code}|${base}`,
          base,
          category: c.code,
          categoryNameVi: c.nameVi,
          categoryNameEn: c.nameEn,
          parent: c.parent,
          level: c.parent ? 2 : 1,
          categoryCount: 0,
          parentLabel: parent?.nameVi ?? null,
        });
      }
    }
  }
  return out;
}

function toCell(period: string, v: LatestVintage | undefined, published: boolean, warnings: FigureWarning[]): GridCell {
  const src = v?.source as { file?: unknown; sheet?: unknown; cell?: unknown } | null | undefined;
  const source =
    src && (src.file || src.sheet)
      ? {
          ...(typeof src.file === 'string' ? { file: src.file } : {}),
          ...(typeof src.sheet === 'string' ? { sheet: src.sheet } : {}),
          ...(typeof src.cell === 'string' ? { cell: src.cell } : {}),
        }
      : null;
  return {
    period,
    value: v ? Number(v.value) : null,
    status: v?.status ?? null,
    version: v?.version ?? 0,
    published,
    warnings,
    recordedAt: v?.recorded_at ?? null,
    sourceKind: v?.source_kind ?? null,
    source,
    reason: v?.reason ?? null,
  };
}

function buildRow(
  spec: RowSpec,
  year: number,
  stored: Map<string, LatestVintage>,
  aggregates: Map<string, LatestVintage[]>,
  published: Set<string>,
  options: WarningOptions,
): GridRow {
  const { totalLabel, parentLabel, ...row } = spec;
  const cat = spec.category ?? '';
  const get = (period: string, category = cat) => stored.get(cellKey(spec.indicator, period, category, spec.base));
  const num = (v: LatestVintage | undefined) => (v ? Number(v.value) : null);
  const check = (period: string, v: LatestVintage | undefined, neighbours: { previousMonth?: number | null; lastYear?: number | null }) =>
    figureWarnings(
      {
        kind: spec.kind,
        base: spec.base,
        value: num(v),
        ...neighbours,
        flags: sourceFlags(v?.source),
        total: spec.category ? { value: num(get(period, '')), label: totalLabel } : null,
        parent: spec.parent ? { value: num(get(period, spec.parent)), label: parentLabel ?? spec.parent } : null,
      },
      options,
    );
  const cells = Array.from({ length: 12 }, (_, i) => {
    const p = monthPeriod(year, i + 1).key;
    const prev = i === 0 ? monthPeriod(year - 1, 12).key : monthPeriod(year, i).key;
    const v = get(p);
    return toCell(p, v, published.has(p), check(p, v, { previousMonth: num(get(prev)), lastYear: num(get(monthPeriod(year - 1, i + 1).key)) }));
  });
  const reported: Record<string, GridCell> = {};
  for (const v of aggregates.get(`${spec.indicator}|${cat}|${spec.base}`) ?? []) reported[v.period] = toCell(v.period, v, false, check(v.period, v, {}));
  return { ...row, cells, reported };
}

/**
 * The entry grid of a unit and year: a row per stored indicator (its total, and its categories when expanded)
 * and comparison base, twelve month cells each with value, status, version, published and warnings, plus the
 * reported quarters, halves, years to date and year. Saving goes through PUT /api/figures with the cell's version.
 */
export async function entryGrid(db: Db, q: GridQuery) {
  const [o] = await resolveOrgunits(db, [q.orgunit]);
  const catalogue = await listCatalogue(db);
  const unknown = (q.indicators ?? []).filter((c) => !catalogue.some((i) => i.code === c));
  if (unknown.length)
    throw new AppError('validation_failed', `Unknown indicator ${unknown.join(', ')}`, {
      fields: [{ path: 'indicator', message: `unknown: ${unknown.join(', ')}` }],
    });
  const options = { ...DEFAULT_WARNING_OPTIONS, ...Object.fromEntries(Object.entries(q.options ?? {}).filter(([, v]) => v !== undefined)) };
  const specs = rowSpecs(catalogue, q);
  const [vintages, published] = await Promise.all([
    findLatestOfYears(db, {
      provinceCodes: o!.provinceCodes,
      unitIds: [o!.unit.id],
      years: [q.year - 1, q.year],
      indicators: [...new Set(specs.map((s) => s.indicator))],
    }),
    publishedMonths(db, { unitId: o!.unit.id, provinceCodes: o!.provinceCodes, years: [q.year] }),
  ]);
  const stored = new Map(vintages.map((v) => [cellKey(v.indicator_code, v.period, v.category, v.base), v]));
  const aggregates = new Map<string, LatestVintage[]>();
  for (const v of vintages) {
    if (MONTH.test(v.period) || !v.period.startsWith(String(q.year))) continue;
    const k = `${v.indicator_code}|${v.category}|${v.base}`;
    aggregates.set(k, [...(aggregates.get(k) ?? []), v]);
  }
  const months = new Set(published.keys());
  const rows = specs.map((s) => buildRow(s, q.year, stored, aggregates, months, options));
  return {
    orgunit: q.orgunit,
    unit: { ref: exactRef(o!.unit), code: o!.unit.code, name: o!.unit.name, nameEn: o!.unit.nameEn },
    year: q.year,
    months: Array.from({ length: 12 }, (_, i) => monthPeriod(q.year, i + 1).key),
    published: [...months].sort(),
    options,
    rows,
    total: rows.length,
  };
}
