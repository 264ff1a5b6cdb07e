import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type List } from '../../../lib/api';

/** One recorded change: who did what to which record, with the record before and after. */
export type AuditEntry = {
  id: string;
  at: string;
  username: string;
  entity: string;
  entityId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** Filters and page of the audit log. */
export type AuditParams = { entity?: string; entityId?: string; limit: number; offset: number };

/** The query of one page of the audit log. */
export function auditQuery(params: AuditParams) {
  return queryOptions({
    queryKey: ['audit', params] as const,
    queryFn: ({ signal }) => api.get<List<AuditEntry>>('/api/audit', params, signal),
  });
}

/** One page of the audit log; the previous page stays on screen while the next loads. */
export function useAudit(params: AuditParams) {
  return useQuery({ ...auditQuery(params), placeholderData: keepPreviousData });
}
