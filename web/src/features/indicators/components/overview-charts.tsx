import { Card, Center, Loader, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense, useMemo } from 'react';
import { formatMonthOfYear, formatNumber, formatPeriod } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { indicatorName, indicatorUnit } from '../api/get-catalogue';
import type { Indicator, SeriesPoint } from '../api/types';
import { useIndicatorsTranslation } from '../i18n';
import { Num } from './num';

const EChart = lazy(() => import('./echart'));

/** The indicators whose monthly series the overview charts. */
export const chartIndicators = ['RETAIL', 'EXPORT', 'IMPORT'] as const;

/** One of {@link chartIndicators}. */
export type ChartIndicator = (typeof chartIndicators)[number];

const colors = { thisYear: '#1c7ed6', lastYear: '#adb5bd', scenario: '#e8590c' };

/** Props of {@link OverviewCharts}. */
export type OverviewChartsProps = {
  series: Partial<Record<string, SeriesPoint[]>>;
  /** The overview's month (YYYY-MM): its year is "this year". */
  period: string;
  indicators: ReadonlyMap<string, Indicator>;
  choice: ChartIndicator;
  onChoose: (indicator: ChartIndicator) => void;
};

function ChartBox({ option, label, testId }: { option: EChartsCoreOption; label: string; testId: string }) {
  const { t } = useIndicatorsTranslation();
  return (
    <Suspense
      fallback={
        <Center h={280} role="status" aria-label={t('app.loading')}>
          <Loader size="sm" />
        </Center>
      }
    >
      <EChart option={option} height={280} label={label} testId={testId} />
    </Suspense>
  );
}

/**
 * The monthly series of one indicator: bars of this year against last year, and the cumulative actual against the
 * cumulative growth scenario, with the same figures in a table (for screen readers, and for copying).
 */
export function OverviewCharts({ series, period, indicators, choice, onChoose }: OverviewChartsProps) {
  const { t } = useIndicatorsTranslation();
  const language = currentLanguage();
  const year = Number(period.slice(0, 4));
  const indicator = indicators.get(choice);
  const decimals = indicator?.decimals ?? 0;
  const unit = indicatorUnit(indicator, language);
  const name = indicatorName(indicator, language, choice);
  const points = useMemo(() => series[choice] ?? [], [series, choice]);
  const thisYear = t('charts.year', { year: String(year) });
  const lastYear = t('charts.year', { year: String(year - 1) });

  const options = useMemo(() => {
    const number = (value: unknown) => (typeof value === 'number' ? `${formatNumber(value, { decimals })} ${unit}` : '—');
    const common = {
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: number },
      xAxis: { type: 'category', data: points.map((p) => formatMonthOfYear(p.month)) },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatNumber(value) } },
      animation: false,
    };
    const monthly: EChartsCoreOption = {
      ...common,
      series: [
        { type: 'bar', name: thisYear, data: points.map((p) => p.value), itemStyle: { color: colors.thisYear } },
        { type: 'bar', name: lastYear, data: points.map((p) => p.lastYear), itemStyle: { color: colors.lastYear } },
      ],
    };
    const cumulative: EChartsCoreOption = {
      ...common,
      series: [
        { type: 'line', name: t('charts.cumulativeActual'), data: points.map((p) => p.cumulative), itemStyle: { color: colors.thisYear }, symbolSize: 6 },
        {
          type: 'line',
          name: t('charts.cumulativeScenario'),
          data: points.map((p) => p.scenarioCumulative),
          itemStyle: { color: colors.scenario },
          lineStyle: { type: 'dashed' },
          symbolSize: 4,
        },
      ],
    };
    return { monthly, cumulative };
    // The language is a dependency: the labels and numbers are written in it.
  }, [points, decimals, unit, thisYear, lastYear, t, language]);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="charts-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="charts-title">
          {t('charts.title')}
        </Title>
        <div>
          <Text size="sm" fw={500} id="charts-indicator-label" mb={4}>
            {t('charts.indicator')}
          </Text>
          <SegmentedControl
            aria-labelledby="charts-indicator-label"
            value={choice}
            onChange={(value) => onChoose(value as ChartIndicator)}
            data={chartIndicators.map((code) => ({ value: code, label: t(`charts.short.${code}`) }))}
            data-testid="chart-indicator"
          />
        </div>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <div>
            <Text size="sm" fw={600} mb={4}>
              {t('charts.monthly', { name, year: String(year), last: String(year - 1) })}
            </Text>
            <ChartBox option={options.monthly} label={t('charts.monthly', { name, year: String(year), last: String(year - 1) })} testId="chart-monthly" />
          </div>
          <div>
            <Text size="sm" fw={600} mb={4}>
              {t('charts.cumulative', { name, year: String(year) })}
            </Text>
            <ChartBox option={options.cumulative} label={t('charts.cumulative', { name, year: String(year) })} testId="chart-cumulative" />
          </div>
        </SimpleGrid>
        <details>
          <summary>
            <Text span size="sm">
              {t('charts.showTable')}
            </Text>
          </summary>
          <Table.ScrollContainer minWidth={560}>
            <Table striped data-testid="chart-table">
              <Table.Caption>{t('table.caption', { unit })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('charts.month')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {thisYear}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {lastYear}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('charts.cumulativeActual')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('charts.cumulativeScenario')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {points.map((p) => (
                  <Table.Tr key={p.month}>
                    <Table.Th scope="row" fw={500}>
                      {formatPeriod(`${year}-${String(p.month).padStart(2, '0')}`, { capital: true })}
                    </Table.Th>
                    <Table.Td ta="right" ff="monospace">
                      <Num text={formatNumber(p.value, { decimals })} />
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace">
                      <Num text={formatNumber(p.lastYear, { decimals })} />
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace">
                      <Num text={formatNumber(p.cumulative, { decimals })} />
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace">
                      <Num text={formatNumber(p.scenarioCumulative, { decimals })} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </details>
      </Stack>
    </Card>
  );
}
