import { Alert, Button, Card, Group, Input, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { useCatalogue } from '../api/get-catalogue';
import { fileKind } from '../api/imports';
import type { FigureStatus } from '../api/types';
import { useFiguresIoTranslation } from '../io-i18n';
import { ImportDone } from './import-done';
import { CsvPreview, WorkbookPreview } from './import-preview';
import { UploadProgress } from './upload-progress';
import { fileMessage, useImportFile } from './use-import-file';

/** Props of {@link ImportPanel}. */
export type ImportPanelProps = {
  /** The provinces the user may import for (code and name). */
  provinces: { code: string; name: string }[];
  /** Directors may change published months, giving a reason. */
  isDirector: boolean;
  /** Links shown after a confirmed import: the province and the latest month written (null: none). */
  doneLinks: (orgunit: string, month: string | null) => ReactNode;
};

const statuses: FigureStatus[] = ['estimate', 'preliminary', 'official'];

/**
 * Importing a workbook (.xlsx, .xls) or a CSV file: choose the file, the province and the status for figures whose
 * file states none; the file is sent with a progress bar (bytes, then the server's progress) for a preview that
 * writes nothing; Confirm sends the same request to write it all in one transaction.
 */
export function ImportPanel({ provinces, isDirector, doneLinks }: ImportPanelProps) {
  const { t } = useFiguresIoTranslation();
  const catalogue = useCatalogue();
  const [file, setFile] = useState<File | null>(null);
  const [orgunit, setOrgunit] = useState(provinces[0]?.code ?? '');
  const [status, setStatus] = useState<FigureStatus | ''>('');
  const [reason, setReason] = useState('');
  const [missingFile, setMissingFile] = useState(false);
  const upload = useImportFile();
  const { busy, progress, result, done, error } = upload;
  const fileInput = useRef<HTMLInputElement>(null);

  const province = provinces.some((p) => p.code === orgunit) ? orgunit : (provinces[0]?.code ?? '');
  const kind = file ? fileKind(file.name) : null;
  const settings = file ? [file.name, file.size, file.lastModified, province, status, reason.trim()].join('|') : '';
  const current = result && result.settings === settings ? result : null;
  const canConfirm = current ? (current.kind === 'workbook' ? current.report.canConfirm : current.report.problems.length === 0) : false;

  const run = (dryRun: boolean) => {
    if (!file) {
      setMissingFile(true);
      return;
    }
    if (!kind) {
      upload.setError(new ApiError(415, 'unsupported_type', 'unsupported'));
      return;
    }
    const fields = { orgunit: province, status: status || null, reason: isDirector ? reason : undefined };
    void upload.send({ file, kind, fields, settings }, dryRun);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(true);
  };

  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <form onSubmit={submit} noValidate aria-labelledby="import-form-title" data-testid="import-form">
          <Stack gap="sm">
            <Text id="import-form-title" fw={600}>
              {t('import.formTitle')}
            </Text>
            <Input.Wrapper
              label={t('import.file')}
              description={t('import.fileHint')}
              required
              error={missingFile ? t('import.fileRequired') : undefined}
              labelProps={{ htmlFor: 'import-file-button' }}
            >
              {/* The browser's own file control speaks the browser's language: a button of ours opens it instead. */}
              <input
                ref={fileInput}
                type="file"
                hidden
                accept=".xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv"
                onChange={(event) => {
                  setFile(event.currentTarget.files?.[0] ?? null);
                  setMissingFile(false);
                  upload.clear();
                }}
                data-testid="import-file"
              />
              <Group gap="sm" mt={6}>
                <Button
                  id="import-file-button"
                  variant="default"
                  onClick={() => fileInput.current?.click()}
                  aria-describedby={file ? 'import-file-info' : undefined}
                  aria-invalid={missingFile || undefined}
                  data-testid="import-file-button"
                >
                  {file ? t('import.chooseOther') : t('import.choose')}
                </Button>
                <Text size="sm" c={file ? undefined : 'dimmed'} id="import-file-info" data-testid="import-file-info">
                  {file ? t('import.fileInfo', { name: file.name, size: formatNumber(file.size / 1024, { decimals: 1 }) }) : t('import.noFile')}
                  {file && kind === null && ` · ${t('import.unsupported')}`}
                </Text>
              </Group>
            </Input.Wrapper>
            {kind === 'csv' ? (
              <Text size="sm" c="dimmed">
                {t('import.csvNote')}
              </Text>
            ) : (
              <Group align="flex-start" wrap="wrap">
                <NativeSelect
                  label={t('import.province')}
                  data={provinces.map((p) => ({ value: p.code, label: p.name }))}
                  value={province}
                  onChange={(event) => setOrgunit(event.currentTarget.value)}
                  w={240}
                  data-testid="import-province"
                />
                <NativeSelect
                  label={t('import.status')}
                  description={t('import.statusHint')}
                  data={[{ value: '', label: t('import.statusNone') }, ...statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
                  value={status}
                  onChange={(event) => setStatus(event.currentTarget.value as FigureStatus | '')}
                  w={320}
                  maw="100%"
                  data-testid="import-status"
                />
                {isDirector && (
                  <TextInput
                    label={t('import.reason')}
                    description={t('import.reasonHint')}
                    value={reason}
                    onChange={(event) => setReason(event.currentTarget.value)}
                    maxLength={2000}
                    w={360}
                    maw="100%"
                    data-testid="import-reason"
                  />
                )}
              </Group>
            )}
            <Group gap="sm">
              <Button
                type="submit"
                variant={current ? 'default' : 'filled'}
                loading={busy === 'preview'}
                disabled={busy !== null}
                data-testid="import-preview-button"
              >
                {current ? t('import.previewAgain') : t('import.preview')}
              </Button>
              {current && (
                <Button
                  color="green"
                  onClick={() => run(false)}
                  loading={busy === 'confirm'}
                  disabled={!canConfirm || busy !== null}
                  data-testid="import-confirm"
                >
                  {t('import.confirm')}
                </Button>
              )}
              {/* Only a preview can be abandoned: a confirm the server has received may still be written. */}
              {busy === 'preview' && (
                <Button variant="subtle" color="gray" onClick={upload.cancel} data-testid="import-cancel">
                  {t('app.cancel')}
                </Button>
              )}
            </Group>
            {result && !current && !busy && (
              <Text size="sm" c="orange.8" data-testid="import-stale">
                {t('import.stale')}
              </Text>
            )}
            {current && !canConfirm && (
              <Text size="sm" c="dimmed" data-testid="import-cannot-confirm">
                {t('import.cannotConfirm')}
              </Text>
            )}
            {progress && <UploadProgress progress={progress} />}
          </Stack>
        </form>
      </Card>

      {error !== null && (
        <Alert color="red" variant="light" role="alert" data-testid="import-error">
          {fileMessage(error) ?? describeError(error)}
        </Alert>
      )}
      {done && <ImportDone done={done} doneLinks={doneLinks} />}
      {done?.kind === 'workbook' && catalogue.data && <WorkbookPreview report={done.report} indicators={catalogue.data.byCode} />}
      {result?.kind === 'workbook' && catalogue.data && <WorkbookPreview report={result.report} indicators={catalogue.data.byCode} />}
      {result?.kind === 'csv' && <CsvPreview report={result.report} />}
    </Stack>
  );
}
