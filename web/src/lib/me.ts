import { queryOptions, useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { ApiError, api } from './api';
import { fetchMe, mayHaveSession, type Me } from './auth';
import { setLanguage, type Language } from './i18n';
import { queryClient } from './query-client';

/** The query of the signed-in user; a 401 is an answer ("nobody"), not an error to retry. */
export const meQuery = queryOptions({
  queryKey: ['auth', 'me'] as const,
  queryFn: ({ signal }) => fetchMe(signal),
  staleTime: Infinity,
  retry: false,
});

/** The signed-in user (cached), or null; applies the user's saved language. Used by the router before any signed-in page. */
export async function loadMe(): Promise<Me | null> {
  if (!mayHaveSession()) {
    queryClient.removeQueries({ queryKey: meQuery.queryKey });
    return null;
  }
  try {
    const me = await queryClient.ensureQueryData(meQuery);
    await setLanguage(me.language);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in user inside the signed-in part of the app (loaded by the router before it renders). */
export function useMe(): Me {
  return useSuspenseQuery(meQuery).data;
}

/** Saves the user's language on the server and switches the interface to it. */
export function useSaveLanguage() {
  return useMutation({
    mutationFn: (language: Language) => api.put<Me>('/api/auth/me/preferences', { language }),
    onSuccess: async (me) => {
      queryClient.setQueryData(meQuery.queryKey, me);
      await setLanguage(me.language);
    },
  });
}
