import { Group, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { formatDate, formatPeriod } from '../../../lib/format';
import { useClusterReports, useRounds } from '../api/reporting';
import type { ClusterPage } from '../api/types';
import { useClustersTranslation } from '../i18n';
import { DueBadge } from './badges';
import { VersionsTable } from './versions-table';

/** The cluster's Biểu 02 in each round: where it stands and every version. */
export function ClusterReportsSection({ cluster }: { cluster: ClusterPage }) {
  const { t } = useClustersTranslation();
  const rounds = useRounds(cluster.provinceCode);
  const periods = (rounds.data?.items ?? []).map((r) => r.period);
  const forms = useClusterReports(cluster.provinceCode, cluster.id, periods);
  if (rounds.isPending) return <Loading />;
  if (rounds.isError) return <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} />;
  if (!cluster.investor.current) return <Text c="dimmed">{t('reports.noInvestor')}</Text>;
  return (
    <Stack gap="lg" data-testid="cluster-reports">
      {periods.map((period, i) => {
        const form = forms[i];
        return (
          <section key={period} aria-labelledby={`report-${period}`}>
            <Group gap="sm" mb="xs">
              <Title order={3} size="h5" id={`report-${period}`}>
                {t('reports.round', { period: formatPeriod(period) })}
              </Title>
              {form?.data && <DueBadge status={form.data.status} />}
              {form?.data && (
                <Text size="xs" c="dimmed">
                  {t('reports.deadline', { date: formatDate(form.data.deadline) })}
                </Text>
              )}
            </Group>
            {form?.isPending && <Loading />}
            {form?.isError && <ErrorAlert error={form.error} />}
            {form?.data && <VersionsTable versions={form.data.versions} />}
          </section>
        );
      })}
    </Stack>
  );
}
