import { Badge, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { useCatalogue } from '../../features/indicators/api/get-catalogue';
import { useOverview } from '../../features/indicators/api/get-overview';
import { rankMeasures, type RankMeasure } from '../../features/indicators/api/get-ranking';
import type { FigureKey } from '../../features/indicators/api/types';
import { overviewExportUrl } from '../../features/indicators/api/exports';
import { ExportLinks } from '../../features/indicators/components/export-links';
import { HistoryDrawer } from '../../features/indicators/components/history-drawer';
import { IndicatorCard } from '../../features/indicators/components/indicator-card';
import { chartIndicators, OverviewCharts, type ChartIndicator } from '../../features/indicators/components/overview-charts';
import { RankingSection } from '../../features/indicators/components/ranking-section';
import { useIndicatorsTranslation } from '../../features/indicators/i18n';
import { addMonths, isIsoDate, isMonth, monthsBack, ytdOf } from '../../features/indicators/lib/periods';
import { formatDate, formatPeriod } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useScopeProvinces } from '../scope';
import { UnitName } from '../unit-name';

const route = getRouteApi('/app/overview');

/** Today in Vietnam (YYYY-MM-DD): the latest day one may ask "what did we publish on…". */
function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The province overview: a card per key indicator for a month (value, status, growth, year to date, plan,
 * scenario warning, required growth, year-end estimates), the monthly charts, the ranking of the provinces in
 * scope, and every figure as published at the end of a chosen day. A card or a ranking row opens the figure's history.
 */
