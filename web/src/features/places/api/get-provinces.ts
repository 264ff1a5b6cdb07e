import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type List } from '../../../lib/api';

/** A province-level unit with its validity period; `predecessors` are the units it was formed from on 1 July 2025. */
export type Province = {
  code: string;
  name: string;
  nameEn: string;
  kind: 'province' | 'city';
  validFrom: string;
  validTo: string | null;
  predecessors: { code: string; name: string }[];
};

/** The query of the units in force on a day (YYYY-MM-DD), or today when no day is given. */
export function provincesQuery(date?: string) {
  return queryOptions({
    queryKey: ['places', 'provinces', date ?? 'today'] as const,
    queryFn: ({ signal }) => api.get<List<Province>>('/api/places/provinces', { date }, signal),
    staleTime: 10 * 60_000,
  });
}

/** The units in force on a day, or today; `enabled: false` skips the call (the places module is off). */
export function useProvinces(date?: string, enabled = true) {
  return useQuery({ ...provincesQuery(date), enabled });
}
