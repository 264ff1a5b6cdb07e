import { ApiError, csrfCookie, readCookie } from '../../../lib/api';
import type { FigureStatus } from './types';
import type { FigureBase } from './grid';

/** What the import does, or would do, with one understood cell (server: xlsx-import.types.ts). */
export type CellOutcome = 'write' | 'unchanged' | 'not_stored' | 'locked' | 'superseded' | 'refused' | 'needs_status';

/** Every outcome, in the order the preview counts them. */
export const cellOutcomes: readonly CellOutcome[] = ['write', 'unchanged', 'not_stored', 'locked', 'superseded', 'refused', 'needs_status'];

/** One understood figure cell of a workbook. */
export type PreviewFigure = {
  indicator: string;
  orgunit: string;
  period: string;
  category: string | null;
  base: FigureBase;
  value: number;
  status: FigureStatus | null;
  statusFromFile: boolean;
  revision: boolean;
  sheet: string;
  cell: string;
  header: string;
  rowLabel: string;
  note: string | null;
  outcome: CellOutcome;
  current: { value: number; status: FigureStatus; version: number } | null;
  version: number | null;
  flags: string[];
  recomputed?: number | null;
};

/** A plan (`KH 2026`) found in a workbook. */
export type PreviewPlan = {
  indicator: string;
  year: number;
  value: number;
  sheet: string;
  cell: string;
  outcome: 'write' | 'unchanged' | 'refused';
  current: { value: number; version: number } | null;
};

/** A problem of a cell, sheet or file, in both languages. */
export type WorkbookProblem = {
  sheet: string;
  cell: string;
  code: string;
  severity: 'error' | 'warning';
  message: { vi: string; en: string };
  details?: Record<string, unknown>;
};

/** The preview (dry run) or the result of a workbook import (`POST /api/imports/xlsx`). */
export type WorkbookReport = {
  importId: string | null;
  dryRun: boolean;
  fileName: string;
  format: 'xlsx' | 'xls';
  sha256: string;
  layout: 'iip' | 'tmdv' | 'dept_indicator' | 'long_format' | 'unknown';
  locale: 'vi' | 'en';
  localeReason: 'option' | 'text_numbers' | 'text_numbers_mixed' | 'vietnamese_text' | 'no_vietnamese_text';
  orgunit: string;
  status: FigureStatus | null;
  statusRequired: boolean;
  canConfirm: boolean;
  counts: Record<string, number>;
  figures: PreviewFigure[];
  plans: PreviewPlan[];
  problems: WorkbookProblem[];
};

/** A refused CSV cell, by row and column. */
export type CsvProblem = { row: number; column: string; value: string; message: { vi: string; en: string } };

/** The preview or result of a CSV import (`POST /api/imports/csv`). */
export type CsvReport = {
  kind: 'figures' | 'plans';
  dryRun: boolean;
  rows: number;
  written: number;
  unchanged: number;
  problems: CsvProblem[];
  importId: string | null;
};

/** Where a long import is on the server (`GET /api/imports/progress/:id`). */
export type ImportProgress = { id: string; phase: 'parsing' | 'checking' | 'writing' | 'done' | 'refused' | 'failed'; processed: number; total: number };

/** What the screen hears while a file travels: the share of bytes sent, then the server's progress. */
export type ProgressEvent = { stage: 'upload'; loaded: number; total: number } | { stage: 'server'; progress: ImportProgress | null };

/** The kind of file by its name: a workbook goes to the XLSX import (which also reads .xls), a .csv to the CSV import. */
export function fileKind(name: string): 'workbook' | 'csv' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx') || lower.endsWith('.xls')) return 'workbook';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

function toApiError(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    const error = body.error;
    if (error && typeof error.code === 'string') {
      const details = typeof error.details === 'object' && error.details !== null ? (error.details as Record<string, unknown>) : undefined;
      return new ApiError(status, error.code, String(error.message ?? error.code), details);
    }
  } catch {
    // not JSON: a proxy's page
  }
  return new ApiError(status, status === 413 ? 'payload_too_large' : status >= 500 ? 'internal' : 'unknown', String(status));
}

/**
 * Sends a request with XMLHttpRequest, which (unlike fetch) reports upload progress: same cookies and CSRF header
 * as lib/api's `request`, the same `ApiError` on failure. Resolves with the parsed JSON answer.
 */
function send<T>(
  path: string,
  body: FormData | string,
  onUpload: (loaded: number, total: number) => void,
  onSent: () => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (typeof body === 'string') xhr.setRequestHeader('Content-Type', 'application/json');
    const token = readCookie(csrfCookie);
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (event) => onUpload(event.loaded, event.lengthComputable ? event.total : 0);
    xhr.upload.onload = () => onSent();
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(new ApiError(xhr.status, 'internal', 'invalid JSON'));
        }
      } else reject(toApiError(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network error'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}

/** A progress id the server accepts ([A-Za-z0-9_-]{8,64}). */
function progressId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `web-${random}`.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64);
}

/**
 * Polls the server's progress of an import until `stop` aborts: after a second, then every 700 ms, one request at a time (on PGlite a poll
 * waits while the import holds the database; on PostgreSQL it answers at once). An unknown id (not started yet) is not an error.
 */
async function poll(id: string, report: (progress: ImportProgress) => void, stop: AbortSignal): Promise<void> {
  // A small file is answered within a second: only long server work is polled (and by then the server knows the id).
  await new Promise((resolve) => setTimeout(resolve, 1000));
  while (!stop.aborted) {
    try {
      const response = await fetch(`/api/imports/progress/${id}`, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: stop });
      if (response.ok) report((await response.json()) as ImportProgress);
    } catch {
      // aborted, or the network hiccuped: the import's own answer decides
    }
    await new Promise((resolve) => setTimeout(resolve, 700));
  }
}

/** What a workbook import sends besides the file. */
export type WorkbookImportFields = { orgunit: string; status: FigureStatus | null; dryRun: boolean; reason?: string };

/** Sends a workbook (multipart) for a preview (dryRun) or to write it; reports upload, then server, progress. */
export async function importWorkbook(
  file: File,
  fields: WorkbookImportFields,
  onProgress: (event: ProgressEvent) => void,
  signal?: AbortSignal,
): Promise<WorkbookReport> {
  const id = progressId();
  const form = new FormData();
  form.append('orgunit', fields.orgunit);
  if (fields.status) form.append('status', fields.status);
  form.append('dryRun', String(fields.dryRun));
  if (fields.reason?.trim()) form.append('reason', fields.reason.trim());
  form.append('progressId', id);
  form.append('file', file, file.name);
  const stop = new AbortController();
  try {
    return await send<WorkbookReport>(
      '/api/imports/xlsx',
      form,
      (loaded, total) => onProgress({ stage: 'upload', loaded, total }),
      () => {
        onProgress({ stage: 'server', progress: null });
        void poll(id, (progress) => onProgress({ stage: 'server', progress }), stop.signal);
      },
      signal,
    );
  } finally {
    stop.abort();
  }
}

/** Sends a CSV file's text (`POST /api/imports/csv`, JSON) for a preview or to write it. */
export async function importCsv(file: File, dryRun: boolean, onProgress: (event: ProgressEvent) => void, signal?: AbortSignal): Promise<CsvReport> {
  const csv = await file.text();
  return send<CsvReport>(
    '/api/imports/csv',
    JSON.stringify({ fileName: file.name, csv, dryRun }),
    (loaded, total) => onProgress({ stage: 'upload', loaded, total }),
    () => onProgress({ stage: 'server', progress: null }),
    signal,
  );
}
