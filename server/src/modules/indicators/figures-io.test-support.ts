import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Role } from '../../core/access';
import { createUser } from '../accounts';
import type { Db } from '../../database';
import type { createTestApp, TestClient } from '../../test/app';

/** Bytes of a sample workbook (copies of /work/shared/data/samples in import-xlsx/fixtures). */
export const sampleBytes = (name: string) => readFileSync(new URL(`./import-xlsx/fixtures/${name}`, import.meta.url));

/** Posts a workbook to /api/imports/xlsx as JSON (base64), the fields in the query. */
export async function importJson(client: TestClient, fileName: string, bytes: Buffer, fields: Record<string, string>) {
  const qs = new URLSearchParams(fields).toString();
  return client.json('POST', `/api/imports/xlsx?${qs}`, { fileName, contentBase64: bytes.toString('base64') });
}

/** How many vintages the store holds. */
export async function countVintages(db: Db) {
  return Number((await sql<{ n: string }>`select count(*)::text as n from figure_vintage`.execute(db)).rows[0]!.n);
}

/** A logged-in user that can send multipart bodies (the test client only sends JSON). */
export async function multipartUser(t: Awaited<ReturnType<typeof createTestApp>>, role: Role, scope: string[]) {
  const username = `mp.${role}.${Math.random().toString(36).slice(2, 9)}`;
  await createUser(t.db, null, { username, displayName: username, role, scope, password: 'test-password' });
  const res = await t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'test-password' }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    /** GETs a JSON path as this user. */
    get: async (path: string) => {
      const r = await t.app.request(path, { headers: { cookie } });
      return { status: r.status, body: await r.json() };
    },
    /** Posts a multipart form (file + fields) to a path. */
    postForm: async (path: string, form: FormData) => {
      const r = await t.app.request(path, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken }, body: form });
      const text = await r.text();
      return { status: r.status, body: text ? JSON.parse(text) : null };
    },
  };
}
