import { Alert, Anchor, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { useReporterCluster, useReporterForm, useRounds, type FormSubject } from '../../features/clusters/api/reporting';
import { ReportForm } from '../../features/clusters/components/report-form';
import { useClustersTranslation } from '../../features/clusters/i18n';
import { formatPeriod } from '../../lib/format';
import { useMe } from '../../lib/me';

const route = getRouteApi('/app/my-reports');

/**
 * "My reports" of a reporter: the round's form for what the account reports for (Biểu 01 for a tenant enterprise,
 * Biểu 02 for a cluster's infrastructure investor), prefilled, to submit or correct; earlier rounds by the selector.
 */
export function MyReportsRoute() {
  const { t } = useClustersTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const province = me.scope.find((s) => /^\d{2}$/.test(s)) ?? null;
  const reporterFor = me.reporterFor ?? null;
  const rounds = useRounds(province);
  const items = rounds.data?.items ?? [];
  const inProgress = rounds.data?.inProgress ?? null;
  const period = items.some((r) => r.period === search.period)
    ? search.period!
    : items.some((r) => r.period === inProgress)
      ? inProgress
      : (items[0]?.period ?? null);
  const cluster = useReporterCluster(province, reporterFor);
  const subject: FormSubject | null =
    reporterFor?.kind === 'enterprise' ? { form: '01', taxCode: reporterFor.id } : cluster.data ? { form: '02', clusterId: cluster.data.id } : null;
  const form = useReporterForm(province, period, subject);

  return (
    <Stack gap="md">
      <PageHeader title={t('mine.title')} description={reporterFor?.kind === 'cluster' ? t('mine.introInvestor') : t('mine.introTenant')} />
      {!reporterFor || !province ? (
        <Alert color="yellow" variant="light" data-testid="mine-unlinked">
          {t('mine.unlinked')}
        </Alert>
      ) : (
        <>
          <Group align="flex-end" gap="md" wrap="wrap">
            <NativeSelect
              label={t('rounds.round')}
              data={items.map((r) => ({
                value: r.period,
                label: `${formatPeriod(r.period, { capital: true })}${r.period === inProgress ? ` (${t('rounds.inProgress')})` : ''}`,
              }))}
              value={period ?? ''}
              onChange={(e) => void navigate({ search: { period: e.currentTarget.value }, replace: true })}
              w={280}
              data-testid="mine-round"
            />
            {reporterFor.kind === 'cluster' && cluster.data && (
              <Anchor
                renderRoot={(props) => <Link to="/clusters/$province/$clusterId" params={{ province, clusterId: cluster.data!.id }} {...props} />}
                data-testid="mine-cluster-link"
              >
                {t('mine.clusterPage', { name: cluster.data.name })}
              </Anchor>
            )}
            {form.data?.subject.name && reporterFor.kind === 'enterprise' && (
              <Text size="sm" data-testid="mine-subject">
                {form.data.subject.name} · {reporterFor.id}
              </Text>
            )}
          </Group>
          {reporterFor.kind === 'cluster' && cluster.isSuccess && !cluster.data && (
            <Alert color="red" variant="light" role="alert">
              {t('mine.clusterNotFound', { code: reporterFor.id })}
            </Alert>
          )}
          {(rounds.isPending || (reporterFor.kind === 'cluster' && cluster.isPending) || (subject && period && form.isPending)) && <Loading />}
          {rounds.isError && <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} />}
          {form.isError && <ErrorAlert error={form.error} onRetry={() => void form.refetch()} />}
          {rounds.data && items.length === 0 && <Text c="dimmed">{t('rounds.none')}</Text>}
          {form.data && subject && province && (
            <ReportForm key={`${form.data.round.period}|${form.data.form}`} province={province} subject={subject} form={form.data} canSubmit />
          )}
        </>
      )}
    </Stack>
  );
}
