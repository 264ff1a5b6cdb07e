import { api, csrfCookie, readCookie } from './api';
import { setLanguage, type Language } from './i18n';

/** What a user may do, from most to least powerful; `reporter` is an outside party (cluster investor, tenant). */
export type Role = 'admin' | 'director' | 'officer' | 'viewer' | 'reporter';

/** Every role, in order of power. */
export const roles: readonly Role[] = ['admin', 'director', 'officer', 'viewer', 'reporter'];

/** The signed-in user as `GET /api/auth/me` returns it. */
export type Me = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Province codes the user works on; `['*']` means all. */
  scope: string[];
  language: Language;
  /** Modules the server has enabled, e.g. `['places', 'audit', 'users']`. */
  modules: string[];
  demo: boolean;
  /** What a reporter reports for: a cluster (its code, e.g. CCN-40-001) or an enterprise (its tax code); null for other roles. */
  reporterFor?: { kind: 'enterprise' | 'cluster'; id: string; clusterId?: string } | null;
};

/**
 * Whether this browser may hold a session: the server sets the readable CSRF cookie with the
 * session cookie. Without it the server is not asked (which spares an expected 401 in the console).
 */
export function mayHaveSession(): boolean {
  return readCookie(csrfCookie) !== null;
}

/** Asks the server who is signed in; rejects with a 401 `unauthenticated` ApiError when nobody is. */
export function fetchMe(signal?: AbortSignal): Promise<Me> {
  return api.get<Me>('/api/auth/me', undefined, signal);
}

/** Logs in and switches to the language saved for the user. */
export async function logIn(credentials: { username: string; password: string }): Promise<Me> {
  const { user } = await api.post<{ user: Me; csrfToken: string }>('/api/auth/login', credentials);
  await setLanguage(user.language);
  return user;
}

/**
 * Logs out, then loads the log-in page afresh, so nothing of this user (cached answers, state) stays in memory.
 * The page is left even when the call fails: the user asked to leave.
 */
export async function logOut(): Promise<void> {
  try {
    await api.post<void>('/api/auth/logout');
  } finally {
    window.location.assign('/login');
  }
}
