import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes, createApp } from '../app';
import { loadConfig } from '../core/config';
import { MAX_FAILURES, MAX_FAILURES_PER_IP } from '../modules/accounts/accounts.service';
import { createTestApp, type TestClient } from '../test/app';
import { newUser } from './support';

/**
 * Security beyond the route × role × scope matrix (server/src/access-matrix.test.ts walks every route for every
 * role and province scope; it is not repeated here) and the basics in accounts.test.ts (cookie attributes, CSRF
 * token, per-username lockout): SQL-injection and markup payloads in every kind of text field are stored and given
 * back literally; every state-changing route refuses a request without the CSRF token, and odd Origin headers are
 * refused rather than crashing; log-in throttling per client address holds over a real socket and ignores
 * X-Forwarded-For; session cookies are rotated, expire, turn Secure behind HTTPS, and die with a password change;
 * uploads with path tricks, control characters or a lying size are refused or neutralised (uploads.reliability.ts). The browser side (the
 * payloads rendered inert in the users and audit pages) is e2e/security.e2e.ts.
 */

/** Payloads every text field must store and give back exactly. */
export const PAYLOADS = [
  '<img src=x onerror=window.__xss=1>',
  "'; drop table user_account; --",
  '" OR "1"="1" --',
  "Robert'); DELETE FROM figure_vintage; --",
  '</script><script>window.__xss=2</script>',
  '${7*7} {{7*7}} %s %n',
  'Nguyễn Văn A \u202e‮gnp.exe',
  '\\x27; select pg_sleep(10); --',
];

