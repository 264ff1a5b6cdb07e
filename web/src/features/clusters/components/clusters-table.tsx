import { Anchor, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { moveBetweenRows, rowActionAttribute } from '../../../components/ui/table-keys';
import { formatNumber } from '../../../lib/format';
import type { ClusterFigures } from '../api/types';
import { useClustersTranslation } from '../i18n';
import { OccupancyBar } from './occupancy-bar';

/** The clusters with commune, type, stage, planned area, occupancy, tenants and workers; each name opens its page. */
export function ClustersTable({ items }: { items: ClusterFigures[] }) {
  const { t } = useClustersTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover data-testid="clusters-table" aria-label={t('list.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.commune')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.type')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.stage')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('list.columns.planned')}
            </Table.Th>
            <Table.Th scope="col">{t('list.columns.occupancy')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('list.columns.tenants')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('list.columns.workers')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={moveBetweenRows}>
          {items.map((c) => (
            <Table.Tr key={c.id} data-cluster={c.code}>
              <Table.Th scope="row" fw={500}>
                <Anchor
                  renderRoot={(props) => <Link to="/clusters/$province/$clusterId" params={{ province: c.provinceCode, clusterId: c.id }} {...props} />}
                  {...{ [rowActionAttribute]: '' }}
                  data-testid={`cluster-link-${c.code}`}
                >
                  {c.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {c.code}
                </Text>
              </Table.Th>
              <Table.Td>{c.communeName}</Table.Td>
              <Table.Td>{t(`type.${c.type}`)}</Table.Td>
              <Table.Td>{c.stage ? t(`stage.${c.stage}`) : t('stage.none')}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(c.plannedAreaHa, { decimals: 1 })}
              </Table.Td>
              <Table.Td>
                <OccupancyBar percent={c.occupancyPercent} testId={`occupancy-${c.code}`} />
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(c.tenantCount)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(c.workers)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
