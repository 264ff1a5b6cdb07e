import { Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { indicatorName, indicatorUnit, useCatalogue } from '../../features/indicators/api/get-catalogue';
import { useOverview } from '../../features/indicators/api/get-overview';
import { rankMeasures, useRanking, type RankMeasure } from '../../features/indicators/api/get-ranking';
import type { FigureKey } from '../../features/indicators/api/types';
import { comparisonExportUrl } from '../../features/indicators/api/exports';
import { ExportLinks } from '../../features/indicators/components/export-links';
import { HistoryDrawer } from '../../features/indicators/components/history-drawer';
import { ProvinceTable, type ProvinceRow } from '../../features/indicators/components/province-table';
import { useIndicatorsTranslation } from '../../features/indicators/i18n';
import { addMonths, lastMonthOf, periodChoices, periodKind, periodOfKind, ytdOf, type PeriodKind } from '../../features/indicators/lib/periods';
import { formatNumber, formatPeriod } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useMe } from '../../lib/me';
import { useScopeProvinces } from '../scope';
import { UnitName } from '../unit-name';

const route = getRouteApi('/app/comparison');
const kinds: PeriodKind[] = ['month', 'quarter', 'ytd'];

/** The month before this one (YYYY-MM): where the periods start when no province in scope has figures yet. */
function lastMonth(): string {
  const now = new Date();
  return addMonths(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`, -1);
}

/** The month a period ends in, but never after the latest month with figures (a quarter may end in the future). */
function monthInView(period: string | null, latest: string | null): string {
  const end = (period && lastMonthOf(period)) ?? latest ?? lastMonth();
  return latest && end > latest ? latest : end;
}

/**
 * One indicator and period across every province in the user's scope: value, growth on the same period last year,
 * percent of plan and rank (by a chosen measure); every column sorts, and a province opens the figure's history.
 */
export function ComparisonRoute() {
  const { t } = useIndicatorsTranslation();
  const language = currentLanguage();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const provinces = useScopeProvinces(me);
  const catalogue = useCatalogue();
  const [history, setHistory] = useState<(FigureKey & { placeName: string }) | null>(null);

  // The latest month with figures of the user's first province anchors the periods offered.
  const anchor = useOverview(provinces.items[0] ? { orgunit: provinces.items[0].code } : null);
  const latest = anchor.data?.period ?? (anchor.isFetched || anchor.isError ? lastMonth() : null);

  const indicator = search.indicator && catalogue.data?.byCode.has(search.indicator) ? search.indicator : 'RETAIL';
  const def = catalogue.data?.byCode.get(indicator);
  const asked = search.period && periodKind(search.period) ? search.period : null;
  const period = asked ?? (latest ? ytdOf(latest) : null);
  const kind: PeriodKind = (period && periodKind(period)) || 'ytd';
  const by: RankMeasure = (rankMeasures as readonly string[]).includes(search.by ?? '') ? (search.by as RankMeasure) : 'yoyPercent';
  const ranking = useRanking(period ? { indicator, period, by } : null);

  const choices = useMemo(() => {
    const list = latest ? periodChoices(latest, kind) : [];
    return period && !list.includes(period) ? [period, ...list] : list;
  }, [latest, kind, period]);
  const names = useMemo(() => new Map(provinces.items.map((p) => [p.code, p.name])), [provinces.items]);
  const rows: ProvinceRow[] = (ranking.data?.items ?? []).map((item) => ({
    orgunit: item.orgunit,
    name: names.get(item.orgunit) ?? item.orgunit,
    rank: item.rank,
    value: item.value,
    yoyPercent: item.yoyPercent,
    planPercent: item.planPercent,
    status: item.status,
    mergedFrom: item.mergedFrom,
  }));
  const setSearch = (change: Partial<typeof search>) => void navigate({ search: (prev) => ({ ...prev, ...change }), replace: true });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('comparison.title')}
        description={t('comparison.intro')}
        actions={period ? <ExportLinks href={(format) => comparisonExportUrl({ indicator, period, by, format })} testId="comparison-exports" /> : undefined}
      />
      <Group align="flex-end" wrap="wrap" role="group" aria-label={t('comparison.controls')}>
        <NativeSelect
          label={t('comparison.indicator')}
          data={(catalogue.data?.items ?? []).map((i) => ({ value: i.code, label: indicatorName(i, language) }))}
          value={indicator}
          onChange={(event) => setSearch({ indicator: event.currentTarget.value })}
          w={360}
          maw="100%"
          data-testid="comparison-indicator"
        />
        <div>
          <Text size="sm" fw={500} id="comparison-kind-label" mb={4}>
            {t('comparison.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="comparison-kind-label"
            value={kind}
            onChange={(value) => setSearch({ period: periodOfKind(value as PeriodKind, monthInView(period, latest)) })}
            data={kinds.map((k) => ({ value: k, label: t(`comparison.kinds.${k}`) }))}
            data-testid="comparison-kind"
          />
        </div>
        <NativeSelect
          label={t('comparison.period')}
          data={choices.map((p) => ({ value: p, label: formatPeriod(p, { capital: true }) }))}
          value={period ?? ''}
          onChange={(event) => setSearch({ period: event.currentTarget.value })}
          disabled={choices.length === 0}
          w={240}
          data-testid="comparison-period"
        />
        <div>
          <Text size="sm" fw={500} id="comparison-by-label" mb={4}>
            {t('ranking.by')}
          </Text>
          <SegmentedControl
            aria-labelledby="comparison-by-label"
            value={by}
            onChange={(value) => setSearch({ by: value })}
            data={rankMeasures.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
            data-testid="comparison-by"
          />
        </div>
      </Group>
      {(ranking.isPending || !period) && !ranking.isError && <Loading />}
      {ranking.isError && <ErrorAlert error={ranking.error} onRetry={() => void ranking.refetch()} />}
      {ranking.data && period && (
        <>
          <Text size="sm" c="dimmed" data-testid="comparison-total">
            {t('comparison.summary', {
              name: indicatorName(def, language, indicator),
              period: formatPeriod(period),
              total: formatNumber(rows.length),
            })}
          </Text>
          {rows.length ? (
            <ProvinceTable
              key={`${indicator}|${period}|${by}`}
              rows={rows}
              decimals={def?.decimals ?? 0}
              unit={indicatorUnit(def, language)}
              rankLabel={t('table.rankBy', { measure: t(`measures.${by}`) })}
              onOpen={(row) => setHistory({ indicator, orgunit: row.orgunit, period, placeName: row.name })}
              testId="comparison-table"
            />
          ) : (
            <Text c="dimmed">{t('ranking.empty')}</Text>
          )}
        </>
      )}
      <HistoryDrawer
        figure={history}
        indicator={def}
        placeName={history?.placeName ?? ''}
        unitLabel={(unitRef) => <UnitName unitRef={unitRef} />}
        onClose={() => setHistory(null)}
      />
    </Stack>
  );
}
