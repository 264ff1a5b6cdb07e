import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';
import { createUser } from './accounts.service';
import { MAX_FAILURES } from './accounts.service';

describe('accounts', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t.db, null, { username: 'officer.40', displayName: 'Cán bộ 40', role: 'officer', scope: ['40'], password: 'correct-horse' });
    await createUser(t.db, null, { username: 'locked.user', displayName: 'x', role: 'viewer', scope: ['40'], password: 'correct-horse' });
  });
  afterAll(() => t.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    t.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  describe('POST /api/auth/login', () => {
    it('sets an httpOnly SameSite session cookie and a readable CSRF cookie', async () => {
      const res = await post('/api/auth/login', { username: 'officer.40', password: 'correct-horse' });
      expect(res.status).toBe(200);
      const cookies = res.headers.getSetCookie();
      const session = cookies.find((c) => c.startsWith('ct_session='))!;
      const csrf = cookies.find((c) => c.startsWith('ct_csrf='))!;
      expect(session).toMatch(/HttpOnly/);
      expect(session).toMatch(/SameSite=Lax/);
      expect(session).toMatch(/Path=\//);
      expect(csrf).not.toMatch(/HttpOnly/);
      const body = (await res.json()) as { user: { role: string; scope: string[] } };
      expect(body.user).toMatchObject({ role: 'officer', scope: ['40'] });
    });

    it('answers a wrong password and an unknown user the same way', async () => {
      const a = await post('/api/auth/login', { username: 'officer.40', password: 'wrong' });
      const b = await post('/api/auth/login', { username: 'nobody', password: 'wrong' });
      expect(a.status).toBe(401);
      expect(b.status).toBe(401);
      expect(await a.json()).toEqual(await b.json());
    });

    it('locks a username out after repeated failures, even with the right password', async () => {
      for (let i = 0; i < MAX_FAILURES; i++) expect((await post('/api/auth/login', { username: 'locked.user', password: 'bad' })).status).toBe(401);
      const res = await post('/api/auth/login', { username: 'locked.user', password: 'correct-horse' });
      expect(res.status).toBe(429);
      const body = (await res.json()) as { error: { code: string; details: { retryAfterSeconds: number } } };
      expect(body.error.code).toBe('too_many_attempts');
      expect(body.error.details.retryAfterSeconds).toBeGreaterThan(0);
    });

    it('names each bad field of an invalid body', async () => {
      const res = await post('/api/auth/login', { username: '' });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; details: { fields: { path: string }[] } } };
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.details.fields.map((f) => f.path).sort()).toEqual(['body.password', 'body.username']);
    });
  });

  describe('CSRF protection', () => {
    it('refuses a state-changing request without the CSRF token', async () => {
      const client = await t.login('officer.40', 'correct-horse');
      const ok = await client.request('PUT', '/api/auth/me/preferences', { language: 'en' });
      expect(ok.status).toBe(200);
      const res = await client.request('PUT', '/api/auth/me/preferences', { language: 'vi' }, { 'x-csrf-token': 'forged' });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('csrf_failed');
    });

    it('refuses a cross-site origin', async () => {
      const client = await t.login('officer.40', 'correct-horse');
      const res = await client.request('PUT', '/api/auth/me/preferences', { language: 'vi' }, { origin: 'https://evil.example', host: 'localhost' });
      expect(res.status).toBe(403);
    });
  });

  describe('sessions', () => {
    it('remembers the language per user and ends the session on logout', async () => {
      const client = await t.login('officer.40', 'correct-horse');
      await client.request('PUT', '/api/auth/me/preferences', { language: 'en' });
      expect((await client.json('GET', '/api/auth/me')).body.language).toBe('en');
      expect((await client.request('POST', '/api/auth/logout')).status).toBe(204);
      expect((await client.request('GET', '/api/auth/me')).status).toBe(401);
    });
  });

  describe('user administration', () => {
    it('lets an admin create a user and records it in the audit trail without the password', async () => {
      const admin = await t.as('admin', ['*']);
      const created = await admin.json('POST', '/api/users', {
        username: 'tran.thi.c',
        displayName: 'Trần Thị C',
        role: 'viewer',
        scope: ['19'],
        password: 'long-enough-1',
      });
      expect(created.status).toBe(200);
      const audit = await admin.json('GET', `/api/audit?entity=user_account&entityId=${created.body.id}`);
      expect(audit.body.total).toBe(1);
      expect(audit.body.items[0]).toMatchObject({ action: 'create', after: { username: 'tran.thi.c', scope: ['19'] } });
      expect(JSON.stringify(audit.body.items[0])).not.toMatch(/argon2|long-enough/);
    });

    it('refuses a duplicate username with a conflict', async () => {
      const admin = await t.as('admin', ['*']);
      const res = await admin.json('POST', '/api/users', {
        username: 'officer.40',
        displayName: 'x',
        role: 'viewer',
        scope: ['40'],
        password: 'long-enough-1',
      });
      expect(res.status).toBe(409);
    });
  });
});
