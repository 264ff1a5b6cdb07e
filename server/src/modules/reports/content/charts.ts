import type { ComposeContext } from './context';
import type { Block } from './types';

const months = (ctx: ComposeContext) => Array.from({ length: 12 }, (_, i) => ctx.L.monthShort(i + 1));

/** Monthly bars of a flow, this year (to the report month) against last year; null without figures. */
export function barsChart(ctx: ComposeContext, code: string): Block | null {
  const series = ctx.data.series[code];
  if (!series || !series.some((p) => p.value !== null)) return null;
  const { year } = ctx.data;
  return {
    type: 'chart',
    id: `bars-${code}`,
    caption: `${ctx.L.chartBars(ctx.name(code), year, year - 1)} (${ctx.unit(code)})`,
    chart: {
      kind: 'bars',
      unit: ctx.unit(code),
      decimals: ctx.decimals(code),
      lang: ctx.lang,
      categories: months(ctx),
      series: [
        { label: ctx.L.seriesCurrent(year - 1), style: 'previous', values: series.map((p) => p.lastYear) },
        { label: ctx.L.seriesCurrent(year), style: 'current', values: series.map((p) => p.value) },
      ],
    },
  };
}

/** Cumulative actual against the cumulative growth scenario; null without a scenario. */
export function cumulativeChart(ctx: ComposeContext, code: string): Block | null {
  const series = ctx.data.series[code];
  if (!series || !series.some((p) => p.scenarioCumulative !== null) || !series.some((p) => p.cumulative !== null)) return null;
  return {
    type: 'chart',
    id: `cumulative-${code}`,
    caption: `${ctx.L.chartCumulative(ctx.name(code), ctx.data.year)} (${ctx.unit(code)})`,
    chart: {
      kind: 'cumulative',
      unit: ctx.unit(code),
      decimals: ctx.decimals(code),
      lang: ctx.lang,
      categories: months(ctx),
      series: [
        { label: ctx.L.seriesScenario, style: 'scenario', values: series.map((p) => p.scenarioCumulative) },
        { label: ctx.L.seriesActual, style: 'actual', values: series.map((p) => p.cumulative) },
      ],
    },
  };
}
