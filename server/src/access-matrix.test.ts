import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from './core/access';
import { allRoutes } from './app';
import { createTestApp, type TestClient } from './test/app';

/**
 * Walks every API route × role × scope: a role the route does not allow gets 403, an allowed role
 * gets past the access check, and a province outside the user's scope gets 403. A new route without
 * an access rule and an example request fails here.
 */
describe('the route × role × scope matrix', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const inScope = new Map<Role, TestClient>();
  const outOfScope = new Map<Role, TestClient>();

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ROLES) {
      inScope.set(role, await t.as(role, ['40']));
      outOfScope.set(role, await t.as(role, ['19']));
    }
  });
  afterAll(() => t.close());

  const routes = allRoutes().filter((r) => !('public' in r.access));

  it('gives every protected route an access rule and an example request', () => {
    for (const route of allRoutes()) {
      expect(route.access, `${route.method} ${route.path}`).toBeDefined();
      if (!('public' in route.access)) expect(route.example, `${route.method} ${route.path} needs an example`).toBeTypeOf('function');
    }
  });

  function build(route: (typeof routes)[number], province: string) {
    const ex = route.example!(province);
    let path = route.path;
    for (const [k, v] of Object.entries(ex.params ?? {})) path = path.replace(`:${k}`, encodeURIComponent(v));
    const qs = new URLSearchParams(ex.query ?? {}).toString();
    return { path: qs ? `${path}?${qs}` : path, body: ex.body };
  }

  for (const route of routes) {
    const access = route.access as Exclude<typeof route.access, { public: true }>;
    it(`${route.method.toUpperCase()} ${route.path}: 401 without a session`, async () => {
      const { path, body } = build(route, '40');
      const res = await t.anonymous.request(route.method.toUpperCase(), path, body);
      expect(res.status).toBe(401);
    });
    for (const role of ROLES) {
      const allowed = access.roles.includes(role);
      it(`${route.method.toUpperCase()} ${route.path}: ${role} ${allowed ? 'passes the access check' : 'is refused'}`, async () => {
        const { path, body } = build(route, '40');
        // Logging out ends the session: use a fresh one so later routes keep theirs.
        const client = route.path === '/api/auth/logout' ? await t.as(role, ['40']) : inScope.get(role)!;
        const res = await client.request(route.method.toUpperCase(), path, body);
        const text = await res.text();
        if (allowed) expect([400, 401, 403], `${res.status} ${text}`).not.toContain(res.status);
        else expect(res.status, text).toBe(403);
      });
      if (allowed && typeof access.scope === 'function') {
        it(`${route.method.toUpperCase()} ${route.path}: ${role} of another province is refused`, async () => {
          const { path, body } = build(route, '40');
          const res = await outOfScope.get(role)!.request(route.method.toUpperCase(), path, body);
          expect(res.status, await res.text()).toBe(403);
        });
      }
    }
  }
});
