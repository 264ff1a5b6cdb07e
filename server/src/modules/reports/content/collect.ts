import type { Db } from '../../../database';
import { AppError } from '../../../core/errors';
import { resolveUnit } from '../../places';
import { figureHistories, listCatalogue, type FigureResult } from '../../indicators';
import { batchedCompute, gatherReportFigures } from './figures';
import { BREAKDOWNS, HEADLINE_INDICATORS } from './scope';
import type { ReportCategory, ReportData, ReportIndicator, SeriesPoint, VintageRef } from './types';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Reads '2023-05' as a report month; anything else is refused with a message naming the field. */
export function parseReportMonth(period: string): { year: number; month: number } {
  const m = MONTH.exec(period);
  if (!m) throw new AppError('validation_failed', 'The monthly report is for a month: YYYY-MM', { fields: [{ path: 'period', message: 'expected YYYY-MM' }] });
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** The indicators the report names and the breakdown categories it states (BREAKDOWNS), from the catalogue. */
export async function reportCatalogue(db: Db): Promise<{ indicators: ReportIndicator[]; categories: ReportCategory[] }> {
  const catalogue = await listCatalogue(db);
  const indicators: ReportIndicator[] = catalogue.map((i) => ({
    code: i.code,
    nameVi: i.nameVi,
    nameEn: i.nameEn,
    unitVi: i.unitVi,
    unitEn: i.unitEn,
    kind: i.kind,
    decimals: i.decimals,
  }));
  const categories: ReportCategory[] = catalogue.flatMap((i) =>
    i.categories
      .filter((c) => BREAKDOWNS[i.code]?.includes(c.dimension))
      .map((c) => ({ indicator: i.code, code: c.code, dimension: c.dimension, nameVi: c.nameVi, nameEn: c.nameEn, parent: c.parent })),
  );
  return { indicators, categories };
}

/**
 * Gathers the figures of one moment for a unit and month (every number the report states), through the
 * indicators module only. `asOf` reads the figures as published then; otherwise the cut-off is `now`.
 */
export async function collectReportData(db: Db, q: { orgunit: string; period: string; asOf?: Date | null; now?: Date }): Promise<ReportData> {
  const { year, month } = parseReportMonth(q.period);
  const unit = await resolveUnit(db, q.orgunit);
  if (unit.level !== 'province')
    throw new AppError('validation_failed', 'The monthly sector report is written for a province', {
      fields: [{ path: 'orgunit', message: 'a province code' }],
    });
  const cutoff = q.asOf ?? q.now ?? new Date();
  const { indicators, categories } = await reportCatalogue(db);
  const codes = indicators.map((i) => i.code);
  const scope = { orgunit: q.orgunit, year, month, codes, categories, cutoff };
  const { months, ytd, byCategory, byCategoryYtd } = await gatherReportFigures(await batchedCompute(db, scope), scope);

  const flows = indicators.filter((i) => i.kind !== 'index').map((i) => i.code);
  const series: Record<string, SeriesPoint[]> = {};
  for (const code of flows) {
    series[code] = months.map((list, i) => {
      const f = list.find((x) => x.indicator === code)!;
      const reached = i + 1 <= month;
      return {
        month: i + 1,
        value: reached ? f.value : null,
        lastYear: f.previousValue,
        cumulative: reached ? (f.ytd?.value ?? null) : null,
        scenarioCumulative: f.scenario?.cumulative ?? null,
      };
    });
  }
  const monthFigures = months[month - 1]!;
  return {
    schema: 1,
    orgunit: q.orgunit,
    unit: { id: unit.id, code: unit.code, name: unit.name, nameEn: unit.nameEn, kind: unit.kind },
    period: q.period,
    year,
    month,
    asOf: q.asOf ? q.asOf.toISOString() : null,
    cutoff: cutoff.toISOString(),
    indicators,
    categories,
    monthFigures,
    ytdFigures: ytd,
    categoryFigures: byCategory.filter((f) => f.value !== null || (f.ytd?.value ?? null) !== null),
    categoryYtdFigures: byCategoryYtd.filter((f) => f.value !== null),
    series,
    vintages: await collectVintages(db, q.orgunit, indicators, monthFigures, ytd, cutoff),
    unitNames: await mergedUnitNames(db, [...monthFigures, ...ytd]),
  };
}

/** The stored vintage behind each reported headline figure (month and year to date), as of the cut-off. */
async function collectVintages(
  db: Db,
  orgunit: string,
  indicators: ReportIndicator[],
  month: FigureResult[],
  ytd: FigureResult[],
  cutoff: Date,
): Promise<VintageRef[]> {
  const kinds = new Map(indicators.map((i) => [i.code, i.kind]));
  const wanted: { indicator: string; period: string; base: VintageRef['base'] }[] = [];
  for (const f of [...month, ...ytd]) {
    const kind = kinds.get(f.indicator);
    if (!f.reported || f.value === null || kind === 'derived' || !(HEADLINE_INDICATORS as readonly string[]).includes(f.indicator)) continue;
    wanted.push({ indicator: f.indicator, period: f.period, base: kind === 'index' ? 'same_period' : 'level' });
    if (kind === 'index' && f.momPercent !== null && !f.period.includes('/')) wanted.push({ indicator: f.indicator, period: f.period, base: 'prev_month' });
  }
  const histories = await figureHistories(
    db,
    wanted.map((w) => ({ indicator: w.indicator, orgunit, period: w.period, base: w.base })),
  );
  return wanted.flatMap((w, i) => {
    const history = histories[i]!;
    const used = history.items.find((v) => new Date(v.recordedAt).getTime() <= cutoff.getTime());
    return used ? [{ ...w, period: history.period, version: used.version, status: used.status, recordedAt: new Date(used.recordedAt).toISOString() }] : [];
  });
}

async function mergedUnitNames(db: Db, figures: FigureResult[]): Promise<Record<string, string>> {
  const ids = [...new Set(figures.flatMap((f) => f.mergedFrom ?? []))];
  const out: Record<string, string> = {};
  for (const id of ids) out[id] = (await resolveUnit(db, id)).name;
  return out;
}
