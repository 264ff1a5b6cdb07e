import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './test/app';

describe('the app', () => {
  it('GET /api/health answers with the database kind and version', async () => {
    const t = await createTestApp();
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: t.kind, version: '0.1.0', demo: false });
    await t.close();
  });

  it('describes every route in the OpenAPI 3.1 document', async () => {
    const t = await createTestApp();
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { description: string }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/places/units/{ref}']?.get?.description).toMatch(/Roles: admin, director, officer, viewer, reporter/);
    expect(Object.keys(doc.paths)).toContain('/api/auth/login');
    expect((await t.app.request('/api/docs')).headers.get('content-type')).toMatch(/text\/html/);
    await t.close();
  });

  it('answers an unknown API route with the error shape', async () => {
    const t = await createTestApp();
    const res = await t.app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No such API route' } });
    await t.close();
  });

  it('never sends a stack trace or SQL to the client on an unexpected error', async () => {
    const t = await createTestApp();
    await sql`drop table user_account cascade`.execute(t.db); // every account query now fails inside the database
    const res = await t.app.request('/api/health');
    await t.close();
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string; details: { requestId: string } } };
    expect(body.error.code).toBe('internal');
    expect(body.error.details.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(JSON.stringify(body)).not.toMatch(/at |select|\.ts/);
  });
});
