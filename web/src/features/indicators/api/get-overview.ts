import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { indicatorsKey } from './keys';
import type { Overview } from './types';

/** What the overview asks: a province, a month (none = the latest with data), and "as published at the end of" a day. */
export type OverviewParams = { orgunit: string; period?: string; asOf?: string };

/** The query of a province overview. */
export function overviewQuery(params: OverviewParams) {
  return queryOptions({
    queryKey: [indicatorsKey, 'overview', params] as const,
    queryFn: ({ signal }) => api.get<Overview>('/api/overview', params, signal),
  });
}

/** The province overview; the previous answer stays on screen while another month or province loads. */
export function useOverview(params: OverviewParams | null) {
  return useQuery({ ...overviewQuery(params ?? { orgunit: '' }), enabled: params !== null && params.orgunit !== '', placeholderData: keepPreviousData });
}
