import { Card, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { useCatalogue } from '../../features/indicators/api/get-catalogue';
import { usePlans } from '../../features/indicators/api/plans';
import { PlanForm } from '../../features/indicators/components/plan-form';
import { PlansTable } from '../../features/indicators/components/plans-table';
import { ScenarioEditor } from '../../features/indicators/components/scenario-editor';
import { useIndicatorsTranslation } from '../../features/indicators/i18n';
import { useMe } from '../../lib/me';
import { useScopeProvinces } from '../scope';

const route = getRouteApi('/app/plans');

/** Roles that may add plan versions and scenarios (the server checks the same, and the province scope). */
const editors = ['director', 'officer'];

/**
 * Annual plans (kế hoạch) of a province and year with every version (original and adjustments), and the growth
 * scenario by quarter or month. Directors and officers add versions; the other roles read.
 */
export function PlansRoute() {
  const { t } = useIndicatorsTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const provinces = useScopeProvinces(me);
  const catalogue = useCatalogue();
  const thisYear = new Date().getFullYear();
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];

  const orgunit = provinces.items.some((p) => p.code === search.orgunit) ? search.orgunit! : (provinces.items[0]?.code ?? null);
  const asked = Number(search.year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const plans = usePlans(orgunit, year);
  const canEdit = editors.includes(me.role);
  const flows = useMemo(() => (catalogue.data?.items ?? []).filter((i) => i.kind === 'flow'), [catalogue.data]);
  const inForce = useMemo(() => {
    const map = new Map<string, { version: number; value: number }>();
    for (const plan of plans.data?.items ?? []) {
      const current = map.get(plan.indicator);
      if (!plan.category && (!current || plan.version > current.version)) map.set(plan.indicator, plan);
    }
    return new Map([...map].map(([code, plan]) => [code, plan.value]));
  }, [plans.data]);
  const setSearch = (change: Partial<typeof search>) => void navigate({ search: (prev) => ({ ...prev, ...change }), replace: true });
  const placeName = provinces.items.find((p) => p.code === orgunit)?.name ?? orgunit ?? '';

  return (
    <Stack gap="md">
      <PageHeader title={t('plans.title')} description={t('plans.intro')} />
      <Group align="flex-end" wrap="wrap" role="group" aria-label={t('plans.controls')}>
        <NativeSelect
          label={t('overview.province')}
          data={provinces.items.map((p) => ({ value: p.code, label: p.name }))}
          value={orgunit ?? ''}
          onChange={(event) => setSearch({ orgunit: event.currentTarget.value })}
          w={240}
          data-testid="plans-province"
        />
        <NativeSelect
          label={t('plans.year')}
          data={(years.includes(year) ? years : [year, ...years]).map((y) => ({ value: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(event) => setSearch({ year: event.currentTarget.value })}
          w={140}
          data-testid="plans-year"
        />
      </Group>
      {!canEdit && (
        <Text size="sm" c="dimmed" data-testid="plans-read-only">
          {t('plans.readOnly')}
        </Text>
      )}
      {(plans.isPending || catalogue.isPending) && orgunit && <Loading />}
      {plans.isError && <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
      {catalogue.isError && <ErrorAlert error={catalogue.error} onRetry={() => void catalogue.refetch()} />}
      {plans.data && catalogue.data && (
        <section aria-label={t('plans.tableLabel', { place: placeName, year: String(year) })}>
          {plans.data.items.length ? (
            <PlansTable items={plans.data.items} indicators={catalogue.data.items} />
          ) : (
            <Text c="dimmed" data-testid="plans-empty">
              {t('plans.empty', { place: placeName, year: String(year) })}
            </Text>
          )}
        </section>
      )}
      {orgunit && catalogue.data && (
        <SimpleGrid cols={{ base: 1, lg: canEdit ? 2 : 1 }} spacing="md">
          {canEdit && (
            <Card withBorder padding="md">
              <PlanForm key={`${orgunit}|${year}`} orgunit={orgunit} year={year} indicators={flows} />
            </Card>
          )}
          <Card withBorder padding="md" component="section" aria-labelledby="scenario-title">
            <ScenarioEditor key={`${orgunit}|${year}`} orgunit={orgunit} year={year} indicators={flows} plans={inForce} canEdit={canEdit} />
          </Card>
        </SimpleGrid>
      )}
    </Stack>
  );
}
