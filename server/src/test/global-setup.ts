import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openPostgres } from '../database';
import { migrateToLatest } from '../migrations';
import { migratedPgliteDump } from '../pglite-template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
    pgliteDump: string | null;
  }
}

/**
 * Migrates once per run: a template database on PostgreSQL (TEST_DATABASE_URL), or a PGlite
 * data-directory dump that every test file loads, so each test file gets its own migrated database.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `ct_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url, user: new URL(url).username || 'postgres' });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const target = new URL(url);
    target.pathname = `/${template}`;
    const handle = openPostgres(target.toString(), 1);
    await migrateToLatest(handle.db);
    await handle.close();
    project.provide('pgTemplate', template);
    project.provide('pgliteDump', null);
    return async () => {
      await admin.query(`drop database if exists ${template}`);
      await admin.end();
    };
  }
  const dump = await migratedPgliteDump();
  const file = path.join(os.tmpdir(), `congthuong-test-${process.pid}.tar.gz`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgTemplate', null);
  project.provide('pgliteDump', file);
  return () => fs.rmSync(file, { force: true });
}
