import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { coversProvinces } from '../../core/access';
import { AppError } from '../../core/errors';
import type { FigureStatus } from './compute';
import type { ParsedFigure, ParsedWorkbook } from './import-xlsx';
import { loadIndicatorDefs } from './figures.context';
import { figureKeyFor } from './figures.service';
import type { FigureKey } from './figures.repository';
import { findLatestPlans } from './figures.repository';
import type { ResolvedOrgunit } from './figures.units';
import { findCategories } from './indicators.repository';
import * as repo from './figures-io.repository';
import type { progressTracker } from './import-progress';
import { savePlan } from './plans.service';
import { lockedMonths } from './publication.service';
import { importProblem, type ImportCellProblem } from './xlsx-import.problems';
import type { PreviewFigure, PreviewPlan } from './xlsx-import.types';
import type { WorkbookImportOptions } from './xlsx-import.service';

/** What the steps of one import share: the transaction, who imports, the options, the problems so far. */
export type ImportContext = {
  db: Db;
  actor: Actor | null;
  opts: WorkbookImportOptions;
  importId: string;
  problems: ImportCellProblem[];
  progress: ReturnType<typeof progressTracker>;
};

type Cache = NonNullable<Parameters<typeof figureKeyFor>[2]>;

/** A cell that passed the catalogue and scope checks, with its storage key. */
type Keyed = { item: PreviewFigure; parsed: ParsedFigure; key: FigureKey; orgunit: ResolvedOrgunit };

/** The figures of a workbook checked and keyed: the preview items, the cells to store, what is needed to write them. */
export type Staged = {
  items: PreviewFigure[];
  keyed: Keyed[];
  statusRequired: boolean;
  provinceCode: string | null;
  cache: Cache;
  flags: Map<PreviewFigure, RatioFlag[]>;
};

/** A stored ratio of the file found wrong, kept in the source of the figures it reads. */
type RatioFlag = { code: string; cell: string; stored: unknown; recomputed: unknown };

const FINALITY: Record<FigureStatus, number> = { estimate: 1, preliminary: 2, official: 3 };

function previewItem(f: ParsedFigure, orgunit: string, chosen: FigureStatus | null): PreviewFigure {
  return {
    indicator: f.indicator,
    orgunit,
    period: f.period,
    category: f.category,
    base: f.base,
    value: f.value,
    status: f.status ?? chosen,
    statusFromFile: f.status !== null,
    revision: f.revision,
    sheet: f.source.sheet,
    cell: f.source.cell,
    header: f.source.header,
    rowLabel: f.source.rowLabel,
    note: f.note ?? null,
    outcome: 'write',
    current: null,
    version: null,
    flags: [],
  };
}

/** Checks every parsed figure against the catalogue and the scope and gives it its storage key. */
export async function stageFigures(ctx: ImportContext, wb: ParsedWorkbook): Promise<Staged> {
  const { db, actor, opts, problems } = ctx;
  const cache: Cache = {
    defs: await loadIndicatorDefs(db),
    categories: new Set((await findCategories(db)).map((c) => `${c.indicator_code}|${c.code}`)),
    orgunits: new Map(),
  };
  const staged: Staged = { items: [], keyed: [], statusRequired: false, provinceCode: null, cache, flags: new Map() };
  for (const [i, f] of wb.figures.entries()) {
    ctx.progress.tick(i + 1, wb.figures.length);
    const item = previewItem(f, f.orgunit ?? opts.orgunit, opts.status ?? null);
    staged.items.push(item);
    const def = cache.defs.get(f.indicator);
    if (def && def.kind !== 'index' && f.base !== 'level') {
      item.outcome = 'not_stored';
      item.status = null;
      continue;
    }
    if (f.status === null) staged.statusRequired = true;
    try {
      const { key, orgunit } = await figureKeyFor(
        db,
        { indicator: f.indicator, orgunit: item.orgunit, period: f.period, category: f.category, base: f.base },
        cache,
      );
      if (actor && !coversProvinces(actor, orgunit.provinceCodes)) {
        problems.push(importProblem('outside_scope', { sheet: item.sheet, cell: item.cell, orgunit: item.orgunit }));
        item.outcome = 'refused';
        continue;
      }
      staged.provinceCode ??= key.provinceCode;
      item.period = key.period;
      staged.keyed.push({ item, parsed: f, key, orgunit });
    } catch (error) {
      if (!(error instanceof AppError) || error.code === 'conflict') throw error;
      problems.push(importProblem('invalid_figure', { sheet: item.sheet, cell: item.cell, error: error.message }));
      item.outcome = 'refused';
    }
  }
  markSuperseded(staged.keyed, problems);
  staged.flags = ratioFlags(staged.items, problems);
  return staged;
}

const idOf = (k: FigureKey) => `${k.unitId}|${k.indicator}|${k.period}|${k.category}|${k.base}`;

/** Two cells of one file for the same stored figure: the one with a stated (then more final) status wins, else the later. */
function markSuperseded(keyed: Keyed[], problems: ImportCellProblem[]) {
  const winner = new Map<string, Keyed>();
  const rank = (k: Keyed) => (k.parsed.status ? 10 + FINALITY[k.parsed.status] : 0);
  for (const k of keyed) {
    const id = idOf(k.key);
    const best = winner.get(id);
    if (!best || rank(k) >= rank(best)) winner.set(id, k);
  }
  for (const k of keyed) {
    const best = winner.get(idOf(k.key))!;
    if (best === k) continue;
    k.item.outcome = 'superseded';
    problems.push(importProblem('superseded_in_file', { sheet: k.item.sheet, cell: k.item.cell, other: `${best.item.sheet}!${best.item.cell}` }));
  }
}

