/** One invalid field of a `validation_failed` error. */
export type FieldError = { path: string; message: string; code?: string };

/** The error shape every API call rejects with: the server's `{ error: { code, message, details } }`, or a network failure. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  /** The invalid fields of a `validation_failed` error, paths joined with dots ("scope.0"). */
  get fields(): FieldError[] {
    const fields = this.details?.['fields'];
    if (!Array.isArray(fields)) return [];
    return fields.flatMap((field: unknown) => {
      if (typeof field !== 'object' || field === null) return [];
      const { path, message, code } = field as Record<string, unknown>;
      const joined = Array.isArray(path) ? path.join('.') : String(path ?? '');
      return [{ path: joined, message: String(message ?? ''), ...(typeof code === 'string' ? { code } : {}) }];
    });
  }
}

/** Reads a cookie readable by scripts (the session cookie itself is httpOnly and never visible here). */
export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Name of the cookie holding the double-submit CSRF token, set by the server at log-in. */
export const csrfCookie = 'ct_csrf';

type Query = Record<string, string | number | boolean | null | undefined>;

/** Options of {@link request}. */
export type RequestOptions = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; query?: Query; signal?: AbortSignal };

function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The {@link ApiError} of a failed response (the server's error body, or a code from the status). */
export async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    const error = body.error;
    if (error && typeof error.code === 'string') {
      const details = typeof error.details === 'object' && error.details !== null ? (error.details as Record<string, unknown>) : undefined;
      return new ApiError(response.status, error.code, String(error.message ?? error.code), details);
    }
  } catch {
    // not JSON (a proxy's error page): fall through to a code from the status
  }
  const code = response.status >= 500 ? 'internal' : 'unknown';
  return new ApiError(response.status, code, response.statusText);
}

/**
 * Calls the API: JSON in and out, same-origin cookies, and the `X-CSRF-Token` header (read from the
 * `ct_csrf` cookie at call time) on every request that is not a GET. Rejects with {@link ApiError}.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = readCookie(csrfCookie);
    if (token) headers['X-CSRF-Token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'network error');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Shorthands for {@link request} by method. */
export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body?: unknown) => request<T>(path, { method: 'PUT', body }),
  delete: <T>(path: string) => request<T>(path, { method: 'DELETE' }),
};

/** A list answer of the API. */
export type List<T> = { items: T[]; total: number };

/** True when an error means the session is gone (expired, logged out elsewhere). */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated';
}