describe('security', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: TestClient;
  let director: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.as('admin', ['*']);
    director = await t.as('director', ['40']);
  });
  afterAll(() => t.close());

  describe('SQL and markup in text fields are data, stored and given back literally', () => {
    it('user display names', async () => {
      const before = await t.db
        .selectFrom('user_account')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      for (const [i, payload] of PAYLOADS.entries()) {
        const res = await admin.json('POST', '/api/users', {
          username: `payload.${i}`,
          displayName: payload,
          role: 'viewer',
          scope: ['40'],
          password: 'payload-password',
        });
        expect(res.status, payload).toBe(200);
        expect(res.body.displayName).toBe(payload);
      }
      const list = await admin.json('GET', '/api/users');
      for (const payload of PAYLOADS) expect(list.body.items.map((u: { displayName: string }) => u.displayName)).toContain(payload);
      const after = await t.db
        .selectFrom('user_account')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n) + PAYLOADS.length);
    });

    it('notes and reasons of figures, read back from their history', async () => {
      for (const [i, payload] of PAYLOADS.entries()) {
        const res = await director.json('PUT', '/api/figures', {
          indicator: 'RETAIL',
          orgunit: '40',
          period: '2025-01',
          value: 100 + i,
          status: 'estimate',
          note: payload,
          reason: payload,
        });
        expect(res.status, payload).toBe(200);
      }
      const history = await director.json('GET', '/api/figures/history?indicator=RETAIL&orgunit=40&period=2025-01');
      expect(history.body.items.map((v: { note: string }) => v.note).reverse()).toEqual(PAYLOADS);
      expect(history.body.items.map((v: { reason: string }) => v.reason).reverse()).toEqual(PAYLOADS);
    });

    it('search and filter parameters: answered (empty or filtered), never an error, and the tables are intact', async () => {
      for (const payload of PAYLOADS) {
        const q = encodeURIComponent(payload);
        for (const p of [`/api/audit?entity=${q}&entityId=${q}`, `/api/enterprises?q=${q}`, `/api/clusters?q=${q}`]) {
          const res = await admin.request('GET', p);
          expect([200, 400], `${p} → ${res.status}`).toContain(res.status);
        }
      }
      const { rows } = await sql<{ n: string }>`select count(*)::text as n from user_account`.execute(t.db);
      expect(Number(rows[0]!.n)).toBeGreaterThan(PAYLOADS.length);
    });

    it('import file names, kept in the import record and the audit trail', async () => {
      const officer = await t.as('officer', ['40']);
      for (const [i, payload] of PAYLOADS.entries()) {
        const csv = `indicator,orgunit,period,value,status\nEXPORT,40,2025-0${(i % 9) + 1},${10 + i},estimate\n`;
        const res = await officer.json('POST', '/api/imports/csv', { fileName: payload, csv, dryRun: false });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }
      const audit = await admin.json('GET', '/api/audit?entity=figure_import&limit=100');
      expect(audit.body.items.map((e: { after: { fileName: string } }) => e.after.fileName)).toEqual(expect.arrayContaining(PAYLOADS));
    });

    it('refuses text with a NUL character (PostgreSQL cannot store it) as a validation error naming the field, never a 500', async () => {
      const cases: [string, string, unknown][] = [
        ['POST', '/api/users', { username: 'nul.user', displayName: 'a\u0000b', role: 'viewer', scope: ['40'], password: 'payload-password' }],
        ['PUT', '/api/figures', { indicator: 'RETAIL', orgunit: '40', period: '2025-02', value: 1, status: 'estimate', note: '\u0000' }],
        ['POST', '/api/imports/csv', { fileName: 'a\u0000.csv', csv: 'indicator,orgunit,period,value,status\nEXPORT,40,2025-03,1,estimate\n', dryRun: false }],
        ['GET', `/api/audit?entity=${encodeURIComponent('a\u0000b')}`, undefined],
        ['GET', `/api/enterprises?q=${encodeURIComponent('\u0000')}`, undefined],
      ];
      for (const [method, p, body] of cases) {
        const res = method === 'GET' ? await admin.json(method, p) : await (p === '/api/users' ? admin : director).json(method, p, body);
        expect(res.status, `${method} ${p}: ${JSON.stringify(res.body)}`).toBe(400);
        expect(res.body.error.code).toBe('validation_failed');
        expect(JSON.stringify(res.body.error.details.fields)).toMatch(/NUL/);
      }
    });
  });

  describe('cross-site requests', () => {
    it('every state-changing route refuses a logged-in request without the CSRF token (403 csrf_failed)', async () => {
      const session = await t.login(await newUser(t, 'director', ['40']), 'test-password');
      const unsafe = allRoutes().filter((r) => r.method !== 'get');
      expect(unsafe.length).toBeGreaterThan(10);
      for (const route of unsafe) {
        const p = route.path.replace(/:(\w+)/g, (_, name: string) => (name === 'province' ? '40' : '1'));
        const res = await session.request(route.method.toUpperCase(), p, {}, { 'x-csrf-token': '' });
        expect(res.status, `${route.method} ${route.path}`).toBe(403);
        expect(((await res.json()) as { error: { code: string } }).error.code, `${route.method} ${route.path}`).toBe('csrf_failed');
      }
    });

    it('refuses a token of another session', async () => {
      const a = await t.login(await newUser(t, 'officer', ['40']), 'test-password');
      const other = await t.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: await newUser(t, 'officer', ['40']), password: 'test-password' }),
      });
      const { csrfToken } = (await other.json()) as { csrfToken: string };
      expect((await a.request('PUT', '/api/auth/me/preferences', { language: 'en' }, { 'x-csrf-token': csrfToken })).status).toBe(403);
    });

    it('refuses cross-site, opaque (null) and malformed Origin headers with 403, logged in or not (log-in CSRF included)', async () => {
      const client = await t.login(await newUser(t, 'officer', ['40']), 'test-password');
      for (const origin of ['https://evil.example', 'null', 'http://[::1', 'javascript:alert(1)', 'http://localhost.evil.example']) {
        const res = await client.request('PUT', '/api/auth/me/preferences', { language: 'vi' }, { origin, host: 'localhost' });
        expect(res.status, origin).toBe(403);
        const login = await t.app.request('http://localhost/api/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin, host: 'localhost' },
          body: JSON.stringify({ username: 'x', password: 'y' }),
        });
        expect(login.status, `log-in from ${origin}`).toBe(403);
      }
      const same = await client.request('PUT', '/api/auth/me/preferences', { language: 'vi' }, { origin: 'http://localhost', host: 'localhost' });
      expect(same.status).toBe(200);
    });
  });

  describe('log-in throttling over a real socket', () => {
    let server: ReturnType<typeof serve>;
    let url: string;
    beforeAll(async () => {
      const app = createApp({ db: t.db, kind: t.kind, config: { ...loadConfig({}), webDist: os.tmpdir() } });
      await new Promise<void>((resolve) => {
        server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
      });
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const login = (username: string, password: string, headers: Record<string, string> = {}) =>
      fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ username, password }),
      });

    it('locks an unknown username exactly like a known one (no way to tell which exist)', async () => {
      const known = await newUser(t, 'viewer', ['40']);
      const statuses = async (u: string) => {
        const out: number[] = [];
        for (let i = 0; i <= MAX_FAILURES; i++) out.push((await login(u, 'wrong-password', { 'x-forwarded-for': `10.0.0.${i}` })).status);
        return out;
      };
      expect(await statuses(known)).toEqual(await statuses(`nobody.${Date.now()}`));
    });

    it(`refuses a client address after ${MAX_FAILURES_PER_IP} failures across usernames, even with a right password and a forged X-Forwarded-For`, async () => {
      await sql`delete from login_attempt`.execute(t.db);
      const good = await newUser(t, 'viewer', ['40']);
      for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
        const res = await login(`guess.${i}`, 'wrong-password', { 'x-forwarded-for': `203.0.113.${i}` });
        expect(res.status).toBe(401);
        await res.text();
      }
      const res = await login(good, 'test-password', { 'x-forwarded-for': '198.51.100.7' });
      expect(res.status).toBe(429);
      const body = (await res.json()) as { error: { code: string; details: { retryAfterSeconds: number } } };
      expect(body.error.code).toBe('too_many_attempts');
      expect(body.error.details.retryAfterSeconds).toBeGreaterThan(0);
      await sql`delete from login_attempt`.execute(t.db);
    });
  });

  describe('session cookies', () => {
    const loginRes = (username: string, headers: Record<string, string> = {}) =>
      t.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ username, password: 'test-password' }),
      });
    const cookie = (res: Response, name: string) => res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`))!;

    it('issue a new random token at every log-in (no fixation), stored only as a hash, valid 12 hours', async () => {
      const username = await newUser(t, 'viewer', ['40']);
      const a = cookie(await loginRes(username), 'ct_session');
      const b = cookie(await loginRes(username), 'ct_session');
      const token = (c: string) => c.split(';')[0]!.split('=')[1]!;
      expect(token(a)).not.toBe(token(b));
      expect(token(a)).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits
      expect(a).toMatch(/Max-Age=43200/);
      const stored = await t.db.selectFrom('user_session').select('id').execute();
      expect(stored.map((s) => s.id)).not.toContain(token(a));
    });

    it('are Secure behind HTTPS (X-Forwarded-Proto or an https URL), and cleared on log-out', async () => {
      const username = await newUser(t, 'viewer', ['40']);
      const proxied = await loginRes(username, { 'x-forwarded-proto': 'https' });
      expect(cookie(proxied, 'ct_session')).toMatch(/; Secure/);
      expect(cookie(proxied, 'ct_csrf')).toMatch(/; Secure/);
      const direct = await t.app.request('https://congthuong.example/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'test-password' }),
      });
      expect(cookie(direct, 'ct_session')).toMatch(/; Secure/);
      expect(cookie(await loginRes(username), 'ct_session')).not.toMatch(/Secure/);
      const c = proxied.headers
        .getSetCookie()
        .map((x) => x.split(';')[0])
        .join('; ');
      const { csrfToken } = (await proxied.json()) as { csrfToken: string };
      const out = await t.app.request('/api/auth/logout', { method: 'POST', headers: { cookie: c, 'x-csrf-token': csrfToken } });
      expect(out.status).toBe(204);
      expect(cookie(out, 'ct_session')).toMatch(/Max-Age=0/);
      expect((await t.app.request('/api/auth/me', { headers: { cookie: c } })).status).toBe(401);
    });

    it("end when an administrator changes the user's password or disables the user", async () => {
      for (const patch of [{ password: 'another-password-1' }, { active: false }]) {
        const username = await newUser(t, 'viewer', ['40']);
        const victim = await t.login(username, 'test-password');
        const id = (await victim.json('GET', '/api/auth/me')).body.id as string;
        expect((await admin.json('PUT', `/api/users/${id}`, patch)).status).toBe(200);
        expect((await victim.request('GET', '/api/auth/me')).status, JSON.stringify(patch)).toBe(401);
      }
    });
  });
});
