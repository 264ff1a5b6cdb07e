import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense, useMemo } from 'react';
import { Loading } from '../../../components/ui/loading';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { ClusterFigures, Location } from '../api/types';
import { useClustersTranslation } from '../i18n';
import { aspectOf, boxFor, pointOf } from '../lib/geo';
import { bandHex, occupancyBand } from '../lib/occupancy';
import { OccupancyLegend } from './occupancy-bar';

const MapChart = lazy(() => import('./map-chart'));

/** Props of {@link ClusterMap}. */
export type ClusterMapProps = {
  province: string;
  clusters: ClusterFigures[];
  /** Locations by cluster id (from the clusters' pages). */
  locations: Map<string, Location | null>;
  onSelect: (cluster: ClusterFigures) => void;
};

/**
 * Clusters drawn at their location on a plain longitude/latitude grid spanning the province's bounding box, coloured
 * by occupancy band; a click opens the cluster. No tile server and no outline: the same clusters are listed below
 * as links, for the keyboard and screen readers.
 */
export function ClusterMap({ province, clusters, locations, onSelect }: ClusterMapProps) {
  const { t } = useClustersTranslation();
  const placed = clusters.flatMap((c) => {
    const point = pointOf(locations.get(c.id));
    return point ? [{ cluster: c, point }] : [];
  });
  const unplaced = clusters.filter((c) => !placed.some((p) => p.cluster.id === c.id));
  const frame = boxFor(
    province,
    placed.map((p) => p.point),
  );
  const language = t('common.languageTag');
  const option = useMemo(() => {
    if (!frame) return null;
    const [west, south, east, north] = frame.box;
    const degrees = (v: number) => `${formatNumber(v, { decimals: 2 })}°`;
    return {
      animation: false,
      grid: { left: 56, right: 16, top: 16, bottom: 40, show: true, borderColor: '#adb5bd', borderWidth: 1 },
      xAxis: {
        type: 'value',
        min: west,
        max: east,
        name: t('map.longitude'),
        nameLocation: 'middle',
        nameGap: 26,
        axisLabel: { formatter: degrees, showMinLabel: false, showMaxLabel: false },
        splitLine: { lineStyle: { color: '#f1f3f5' } },
      },
      yAxis: {
        type: 'value',
        min: south,
        max: north,
        name: t('map.latitude'),
        nameLocation: 'middle',
        nameGap: 44,
        axisLabel: { formatter: degrees, showMinLabel: false, showMaxLabel: false },
        splitLine: { lineStyle: { color: '#f1f3f5' } },
      },
      tooltip: {
        trigger: 'item',
        formatter: (params: { data: { name: string; occupancy: number | null; commune: string } }) =>
          `<b>${escapeHtml(params.data.name)}</b><br/>${escapeHtml(params.data.commune)}<br/>${escapeHtml(t('map.occupancy'))}: ${formatPercent(params.data.occupancy)}`,
      },
      series: [
        {
          type: 'scatter',
          cursor: 'pointer',
          symbolSize: (_: unknown, params: { data: { size: number } }) => params.data.size,
          data: placed.map(({ cluster, point }) => ({
            id: cluster.id,
            name: cluster.name,
            commune: cluster.communeName,
            occupancy: cluster.occupancyPercent,
            value: point,
            size: 10 + Math.sqrt(cluster.plannedAreaHa) * 2,
            itemStyle: { color: bandHex[occupancyBand(cluster.occupancyPercent)], borderColor: '#fff', borderWidth: 1 },
          })),
          label: {
            show: true,
            position: 'right',
            formatter: (p: { data: { name: string } }) => p.data.name.replace(/^Cụm công nghiệp\s+/i, ''),
            fontSize: 11,
            color: '#495057',
          },
          emphasis: { scale: 1.3 },
        },
      ],
    };
    // Rebuilt only when what it draws changes, or the language (axis names, number format).
  }, [frame?.box.join(','), placed.map((p) => `${p.cluster.id}:${p.cluster.occupancyPercent}`).join('|'), language]);

  return (
    <Stack gap="sm">
      <Alert color="gray" variant="light" data-testid="map-note">
        {frame?.known === false ? t('map.noteExtent') : t('map.note')}
      </Alert>
      <OccupancyLegend />
      {option && frame ? (
        <Suspense fallback={<Loading />}>
          <MapChart
            option={option}
            aspect={aspectOf(frame.box)}
            label={t('map.chartLabel', { count: formatNumber(placed.length) })}
            onSelect={(id) => {
              const cluster = clusters.find((c) => c.id === id);
              if (cluster) onSelect(cluster);
            }}
            testId="cluster-map"
          />
        </Suspense>
      ) : (
        <Text c="dimmed">{t('map.nothing')}</Text>
      )}
      <section aria-labelledby="map-list-title">
        <Text fw={600} id="map-list-title" mb={4}>
          {t('map.listTitle')}
        </Text>
        <List size="sm" spacing={2} data-testid="map-list">
          {clusters.map((c) => (
            <List.Item key={c.id}>
              <Anchor renderRoot={(props) => <Link to="/clusters/$province/$clusterId" params={{ province: c.provinceCode, clusterId: c.id }} {...props} />}>
                {c.name}
              </Anchor>{' '}
              — {t('map.occupancy')}: {formatPercent(c.occupancyPercent)}
              {unplaced.includes(c) && <Text span c="dimmed">{` (${t('map.noLocation')})`}</Text>}
            </List.Item>
          ))}
        </List>
      </section>
    </Stack>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
