import { formatNumber } from '../wording/format';
import type { Cell, ChartSpec, Column } from '../content/types';

/** A chart's numbers as a table (months as rows, series as columns), for the text formats and the annex. */
export function chartAsTable(chart: ChartSpec): { columns: Column[]; rows: Cell[][] } {
  const monthHeader = chart.lang === 'vi' ? 'Tháng' : 'Month';
  return {
    columns: [{ label: monthHeader, numeric: false }, ...chart.series.map((s) => ({ label: s.label, numeric: true, decimals: chart.decimals }))],
    rows: chart.categories.map((label, i) => [
      { text: label },
      ...chart.series.map((s) => {
        const v = s.values[i] ?? null;
        return v === null ? { text: '—', value: null } : { text: formatNumber(v, chart.decimals, chart.lang), value: v, format: 'number' as const };
      }),
    ]),
  };
}
