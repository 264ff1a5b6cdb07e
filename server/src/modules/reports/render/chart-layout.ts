import { formatNumber } from '../wording/format';
import type { ChartSpec } from '../content/types';

/** A drawing primitive of a chart, in chart units (the SVG view box); both the SVG and the PNG draw these. */
export type Prim =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { kind: 'line'; points: [number, number][]; stroke: string; width: number; dash: boolean }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
  | { kind: 'text'; x: number; y: number; text: string; size: number; anchor: 'start' | 'middle' | 'end'; fill: string };

/** The size of every chart, in chart units. */
export const CHART_SIZE = { width: 640, height: 300 } as const;

const COLORS = { current: '#1f5fa8', previous: '#a9b8cc', actual: '#1f5fa8', scenario: '#d9822b', grid: '#dde3ea', axis: '#5b6b7d', text: '#2b3440' } as const;

/** A "nice" step (1, 2 or 5 × 10^k) so that about `count` steps cover `span`. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}

/** Lays a chart out as primitives: grid and value ticks, bars or lines, month labels, legend. */
export function layoutChart(chart: ChartSpec): Prim[] {
  const { width, height } = CHART_SIZE;
  const m = { left: 64, right: 14, top: 40, bottom: 30 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const step = niceStep(hi - lo || 1, 5);
  const min = Math.floor(lo / step) * step;
  const max = Math.max(Math.ceil(hi / step) * step, min + step);
  const y = (v: number) => m.top + plotH - ((v - min) / (max - min)) * plotH;
  const prims: Prim[] = [];
  const tickDecimals = step < 1 ? Math.min(2, Math.ceil(-Math.log10(step))) : 0;
  for (let v = min; v <= max + step / 2; v += step) {
    prims.push({
      kind: 'line',
      points: [
        [m.left, y(v)],
        [width - m.right, y(v)],
      ],
      stroke: COLORS.grid,
      width: 1,
      dash: false,
    });
    prims.push({ kind: 'text', x: m.left - 6, y: y(v) + 4, text: formatNumber(v, tickDecimals, chart.lang), size: 11, anchor: 'end', fill: COLORS.axis });
  }
  prims.push({
    kind: 'line',
    points: [
      [m.left, y(0)],
      [width - m.right, y(0)],
    ],
    stroke: COLORS.axis,
    width: 1,
    dash: false,
  });
  const n = chart.categories.length;
  const group = plotW / n;
  const cx = (i: number) => m.left + group * (i + 0.5);
  chart.categories.forEach((label, i) =>
    prims.push({ kind: 'text', x: cx(i), y: height - m.bottom + 16, text: label, size: 11, anchor: 'middle', fill: COLORS.axis }),
  );
  if (chart.kind === 'bars') {
    const bars = chart.series.length;
    const bw = (group * 0.7) / bars;
    chart.series.forEach((s, k) => {
      s.values.forEach((v, i) => {
        if (v === null) return;
        const x = cx(i) - (bw * bars) / 2 + k * bw;
        const top = Math.min(y(v), y(0));
        prims.push({ kind: 'rect', x, y: top, w: bw * 0.92, h: Math.abs(y(v) - y(0)), fill: COLORS[s.style] });
      });
    });
  } else {
    for (const s of chart.series) {
      const runs: [number, number][][] = [[]];
      s.values.forEach((v, i) => (v === null ? runs.push([]) : runs[runs.length - 1]!.push([cx(i), y(v)])));
      for (const run of runs.filter((r) => r.length > 1))
        prims.push({ kind: 'line', points: run, stroke: COLORS[s.style], width: 2.5, dash: s.style === 'scenario' });
      if (s.style === 'actual') s.values.forEach((v, i) => v !== null && prims.push({ kind: 'circle', cx: cx(i), cy: y(v), r: 3.5, fill: COLORS.actual }));
    }
  }
  let lx = m.left;
  for (const s of chart.series) {
    prims.push({ kind: 'rect', x: lx, y: 12, w: 14, h: 14, fill: COLORS[s.style] });
    prims.push({ kind: 'text', x: lx + 20, y: 24, text: s.label, size: 12, anchor: 'start', fill: COLORS.text });
    lx += 40 + s.label.length * 7;
  }
  prims.push({ kind: 'text', x: width - m.right, y: 24, text: chart.unit, size: 11, anchor: 'end', fill: COLORS.axis });
  return prims;
}
