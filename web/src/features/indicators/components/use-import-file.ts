import { useRef, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { currentLanguage } from '../../../lib/i18n';
import { useRefreshFigures } from '../api/grid';
import { importCsv, importWorkbook, type CsvReport, type ProgressEvent, type WorkbookImportFields, type WorkbookReport } from '../api/imports';

/** What an import answered: a workbook's report or a CSV file's. */
export type ImportResult = { kind: 'workbook'; report: WorkbookReport } | { kind: 'csv'; report: CsvReport };

/** A file to send: its kind, a workbook's fields, and the form's settings the preview is made with (a preview is current while they stay). */
export type ImportRequest = { file: File; kind: 'workbook' | 'csv'; fields: Omit<WorkbookImportFields, 'dryRun'>; settings: string };

/** The report inside a refusal (422 import_refused carries the full report), if any. */
function reportOf(error: unknown, kind: 'workbook' | 'csv'): ImportResult | null {
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
export function fileMessage(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const message = error.details?.['message'];
  if (message && typeof message === 'object' && 'vi' in message && 'en' in message) {
    const m = message as { vi: unknown; en: unknown };
    return String(currentLanguage() === 'en' ? m.en : m.vi);
  }
  return null;
}

/**
 * Sending a file to import: a preview (dry run) kept with the settings it was made with, or the confirmed import
 * (then every figures query is refreshed); the progress on the way, the error (a refusal still shows its report),
 * and the cancelling of a preview.
 */
export function useImportFile() {
  const refresh = useRefreshFigures();
  const [busy, setBusy] = useState<'preview' | 'confirm' | null>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [result, setResult] = useState<(ImportResult & { settings: string }) | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);

  const send = async ({ file, kind, fields, settings }: ImportRequest, dryRun: boolean) => {
    setBusy(dryRun ? 'preview' : 'confirm');
    setError(null);
    setDone(null);
    setProgress({ stage: 'upload', loaded: 0, total: file.size });
    abort.current = new AbortController();
    try {
      const answer: ImportResult =
        kind === 'workbook'
          ? { kind, report: await importWorkbook(file, { ...fields, dryRun }, setProgress, abort.current.signal) }
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

  return {
    busy,
    progress,
    result,
    done,
    error,
    /** Shows an error found before sending (an unsupported file). */
    setError,
    send,
    /** Forgets the preview, the import done and the error (another file was chosen). */
    clear: () => {
      setResult(null);
      setDone(null);
      setError(null);
    },
    /** Abandons the request on its way. */
    cancel: () => abort.current?.abort(),
  };
}
