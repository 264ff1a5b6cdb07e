import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, request } from './api';

function answer(status: number, body?: unknown) {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

afterEach(() => vi.unstubAllGlobals());

describe('request', () => {
  it('sends the CSRF token from the cookie on a POST, read at call time', async () => {
    const fetch = vi.fn().mockResolvedValue(answer(200, { ok: true }));
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('document', { cookie: 'other=1; ct_csrf=t%2B1' });
    await request('/api/x', { method: 'POST', body: { a: 1 } });
    const init = fetch.mock.calls[0]?.[1] as RequestInit;
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBe('t+1');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"a":1}');
  });

  it('sends no CSRF header on a GET, and drops empty query values', async () => {
    const fetch = vi.fn().mockResolvedValue(answer(200, { items: [], total: 0 }));
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('document', { cookie: 'ct_csrf=abc' });
    await request('/api/audit', { query: { entity: 'user', entityId: '', limit: 50 } });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/audit?entity=user&limit=50');
    expect((fetch.mock.calls[0]?.[1] as RequestInit).headers).not.toHaveProperty('X-CSRF-Token');
  });

  it('rejects with the API error code, details and field paths', async () => {
    const body = {
      error: { code: 'validation_failed', message: 'Invalid body', details: { fields: [{ path: 'body.password', message: 'Too small', code: 'too_small' }] } },
    };
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(400, body)));
    vi.stubGlobal('document', { cookie: '' });
    const error = await request('/api/users', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('validation_failed');
    expect((error as ApiError).fields).toEqual([{ path: 'body.password', message: 'Too small', code: 'too_small' }]);
  });

  it('turns a non-JSON failure into "internal" and a network failure into "network"', async () => {
    vi.stubGlobal('document', { cookie: '' });
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 })));
    expect(await request('/api/x').catch((e: ApiError) => e.code)).toBe('internal');
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await request('/api/x').catch((e: ApiError) => e.code)).toBe('network');
  });

  it('returns nothing for a 204', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(null, { status: 204 })));
    vi.stubGlobal('document', { cookie: 'ct_csrf=abc' });
    expect(await request('/api/auth/logout', { method: 'POST' })).toBeUndefined();
  });
});
