import { createApp } from '../app';
import { loadConfig } from '../core/config';
import type { Role } from '../core/access';
import { createUser } from '../modules/accounts';
import type { DatabaseHandle } from '../database';
import { createTestDatabase } from './db';

/** A logged-in client of the app under test: requests carry the session cookie and the CSRF token. */
export type TestClient = {
  request: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Response>;
  json: <T = any>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T }>;
};

let userCounter = 0;

/** The app on a fresh test database, with helpers to create users and log in. */
export async function createTestApp() {
  const handle: DatabaseHandle = await createTestDatabase();
  const config = { ...loadConfig({}), webDist: '/nonexistent' };
  const app = createApp({ db: handle.db, kind: handle.kind, config });

  async function login(username: string, password: string): Promise<TestClient> {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
    const cookies = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return clientWith({ cookie: cookies, 'x-csrf-token': csrfToken });
  }

  function clientWith(base: Record<string, string>): TestClient {
    const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      app.request(path, {
        method,
        headers: { ...base, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
    return {
      request,
      json: async (method, path, body) => {
        const res = await request(method, path, body);
        const text = await res.text();
        return { status: res.status, body: text ? JSON.parse(text) : null };
      },
    };
  }

  /** Creates a user with a role and scope and returns a logged-in client. */
  async function as(role: Role, scope: string[], extra: { reporterFor?: { kind: 'enterprise' | 'cluster'; id: string } } = {}) {
    const username = `t.${role}.${++userCounter}.${Math.random().toString(36).slice(2, 7)}`;
    await createUser(handle.db, null, { username, displayName: username, role, scope, password: 'test-password', ...extra });
    return login(username, 'test-password');
  }

  return { app, db: handle.db, kind: handle.kind, handle, login, as, anonymous: clientWith({}), close: () => handle.close() };
}
