import { Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { useProvinces } from '../../features/places/api/get-provinces';
import { filterProvinces, successorsByCode } from '../../features/places/components/crosswalk';
import { ProvincesTable } from '../../features/places/components/provinces-table';
import { CommuneImport } from '../../features/places/components/commune-import';
import { useMe } from '../../lib/me';
import { formatDate, formatNumber } from '../../lib/format';

const route = getRouteApi('/app/places');

/** The day the 63 provinces became 34. */
const mergerDate = '2025-07-01';
/** The last day of the 63 provinces. */
const dayBeforeMerger = '2025-06-30';

/** The provinces page: the 34 in force today, or the 63 before 1 July 2025 with what each became. */
export function PlacesRoute() {
  const { t } = useTranslation();
  const { date } = route.useSearch();
  const me = useMe();
  const navigate = route.useNavigate();
  const [search, setSearch] = useState('');
  const list = useProvinces(date);
  const today = useProvinces(undefined, date !== undefined);
  const successors = useMemo(() => (date && today.data ? successorsByCode(today.data.items) : undefined), [date, today.data]);
  const items = useMemo(() => filterProvinces(list.data?.items ?? [], search), [list.data, search]);

  return (
    <Stack gap="md">
      <PageHeader title={t('places.title')} description={t('places.intro', { date: formatDate(mergerDate) })} />
      <Group align="flex-end" wrap="wrap">
        <div>
          <Text size="sm" fw={500} id="places-view-label" mb={4}>
            {t('places.view.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="places-view-label"
            value={date ?? 'current'}
            onChange={(value) => void navigate({ search: value === 'current' ? {} : { date: value } })}
            data={[
              { value: 'current', label: t('places.view.current') },
              { value: dayBeforeMerger, label: t('places.view.before', { date: formatDate(mergerDate) }) },
              ...(date && date !== dayBeforeMerger ? [{ value: date, label: formatDate(date) }] : []),
            ]}
            data-testid="places-view"
          />
        </div>
        <TextInput label={t('places.search')} value={search} onChange={(event) => setSearch(event.currentTarget.value)} type="search" w={260} />
      </Group>
      {list.data && (
        <Text size="sm" c="dimmed" data-testid="places-total">
          {t('places.asOf', { date: formatDate(date ?? new Date()) })} · {t('places.total', { total: formatNumber(list.data.total) })}
        </Text>
      )}
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (items.length ? <ProvincesTable items={items} successors={successors} /> : <Text c="dimmed">{t('places.empty')}</Text>)}
      {me.role === 'admin' && <CommuneImport />}
    </Stack>
  );
}
