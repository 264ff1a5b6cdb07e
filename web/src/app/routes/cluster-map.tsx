import { NativeSelect, Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { useClusterPages, useClusters } from '../../features/clusters/api/registry';
import type { Location } from '../../features/clusters/api/types';
import { ClusterMap } from '../../features/clusters/components/cluster-map';
import { ClusterViews } from '../../features/clusters/components/cluster-views';
import { useClustersTranslation } from '../../features/clusters/i18n';
import { useMe } from '../../lib/me';
import { useScopeProvinces } from '../scope';

const route = getRouteApi('/app/clusters/map');

/**
 * The clusters of a province on a map coloured by occupancy. The list answer carries no location, so each cluster's
 * page is read for it (one request per cluster: fine for a province's dozens of clusters).
 */
export function ClusterMapRoute() {
  const { t } = useClustersTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate();
  const provinces = useScopeProvinces(me);
  const orgunit = provinces.items.some((p) => p.code === search.orgunit) ? search.orgunit! : (provinces.items[0]?.code ?? null);
  const list = useClusters(orgunit ? { orgunit } : null);
  const ids = (list.data?.items ?? []).map((c) => c.id);
  const pages = useClusterPages(orgunit ?? '', orgunit ? ids : []);
  const ready = pages.every((p) => !p.isPending);
  const key = pages.map((p) => p.dataUpdatedAt).join(',');
  const locations = useMemo(() => {
    const map = new Map<string, Location | null>();
    for (const p of pages) if (p.data) map.set(p.data.id, p.data.location);
    return map;
    // The pages change identity on every render; their update times say when their data did.
  }, [key]);

  return (
    <Stack gap="md">
      <PageHeader title={t('map.title')} description={t('map.intro')} actions={<ClusterViews current="map" orgunit={orgunit} rounds />} />
      {provinces.items.length > 1 && (
        <NativeSelect
          label={t('common.province')}
          data={provinces.items.map((p) => ({ value: p.code, label: p.name }))}
          value={orgunit ?? ''}
          onChange={(e) => void navigate({ to: '/clusters/map', search: { orgunit: e.currentTarget.value } })}
          w={240}
        />
      )}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {(list.isPending || !ready) && orgunit && <Loading />}
      {list.data && ready && orgunit && (
        <ClusterMap
          province={orgunit}
          clusters={list.data.items}
          locations={locations}
          onSelect={(c) => void navigate({ to: '/clusters/$province/$clusterId', params: { province: c.provinceCode, clusterId: c.id } })}
        />
      )}
    </Stack>
  );
}
