import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useImportEnterprises, type ImportFile, type ImportPreview } from '../api/enterprises';
import { useEnterprisesTranslation } from '../i18n';

const actionColor = { insert: 'green', update: 'blue', unchanged: 'gray' } as const;

async function readFile(file: File): Promise<ImportFile> {
  if (/\.xlsx$/i.test(file.name)) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { xlsxBase64: btoa(binary) };
  }
  return { csv: await file.text() };
}

/**
 * Imports enterprises from a CSV or XLSX file: first a preview (what each row would do, every refused cell with its
 * reason in the user's language), then, when nothing is refused, the real import (all rows or none).
 */
export function ImportPanel({ province, onDone }: { province: string; onDone?: () => void }) {
  const { t } = useEnterprisesTranslation();
  const language = currentLanguage();
  const run = useImportEnterprises(province);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<ImportFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [reading, setReading] = useState(false);
  const refusedPreview = run.error instanceof ApiError && run.error.code === 'import_refused' ? (run.error.details as unknown as ImportPreview) : null;
  const shown = refusedPreview ?? preview;

  const choose = async (chosen: File | undefined) => {
    setPreview(null);
    run.reset();
    if (!chosen) return setFile(null);
    setReading(true);
    try {
      const read = await readFile(chosen);
      setFile(read);
      run.mutate({ file: read, dryRun: true }, { onSuccess: setPreview });
    } finally {
      setReading(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="import-panel">
      <label htmlFor="import-file">
        <Text size="sm" fw={500}>
          {t('import.file')}
        </Text>
      </label>
      <input
        id="import-file"
        ref={input}
        type="file"
        accept=".csv,.txt,.xlsx,text/csv"
        aria-describedby="import-hint"
        onChange={(e) => void choose(e.currentTarget.files?.[0])}
        data-testid="import-file"
      />
      <Text size="xs" c="dimmed" id="import-hint">
        {t('import.hint')}
      </Text>
      {(reading || (run.isPending && !preview)) && (
        <Text size="sm" role="status">
          {t('import.reading')}
        </Text>
      )}
      {run.isError && !refusedPreview && (
        <Alert color="red" variant="light" role="alert">
          {describeError(run.error)}
        </Alert>
      )}
      {shown && (
        <Stack gap="sm" data-testid="import-preview">
          <Group gap="xs" wrap="wrap">
            {(['insert', 'update', 'unchanged'] as const).map((a) => (
              <Badge key={a} color={actionColor[a]} variant="light">
                {t(`import.action.${a}`)}: {formatNumber(shown.counts[a])}
              </Badge>
            ))}
            <Badge color={shown.counts.refused ? 'red' : 'gray'} variant="light" data-testid="import-refused-count">
              {t('import.refusedLines')}: {formatNumber(shown.counts.refused)}
            </Badge>
          </Group>
          {shown.notes.map((n, i) => (
            <Text key={i} size="xs" c="dimmed">
              {language === 'en' ? n.en : n.vi}
            </Text>
          ))}
          {shown.problems.length > 0 && (
            <Table.ScrollContainer minWidth={640}>
              <Table fz="sm" withTableBorder data-testid="import-problems" aria-label={t('import.problems')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('import.line')}</Table.Th>
                    <Table.Th scope="col">{t('import.cell')}</Table.Th>
                    <Table.Th scope="col">{t('import.value')}</Table.Th>
                    <Table.Th scope="col">{t('import.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.problems.map((p, i) => (
                    <Table.Tr key={i}>
                      <Table.Th scope="row">{formatNumber(p.line)}</Table.Th>
                      <Table.Td>{p.cell || p.column}</Table.Td>
                      <Table.Td ff="monospace">{p.value}</Table.Td>
                      <Table.Td>{language === 'en' ? p.message.en : p.message.vi}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {shown.rows.length > 0 && (
            <Table.ScrollContainer minWidth={640}>
              <Table fz="sm" striped data-testid="import-rows" aria-label={t('import.rows')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('import.line')}</Table.Th>
                    <Table.Th scope="col">{t('fields.taxCode')}</Table.Th>
                    <Table.Th scope="col">{t('fields.name')}</Table.Th>
                    <Table.Th scope="col">{t('import.what')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.rows.map((r) => (
                    <Table.Tr key={r.line}>
                      <Table.Td>{formatNumber(r.line)}</Table.Td>
                      <Table.Th scope="row" fw={400} ff="monospace">
                        {r.taxCode}
                      </Table.Th>
                      <Table.Td>{r.name}</Table.Td>
                      <Table.Td>
                        <Badge size="sm" color={actionColor[r.action]} variant="light">
                          {t(`import.action.${r.action}`)}
                        </Badge>{' '}
                        {r.changed.length > 0 && (
                          <Text span size="xs" c="dimmed">
                            {r.changed.map((c) => t(`changed.${c}`)).join(', ')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {shown.written ? (
            <Alert color="green" variant="light" role="status" data-testid="import-written">
              {t('import.written', { insert: formatNumber(shown.counts.insert), update: formatNumber(shown.counts.update) })}
            </Alert>
          ) : shown.problems.length > 0 ? (
            <Alert color="red" variant="light" role="alert">
              {t('import.fixFirst')}
            </Alert>
          ) : (
            <Group justify="flex-end">
              <Button
                onClick={() => file && run.mutate({ file, dryRun: false }, { onSuccess: (result) => (setPreview(result), onDone?.()) })}
                loading={run.isPending}
                disabled={shown.counts.insert + shown.counts.update === 0}
                data-testid="import-confirm"
              >
                {t('import.confirm', { count: formatNumber(shown.counts.insert + shown.counts.update) })}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
