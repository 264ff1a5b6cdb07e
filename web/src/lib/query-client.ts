import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthenticated } from './api';

// Kept apart from api.ts on purpose: the log-in page uses api.ts but not React Query, and
// leaving React Query out of its bundle keeps that page under its JavaScript budget.

let leaving = false;

/** Reloads on the log-in page (a full load, so nothing of the old session stays in memory), to come back here after. */
function goToLogin(): void {
  if (leaving) return;
  leaving = true;
  const back = window.location.pathname + window.location.search;
  window.location.assign(back === '/' ? '/login' : `/login?redirect=${encodeURIComponent(back)}`);
}

/**
 * Creates a React Query client: no retries on 4xx answers, and `onUnauthenticated` called
 * when any query or mutation finds the session gone.
 */
export function createQueryClient(onUnauthenticated: () => void): QueryClient {
  const handle = (error: unknown) => {
    if (isUnauthenticated(error)) onUnauthenticated();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(error instanceof ApiError && error.status > 0 && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}

/** The app's one React Query client; a lost session sends the user to the log-in page. */
export const queryClient = createQueryClient(goToLogin);
