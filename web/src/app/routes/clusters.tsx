import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { useClusters, useProvinceSummary } from '../../features/clusters/api/registry';
import { OCCUPANCY_BANDS, STAGES } from '../../features/clusters/api/types';
import { ClusterFilters, type ClusterFilterValues } from '../../features/clusters/components/cluster-filters';
import { AddClusterButton } from '../../features/clusters/components/cluster-form';
import { ClusterViews } from '../../features/clusters/components/cluster-views';
import { ClustersTable } from '../../features/clusters/components/clusters-table';
import { OccupancyLegend } from '../../features/clusters/components/occupancy-bar';
import { ProvinceTotals } from '../../features/clusters/components/province-totals';
import { useClustersTranslation } from '../../features/clusters/i18n';
import { formatNumber } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useScopeProvinces } from '../scope';

const route = getRouteApi('/app/clusters');

/**
 * The industrial clusters of a province: its totals, then the clusters filtered by commune, stage, occupancy band and
 * a name search (accents ignored by the server), each with its occupancy bar; a name opens the cluster's page.
 * The server offers no export of this list, so the page has none.
 */
export function ClustersRoute() {
  const { t } = useClustersTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const provinces = useScopeProvinces(me);
  const orgunit = provinces.items.some((p) => p.code === search.orgunit) ? search.orgunit! : (provinces.items[0]?.code ?? null);
  const filters: ClusterFilterValues = {
    ...(search.commune && /^\d{5}$/.test(search.commune) ? { commune: search.commune } : {}),
    ...(search.stage && (STAGES as readonly string[]).includes(search.stage) ? { stage: search.stage } : {}),
    ...(search.occupancy && (OCCUPANCY_BANDS as readonly string[]).includes(search.occupancy) ? { occupancy: search.occupancy } : {}),
    ...(search.q ? { q: search.q } : {}),
  };
  const all = useClusters(orgunit ? { orgunit } : null);
  const list = useClusters(orgunit ? { orgunit, ...filters } : null);
  const summary = useProvinceSummary(orgunit);
  const communes = useMemo(() => {
    const map = new Map<string, string>();
    for (const c of all.data?.items ?? []) map.set(c.communeCode, c.communeName);
    return [...map].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }, [all.data]);
  // Directors and officers register clusters in their provinces (the server's EDITORS); viewers and admins read.
  const canEdit = me.role === 'director' || me.role === 'officer';
  const setFilters = (values: ClusterFilterValues) => void navigate({ search: { ...(orgunit ? { orgunit } : {}), ...values }, replace: true });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('list.title')}
        description={t('list.intro')}
        actions={
          <Group align="flex-start" gap="sm">
            <ClusterViews current="list" orgunit={orgunit} rounds />
            {canEdit && orgunit && <AddClusterButton key={orgunit} province={orgunit} />}
          </Group>
        }
      />
      {provinces.items.length > 1 && (
        <NativeSelect
          label={t('common.province')}
          data={provinces.items.map((p) => ({ value: p.code, label: p.name }))}
          value={orgunit ?? ''}
          onChange={(e) => void navigate({ search: { orgunit: e.currentTarget.value } })}
          w={240}
          data-testid="clusters-province"
        />
      )}
      {summary.data && <ProvinceTotals summary={summary.data} />}
      {summary.isError && <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />}
      <ClusterFilters values={filters} communes={communes} onChange={setFilters} />
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed" role="status" data-testid="clusters-count">
          {list.data ? t('list.count', { total: formatNumber(list.data.total) }) : ''}
        </Text>
        <OccupancyLegend />
      </Group>
      {list.isPending && orgunit && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data &&
        (list.data.items.length ? (
          <ClustersTable items={list.data.items} />
        ) : (
          <Text c="dimmed" data-testid="clusters-empty">
            {t('list.empty')}
          </Text>
        ))}
    </Stack>
  );
}
