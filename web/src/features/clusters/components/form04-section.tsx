import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { describeError } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { form04ExportUrl, useForm04, useSubmitForm04 } from '../api/reporting';
import { useClustersTranslation } from '../i18n';
import { DueBadge } from './badges';
import { ChecksList } from './checks-list';
import { FormValuesTable } from './form-values-table';

/**
 * The Biểu 04 preview: the province's values (the submitted Biểu 04, else Σ Biểu 03), Σ Biểu 03 and each commune's
 * Biểu 03; the checks 15 = 15.1 + 15.2, 16 = 16.1 + 16.2, 19 = 18 ÷ 17 and 04 = Σ 03 pass or fail with their numbers;
 * submit (editors) and download as XLSX or DOCX.
 */
export function Form04Section({ province, period, canEdit }: { province: string; period: string; canEdit: boolean }) {
  const { t } = useClustersTranslation();
  const preview = useForm04(province, period);
  const submit = useSubmitForm04(province, period);
  const [note, setNote] = useState('');
  if (preview.isPending) return <Loading />;
  if (preview.isError) return <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />;
  const p = preview.data;
  const names = new Map(p.communes.map((c) => [c.code, c.name]));
  const submittedCommunes = p.communes.filter((c) => c.submission);
  return (
    <Stack gap="md" data-testid="form04">
      <Group gap="sm" wrap="wrap">
        <DueBadge status={p.status} testId="f04-status" />
        <Text size="sm" c="dimmed">
          {t('reports.deadline', { date: formatDate(p.deadline) })}
        </Text>
        <Text size="sm" data-testid="f04-basis">
          {p.submitted ? t('f04.showingSubmitted', { version: formatNumber(p.submitted.version) }) : t('f04.showingSum')}
        </Text>
        <Group gap="xs" ml="auto">
          {(['xlsx', 'docx'] as const).map((format) => (
            <Button
              key={format}
              component="a"
              href={form04ExportUrl(province, period, format)}
              download
              variant="default"
              size="compact-sm"
              data-testid={`f04-download-${format}`}
              aria-label={t(`f04.download.${format}Label`)}
            >
              {t(`f04.download.${format}`)}
            </Button>
          ))}
        </Group>
      </Group>
      {p.missingCommunes.length > 0 && (
        <Alert color="yellow" variant="light" data-testid="f04-missing">
          {t('f04.missing', { list: p.missingCommunes.map((c) => c.name).join(', ') })}
        </Alert>
      )}
      <section aria-labelledby="f04-checks-title">
        <Title order={3} size="h5" id="f04-checks-title" mb="xs">
          {t('f04.checks')}
        </Title>
        <ChecksList checks={p.checks} communeNames={names} testId="f04-checks" />
      </section>
      <FormValuesTable
        items={p.items}
        testId="f04-values"
        columns={[
          { key: 'value', label: t('f04.value'), items: p.values },
          { key: 'sum', label: t('f04.sum'), items: p.sum },
          ...submittedCommunes.map((c) => ({ key: `c${c.code}`, label: c.name, items: c.submission!.items })),
        ]}
      />
      {canEdit && (
        <Stack gap="xs" maw={640}>
          <Title order={3} size="h5">
            {t('f04.submitTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('f04.submitHint')}
          </Text>
          <Group align="flex-end">
            <TextInput label={t('f04.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} style={{ flex: 1 }} />
            <Button onClick={() => submit.mutate(note)} loading={submit.isPending} data-testid="f04-submit">
              {t('f04.submit')}
            </Button>
          </Group>
          {submit.isError && (
            <Alert color="red" variant="light" role="alert">
              {describeError(submit.error)}
            </Alert>
          )}
          {submit.isSuccess && (
            <Alert color={submit.data.checks.every((c) => c.pass) ? 'green' : 'yellow'} variant="light" role="status" data-testid="f04-submitted">
              {t('f04.submittedOk', { version: formatNumber(submit.data.version) })}
              {!submit.data.checks.every((c) => c.pass) && ` ${t('f04.submittedWithWarnings')}`}
            </Alert>
          )}
        </Stack>
      )}
    </Stack>
  );
}