/** A stored ratio the parser flagged (e.g. the Quí I "So CK") marks the figures its formula reads: kept in their source. */
function ratioFlags(items: PreviewFigure[], problems: ImportCellProblem[]) {
  const out = new Map<PreviewFigure, RatioFlag[]>();
  for (const p of problems) {
    if (p.code !== 'stored_ratio_mismatch' || typeof p.details?.['formula'] !== 'string') continue;
    const refs = new Set(String(p.details['formula']).match(/\b[A-Z]{1,3}\d+\b/g) ?? []);
    for (const item of items) {
      if (item.sheet !== p.sheet || !refs.has(item.cell)) continue;
      if (!item.flags.includes(p.code)) item.flags.push(p.code);
      out.set(item, [
        ...(out.get(item) ?? []),
        { code: p.code, cell: p.cell, stored: p.details['stored'] ?? null, recomputed: p.details['recomputed'] ?? null },
      ]);
    }
  }
  return out;
}

function sourceOf(ctx: ImportContext, staged: Staged, item: PreviewFigure) {
  const flags = staged.flags.get(item);
  return {
    file: ctx.opts.fileName,
    sheet: item.sheet,
    cell: item.cell,
    header: item.header,
    rowLabel: item.rowLabel,
    importId: ctx.importId,
    ...(item.revision ? { revision: true } : {}),
    ...(flags?.length ? { flags } : {}),
  };
}

/**
 * Decides every winning cell against the latest stored vintage and the publication locks (all loaded at once),
 * then appends the new vintages in chunks; a dry run does the same and is rolled back by the caller. The same
 * rules as saveFigure: the same value and status again changes nothing; a published month needs a director (or
 * the CLI) and a reason. Returns how many vintages were written.
 */
export async function writeFigures(ctx: ImportContext, staged: Staged): Promise<number> {
  const { db, actor, opts, problems } = ctx;
  const live = staged.keyed.filter((k) => k.item.outcome === 'write');
  const latest = await latestByKey(db, live);
  const locked = await lockedMonths(
    db,
    live.map((k) => k.key),
  );
  const mayUnlock = (!actor || actor.role === 'director') && Boolean(opts.reason?.trim());
  const rows: repo.NewVintage[] = [];
  for (const k of live) {
    const { item } = k;
    const current = latest.get(idOf(k.key));
    item.current = current ? { value: Number(current.value), status: current.status, version: current.version } : null;
    if (!item.status) {
      item.outcome = 'needs_status';
      continue;
    }
    if (item.current && item.current.value === item.value && item.current.status === item.status) {
      item.outcome = 'unchanged';
      item.version = item.current.version;
      continue;
    }
    const isLocked = locked.has(`${k.key.unitId}|${k.key.period}`);
    if (isLocked && !mayUnlock) {
      item.outcome = 'locked';
      problems.push(importProblem('month_published', { sheet: item.sheet, cell: item.cell, period: k.key.period }));
      continue;
    }
    item.version = (item.current?.version ?? 0) + 1;
    rows.push({
      indicator_code: k.key.indicator,
      unit_id: k.key.unitId,
      province_code: k.key.provinceCode,
      period: k.key.period,
      period_year: Number(k.key.period.slice(0, 4)),
      category: k.key.category,
      base: k.key.base,
      version: item.version,
      value: item.value,
      status: item.status,
      source_kind: 'import',
      source: JSON.stringify(sourceOf(ctx, staged, item)),
      note: item.note,
      reason: isLocked ? opts.reason!.trim() : null,
      import_id: ctx.importId,
      recorded_by: actor?.userId ?? null,
    });
  }
  await repo.insertVintages(db, rows, (done) => ctx.progress.tick(done, rows.length, 'writing'));
  return rows.length;
}

async function latestByKey(db: Db, live: Keyed[]) {
  const rows = await repo.findLatestOfYears(db, {
    provinceCodes: [...new Set(live.map((k) => k.key.provinceCode))],
    unitIds: [...new Set(live.map((k) => k.key.unitId))],
    years: [...new Set(live.map((k) => Number(k.key.period.slice(0, 4))))],
    indicators: [...new Set(live.map((k) => k.key.indicator))],
  });
  return new Map(rows.map((r) => [repo.storedKey(r), r]));
}

/** Saves the plans the workbook states (KH 2026) for the chosen unit; an unchanged plan writes nothing. */
export async function writePlans(ctx: ImportContext, wb: ParsedWorkbook): Promise<PreviewPlan[]> {
  const out: PreviewPlan[] = [];
  for (const p of wb.plans) {
    const item: PreviewPlan = {
      indicator: p.indicator,
      year: p.year,
      value: p.value,
      sheet: p.source.sheet,
      cell: p.source.cell,
      outcome: 'write',
      current: null,
    };
    out.push(item);
    try {
      const { key } = await figureKeyFor(ctx.db, { indicator: p.indicator, orgunit: ctx.opts.orgunit, period: String(p.year) });
      const [current] = (
        await findLatestPlans(ctx.db, { unitIds: [key.unitId], provinceCodes: [key.provinceCode], indicators: [key.indicator], years: [p.year], asOf: null })
      ).filter((r) => r.category === '');
      item.current = current ? { value: Number(current.value), version: current.version } : null;
      if (item.current?.value === p.value) {
        item.outcome = 'unchanged';
        continue;
      }
      await savePlan(ctx.db, ctx.actor, {
        indicator: p.indicator,
        orgunit: ctx.opts.orgunit,
        year: p.year,
        plan: p.value,
        basis: `${ctx.opts.fileName} (${p.source.sheet}!${p.source.cell})`,
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.code === 'conflict') throw error;
      ctx.problems.push(importProblem('plan_refused', { sheet: item.sheet, cell: item.cell, error: error.message }));
      item.outcome = 'refused';
    }
  }
  return out;
}