export function OverviewRoute() {
  const { t } = useIndicatorsTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const provinces = useScopeProvinces(me);
  const catalogue = useCatalogue();
  const [history, setHistory] = useState<(FigureKey & { placeName: string }) | null>(null);

  const orgunit = provinces.items.some((p) => p.code === search.orgunit) ? search.orgunit! : provinces.items[0]?.code;
  const period = isMonth(search.period) ? search.period : undefined;
  const asOf = isIsoDate(search.asOf) ? search.asOf : undefined;
  const chart: ChartIndicator = (chartIndicators as readonly string[]).includes(search.chart ?? '') ? (search.chart as ChartIndicator) : 'RETAIL';
  const by: RankMeasure = (rankMeasures as readonly string[]).includes(search.by ?? '') ? (search.by as RankMeasure) : 'yoyPercent';
  const rankIndicator = search.rank && catalogue.data?.byCode.has(search.rank) ? search.rank : 'RETAIL';

  // The latest month with data (no period asked) gives the months to choose from; the page's own query may be another month.
  const latest = useOverview(orgunit ? { orgunit } : null);
  // "As published on a day" without a month: the month of that day (or the latest, if earlier), stepping back while
  // it has no figure yet at that time (the report of a month comes out early in the next).
  const [stepBack, setStepBack] = useState({ key: '', steps: 0 });
  const stepKey = `${orgunit}|${asOf}`;
  const steps = stepBack.key === stepKey ? stepBack.steps : 0;
  const latestMonth = latest.data?.period ?? null;
  const asOfMonth = asOf && latestMonth ? addMonths(asOf.slice(0, 7) < latestMonth ? asOf.slice(0, 7) : latestMonth, -steps) : undefined;
  const month = period ?? asOfMonth;
  const overview = useOverview(orgunit && (month || !asOf) ? { orgunit, ...(month ? { period: month } : {}), ...(asOf ? { asOf } : {}) } : null);
  const data = overview.data;
  const shown = data?.period ?? null;
  const nothingYet = Boolean(data && data.cards.length > 0 && data.cards.every((card) => card.value === null));
  useEffect(() => {
    if (!period && asOf && nothingYet && !overview.isPlaceholderData && steps < 3) setStepBack({ key: stepKey, steps: steps + 1 });
  }, [period, asOf, nothingYet, overview.isPlaceholderData, steps, stepKey]);

  const names = useMemo(() => new Map(provinces.items.map((p) => [p.code, p.name])), [provinces.items]);
  const placeName = orgunit ? (names.get(orgunit) ?? orgunit) : '';
  const months = useMemo(() => {
    const list = latest.data?.period ? monthsBack(latest.data.period, 24) : [];
    return period && !list.includes(period) ? [period, ...list] : list;
  }, [latest.data?.period, period]);

  // The months published (locked), as far as the overviews loaded know them (each answers for its own year).
  const publishedMonths = new Set([...(latest.data?.published ?? []), ...(data?.published ?? [])]);

  const setSearch = (change: Partial<typeof search>) => void navigate({ search: (prev) => ({ ...prev, ...change }), replace: true });
  const openHistory = (key: FigureKey, place = placeName) => setHistory({ ...key, placeName: place });

  const year = shown ? Number(shown.slice(0, 4)) : null;
  const formed = data && year !== null && data.unit.validFrom > `${year - 1}-01-01` ? data.unit.validFrom : null;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('overview.title')}
        description={t('overview.intro')}
        actions={
          orgunit && shown ? (
            <ExportLinks href={(format) => overviewExportUrl({ orgunit, period: shown, asOf, format })} testId="overview-exports" />
          ) : undefined
        }
      />
      <Group align="flex-end" wrap="wrap" role="group" aria-label={t('overview.controls')}>
        <NativeSelect
          label={t('overview.province')}
          data={provinces.items.map((p) => ({ value: p.code, label: p.name }))}
          value={orgunit ?? ''}
          onChange={(event) => setSearch({ orgunit: event.currentTarget.value, period: undefined })}
          w={240}
          data-testid="overview-province"
        />
        <NativeSelect
          label={t('overview.month')}
          data={months.map((m) => {
            const label = m === latest.data?.period ? t('overview.latest', { month: formatPeriod(m, { capital: true }) }) : formatPeriod(m, { capital: true });
            return { value: m, label: publishedMonths.has(m) ? t('overview.publishedMonth', { month: label }) : label };
          })}
          value={shown ?? period ?? ''}
          onChange={(event) => setSearch({ period: event.currentTarget.value === latest.data?.period ? undefined : event.currentTarget.value })}
          disabled={months.length === 0}
          w={270}
          data-testid="overview-month"
        />
        <TextInput
          type="date"
          label={t('overview.asOf.label')}
          value={asOf ?? ''}
          max={todayInVietnam()}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setSearch({ asOf: isIsoDate(value) ? value : undefined });
          }}
          w={220}
          data-testid="overview-as-of"
        />
        {asOf && (
          <Button variant="default" onClick={() => setSearch({ asOf: undefined })} data-testid="overview-as-of-clear">
            {t('overview.asOf.clear')}
          </Button>
        )}
      </Group>
      {asOf && (
        <Text size="sm" c="orange.8" role="status" data-testid="overview-as-of-note">
          {t('overview.asOf.active', { date: formatDate(asOf) })}
        </Text>
      )}

      {(overview.isPending || provinces.pending) && <Loading />}
      {overview.isError && <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />}
      {data && shown === null && (
        <Text c="dimmed" data-testid="overview-empty">
          {t('overview.noData', { name: placeName })}
        </Text>
      )}
      {data && shown && (
        <>
          {formed && (
            <Text size="sm" c="dimmed" data-testid="overview-formed">
              {t('overview.formed', { name: placeName, date: formatDate(formed) })}
            </Text>
          )}
          <section aria-labelledby="cards-title">
            <Group gap="sm" mb="sm" align="center">
              <Title order={2} size="h4" id="cards-title">
                {t('overview.cardsTitle', { place: placeName, period: formatPeriod(shown) })}
              </Title>
              {data.published?.includes(shown) && (
                <Badge color="teal" variant="light" radius="sm" data-testid="overview-published">
                  {t('overview.published')}
                </Badge>
              )}
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md" data-testid="overview-cards" data-period={shown}>
              {data.cards.map((card) => (
                <IndicatorCard
                  key={card.indicator}
                  figure={card}
                  indicator={catalogue.data?.byCode.get(card.indicator)}
                  published={data.published?.includes(shown)}
                  onOpenHistory={(figure) => openHistory({ indicator: figure.indicator, orgunit: figure.orgunit, period: figure.period })}
                />
              ))}
            </SimpleGrid>
          </section>
          {catalogue.data && (
            <OverviewCharts
              series={data.series}
              period={shown}
              indicators={catalogue.data.byCode}
              choice={chart}
              onChoose={(value) => setSearch({ chart: value })}
            />
          )}
          {catalogue.data && (
            <RankingSection
              period={ytdOf(shown)}
              month={shown}
              indicator={rankIndicator}
              by={by}
              asOf={asOf}
              indicators={catalogue.data.items}
              names={names}
              onChange={(change) => setSearch({ ...(change.indicator ? { rank: change.indicator } : {}), ...(change.by ? { by: change.by } : {}) })}
              onOpen={(row) => openHistory({ indicator: rankIndicator, orgunit: row.orgunit, period: shown }, row.name)}
            />
          )}
        </>
      )}
      <HistoryDrawer
        figure={history}
        indicator={history ? catalogue.data?.byCode.get(history.indicator) : undefined}
        placeName={history?.placeName ?? ''}
        unitLabel={(unitRef) => <UnitName unitRef={unitRef} />}
        asOf={asOf}
        onClose={() => setHistory(null)}
      />
    </Stack>
  );
}
