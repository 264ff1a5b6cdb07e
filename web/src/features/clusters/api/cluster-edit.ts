import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type List } from '../../../lib/api';
import { clustersKey } from './keys';
import type { ClusterFigures, ClusterType, Location } from './types';

/** The base fields of a cluster (body of `PUT /api/provinces/:province/clusters/:id`, every field optional). */
export type ClusterBaseInput = {
  name: string;
  communeCode: string;
  communeName: string;
  type: ClusterType;
  plannedAreaHa: number;
  location?: Location | null;
  notes?: string | null;
};

/** Body of `POST /api/provinces/:province/clusters`: the base fields and, optionally, the code (generated when absent). */
export type NewClusterInput = ClusterBaseInput & { code?: string };

/** After a cluster is added or changed, every cluster query may be stale (the list, the roll-up, its page, the forms). */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [clustersKey] });
}

/** Registers a cluster in a province (directors and officers of the province). */
export function useCreateCluster(province: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: NewClusterInput) => api.post<ClusterFigures>(`/api/provinces/${province}/clusters`, input),
    onSuccess: refresh,
  });
}

/** Changes a cluster's name, commune, type, planned area, location or notes. */
export function useUpdateCluster(province: string, id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: Partial<ClusterBaseInput>) => api.put<ClusterFigures>(`/api/provinces/${province}/clusters/${id}`, input),
    onSuccess: refresh,
  });
}

/** A commune of the official list (places module; empty until an administrator imports it). */
export type CommuneChoice = { code: string; name: string };

/** The communes of a province's official list, offered when choosing a cluster's commune. */
export function useProvinceCommunes(province: string) {
  return useQuery({
    queryKey: ['places', 'communes', province] as const,
    queryFn: ({ signal }) => api.get<List<CommuneChoice>>(`/api/places/provinces/${province}/communes`, undefined, signal),
    staleTime: 10 * 60_000,
  });
}
