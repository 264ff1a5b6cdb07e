import { keepPreviousData, queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, csrfCookie, readCookie, toApiError, type List } from '../../../lib/api';
import { clustersKey } from './keys';
import type {
  Attachment,
  ClusterFigures,
  ClusterPage,
  InfraItem,
  InvestorFact,
  Permit,
  ProvinceSummary,
  StageFact,
  Stage,
  Tenant,
  TenantStatus,
} from './types';

/** Filters of the cluster list (all optional; the server ignores accents and case in `q`). */
export type ClusterFilters = { orgunit: string; commune?: string; stage?: string; occupancy?: string; q?: string };

/** The clusters of a province with their figures, filtered. */
export function useClusters(filters: ClusterFilters | null) {
  return useQuery({
    queryKey: [clustersKey, 'list', filters] as const,
    queryFn: ({ signal }) => api.get<List<ClusterFigures>>('/api/clusters', filters ?? {}, signal),
    enabled: filters !== null,
    placeholderData: keepPreviousData,
  });
}

/** The roll-up of a province's clusters today. */
export function useProvinceSummary(orgunit: string | null) {
  return useQuery({
    queryKey: [clustersKey, 'summary', orgunit] as const,
    queryFn: ({ signal }) => api.get<ProvinceSummary>('/api/clusters/summary', { orgunit }, signal),
    enabled: orgunit !== null,
  });
}

const base = (province: string, id: string) => `/api/provinces/${province}/clusters/${id}`;

/** The query of a cluster's page. */
export function clusterQuery(province: string, id: string) {
  return queryOptions({
    queryKey: [clustersKey, 'page', province, id] as const,
    queryFn: ({ signal }) => api.get<ClusterPage>(base(province, id), undefined, signal),
    retry: false,
  });
}

/** A cluster's page: figures, stages, investor, infrastructure, permits, attachments, tenants. */
export function useCluster(province: string, id: string) {
  return useQuery(clusterQuery(province, id));
}

/** The pages of several clusters (the map reads their locations). */
export function useClusterPages(province: string, ids: string[]) {
  return useQueries({ queries: ids.map((id) => clusterQuery(province, id)) });
}

/** After a change to a cluster, every cluster query may be stale (its page, the list, the roll-up, the forms). */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [clustersKey] });
}

function useClusterMutation<I, O>(fn: (input: I) => Promise<O>) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: fn, onSuccess: refresh });
}

/** A stage fact to append (a correction names the fact it corrects). */
export type StageInput = { stage: Stage; documentNo: string; documentDate: string; basis?: string | null; correctsId?: string | null };

/** Records the next legal stage (or a correction); the server refuses a stage out of order. */
export function useAppendStage(province: string, id: string) {
  return useClusterMutation((input: StageInput) => api.post<{ latest: Stage | null; facts: StageFact[] }>(`${base(province, id)}/stages`, input));
}

/** Sets total and industrial land. */
export function useSetLand(province: string, id: string) {
  return useClusterMutation((input: { totalHa: number; industrialHa: number }) => api.put<ClusterFigures>(`${base(province, id)}/land`, input));
}

/** Investor input. */
export type InvestorInput = { taxCode: string; selectionScore: number; totalInvestment: number; disbursedInvestment: number; basis?: string | null };

/** Records the infrastructure investor. */
export function useSetInvestor(province: string, id: string) {
  return useClusterMutation((input: InvestorInput) => api.put<{ current: InvestorFact | null }>(`${base(province, id)}/investor`, input));
}

/** Records the investor's withdrawal. */
export function useWithdrawInvestor(province: string, id: string) {
  return useClusterMutation((basis: string) => api.post<{ current: InvestorFact | null }>(`${base(province, id)}/investor/withdraw`, { basis }));
}

/** Infrastructure item input. */
export type InfraInput = Omit<InfraItem, 'id'>;

/** Adds (no id) or changes (with id) an infrastructure item. */
export function useSaveInfrastructure(province: string, id: string) {
  return useClusterMutation(({ itemId, ...input }: InfraInput & { itemId?: string }) =>
    itemId ? api.put<InfraItem>(`${base(province, id)}/infrastructure/${itemId}`, input) : api.post<InfraItem>(`${base(province, id)}/infrastructure`, input),
  );
}

/** Removes an infrastructure item entered by mistake. */
export function useRemoveInfrastructure(province: string, id: string) {
  return useClusterMutation((itemId: string) => api.delete<void>(`${base(province, id)}/infrastructure/${itemId}`));
}

/** Records a permit. */
export function useAddPermit(province: string, id: string) {
  return useClusterMutation((input: Omit<Permit, 'id' | 'attachmentId'>) => api.post<Permit[]>(`${base(province, id)}/permits`, input));
}

/** Tenant project input. */
export type TenantInput = {
  taxCode: string;
  projectName: string;
  vsic?: string | null;
  leasedAreaHa: number;
  registeredCapital: number;
  disbursedCapital: number;
  foreignInvested?: boolean;
  workers: number;
  status: TenantStatus;
  signedOn?: string | null;
  operatingFrom?: string | null;
  stoppedOn?: string | null;
};

/** Adds (no id) or changes (with id) a tenant project. */
export function useSaveTenant(province: string, id: string) {
  return useClusterMutation(({ tenantId, ...input }: TenantInput & { tenantId?: string }) =>
    tenantId ? api.put<Tenant>(`${base(province, id)}/tenants/${tenantId}`, input) : api.post<Tenant>(`${base(province, id)}/tenants`, input),
  );
}

/** Removes a tenant project entered by mistake. */
export function useRemoveTenant(province: string, id: string) {
  return useClusterMutation((tenantId: string) => api.delete<void>(`${base(province, id)}/tenants/${tenantId}`));
}

/** Sends a multipart form (a file upload) with the session cookie and the CSRF header; the browser sets the boundary. */
async function upload<T>(path: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = readCookie(csrfCookie);
  if (token) headers['X-CSRF-Token'] = token;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: form });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'network error');
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

/** Uploads an attachment (PDF, PNG, JPEG, DOCX, XLSX; at most 20 MB). */
export function useUploadAttachment(province: string, id: string) {
  return useClusterMutation(({ file, title }: { file: File; title: string }) => {
    const form = new FormData();
    form.set('file', file);
    if (title.trim()) form.set('title', title.trim());
    return upload<Attachment>(`${base(province, id)}/attachments`, form);
  });
}

/** The address that downloads an attachment. */
export function attachmentUrl(province: string, attachmentId: string): string {
  return `/api/provinces/${province}/attachments/${attachmentId}`;
}

/** An enterprise as the registry lists it (for choosing a tenant or an investor by tax code or name). */
export type EnterpriseChoice = { taxCode: string; name: string; vsic: string | null; ownership: string; provinceCode: string };

/** Enterprises of a province matching a text (name, tax code, address; accents ignored). */
export function useEnterpriseSearch(orgunit: string, q: string) {
  return useQuery({
    queryKey: [clustersKey, 'enterprise-search', orgunit, q] as const,
    queryFn: ({ signal }) => api.get<List<EnterpriseChoice>>('/api/enterprises', { orgunit, q, limit: 10 }, signal),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}
