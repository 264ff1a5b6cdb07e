import { Card, Group, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { formatPeriod } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { indicatorName, indicatorUnit } from '../api/get-catalogue';
import { rankMeasures, useRanking, type RankMeasure } from '../api/get-ranking';
import type { Indicator } from '../api/types';
import { useIndicatorsTranslation } from '../i18n';
import { ProvinceTable, type ProvinceRow } from './province-table';

/** Props of {@link RankingSection}. */
export type RankingSectionProps = {
  /** The period ranked (the overview's year to date). */
  period: string;
  /** The month whose figure a row's history shows. */
  month: string;
  indicator: string;
  by: RankMeasure;
  asOf?: string;
  indicators: Indicator[];
  /** Names of the provinces in the user's scope, by code. */
  names: ReadonlyMap<string, string>;
  onChange: (change: { indicator?: string; by?: RankMeasure }) => void;
  onOpen: (row: ProvinceRow) => void;
};

/** The provinces in the user's scope ranked for one indicator over the year to date. */
export function RankingSection({ period, month, indicator, by, asOf, indicators, names, onChange, onOpen }: RankingSectionProps) {
  const { t } = useIndicatorsTranslation();
  const language = currentLanguage();
  const ranking = useRanking({ indicator, period, by, ...(asOf ? { asOf } : {}) });
  const def = indicators.find((i) => i.code === indicator);
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

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="ranking-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="ranking-title">
            {t('ranking.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('ranking.intro', { period: formatPeriod(period), month: formatPeriod(month) })}
          </Text>
        </div>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('ranking.indicator')}
            data={indicators.map((i) => ({ value: i.code, label: indicatorName(i, language) }))}
            value={indicator}
            onChange={(event) => onChange({ indicator: event.currentTarget.value })}
            w={360}
            maw="100%"
            data-testid="ranking-indicator"
          />
          <div>
            <Text size="sm" fw={500} id="ranking-by-label" mb={4}>
              {t('ranking.by')}
            </Text>
            <SegmentedControl
              aria-labelledby="ranking-by-label"
              value={by}
              onChange={(value) => onChange({ by: value as RankMeasure })}
              data={rankMeasures.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
              data-testid="ranking-by"
            />
          </div>
        </Group>
        {ranking.isPending && <Loading />}
        {ranking.isError && <ErrorAlert error={ranking.error} onRetry={() => void ranking.refetch()} />}
        {ranking.data &&
          (rows.length ? (
            <ProvinceTable
              key={`${indicator}|${by}`}
              rows={rows}
              decimals={def?.decimals ?? 0}
              unit={indicatorUnit(def, language)}
              rankLabel={t('table.rankBy', { measure: t(`measures.${by}`) })}
              onOpen={onOpen}
              testId="ranking-table"
            />
          ) : (
            <Text c="dimmed">{t('ranking.empty')}</Text>
          ))}
      </Stack>
    </Card>
  );
}
