import { Badge, Card, Group, NativeSelect, Stack, Tabs, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { useBoard, useRounds } from '../../features/clusters/api/reporting';
import { ClusterViews } from '../../features/clusters/components/cluster-views';
import { CreateRoundForm } from '../../features/clusters/components/create-round-form';
import { Form03Section } from '../../features/clusters/components/form03-section';
import { Form04Section } from '../../features/clusters/components/form04-section';
import { RoundBoard } from '../../features/clusters/components/round-board';
import { useClustersTranslation } from '../../features/clusters/i18n';
import { formatDate, formatPeriod } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useScopeProvinces } from '../scope';

const route = getRouteApi('/app/clusters/rounds');
const tabs = ['board', 'f03', 'f04'] as const;
type Tab = (typeof tabs)[number];

/**
 * The reporting rounds of Circular 14/2024 for a province: choose or open a round, then its board (who has and has
 * not sent Biểu 01/02/03/04, due and overdue), Biểu 03 per commune (compile), and the Biểu 04 preview with the checks,
 * submission and downloads.
 */
export function ClusterRoundsRoute() {
  const { t } = useClustersTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const provinces = useScopeProvinces(me);
  const orgunit = provinces.items.some((p) => p.code === search.orgunit) ? search.orgunit! : (provinces.items[0]?.code ?? null);
  const rounds = useRounds(orgunit);
  const items = rounds.data?.items ?? [];
  const inProgress = rounds.data?.inProgress ?? null;
  const period = items.some((r) => r.period === search.period)
    ? search.period!
    : items.some((r) => r.period === inProgress)
      ? inProgress
      : (items[0]?.period ?? null);
  const round = items.find((r) => r.period === period) ?? null;
  const board = useBoard(orgunit, period);
  const tab: Tab = (tabs as readonly string[]).includes(search.tab ?? '') ? (search.tab as Tab) : 'board';
  const canEdit = me.role === 'director' || me.role === 'officer';
  const communes = useMemo(() => (board.data?.items ?? []).filter((r) => r.form === '03').map((r) => ({ code: r.subjectId, name: r.name })), [board.data]);
  const setSearch = (change: Partial<typeof search>) => void navigate({ search: (prev) => ({ ...prev, ...change }), replace: true });

  return (
    <Stack gap="md">
      <PageHeader title={t('rounds.title')} description={t('rounds.intro')} actions={<ClusterViews current="rounds" orgunit={orgunit} rounds />} />
      <Group align="flex-end" wrap="wrap" gap="md">
        {provinces.items.length > 1 && (
          <NativeSelect
            label={t('common.province')}
            data={provinces.items.map((p) => ({ value: p.code, label: p.name }))}
            value={orgunit ?? ''}
            onChange={(e) => void navigate({ search: { orgunit: e.currentTarget.value } })}
            w={220}
          />
        )}
        <NativeSelect
          label={t('rounds.round')}
          data={items.map((r) => ({
            value: r.period,
            label: `${formatPeriod(r.period, { capital: true })}${r.period === inProgress ? ` (${t('rounds.inProgress')})` : ''}`,
          }))}
          value={period ?? ''}
          onChange={(e) => setSearch({ period: e.currentTarget.value })}
          w={280}
          data-testid="round-select"
        />
        {canEdit && orgunit && <CreateRoundForm province={orgunit} onCreated={(p) => setSearch({ period: p })} />}
      </Group>
      {rounds.isPending && orgunit && <Loading />}
      {rounds.isError && <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} />}
      {rounds.data && items.length === 0 && <Text c="dimmed">{t('rounds.none')}</Text>}
      {round && (
        <Card withBorder padding="sm" data-testid="round-facts" data-period={round.period}>
          <Group gap="lg" wrap="wrap">
            <Text size="sm">
              <b>{formatPeriod(round.period, { capital: true })}</b>
              {round.demo && (
                <Badge ml="xs" size="xs" variant="outline" color="gray">
                  {t('page.demo')}
                </Badge>
              )}
            </Text>
            <Text size="sm">{t('rounds.data', { from: formatDate(round.periodStart), to: formatDate(round.cutOff) })}</Text>
            <Text size="sm">
              {t('rounds.deadlines', {
                d0102: formatDate(round.deadlines['01']),
                d03: formatDate(round.deadlines['03']),
                d04: formatDate(round.deadlines['04']),
              })}
            </Text>
          </Group>
        </Card>
      )}
      {orgunit && period && (
        <Tabs value={tab} onChange={(v) => setSearch({ tab: v ?? 'board' })} keepMounted={false}>
          <Tabs.List aria-label={t('rounds.sections')}>
            {tabs.map((k) => (
              <Tabs.Tab key={k} value={k} data-testid={`round-tab-${k}`}>
                {t(`rounds.tab.${k}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="board" pt="md">
            {board.isPending && <Loading />}
            {board.isError && <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />}
            {board.data && <RoundBoard board={board.data} />}
          </Tabs.Panel>
          <Tabs.Panel value="f03" pt="md">
            {board.data && (
              <Form03Section
                province={orgunit}
                period={period}
                communes={communes}
                commune={search.commune ?? null}
                onCommune={(c) => setSearch({ commune: c })}
                canEdit={canEdit}
              />
            )}
          </Tabs.Panel>
          <Tabs.Panel value="f04" pt="md">
            <Form04Section province={orgunit} period={period} canEdit={canEdit} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
