import type { FigureResult } from '../../indicators';
import { midSentence } from '../wording/format';
import { componentsSentence, flowSentence, missingSentence, type PartChange } from '../wording/phrases';
import { changeCell, numberCell, percentCell, share, textCell, type ComposeContext } from './context';
import type { Block, Cell, ReportCategory } from './types';

/**
 * The sentences of a flow for the month and the year to date: "… tháng 5/2023 ước đạt …. Tính chung 5 tháng
 * đầu năm 2023, ước đạt …, đạt 42,98% kế hoạch năm." `required` says what to write when there is no figure.
 */
export function flowText(ctx: ComposeContext, code: string, opts: { required: boolean }): string | null {
  const ind = ctx.indicator(code);
  if (!ind) return null;
  const m = ctx.month(code);
  const y = ctx.data.month > 1 ? ctx.ytd(code) : undefined;
  const base = { name: ctx.name(code), decimals: ind.decimals, unit: ctx.unit(code), yoyYear: ctx.lastYear };
  const out: string[] = [];
  if (m && m.value !== null) {
    out.push(
      flowSentence(
        {
          ...base,
          periodText: ctx.monthText,
          value: m.value,
          status: m.status,
          mom: m.momPercent,
          yoy: m.yoyPercent,
          planPercent: ctx.data.month === 1 ? m.planPercent : null,
          subject: 'full',
        },
        ctx.lang,
      ),
    );
  }
  if (y && y.value !== null) {
    out.push(
      flowSentence(
        {
          ...base,
          periodText: ctx.ytdText,
          value: y.value,
          status: y.status,
          yoy: y.yoyPercent,
          planPercent: y.planPercent,
          subject: out.length ? 'continuation' : 'full',
          wholeYear: ctx.data.month === 12,
        },
        ctx.lang,
      ),
    );
  }
  if (!out.length) return opts.required ? missingSentence(ctx.name(code), ctx.monthText, ctx.lang) : null;
  return out.join(' ');
}

/** Markets are countries and blocs: their names keep their capitals mid-sentence. */
const properNames = (dimension: string) => dimension === 'market';

const isOther = (c: ReportCategory) => /(^|_)other/.test(c.code);

/** The categories of a dimension that have figures, largest year-to-date value first ("other" last). */
export function partsWithFigures(ctx: ComposeContext, code: string, dimension: string) {
  return ctx
    .categories(code, dimension)
    .map((c) => ({ c, month: ctx.byCategory(code, c.code), ytd: ctx.byCategoryYtd(code, c.code) }))
    .filter((p) => (p.month?.value ?? null) !== null || (p.ytd?.value ?? null) !== null)
    .sort((a, b) => Number(isOther(a.c)) - Number(isOther(b.c)) || (b.ytd?.value ?? -Infinity) - (a.ytd?.value ?? -Infinity));
}

/** Year-to-date value of a category figure (the month's own in January). */
const ytdValue = (f: { month?: FigureResult; ytd?: FigureResult }) => f.ytd?.value ?? f.month?.ytd?.value ?? null;
const ytdYoy = (f: { month?: FigureResult; ytd?: FigureResult }) => f.ytd?.yoyPercent ?? f.month?.ytd?.yoyPercent ?? null;

/** The breakdown of a flow by one dimension: total row, then each part with month, year to date, growth and share. */
export function flowBreakdownTable(ctx: ComposeContext, code: string, dimension: string, id: string, caption: string): Block | null {
  const parts = partsWithFigures(ctx, code, dimension);
  if (!parts.length) return null;
  const d = ctx.decimals(code);
  const total = ctx.ytd(code);
  const L = ctx.L;
  const row = (name: string, m: FigureResult | undefined, y: number | null, yoy: number | null): Cell[] => [
    textCell(name),
    numberCell(m?.value, d, ctx.lang),
    numberCell(y, d, ctx.lang),
    changeCell(yoy, ctx.lang),
    percentCell(share(y, total?.value), ctx.lang),
  ];
  return {
    type: 'table',
    id,
    caption: `${caption} (${ctx.unit(code)})`,
    columns: [
      { label: L.colName, numeric: false },
      { label: `${L.colMonthValue} (${ctx.monthText})`, numeric: true, decimals: d },
      { label: `${L.colYtdValue} (${ctx.ytdText})`, numeric: true, decimals: d },
      { label: L.colYtdYoy, numeric: true, decimals: 2 },
      { label: L.colShare, numeric: true, decimals: 2 },
    ],
    rows: [
      row(ctx.name(code), ctx.month(code), total?.value ?? null, total?.yoyPercent ?? null),
      ...parts.map((p) => row(ctx.categoryName(p.c), p.month, ytdValue(p), ytdYoy(p))),
    ],
  };
}

/** "Trong đó: …" over the parts of a flow with their year-to-date value, share and growth. */
export function flowPartsSentence(ctx: ComposeContext, code: string, dimension: string, lead: string, limit = 6): string | null {
  const total = ctx.ytd(code)?.value ?? null;
  const parts: PartChange[] = partsWithFigures(ctx, code, dimension)
    .slice(0, limit)
    .map((p) => ({
      name: properNames(dimension) ? ctx.categoryName(p.c) : midSentence(ctx.categoryName(p.c)),
      value: ytdValue(p),
      share: share(ytdValue(p), total),
      percent: ytdYoy(p),
      status: (p.ytd ?? p.month)?.status ?? null,
    }));
  return componentsSentence({ lead, parts, decimals: ctx.decimals(code), unit: ctx.unit(code) }, ctx.lang);
}
