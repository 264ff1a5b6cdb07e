import type { FigureResult } from '../../indicators';
import { formatNumber, periodLabel, roundHalfAway, ytdLabel, monthLabel, PERCENT_DECIMALS, type Lang } from '../wording/format';
import { labels } from '../wording/labels';
import type { Cell, ReportCategory, ReportData, ReportIndicator } from './types';

/** What every composing function reads: the data, the language and lookups over the figures. */
export type ComposeContext = {
  data: ReportData;
  lang: Lang;
  L: ReturnType<typeof labels>;
  indicator: (code: string) => ReportIndicator | undefined;
  name: (code: string) => string;
  unit: (code: string) => string;
  decimals: (code: string) => number;
  month: (code: string) => FigureResult | undefined;
  /** The year-to-date total; in January the month itself. */
  ytd: (code: string) => FigureResult | undefined;
  categories: (code: string, dimension: string) => ReportCategory[];
  byCategory: (code: string, category: string) => FigureResult | undefined;
  byCategoryYtd: (code: string, category: string) => FigureResult | undefined;
  categoryName: (c: ReportCategory) => string;
  monthText: string;
  ytdText: string;
  periodText: (key: string) => string;
  lastYear: number;
};

/** Builds the lookups once for a report. */
export function composeContext(data: ReportData, lang: Lang): ComposeContext {
  const inds = new Map(data.indicators.map((i) => [i.code, i]));
  const find = (list: FigureResult[], code: string, category: string | null = null) =>
    list.find((f) => f.indicator === code && (f.category ?? null) === category);
  return {
    data,
    lang,
    L: labels(lang),
    indicator: (code) => inds.get(code),
    name: (code) => (lang === 'vi' ? inds.get(code)?.nameVi : inds.get(code)?.nameEn) ?? code,
    unit: (code) => (lang === 'vi' ? inds.get(code)?.unitVi : inds.get(code)?.unitEn) ?? '',
    decimals: (code) => inds.get(code)?.decimals ?? 0,
    month: (code) => find(data.monthFigures, code),
    ytd: (code) => (data.month > 1 ? find(data.ytdFigures, code) : find(data.monthFigures, code)),
    categories: (code, dimension) => data.categories.filter((c) => c.indicator === code && c.dimension === dimension),
    byCategory: (code, category) => find(data.categoryFigures, code, category),
    byCategoryYtd: (code, category) => (data.month > 1 ? find(data.categoryYtdFigures, code, category) : find(data.categoryFigures, code, category)),
    categoryName: (c) => (lang === 'vi' ? c.nameVi : c.nameEn),
    monthText: monthLabel(data.year, data.month, lang),
    ytdText: ytdLabel(data.year, data.month, lang),
    periodText: (key) => periodLabel(key, lang),
    lastYear: data.year - 1,
  };
}

const DASH = '—';

/** A number cell at the indicator's decimals (tables keep trailing zeros). */
export function numberCell(value: number | null | undefined, decimals: number, lang: Lang): Cell {
  if (value === null || value === undefined) return { text: DASH, value: null, format: 'number' };
  return { text: formatNumber(value, decimals, lang), value, format: 'number' };
}

/** A signed change cell: "+9,63", "-3,10", "0,00". */
export function changeCell(percent: number | null | undefined, lang: Lang): Cell {
  if (percent === null || percent === undefined) return { text: DASH, value: null, format: 'percent' };
  const r = roundHalfAway(percent, PERCENT_DECIMALS);
  const text = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en', {
    minimumFractionDigits: PERCENT_DECIMALS,
    maximumFractionDigits: PERCENT_DECIMALS,
    signDisplay: 'exceptZero',
  }).format(r === 0 ? 0 : r);
  return { text, value: percent, format: 'percent' };
}

/** A percent-of cell (share, percent of plan): "42,98". */
export function percentCell(percent: number | null | undefined, lang: Lang): Cell {
  if (percent === null || percent === undefined) return { text: DASH, value: null, format: 'percent' };
  return { text: formatNumber(percent, PERCENT_DECIMALS, lang), value: percent, format: 'percent' };
}

/** A text cell. */
export const textCell = (text: string): Cell => ({ text });

/** Percent share of a part in a whole; null when either is missing. */
export function share(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (part === null || part === undefined || whole === null || whole === undefined || whole <= 0) return null;
  return (part / whole) * 100;
}
