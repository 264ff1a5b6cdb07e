import { Card, SimpleGrid, Text } from '@mantine/core';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { ProvinceSummary } from '../api/types';
import { useClustersTranslation } from '../i18n';

/** The province's totals on top of the list: clusters, land, occupancy, tenants, workers, investment. */
export function ProvinceTotals({ summary }: { summary: ProvinceSummary }) {
  const { t } = useClustersTranslation();
  const cells: [string, string, string][] = [
    [
      'clusters',
      t('totals.clusters'),
      t('totals.clustersValue', { total: formatNumber(summary.clusters), operating: formatNumber(summary.operatingClusters) }),
    ],
    ['industrial', t('totals.industrial'), `${formatNumber(summary.industrialHa, { decimals: 1 })} ha`],
    ['leased', t('totals.leased'), `${formatNumber(summary.leasedHa, { decimals: 1 })} ha`],
    ['occupancy', t('totals.occupancy'), formatPercent(summary.occupancyPercent)],
    ['operatingOccupancy', t('totals.operatingOccupancy'), formatPercent(summary.operatingOccupancyPercent)],
    ['tenants', t('totals.tenants'), t('totals.tenantsValue', { total: formatNumber(summary.tenantCount), fdi: formatNumber(summary.fdiTenantCount) })],
    ['workers', t('totals.workers'), formatNumber(summary.workers)],
    ['investment', t('totals.investment'), t('totals.billions', { value: formatNumber(summary.investmentTotal, { decimals: 1 }) })],
  ];
  return (
    <section aria-label={t('totals.label')} data-testid="province-totals">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {cells.map(([key, label, value]) => (
          <Card key={key} withBorder padding="sm">
            <dl style={{ margin: 0 }}>
              <Text component="dt" size="xs" c="dimmed">
                {label}
              </Text>
              <Text component="dd" m={0} fw={700} size="lg" ff="monospace" data-testid={`total-${key}`}>
                {value}
              </Text>
            </dl>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
