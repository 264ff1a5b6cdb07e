import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type List } from '../../../lib/api';
import type { Role } from '../../../lib/auth';
import type { Language } from '../../../lib/i18n';

/** A user account as the administrator sees it. */
export type User = { id: string; username: string; displayName: string; role: Role; scope: string[]; active: boolean; language: Language };

/** The query of all user accounts (admin only). */
export const usersQuery = queryOptions({
  queryKey: ['users'] as const,
  queryFn: ({ signal }) => api.get<List<User>>('/api/users', undefined, signal),
});

/** All user accounts. */
export function useUsers() {
  return useQuery(usersQuery);
}
