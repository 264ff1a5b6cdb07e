import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type List } from '../../../lib/api';
import { clustersKey } from './keys';
import type { Board, Check, Form03, Form04, Items, ReporterForm, Round, Submission } from './types';

const rounds = (province: string) => `/api/provinces/${province}/cluster-rounds`;

/** The rounds of a province (newest first) and the period in progress today. */
export function useRounds(province: string | null) {
  return useQuery({
    queryKey: [clustersKey, 'rounds', province] as const,
    queryFn: ({ signal }) => api.get<List<Round> & { inProgress: string }>(rounds(province ?? ''), undefined, signal),
    enabled: province !== null,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [clustersKey] });
}

/** Opens a round (YYYY-H1 or YYYY). */
export function useCreateRound(province: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (period: string) => api.post<Round>(rounds(province), { period }), onSuccess: refresh });
}

/** Who has and has not reported in a round. */
export function useBoard(province: string | null, period: string | null) {
  return useQuery({
    queryKey: [clustersKey, 'board', province, period] as const,
    queryFn: ({ signal }) => api.get<Board>(`${rounds(province ?? '')}/${period}/board`, undefined, signal),
    enabled: province !== null && period !== null,
    placeholderData: keepPreviousData,
  });
}

/** The subject of a reporter's form: an enterprise's Biểu 01 (by tax code) or a cluster's Biểu 02 (by id). */
export type FormSubject = { form: '01'; taxCode: string } | { form: '02'; clusterId: string };

function formPath(province: string, period: string, subject: FormSubject) {
  return `${rounds(province)}/${period}/forms/${subject.form}/${subject.form === '01' ? subject.taxCode : subject.clusterId}`;
}

/** Biểu 01 or 02 of a subject in a round: versions, status, values prefilled. */
export function useReporterForm(province: string | null, period: string | null, subject: FormSubject | null) {
  return useQuery({
    queryKey: [clustersKey, 'form', province, period, subject] as const,
    queryFn: ({ signal }) => api.get<ReporterForm>(formPath(province!, period!, subject!), undefined, signal),
    enabled: province !== null && period !== null && subject !== null,
    retry: false,
  });
}

/** Biểu 02 of a cluster in every round (the cluster page lists its reports). */
export function useClusterReports(province: string, clusterId: string, periods: string[]) {
  return useQueries({
    queries: periods.map((period) => ({
      queryKey: [clustersKey, 'form', province, period, { form: '02', clusterId }] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get<ReporterForm>(formPath(province, period, { form: '02', clusterId }), undefined, signal),
      retry: false,
    })),
  });
}

/** Submits Biểu 01 or 02 (a new version; marked late after the deadline). */
export function useSubmitReporterForm(province: string, period: string, subject: FormSubject) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { items: Items; note?: string | null }) => api.post<Submission>(formPath(province, period, subject), body),
    onSuccess: refresh,
  });
}

/** Biểu 03 of a commune: the latest version with its checks and a fresh compilation. */
export function useForm03(province: string | null, period: string | null, commune: string | null) {
  return useQuery({
    queryKey: [clustersKey, 'form03', province, period, commune] as const,
    queryFn: ({ signal }) => api.get<Form03>(`${rounds(province ?? '')}/${period}/forms/03/${commune}`, undefined, signal),
    enabled: province !== null && period !== null && commune !== null,
  });
}

/** Stores Biểu 03 of a commune as compiled by the system (on the commune's behalf). */
export function useCompileForm03(province: string, period: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (commune: string) => api.post<Submission & { checks: Check[] }>(`${rounds(province)}/${period}/forms/03/${commune}`, {}),
    onSuccess: refresh,
  });
}

/** The Biểu 04 preview with the checks. */
export function useForm04(province: string | null, period: string | null) {
  return useQuery({
    queryKey: [clustersKey, 'form04', province, period] as const,
    queryFn: ({ signal }) => api.get<Form04>(`${rounds(province ?? '')}/${period}/forms/04`, undefined, signal),
    enabled: province !== null && period !== null,
  });
}

/** Submits Biểu 04 as Σ Biểu 03. */
export function useSubmitForm04(province: string, period: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (note: string) =>
      api.post<Submission & { checks: Check[] }>(`${rounds(province)}/${period}/forms/04`, note.trim() ? { note: note.trim() } : {}),
    onSuccess: refresh,
  });
}

/** The address of Biểu 04 as a file. */
export function form04ExportUrl(province: string, period: string, format: 'xlsx' | 'docx'): string {
  return `${rounds(province)}/${period}/forms/04/export?format=${format}`;
}

/** The cluster an investor's account reports for, from the server (its own only), or null. */
export async function findReporterCluster(): Promise<{ id: string; name: string } | null> {
  try {
    const mine = await api.get<{ id: string; code: string; name: string; province: string }>('/api/clusters/mine');
    return { id: mine.id, name: mine.name };
  } catch {
    return null;
  }
}

/** The cluster of an investor's account (see {@link findReporterCluster}). */
export function useReporterCluster(province: string | null, reporterFor: { kind: string; id: string; clusterId?: string } | null | undefined) {
  return useQuery({
    queryKey: [clustersKey, 'reporter-cluster', province, reporterFor?.id] as const,
    queryFn: () => findReporterCluster(),
    enabled: province !== null && reporterFor?.kind === 'cluster',
    staleTime: Infinity,
  });
}
