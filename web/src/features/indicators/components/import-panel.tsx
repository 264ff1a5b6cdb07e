import { Alert, Button, Card, Group, Input, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { formatNumber, formatPercent } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useCatalogue } from '../api/get-catalogue';
import { useRefreshFigures } from '../api/grid';
import { fileKind, importCsv, importWorkbook, type CsvReport, type ProgressEvent, type WorkbookReport } from '../api/imports';
import type { FigureStatus } from '../api/types';
import { useFiguresIoTranslation } from '../io-i18n';
import { CsvPreview, WorkbookPreview } from './import-preview';

/** Props of {@link ImportPanel}. */
export type ImportPanelProps = {
  /** The provinces the user may import for (code and name). */
  provinces: { code: string; name: string }[];
  /** Directors may change published months, giving a reason. */
  isDirector: boolean;
  /** Links shown after a confirmed import: the province and the latest month written (null: none). */
  doneLinks: (orgunit: string, month: string | null) => ReactNode;
};

type Result = { kind: 'workbook'; report: WorkbookReport } | { kind: 'csv'; report: CsvReport };

const statuses: FigureStatus[] = ['estimate', 'preliminary', 'official'];
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The report inside a refusal (422 import_refused carries the full report), if any. */
function reportOf(error: unknown, kind: 'workbook' | 'csv'): Result | null {
  if (!(error instanceof ApiError) || error.code !== 'import_refused' || !error.details) return null;
  const details = error.details;
  if (kind === 'workbook' && Array.isArray(details['figures'])) return { kind, report: details as unknown as WorkbookReport };
  if (kind === 'csv' && Array.isArray(details['problems'])) {
    const problems = details['problems'] as CsvReport['problems'];
    return { kind, report: { kind: 'figures', dryRun: true, rows: 0, written: 0, unchanged: 0, importId: null, ...(details as Partial<CsvReport>), problems } };
  }
  return null;
}

/** The server's own sentence for a refused file (unreadable, not a workbook, too large), in the user's language. */
function fileMessage(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const message = error.details?.['message'];
  if (message && typeof message === 'object' && 'vi' in message && 'en' in message) {
    const m = message as { vi: unknown; en: unknown };
    return String(currentLanguage() === 'en' ? m.en : m.vi);
  }
  return null;
}

/**
 * Importing a workbook (.xlsx, .xls) or a CSV file: choose the file, the province and the status for figures whose
 * file states none; the file is sent with a progress bar (bytes, then the server's progress) for a preview that
 * writes nothing; Confirm sends the same request to write it all in one transaction.
 */
