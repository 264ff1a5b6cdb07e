import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadConfig } from '../core/config';
import type { DatabaseHandle } from '../database';
import { createUser } from '../modules/accounts';
import { createTestDatabase } from '../test/db';
import { freshPgDatabase, pgAvailable } from './support';

/**
 * 50 editors change the same month's figures at once through the API (PUT /api/figures with expectedVersion):
 * no update is lost silently. Every 200 is a distinct new vintage; every other answer is 409 with the current
 * version, from which the editor retries until it succeeds; in the end each figure's history has exactly as many
 * vintages as there were 200s, each holding the value of one of them, and the audit trail has one entry per 200.
 */

const EDITORS = 50;
const PERIOD = '2026-03';
const FIGURES = [
  { indicator: 'RETAIL', orgunit: '40', period: PERIOD },
  { indicator: 'EXPORT', orgunit: '40', period: PERIOD },
  { indicator: 'IMPORT', orgunit: '40', period: PERIOD },
];
const MAX_ATTEMPTS = 400;
const PG = await pgAvailable();

type Answer = { editor: number; key: number; value: number; status: number; version?: number; changed?: boolean; currentVersion?: number; code?: string };

async function runEditors(handle: DatabaseHandle) {
  const app = createApp({ db: handle.db, kind: handle.kind, config: { ...loadConfig({}), webDist: '/nonexistent' } });
  const stamp = Math.random().toString(36).slice(2, 7);
  const clients = await Promise.all(
    Array.from({ length: EDITORS }, async (_, i) => {
      const username = `editor.${stamp}.${i}`;
      await createUser(handle.db, null, { username, displayName: `Biên tập viên ${i}`, role: 'officer', scope: ['40'], password: 'editor-password' });
      const res = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'editor-password' }),
      });
      expect(res.status).toBe(200);
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return { cookie, csrfToken };
    }),
  );

  const historyOf = async (key: number) => {
    const f = FIGURES[key]!;
    const res = await app.request(`/api/figures/history?indicator=${f.indicator}&orgunit=${f.orgunit}&period=${f.period}`, {
      headers: { cookie: clients[0]!.cookie },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: { version: number; value: number }[] }).items;
  };

  const answers: Answer[] = [];
  // Each editor reads the version it starts from, then writes; on 409 it retries from the version the server names.
  await Promise.all(
    clients.map(async (client, editor) => {
      const key = editor % FIGURES.length;
      let expectedVersion = (await historyOf(key))[0]?.version ?? 0;
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const value = 1_000_000 + editor * 1000 + attempt; // unique per write, so a vintage names its writer
        const res = await app.request('/api/figures', {
          method: 'PUT',
          headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/json' },
          body: JSON.stringify({ ...FIGURES[key], value, status: 'estimate', expectedVersion }),
        });
        const body = (await res.json()) as { version?: number; changed?: boolean; error?: { code: string; details?: { currentVersion?: number } } };
        answers.push({
          editor,
          key,
          value,
          status: res.status,
          version: body.version,
          changed: body.changed,
          currentVersion: body.error?.details?.currentVersion,
          code: body.error?.code,
        });
        if (res.status !== 409) return;
        expectedVersion = body.error!.details!.currentVersion!;
      }
    }),
  );
  return { answers, historyOf, db: handle.db };
}

async function checkNoLostUpdate(run: Awaited<ReturnType<typeof runEditors>>) {
  const { answers, historyOf, db } = run;
  const others = answers.filter((a) => a.status !== 200 && a.status !== 409);
  expect(others, JSON.stringify(others.slice(0, 3))).toEqual([]);
  // Every 409 names the current version, a number at least as new as the one the editor expected.
  for (const a of answers.filter((x) => x.status === 409)) {
    expect(a.code).toBe('conflict');
    expect(a.currentVersion).toBeTypeOf('number');
  }
  const oks = answers.filter((a) => a.status === 200);
  // Retries converge: every editor got its write in.
  expect(new Set(oks.map((a) => a.editor)).size).toBe(EDITORS);
  expect(oks.every((a) => a.changed === true)).toBe(true);
  for (let key = 0; key < FIGURES.length; key++) {
    const mine = oks.filter((a) => a.key === key);
    const history = await historyOf(key);
    // One vintage per 200, versions 1..n with no gap, each holding the value the 200 acknowledged.
    expect(history.length).toBe(mine.length);
    expect(new Set(mine.map((a) => a.version)).size).toBe(mine.length);
    expect(history.map((h) => h.version).sort((a, b) => a - b)).toEqual(mine.map((_, i) => i + 1));
    const byVersion = new Map(history.map((h) => [h.version, h.value]));
    for (const a of mine) expect(byVersion.get(a.version!), `editor ${a.editor} was told version ${a.version}`).toBe(a.value);
  }
  const { rows } = await sql<{
    n: string;
  }>`select count(*)::text as n from audit_log where entity = 'figure' and entity_id like ${'%|' + PERIOD + '|%'}`.execute(db);
  expect(Number(rows[0]!.n)).toBe(oks.length);
  return { oks: oks.length, conflicts: answers.length - oks.length };
}

describe('50 concurrent editors of the same month', () => {
  describe('on the test database (PGlite unless TEST_DATABASE_URL)', () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await createTestDatabase();
    });
    afterAll(() => handle.close());

    it('lose no update: every 200 is a distinct vintage, every other answer a 409 with the current version, and retries converge', async () => {
      const r = await checkNoLostUpdate(await runEditors(handle));
      expect(r.oks).toBe(EDITORS);
    });
  });

  describe('on PostgreSQL (true concurrency, a pool of connections)', () => {
    let handle: Awaited<ReturnType<typeof freshPgDatabase>>;
    beforeAll(async () => {
      if (PG) handle = await freshPgDatabase();
    });
    afterAll(async () => {
      await handle?.close();
    });

    it.skipIf(!PG)('lose no update, and some writes really collide (409) on the way', async () => {
      const r = await checkNoLostUpdate(await runEditors(handle));
      expect(r.oks).toBe(EDITORS);
      expect(r.conflicts).toBeGreaterThan(0);
    });
  });
});
