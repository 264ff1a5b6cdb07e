import { Alert, Button, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { describeError } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { useCompileForm03, useForm03 } from '../api/reporting';
import { useClustersTranslation } from '../i18n';
import { DueBadge } from './badges';
import { ChecksList } from './checks-list';
import { FormValuesTable } from './form-values-table';
import { VersionsTable } from './versions-table';

/** Props of {@link Form03Section}. */
export type Form03SectionProps = {
  province: string;
  period: string;
  communes: { code: string; name: string }[];
  commune: string | null;
  onCommune: (code: string) => void;
  canEdit: boolean;
};

/**
 * Biểu 03 of a commune: the latest version with its checks, a fresh compilation from the registry and the Biểu 01/02
 * received (with what is missing and where Biểu 02 disagrees with the registry), and, for editors, storing the
 * compilation on the commune's behalf.
 */
export function Form03Section({ province, period, communes, commune, onCommune, canEdit }: Form03SectionProps) {
  const { t } = useClustersTranslation();
  const chosen = communes.some((c) => c.code === commune) ? commune : (communes[0]?.code ?? null);
  const form = useForm03(province, period, chosen);
  const compile = useCompileForm03(province, period);
  const data = form.data;
  return (
    <Stack gap="md" data-testid="form03">
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('f03.commune')}
          data={communes.map((c) => ({ value: c.code, label: c.name }))}
          value={chosen ?? ''}
          onChange={(e) => onCommune(e.currentTarget.value)}
          w={260}
          data-testid="f03-commune"
        />
        {data && <DueBadge status={data.status} testId="f03-status" />}
        {data && (
          <Text size="sm" c="dimmed">
            {t('reports.deadline', { date: formatDate(data.deadline) })}
          </Text>
        )}
        {canEdit && chosen && (
          <Button onClick={() => compile.mutate(chosen)} loading={compile.isPending} data-testid="f03-compile">
            {t('f03.compile')}
          </Button>
        )}
      </Group>
      {compile.isError && (
        <Alert color="red" variant="light" role="alert">
          {describeError(compile.error)}
        </Alert>
      )}
      {compile.isSuccess && (
        <Alert color="green" variant="light" role="status" data-testid="f03-compiled">
          {t('f03.compiledOk', { version: formatNumber(compile.data.version) })}
        </Alert>
      )}
      {form.isPending && chosen && <Loading />}
      {form.isError && <ErrorAlert error={form.error} onRetry={() => void form.refetch()} />}
      {data && (
        <>
          <section aria-labelledby="f03-sources">
            <Title order={3} size="h5" id="f03-sources" mb={4}>
              {t('f03.sources')}
            </Title>
            <List size="sm" spacing={2}>
              {data.compiled.sources.clusters.map((c) => (
                <List.Item key={c.id}>
                  {c.name}: {c.form02Version === null ? t('f03.no02') : t('f03.with02', { version: formatNumber(c.form02Version) })}
                </List.Item>
              ))}
              {data.compiled.sources.missing01.length > 0 && (
                <List.Item>
                  {t('f03.missing01', { count: formatNumber(data.compiled.sources.missing01.length), list: data.compiled.sources.missing01.join(', ') })}
                </List.Item>
              )}
              {data.compiled.sources.disagreements.map((d) => (
                <List.Item key={`${d.clusterId}-${d.item}`}>
                  {t('f03.disagreement', {
                    cluster: data.compiled.sources.clusters.find((c) => c.id === d.clusterId)?.name ?? d.clusterId,
                    item: d.item,
                    registry: formatNumber(d.registry),
                    form02: formatNumber(d.form02),
                  })}
                </List.Item>
              ))}
            </List>
          </section>
          {data.latest && (
            <section aria-labelledby="f03-checks">
              <Title order={3} size="h5" id="f03-checks" mb={4}>
                {t('f03.checksLatest', { version: formatNumber(data.latest.version) })}
              </Title>
              <ChecksList checks={data.latest.checks} testId="f03-checks" />
            </section>
          )}
          <FormValuesTable
            items={data.items}
            testId="f03-values"
            columns={[
              {
                key: 'latest',
                label: data.latest ? t('f03.latest', { version: formatNumber(data.latest.version) }) : t('f03.notSubmitted'),
                items: data.latest?.items ?? null,
              },
              { key: 'compiled', label: t('f03.compiled'), items: data.compiled.items },
            ]}
          />
          <section aria-labelledby="f03-versions">
            <Title order={3} size="h5" id="f03-versions" mb={4}>
              {t('versions.title')}
            </Title>
            <VersionsTable versions={data.versions} />
          </section>
        </>
      )}
    </Stack>
  );
}
