import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from './database';
import { findTemplate, isNewPgdata } from './db/pglite-template';
import { allMigrations, migrateToLatest } from './migrations';
import { createUser } from './modules/accounts';
import { buildPgliteTemplate, currentPgliteTemplate, currentTemplateInfo } from './pglite-template';
import { isEmpty } from './seed';

const migrationNames = Object.keys(allMigrations).sort();

async function appliedMigrations(handle: Awaited<ReturnType<typeof createDatabase>>) {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(handle.db);
  return rows.map((r) => r.name);
}

describe('PGlite template for new data directories', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-template-'));
  const root = path.join(tmp, 'templates');
  let template: string;
  let dump: Blob | undefined;

  beforeAll(async () => {
    // The migrated dump the global setup made (the same helper the build uses); made here when testing on PostgreSQL.
    const file = inject('pgliteDump');
    dump = file ? new Blob([fs.readFileSync(file)]) : undefined;
    const built = await buildPgliteTemplate(root, dump);
    expect(built.made).toBe(true);
    template = built.pgdata;
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('is found for this PGlite version and these migrations only, and built once', async () => {
    expect(currentPgliteTemplate(root)).toBe(template);
    const info = currentTemplateInfo();
    expect(info.migrations).toEqual(migrationNames);
    expect(findTemplate(root, { ...info, pglite: '0.0.1' })).toBeNull();
    expect(findTemplate(root, { ...info, migrations: [...info.migrations, '29991231_0000_next'] })).toBeNull();
    expect(findTemplate(root, { ...info, migrations: info.migrations.slice(1) })).toBeNull();
    expect(findTemplate(root, { ...info, sources: 'a migration edited in place' })).toBeNull();
    expect(currentPgliteTemplate(path.join(tmp, 'never-built'))).toBeNull();
    expect((await buildPgliteTemplate(root, dump)).made).toBe(false);
  });

  it('starts a new data directory as a copy of the template, with every migration, and it works', async () => {
    const dataDir = path.join(tmp, 'new');
    const handle = await createDatabase({ dataDir, databaseUrl: null }, { pgliteTemplate: () => currentPgliteTemplate(root) });
    try {
      expect(handle.origin).toBe('template');
      expect(await appliedMigrations(handle)).toEqual(migrationNames);
      expect(await migrateToLatest(handle.db)).toEqual([]);
      expect(await isEmpty(handle.db)).toBe(true);
      await createUser(handle.db, null, { username: 'first.user', displayName: 'Người đầu tiên', role: 'officer', scope: ['40'], password: 'password-1' });
    } finally {
      await handle.close();
    }
    expect(fs.readdirSync(dataDir)).toEqual(['pgdata']); // lock released, no copy left beside it
    expect(isNewPgdata(template)).toBe(false);
  });

  it('never copies over an existing database', async () => {
    const dataDir = path.join(tmp, 'new');
    let asked = false;
    const pgliteTemplate = () => {
      asked = true;
      return template;
    };
    const handle = await createDatabase({ dataDir, databaseUrl: null }, { pgliteTemplate });
    try {
      expect(handle.origin).toBe('existing');
      expect(asked).toBe(false);
      expect(await isEmpty(handle.db)).toBe(false);
      const user = await handle.db.selectFrom('user_account').select('username').executeTakeFirstOrThrow();
      expect(user.username).toBe('first.user');
    } finally {
      await handle.close();
    }
  });

  it('treats an empty pgdata folder as new and removes a copy left by a killed start', async () => {
    const dataDir = path.join(tmp, 'empty');
    fs.mkdirSync(path.join(dataDir, 'pgdata'), { recursive: true });
    fs.mkdirSync(path.join(dataDir, 'pgdata.from-template-99999', 'base'), { recursive: true });
    const handle = await createDatabase({ dataDir, databaseUrl: null }, { pgliteTemplate: () => template });
    try {
      expect(handle.origin).toBe('template');
      expect(await appliedMigrations(handle)).toEqual(migrationNames);
    } finally {
      await handle.close();
    }
    expect(fs.readdirSync(dataDir)).toEqual(['pgdata']);
  });

  it('falls back to initdb when the template is stale, and migrations then create everything', async () => {
    const stale = () => findTemplate(root, { ...currentTemplateInfo(), pglite: '0.0.1' });
    const handle = await createDatabase({ dataDir: path.join(tmp, 'stale'), databaseUrl: null }, { pgliteTemplate: stale });
    try {
      expect(handle.origin).toBe('initdb');
      expect(await migrateToLatest(handle.db)).toEqual(migrationNames);
      expect(await isEmpty(handle.db)).toBe(true);
    } finally {
      await handle.close();
    }
  });

  it('falls back to initdb when the copy of the template does not open', async () => {
    const broken = path.join(tmp, 'broken', 'pgdata');
    fs.cpSync(template, broken, { recursive: true });
    fs.rmSync(path.join(broken, 'global', 'pg_control'));
    const handle = await createDatabase({ dataDir: path.join(tmp, 'from-broken'), databaseUrl: null }, { pgliteTemplate: () => broken });
    try {
      expect(handle.origin).toBe('initdb');
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_tables where schemaname = 'public'`.execute(handle.db);
      expect(rows[0]!.n).toBe(0); // a new, working cluster: the half-copied one is gone
    } finally {
      await handle.close();
    }
  });
});
