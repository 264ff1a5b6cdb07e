import { Table, VisuallyHidden } from '@mantine/core';
import { formatNumber } from '../../../lib/format';
import type { ChartSpec } from '../api/types';
import { useReportsTranslation } from '../i18n';
import { valueScale } from '../lib/chart-scale';
import classes from './report-document.module.css';

const size = { width: 640, height: 300 };
const margin = { left: 64, right: 14, top: 40, bottom: 30 };
const colors = { current: '#1f5fa8', previous: '#98a9bf', actual: '#1f5fa8', scenario: '#c4661a', grid: '#dde3ea', axis: '#5b6b7d', text: '#2b3440' };

/** A number of the chart's table; "no figure" is said, not shown as a dash to screen readers. */
function Figure({ value, decimals }: { value: number | null; decimals: number }) {
  const { t } = useReportsTranslation();
  if (value === null)
    return (
      <>
        <span aria-hidden>—</span>
        <VisuallyHidden>{t('chart.noFigure')}</VisuallyHidden>
      </>
    );
  return <>{formatNumber(value, { decimals })}</>;
}

/** Props of {@link ReportChart}. */
export type ReportChartProps = { id: string; caption: string; chart: ChartSpec };

/**
 * A chart of the report drawn as SVG, like the server draws it in the files: monthly bars of this year against
 * last year, or the cumulative actual against the cumulative scenario. The same figures follow in a table.
 */
export function ReportChart({ id, caption, chart }: ReportChartProps) {
  const { t } = useReportsTranslation();
  const { width, height } = size;
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const scale = valueScale(chart.series.flatMap((s) => s.values));
  const y = (v: number) => margin.top + plotH - ((v - scale.min) / (scale.max - scale.min)) * plotH;
  const n = Math.max(1, chart.categories.length);
  const group = plotW / n;
  const cx = (i: number) => margin.left + group * (i + 0.5);
  let legendX = margin.left;

  return (
    <figure className={classes.figure} data-testid={`report-chart-${id}`}>
      <figcaption className={classes.caption}>{caption}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={caption} className={classes.chart}>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? colors.axis : colors.grid} />
            <text x={margin.left - 6} y={y(tick) + 4} fontSize={11} textAnchor="end" fill={colors.axis}>
              {formatNumber(tick, { decimals: scale.decimals })}
            </text>
          </g>
        ))}
        {chart.categories.map((label, i) => (
          <text key={label} x={cx(i)} y={height - margin.bottom + 16} fontSize={11} textAnchor="middle" fill={colors.axis}>
            {label}
          </text>
        ))}
        {chart.kind === 'bars'
          ? chart.series.map((series, k) => {
              const barW = (group * 0.7) / chart.series.length;
              return series.values.map((v, i) =>
                v === null ? null : (
                  <rect
                    key={`${k}-${i}`}
                    x={cx(i) - (barW * chart.series.length) / 2 + k * barW}
                    y={Math.min(y(v), y(0))}
                    width={barW * 0.92}
                    height={Math.abs(y(v) - y(0))}
                    fill={colors[series.style]}
                  />
                ),
              );
            })
          : chart.series.map((series, k) => {
              // A line is broken where a month has no figure.
              const runs: string[][] = [[]];
              series.values.forEach((v, i) => (v === null ? runs.push([]) : runs[runs.length - 1]!.push(`${cx(i)},${y(v)}`)));
              return (
                <g key={k}>
                  {runs
                    .filter((run) => run.length > 1)
                    .map((run, r) => (
                      <polyline
                        key={r}
                        points={run.join(' ')}
                        fill="none"
                        stroke={colors[series.style]}
                        strokeWidth={2.5}
                        strokeDasharray={series.style === 'scenario' ? '6 4' : undefined}
                      />
                    ))}
                  {series.style === 'actual' &&
                    series.values.map((v, i) => (v === null ? null : <circle key={i} cx={cx(i)} cy={y(v)} r={3.5} fill={colors.actual} />))}
                </g>
              );
            })}
        {chart.series.map((series) => {
          const x = legendX;
          legendX += 40 + series.label.length * 7;
          return (
            <g key={series.label}>
              <rect x={x} y={12} width={14} height={14} fill={colors[series.style]} />
              <text x={x + 20} y={24} fontSize={12} fill={colors.text}>
                {series.label}
              </text>
            </g>
          );
        })}
        <text x={width - margin.right} y={24} fontSize={11} textAnchor="end" fill={colors.axis}>
          {chart.unit}
        </text>
      </svg>
      <details className={classes.chartData}>
        <summary>{t('chart.showData')}</summary>
        <div className={classes.scroll} tabIndex={0} role="region" aria-label={caption}>
          <Table withTableBorder withColumnBorders striped fz="sm" miw={420} data-testid={`report-chart-data-${id}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('chart.month')}</Table.Th>
                {chart.series.map((series) => (
                  <Table.Th key={series.label} scope="col" ta="right">
                    {series.label} ({chart.unit})
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {chart.categories.map((label, i) => (
                <Table.Tr key={label}>
                  <Table.Th scope="row" fw={400}>
                    {label}
                  </Table.Th>
                  {chart.series.map((series) => (
                    <Table.Td key={series.label} ta="right" className={classes.number}>
                      <Figure value={series.values[i] ?? null} decimals={chart.decimals} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </details>
    </figure>
  );
}
