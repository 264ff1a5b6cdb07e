import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** What the server answers to a commune import (or a dry run of it). */
export type CommuneImportResult = { wouldInsert: number; inserted: number };

/** One refused row of a commune list. */
export type CommuneProblem = { row: number; column: string; message: { vi: string; en: string } };

/** Imports the official commune list (CSV text); `dryRun` checks it without writing. */
export function useImportCommunes() {
  return useMutation({
    mutationFn: (input: { csv: string; dryRun: boolean }) => api.post<CommuneImportResult>('/api/places/communes/import', input),
  });
}
