import { Group, NativeSelect, Stack, Switch, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { gridExportUrl } from '../../features/indicators/api/exports';
import { useGrid } from '../../features/indicators/api/grid';
import { EntryGrid } from '../../features/indicators/components/entry-grid';
import { ExportLinks } from '../../features/indicators/components/export-links';
import { LockIcon, WarningIcon } from '../../features/indicators/components/icons';
import { PublicationPanel } from '../../features/indicators/components/publication-panel';
import { useFiguresIoTranslation } from '../../features/indicators/io-i18n';
import { latestMonthWithData, type Editor, type StatusChoice } from '../../features/indicators/lib/grid-model';
import { formatPercent } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useScopeProvinces } from '../scope';

const route = getRouteApi('/app/grid');
const statuses = ['estimate', 'preliminary', 'official'] as const;

/**
 * The entry grid (nhập số liệu): a province and year, indicators down and months across, each cell with its value,
 * status, lock and warnings. Officers and directors type, paste from Excel and save cell by cell; directors publish
 * and reopen months; the other roles read. Every save keeps the earlier vintages (the history panel shows them).
 */
export function GridRoute() {
  const { t } = useFiguresIoTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const provinces = useScopeProvinces(me);
  const thisYear = new Date().getFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4];
  const orgunit = provinces.items.some((p) => p.code === search.orgunit) ? search.orgunit! : (provinces.items[0]?.code ?? null);
  const asked = Number(search.year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const params = orgunit ? { orgunit, year } : null;
  const grid = useGrid(params);
  const [statusChoice, setStatusChoice] = useState<StatusChoice>('auto');
  const [withAggregates, setWithAggregates] = useState(true);
  const editor: Editor = me.role === 'director' ? 'director' : me.role === 'officer' ? 'officer' : 'none';
  const placeName = provinces.items.find((p) => p.code === orgunit)?.name ?? orgunit ?? '';
  const setSearch = (change: Partial<typeof search>) => void navigate({ search: (prev) => ({ ...prev, ...change }), replace: true });
  const data = grid.data;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('grid.title')}
        description={t('grid.intro')}
        actions={orgunit ? <ExportLinks href={(format) => gridExportUrl({ orgunit, year, format })} testId="grid-exports" /> : undefined}
      />
      <Group align="flex-end" wrap="wrap" role="group" aria-label={t('grid.controls')}>
        <NativeSelect
          label={t('overview.province')}
          data={provinces.items.map((p) => ({ value: p.code, label: p.name }))}
          value={orgunit ?? ''}
          onChange={(event) => setSearch({ orgunit: event.currentTarget.value })}
          w={240}
          data-testid="grid-province"
        />
        <NativeSelect
          label={t('grid.year')}
          data={(years.includes(year) ? years : [year, ...years]).map((y) => ({ value: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(event) => setSearch({ year: event.currentTarget.value })}
          w={120}
          data-testid="grid-year"
        />
        {editor !== 'none' && (
          <NativeSelect
            label={t('grid.statusChoice.label')}
            data={[{ value: 'auto', label: t('grid.statusChoice.auto') }, ...statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
            value={statusChoice}
            onChange={(event) => setStatusChoice(event.currentTarget.value as StatusChoice)}
            w={480}
            maw="100%"
            data-testid="grid-status-choice"
          />
        )}
        <Switch
          label={t('grid.withAggregates')}
          checked={withAggregates}
          onChange={(event) => setWithAggregates(event.currentTarget.checked)}
          mb={8}
          data-testid="grid-aggregates"
        />
      </Group>
      {editor === 'none' && (
        <Text size="sm" c="dimmed" data-testid="grid-read-only">
          {t('grid.readOnly')}
        </Text>
      )}
      {orgunit && data && (
        <PublicationPanel
          key={`publication|${orgunit}|${year}`}
          orgunit={orgunit}
          year={year}
          months={data.months}
          defaultMonth={latestMonthWithData(data)}
          canPublish={me.role === 'director'}
        />
      )}
      <Stack gap={4}>
        <Group gap="md" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('grid.legend.status', {
              estimate: t('grid.statusShort.estimate'),
              preliminary: t('grid.statusShort.preliminary'),
              official: t('grid.statusShort.official'),
            })}
          </Text>
          <Group gap={4}>
            <LockIcon />
            <Text size="xs" c="dimmed">
              {t('grid.legend.locked')}
            </Text>
          </Group>
          <Group gap={4}>
            <WarningIcon />
            <Text size="xs" c="dimmed">
              {t('grid.legend.warning', { percent: formatPercent(data?.options.jumpPercent ?? 30, 0) })}
            </Text>
          </Group>
        </Group>
        <Text size="xs" c="dimmed" id="grid-keys">
          {editor === 'none' ? t('grid.keysRead') : t('grid.keys')}
        </Text>
      </Stack>
      {(grid.isPending || provinces.pending) && orgunit && <Loading />}
      {grid.isError && <ErrorAlert error={grid.error} onRetry={() => void grid.refetch()} />}
      {data && params && (
        <EntryGrid
          key={`grid|${data.orgunit}|${data.year}`}
          grid={data}
          params={{ orgunit: data.orgunit, year: data.year }}
          placeName={placeName}
          editor={editor}
          statusChoice={statusChoice}
          withAggregates={withAggregates}
        />
      )}
    </Stack>
  );
}
