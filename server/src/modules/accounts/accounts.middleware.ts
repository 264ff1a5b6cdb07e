import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import { authenticateWithVersions } from './accounts.service';

/** Name of the httpOnly session cookie. */
export const SESSION_COOKIE = 'ct_session';
/** Name of the readable cookie holding the CSRF token. */
export const CSRF_COOKIE = 'ct_csrf';
/** Header that must echo the CSRF token on state-changing requests. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host of an Origin header; null for an opaque ("null") or malformed origin, which is never same-site. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

/**
 * Loads the actor from the session cookie and protects state-changing requests:
 * a cross-site Origin is refused, and a logged-in request must carry the session's CSRF token.
 */
export function sessionMiddleware(db: Db): MiddlewareHandler {
  return async (c, next) => {
    const unsafe = !SAFE.has(c.req.method);
    if (unsafe) {
      const origin = c.req.header('origin');
      if (origin && originHost(origin) !== (c.req.header('host') ?? new URL(c.req.url).host)) {
        throw new AppError('csrf_failed', 'Cross-site request refused');
      }
    }
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await authenticateWithVersions(db, token) : null;
    const actor = session?.actor ?? null;
    if (unsafe && actor && c.req.header(CSRF_HEADER) !== actor.csrfToken) {
      throw new AppError('csrf_failed', 'Missing or wrong CSRF token: reload the page and try again');
    }
    c.set('actor' as never, actor as never);
    c.set('dataVersions' as never, (session?.dataVersions ?? null) as never);
    await next();
  };
}
