import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Role } from '../../../lib/auth';
import { usersQuery, type User } from './get-users';

/** What creating an account needs. */
export type CreateUserInput = { username: string; displayName: string; role: Role; scope: string[]; password: string };

/** What editing an account may change; a password only when it is being reset. */
export type UpdateUserInput = { displayName?: string; role?: Role; scope?: string[]; active?: boolean; password?: string };

/** Creates an account, then refreshes the list. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api.post<User>('/api/users', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQuery.queryKey }),
  });
}

/** Changes an account (role, scope, active, password), then refreshes the list. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserInput }) => api.put<User>(`/api/users/${encodeURIComponent(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQuery.queryKey }),
  });
}