export function ImportPanel({ provinces, isDirector, doneLinks }: ImportPanelProps) {
  const { t } = useFiguresIoTranslation();
  const catalogue = useCatalogue();
  const refresh = useRefreshFigures();
  const [file, setFile] = useState<File | null>(null);
  const [orgunit, setOrgunit] = useState(provinces[0]?.code ?? '');
  const [status, setStatus] = useState<FigureStatus | ''>('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<'preview' | 'confirm' | null>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [result, setResult] = useState<(Result & { settings: string }) | null>(null);
  const [done, setDone] = useState<Result | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missingFile, setMissingFile] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const province = provinces.some((p) => p.code === orgunit) ? orgunit : (provinces[0]?.code ?? '');
  const kind = file ? fileKind(file.name) : null;
  const settings = file ? [file.name, file.size, file.lastModified, province, status, reason.trim()].join('|') : '';
  const current = result && result.settings === settings ? result : null;
  const canConfirm = current ? (current.kind === 'workbook' ? current.report.canConfirm : current.report.problems.length === 0) : false;

  const run = async (dryRun: boolean) => {
    if (!file) {
      setMissingFile(true);
      return;
    }
    if (!kind) {
      setError(new ApiError(415, 'unsupported_type', 'unsupported'));
      return;
    }
    setBusy(dryRun ? 'preview' : 'confirm');
    setError(null);
    setDone(null);
    setProgress({ stage: 'upload', loaded: 0, total: file.size });
    abort.current = new AbortController();
    try {
      const answer: Result =
        kind === 'workbook'
          ? {
              kind,
              report: await importWorkbook(
                file,
                { orgunit: province, status: status || null, dryRun, reason: isDirector ? reason : undefined },
                setProgress,
                abort.current.signal,
              ),
            }
          : { kind, report: await importCsv(file, dryRun, setProgress, abort.current.signal) };
      if (dryRun) setResult({ ...answer, settings });
      else {
        setResult(null);
        setDone(answer);
        void refresh();
      }
    } catch (caught) {
      if (caught instanceof DOMException && caught.name === 'AbortError') return;
      const refused = reportOf(caught, kind);
      if (refused) setResult({ ...refused, settings });
      setError(caught);
    } finally {
      setBusy(null);
      setProgress(null);
      abort.current = null;
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };

  const doneMonth = (() => {
    if (!done || done.kind !== 'workbook') return null;
    const months = done.report.figures.filter((f) => f.outcome === 'write' && monthPattern.test(f.period)).map((f) => f.period);
    return months.length ? months.sort().at(-1)! : null;
  })();

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
                  setResult(null);
                  setDone(null);
                  setError(null);
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
                  onClick={() => void run(false)}
                  loading={busy === 'confirm'}
                  disabled={!canConfirm || busy !== null}
                  data-testid="import-confirm"
                >
                  {t('import.confirm')}
                </Button>
              )}
              {/* Only a preview can be abandoned: a confirm the server has received may still be written. */}
              {busy === 'preview' && (
                <Button variant="subtle" color="gray" onClick={() => abort.current?.abort()} data-testid="import-cancel">
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
      {done && (
        <Alert color="green" variant="light" role="status" data-testid="import-done">
          <Stack gap="xs">
            <Text size="sm">
              {done.kind === 'workbook'
                ? t('import.done', {
                    file: done.report.fileName,
                    written: formatNumber(done.report.counts['write'] ?? 0),
                    unchanged: formatNumber(done.report.counts['unchanged'] ?? 0),
                    plans: formatNumber(done.report.plans.filter((p) => p.outcome === 'write').length),
                  })
                : t('import.csv.done', {
                    kind: t(`import.csv.kinds.${done.report.kind}`),
                    rows: formatNumber(done.report.rows),
                    written: formatNumber(done.report.written),
                    unchanged: formatNumber(done.report.unchanged),
                  })}
            </Text>
            {done.kind === 'workbook' && doneLinks(done.report.orgunit, doneMonth)}
          </Stack>
        </Alert>
      )}
      {done?.kind === 'workbook' && catalogue.data && <WorkbookPreview report={done.report} indicators={catalogue.data.byCode} />}
      {result?.kind === 'workbook' && catalogue.data && <WorkbookPreview report={result.report} indicators={catalogue.data.byCode} />}
      {result?.kind === 'csv' && <CsvPreview report={result.report} />}
    </Stack>
  );
}

const progressStyle = { width: '100%', height: 10, accentColor: 'var(--mantine-color-blue-6)' };

/** The progress of a file on its way: the share of bytes sent, then what the server is doing (and how far, when it says). */
function UploadProgress({ progress }: { progress: ProgressEvent }) {
  const { t } = useFiguresIoTranslation();
  if (progress.stage === 'upload') {
    const percent = progress.total > 0 ? (progress.loaded / progress.total) * 100 : 0;
    return (
      <Stack gap={4} data-testid="import-progress" data-stage="upload">
        <Text size="sm">{t('import.progress.upload', { percent: formatPercent(percent, 0) })}</Text>
        <progress value={percent} max={100} aria-label={t('import.progress.upload', { percent: formatPercent(percent, 0) })} style={progressStyle} />
      </Stack>
    );
  }
  const server = progress.progress;
  const known = server && server.total > 0;
  const percent = known ? (server.processed / server.total) * 100 : 100;
  const label = server
    ? known
      ? t('import.progress.counted', {
          phase: t(`import.progress.phases.${server.phase}`),
          processed: formatNumber(server.processed),
          total: formatNumber(server.total),
        })
      : t(`import.progress.phases.${server.phase}`)
    : t('import.progress.server');
  return (
    <Stack gap={4} data-testid="import-progress" data-stage="server">
      <Text size="sm">{label}</Text>
      {/* Without a count the bar is indeterminate (no value), which the browser animates. */}
      <progress {...(known ? { value: percent, max: 100 } : {})} aria-label={label} style={progressStyle} />
    </Stack>
  );
}
