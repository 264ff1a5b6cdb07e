import { Alert, Button, Card, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ApiError } from '../../../lib/api';
import { formatNumber } from '../../../lib/format';
import { useImportCommunes, type CommuneImportResult, type CommuneProblem } from '../api/import-communes';

/** Admins import the official commune list: choose the CSV, check it (dry run), then confirm. Atomic and idempotent on the server. */
export function CommuneImport() {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [checked, setChecked] = useState<CommuneImportResult | null>(null);
  const [done, setDone] = useState<CommuneImportResult | null>(null);
  const mutation = useImportCommunes();
  const problems = mutation.error instanceof ApiError ? ((mutation.error.details?.['problems'] as CommuneProblem[] | undefined) ?? []) : [];
  const lang = i18n.language === 'en' ? 'en' : 'vi';

  async function choose(next: File | null) {
    setFile(next);
    setChecked(null);
    setDone(null);
    mutation.reset();
    setCsv(next ? await next.text() : null);
  }

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="commune-import-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="commune-import-title">
          {t('places.communes.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('places.communes.help')}
        </Text>
        <Group align="flex-end">
          <FileInput
            label={t('places.communes.file')}
            accept=".csv,text/csv"
            value={file}
            onChange={(f) => void choose(f)}
            w={320}
            clearable
            data-testid="communes-file"
          />
          <Button
            disabled={!csv}
            loading={mutation.isPending && !checked}
            onClick={() => csv && mutation.mutate({ csv, dryRun: true }, { onSuccess: setChecked })}
          >
            {t('places.communes.check')}
          </Button>
          <Button
            disabled={!csv || !checked}
            loading={mutation.isPending && Boolean(checked)}
            onClick={() => csv && mutation.mutate({ csv, dryRun: false }, { onSuccess: setDone })}
          >
            {t('places.communes.confirm')}
          </Button>
        </Group>
        {checked && !done && <Alert color="blue">{t('places.communes.checked', { count: formatNumber(checked.wouldInsert) })}</Alert>}
        {done && (
          <Alert color="green" data-testid="communes-done">
            {t('places.communes.done', { inserted: formatNumber(done.inserted), total: formatNumber(done.wouldInsert) })}
          </Alert>
        )}
        {problems.length > 0 ? (
          <Table striped aria-label={t('places.communes.problems')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('places.communes.row')}</Table.Th>
                <Table.Th>{t('places.communes.column')}</Table.Th>
                <Table.Th>{t('places.communes.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {problems.map((p) => (
                <Table.Tr key={`${p.row}-${p.column}`}>
                  <Table.Td>{formatNumber(p.row)}</Table.Td>
                  <Table.Td>{p.column}</Table.Td>
                  <Table.Td>{p.message[lang]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          mutation.isError && <ErrorAlert error={mutation.error} />
        )}
      </Stack>
    </Card>
  );
}
