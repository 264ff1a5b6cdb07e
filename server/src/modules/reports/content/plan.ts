import type { FigureResult } from '../../indicators';
import { midSentence } from '../wording/format';
import { planSentence, requiredGrowthSentence, warningText, yearEndSentence, type WarningLevel } from '../wording/phrases';
import { cumulativeChart } from './charts';
import { HEADLINE_INDICATORS } from './scope';
import { changeCell, numberCell, percentCell, textCell, type ComposeContext } from './context';
import type { Block, Cell } from './types';

const LEVELS: WarningLevel[] = ['on_track', 'watch', 'at_risk', 'off_track'];

/** Indicators (in catalogue order) that have a plan or a scenario for the year. */
function planned(ctx: ComposeContext): FigureResult[] {
  const order = (code: string) => {
    const i = (HEADLINE_INDICATORS as readonly string[]).indexOf(code);
    return i < 0 ? HEADLINE_INDICATORS.length : i;
  };
  return ctx.data.indicators
    .map((i) => ctx.month(i.code))
    .filter((f): f is FigureResult => !!f && (f.plan !== null || f.scenario !== null))
    .sort((a, b) => order(a.indicator) - order(b.indicator));
}

function indicatorText(ctx: ComposeContext, f: FigureResult): string[] {
  const code = f.indicator;
  const d = ctx.decimals(code);
  const unit = ctx.unit(code);
  const out: string[] = [];
  if (f.planPercent !== null && f.plan !== null) {
    out.push(
      planSentence(
        {
          name: ctx.name(code),
          ytdText: ctx.ytdText,
          planPercent: f.planPercent,
          plan: f.plan,
          decimals: d,
          unit,
          gapPoints: f.scenario?.gapPoints ?? null,
          warning: f.scenario?.warning ?? null,
        },
        ctx.lang,
      ),
    );
    const req = requiredGrowthSentence(
      { remainingMonths: 12 - ctx.data.month, percent: f.requiredGrowthPercent, planPercent: f.planPercent, lastYear: ctx.lastYear },
      ctx.lang,
    );
    if (req) out.push(req);
  }
  const ye = f.yearEnd
    ? yearEndSentence({ year: ctx.data.year, base: f.yearEnd.base, seasonal: f.yearEnd.seasonal, plan: f.plan, decimals: d, unit }, ctx.lang)
    : null;
  if (ye && f.plan !== null && ctx.data.month < 12) out.push(ye);
  return out;
}

function warningSummary(ctx: ComposeContext, figures: FigureResult[]): string | null {
  const groups = LEVELS.map((level) => ({
    level,
    names: figures.filter((f) => f.scenario?.warning === level).map((f) => midSentence(ctx.name(f.indicator))),
  })).filter((g) => g.names.length);
  if (!groups.length) return null;
  const body = groups.map((g) => `${warningText(g.level, ctx.lang)}: ${g.names.join(', ')}`).join('; ');
  return ctx.lang === 'vi' ? `Tiến độ so với kịch bản tăng trưởng — ${body}.` : `Against the growth scenario — ${body}.`;
}

function withoutPlan(ctx: ComposeContext): string | null {
  const names = ctx.data.indicators
    .filter((i) => i.kind === 'flow')
    .map((i) => ctx.month(i.code))
    .filter((f): f is FigureResult => !!f && f.plan === null && ((f.ytd?.value ?? null) !== null || f.value !== null))
    .map((f) => midSentence(ctx.name(f.indicator)));
  if (!names.length) return null;
  return ctx.lang === 'vi'
    ? `Chưa có kế hoạch năm ${ctx.data.year} cho: ${names.join(', ')}.`
    : `No annual plan for ${ctx.data.year} has been entered for: ${names.join(', ')}.`;
}

function planTable(ctx: ComposeContext, figures: FigureResult[]): Block {
  const L = ctx.L;
  const lang = ctx.lang;
  const rows: Cell[][] = figures.map((f) => {
    const d = ctx.decimals(f.indicator);
    return [
      textCell(ctx.name(f.indicator)),
      textCell(ctx.unit(f.indicator)),
      numberCell(f.plan, d, lang),
      numberCell(f.ytd?.value, d, lang),
      percentCell(f.planPercent, lang),
      numberCell(f.scenario?.cumulative, d, lang),
      changeCell(f.scenario?.gapPoints, lang),
      textCell(f.scenario?.warning ? warningText(f.scenario.warning, lang) : '—'),
    ];
  });
  return {
    type: 'table',
    id: 'plan',
    caption: L.planTable,
    columns: [
      { label: L.colIndicator, numeric: false },
      { label: L.colUnit, numeric: false },
      { label: L.colPlan, numeric: true },
      { label: `${L.colYtdValue} (${ctx.ytdText})`, numeric: true },
      { label: L.colPlanPercent, numeric: true, decimals: 2 },
      { label: L.colScenario, numeric: true },
      { label: L.colGap, numeric: true, decimals: 2 },
      { label: L.colWarning, numeric: false },
    ],
    rows,
  };
}

function forecastTable(ctx: ComposeContext, figures: FigureResult[]): Block | null {
  const flows = figures.filter((f) => f.yearEnd !== null);
  if (!flows.length || ctx.data.month === 12) return null;
  const L = ctx.L;
  return {
    type: 'table',
    id: 'forecast',
    caption: L.forecastTable,
    columns: [
      { label: L.colIndicator, numeric: false },
      { label: L.colUnit, numeric: false },
      { label: L.colRequired, numeric: true, decimals: 2 },
      { label: L.colYearEndBase, numeric: true },
      { label: L.colYearEndSeasonal, numeric: true },
    ],
    rows: flows.map((f) => {
      const d = ctx.decimals(f.indicator);
      return [
        textCell(ctx.name(f.indicator)),
        textCell(ctx.unit(f.indicator)),
        changeCell(f.requiredGrowthPercent, ctx.lang),
        numberCell(f.yearEnd?.base, d, ctx.lang),
        numberCell(f.yearEnd?.seasonal, d, ctx.lang),
      ];
    }),
  };
}

/** Part 3 of the report: every indicator against its plan and scenario, required growth, year-end estimates. */
export function planBlocks(ctx: ComposeContext): Block[] {
  const figures = planned(ctx);
  const blocks: Block[] = [];
  const push = (b: Block | string | null) => b && blocks.push(typeof b === 'string' ? { type: 'paragraph', text: b } : b);
  for (const f of figures) {
    const text = indicatorText(ctx, f);
    if (text.length) push(text.join(' '));
  }
  push(warningSummary(ctx, figures));
  push(withoutPlan(ctx));
  if (figures.length) push(planTable(ctx, figures));
  push(forecastTable(ctx, figures));
  for (const f of figures) push(cumulativeChart(ctx, f.indicator));
  return blocks;
}
