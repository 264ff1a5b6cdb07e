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

  it('refuses a JSON body over the route limit with 413 before reading it, and accepts a large import where the route allows it', async () => {
    const t = await createTestApp();
    const huge = JSON.stringify({ username: 'x'.repeat(2 * 1024 * 1024), password: 'y' });
    const login = await t.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge });
    expect(login.status).toBe(413);
    const body = (await login.json()) as { error: { code: string; message: string; details: { limitBytes: number } } };
    expect(body.error.code).toBe('payload_too_large');
    expect(body.error.details.limitBytes).toBe(1024 * 1024);
    expect(body.error.message).toMatch(/larger than 1 MB/);
    // The CSV import declares 64 MB: a 2 MB dry run gets past the limit and is read (refused here for its content, not its size).
    const officer = await t.as('officer', ['40']);
    const csv = `indicator,orgunit,period,value,status\n${'RETAIL,40,2026-01,1,estimate\n'.repeat(80_000)}`;
    const res = await officer.json('POST', '/api/imports/csv', { fileName: 'big.csv', csv, dryRun: true });
    expect(csv.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(res.status).not.toBe(413);
    expect(res.body.error.code).toBe('import_refused');
    await t.close();
  });

  it('sends the request id and the security headers on JSON answers, errors and files alike', async () => {
    const t = await createTestApp();
    const officer = await t.as('officer', ['40']);
    const answers = [
      await t.app.request('/api/health'),
      await t.app.request('/api/nothing-here'),
      await officer.request('GET', '/api/exports/grid?orgunit=40&year=2026&format=csv'),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 404, 200]);
    expect(answers[2]!.headers.get('content-type')).toMatch(/text\/csv/);
    for (const res of answers) {
      expect(res.headers.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
    }
    await t.close();
  });
});
