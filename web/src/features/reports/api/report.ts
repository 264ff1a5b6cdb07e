import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type List } from '../../../lib/api';
import { reportsKey } from './keys';
import type { MonthlyReport, OfficerSections, ReportFormat, ReportLang, SectionsResponse, VersionSummary } from './types';

/** Which report: a province, a month, a language, and a stored version (none = from the current figures). */
export type ReportParams = { orgunit: string; period: string; lang: ReportLang; version?: string };

/** The query of a report's preview (`format=json`). */
export function monthlyReportQuery(params: ReportParams) {
  return queryOptions({
    queryKey: [reportsKey, 'monthly', params] as const,
    queryFn: ({ signal }) => api.get<MonthlyReport>('/api/reports/monthly', { ...params, format: 'json' }, signal),
  });
}

/** The report's preview; the previous one stays on screen while another loads. */
export function useMonthlyReport(params: ReportParams | null) {
  return useQuery({ ...monthlyReportQuery(params ?? { orgunit: '', period: '', lang: 'vi' }), enabled: params !== null, placeholderData: keepPreviousData });
}

/** The address of the report as a file; a stored version is downloaded as stored. */
export function reportFileUrl(params: ReportParams & { format: ReportFormat }): string {
  const query = new URLSearchParams({ orgunit: params.orgunit, period: params.period, lang: params.lang, format: params.format });
  if (params.version) query.set('version', params.version);
  return `/api/reports/monthly?${query.toString()}`;
}

/** The query of the stored versions of a province's month, newest first. */
export function versionsQuery(orgunit: string, period: string) {
  return queryOptions({
    queryKey: [reportsKey, 'versions', orgunit, period] as const,
    queryFn: ({ signal }) => api.get<List<VersionSummary>>('/api/reports/monthly/versions', { orgunit, period }, signal),
  });
}

/** The stored versions of a province's month. */
export function useVersions(orgunit: string | null, period: string | null) {
  return useQuery({ ...versionsQuery(orgunit ?? '', period ?? ''), enabled: Boolean(orgunit && period) });
}

/** Generates the report from the current figures and stores it as a version. */
export function useCreateVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { orgunit: string; period: string; lang: ReportLang }) =>
      api.post<VersionSummary & { newerFiguresExist: boolean }>('/api/reports/monthly/versions', input),
    onSuccess: (version) => queryClient.invalidateQueries({ queryKey: [reportsKey, 'versions', version.orgunit, version.period] }),
  });
}

/** The query of the officer's sections of a month in a language. */
export function sectionsQuery(orgunit: string, period: string, lang: ReportLang) {
  return queryOptions({
    queryKey: [reportsKey, 'sections', orgunit, period, lang] as const,
    queryFn: ({ signal }) => api.get<SectionsResponse>('/api/reports/monthly/sections', { orgunit, period, lang }, signal),
    // The form keeps its own copy while it is edited; the stored texts change only by a save or an explicit reload.
    staleTime: Infinity,
  });
}

/** The officer's sections of a month in a language, with their version. */
export function useSections(params: { orgunit: string; period: string; lang: ReportLang } | null) {
  return useQuery({ ...sectionsQuery(params?.orgunit ?? '', params?.period ?? '', params?.lang ?? 'vi'), enabled: params !== null });
}

/** What a save sends: every section, and the version the officer started from (a stale one is refused with 409). */
export type SectionsInput = OfficerSections & { orgunit: string; period: string; lang: ReportLang; expectedVersion: number };

/** Saves the officer's sections; the preview of the month is written again with them. */
export function useSaveSections() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SectionsInput) => api.put<SectionsResponse>('/api/reports/monthly/sections', input),
    onSuccess: (saved) => {
      queryClient.setQueryData(sectionsQuery(saved.orgunit, saved.period, saved.lang).queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: [reportsKey, 'monthly'] });
    },
  });
}
