import type { Db } from '../../../database';
import { computeFigures, loadFigureBatch, type FigureResult } from '../../indicators';
import type { ReportCategory } from './types';

/** The report's unit, month, indicators and breakdown categories, and the moment its figures are read at. */
export type FiguresScope = { orgunit: string; year: number; month: number; codes: string[]; categories: ReportCategory[]; cutoff: Date };

/** Computes some indicators of the report's unit for a period (and category), as of the cut-off. */
export type ReportCompute = (indicators: string[], period: string, category: string | null) => Promise<FigureResult[]>;

/** Every figure the report states: the twelve months, the year to date, and the breakdowns for the month and the year to date. */
export type ReportFigures = { months: FigureResult[][]; ytd: FigureResult[]; byCategory: FigureResult[]; byCategoryYtd: FigureResult[] };

const pad = (n: number) => String(n).padStart(2, '0');

/** The breakdown categories by code, each with the indicators that have it (a market may be EXPORT's and IMPORT's). */
function indicatorsByCategory(categories: ReportCategory[]): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const c of categories) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c.indicator]);
  return byCode;
}

/** Asks `compute` every question the report needs, in report order. */
export async function gatherReportFigures(compute: ReportCompute, s: FiguresScope): Promise<ReportFigures> {
  const ask = (indicators: string[], period: string, category: string | null = null) =>
    indicators.length ? compute(indicators, period, category) : Promise.resolve([] as FigureResult[]);
  const months: FigureResult[][] = [];
  for (let m = 1; m <= 12; m++) months.push(await ask(s.codes, `${s.year}-${pad(m)}`));
  const period = `${s.year}-${pad(s.month)}`;
  const ytdPeriod = `${s.year}-01/${period}`;
  const ytd = s.month > 1 ? await ask(s.codes, ytdPeriod) : [];
  const byCategory: FigureResult[] = [];
  const byCategoryYtd: FigureResult[] = [];
  for (const [code, inds] of indicatorsByCategory(s.categories)) {
    const monthly = await ask(inds, period, code);
    byCategory.push(...monthly);
    // A month figure carries its year to date: where that is empty, so is the year-to-date figure.
    const withYtd = monthly.filter((f) => (f.ytd?.value ?? null) !== null).map((f) => f.indicator);
    if (s.month > 1 && withYtd.length) byCategoryYtd.push(...(await ask(withYtd, ytdPeriod, code)));
  }
  return { months, ytd, byCategory, byCategoryYtd };
}

/**
 * One load of everything the report's figures read (the catalogue, the unit, this year's and last year's figures
 * of every indicator for the total and each breakdown category, plans, scenarios), then every question answered
 * in memory by the engine.
 */
export async function batchedCompute(db: Db, s: FiguresScope): Promise<ReportCompute> {
  const batch = await loadFigureBatch(db, {
    orgunits: [s.orgunit],
    indicators: s.codes,
    years: [s.year],
    categories: [null, ...indicatorsByCategory(s.categories).keys()],
    asOf: s.cutoff,
  });
  return async (indicators, period, category) => batch({ indicators, period, category });
}

/**
 * One computeFigures call per question, each loading its own context: the way the report read its figures before
 * the batch, kept to check that the batch states the same numbers and to benchmark the two.
 */
export function unbatchedCompute(db: Db, s: FiguresScope): ReportCompute {
  return (indicators, period, category) => computeFigures(db, { indicators, orgunits: [s.orgunit], period, category, asOf: s.cutoff });
}
