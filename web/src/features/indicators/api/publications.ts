import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { indicatorsKey } from './keys';

/** A published month: when, by whom, with the note given. */
export type Publication = { period: string; publishedAt: string; publishedBy: string | null; reason: string | null };

/** One publish or unpublish action. */
export type PublicationAction = { period: string; action: 'publish' | 'unpublish'; reason: string | null; at: string; by: string | null };

/** `GET /api/publications`: the months published now, and every action of the year (newest first). */
export type Publications = { orgunit: string; year: number; items: Publication[]; total: number; history: PublicationAction[] };

/** The query of the publications of a province and year. */
export function publicationsQuery(orgunit: string, year: number) {
  return queryOptions({
    queryKey: [indicatorsKey, 'publications', orgunit, year] as const,
    queryFn: ({ signal }) => api.get<Publications>('/api/publications', { orgunit, year }, signal),
  });
}

/** The published months of a province and year, and who published or reopened them. */
export function usePublications(orgunit: string | null, year: number) {
  return useQuery({ ...publicationsQuery(orgunit ?? '', year), enabled: orgunit !== null });
}

/** Publishing (a note is optional) or reopening (a reason is required) a month. */
export type PublicationChange = { action: 'publish' | 'unpublish'; orgunit: string; period: string; reason: string };

/** Publishes or reopens a month (director); every figures query is refreshed, since the locks changed. */
export function useChangePublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, orgunit, period, reason }: PublicationChange) =>
      api.post<{ changed: boolean; published: boolean }>(`/api/publications/${action}`, {
        orgunit,
        period,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [indicatorsKey] }),
  });
}
